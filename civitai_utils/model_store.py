"""A content-addressed store of model files, `<store>/sha256/ab/<64 hex>`, that several processes and machines
may share (a NAS, a network volume).

An object gets its name only once it is whole and verified: bytes arrive in `<store>/tmp/<hex>.part` (size and
SHA-256 computed as they arrive), are fsynced, and the finished file is hard-linked to its name, an atomic step
on local disks and NFS alike, so no reader ever sees a partial object. Before an object is used it is checked
(size, and SHA-256 through the hash cache, so a warm check reads nothing); a corrupted one is moved aside to
`<store>/corrupt/` and fetched again. One process fetches an object at a time: it claims it by creating
`<store>/claims/<hex>.claim` with O_EXCL and refreshes the claim while it works; the others wait, and take the
claim over when it goes stale (no refresh for a minute, or its process on this host is gone), resuming the
bytes already in the `.part` since every source of one SHA-256 serves the same bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import shutil
import socket
import stat
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from .hash_cache import HashCache

STALE_CLAIM_SECONDS = 60.0
REFRESH_SECONDS = 10.0
POLL_SECONDS = 0.2
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
HOST = socket.gethostname()

# fetch(part_path, size, sha256) -> the source that gave the verified bytes (the .part is then complete)
Fetch = Callable[[Path, int, str], Awaitable[str]]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@dataclass
class ModelStore:
    root: Path
    hashes: HashCache
    stale_after: float = STALE_CLAIM_SECONDS

    def __post_init__(self) -> None:
        self.root = Path(os.path.abspath(self.root))
        self.corrupted: list[str] = []  # objects this run found damaged and moved aside

    # where things live
    def object_path(self, sha256: str) -> Path:
        return self.root / "sha256" / sha256[:2] / sha256

    def part_path(self, sha256: str) -> Path:
        return self.root / "tmp" / f"{sha256}.part"

    def claim_path(self, sha256: str) -> Path:
        return self.root / "claims" / f"{sha256}.claim"

    def prepare(self) -> None:
        for name in ("sha256", "tmp", "claims", "corrupt"):
            (self.root / name).mkdir(parents=True, exist_ok=True)

    # checking
    def has(self, sha256: str, size: int) -> bool:
        """The object is there and whole (size, then SHA-256 through the cache); a damaged one is moved aside."""
        path = self.object_path(sha256)
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return False
        whole = stat.S_ISREG(info.st_mode) and info.st_size == size
        if whole and self.hashes.sha256(path, info.st_size, info.st_mtime_ns) == sha256:
            return True
        self._move_aside(path, sha256)
        return False

    def _move_aside(self, path: Path, sha256: str) -> None:
        aside = self.root / "corrupt" / f"{sha256}.{time.time_ns()}"
        try:
            os.rename(path, aside)
            self.corrupted.append(sha256)
        except FileNotFoundError:
            pass  # another process moved it first

    # placing
    def _place(self, finished: Path, sha256: str) -> None:
        """Give a whole, verified file its object name (never over an existing one), then drop the temp name."""
        final = self.object_path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # someone placed the same bytes meanwhile
            os.link(finished, final)
        _fsync_dir(final.parent)
        os.unlink(finished)
        info = os.stat(final)
        self.hashes.remember(final, info.st_size, info.st_mtime_ns, sha256)

    def adopt(self, file: Path, sha256: str, size: int) -> str:
        """Take a verified file from a models folder into the store: a hard link when on the same filesystem,
        a copy otherwise. Returns how ("hardlink" or "copy"), or "present" when the store had it."""
        if self.has(sha256, size):
            return "present"
        self.prepare()
        temporary = self.root / "tmp" / f"{sha256}.adopt-{HOST}-{os.getpid()}"
        try:
            os.link(file, temporary)
            how = "hardlink"
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
            how = "copy"
            shutil.copyfile(file, temporary, follow_symlinks=False)
            with open(temporary, "rb") as stream:
                os.fsync(stream.fileno())
            if self.hashes.sha256(temporary) != sha256:
                os.unlink(temporary)
                raise OSError(errno.EIO, "the copy into the store did not match its SHA-256") from None
        self._place(temporary, sha256)
        return how

    # fetching under a claim
    def _try_claim(self, sha256: str) -> int | None:
        path = self.claim_path(sha256)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        except FileExistsError:
            return None
        os.write(descriptor, json.dumps({"host": HOST, "pid": os.getpid(), "time": time.time()}).encode())
        return descriptor

    def _claim_is_stale(self, sha256: str) -> bool:
        path = self.claim_path(sha256)
        try:
            info = os.stat(path)
            holder = json.loads(path.read_text(encoding="utf-8") or "{}")
        except FileNotFoundError:
            return False
        except (OSError, ValueError):
            holder = {}
        if time.time() - info.st_mtime > self.stale_after:
            return True
        # a claimer on this very host that is gone (killed) need not be waited for
        pid = holder.get("pid")
        return holder.get("host") == HOST and isinstance(pid, int) and pid != os.getpid() and not _process_alive(pid)

    def _break_stale_claim(self, sha256: str) -> None:
        """Rename the stale claim away (only one taker wins the rename), then let everyone race for a new one."""
        path = self.claim_path(sha256)
        broken = path.with_name(f"{path.name}.stale-{HOST}-{os.getpid()}-{time.time_ns()}")
        try:
            os.rename(path, broken)
            os.unlink(broken)
        except FileNotFoundError:
            pass

    async def _refresh(self, sha256: str) -> None:
        while True:
            await asyncio.sleep(min(REFRESH_SECONDS, self.stale_after / 4))
            try:
                os.utime(self.claim_path(sha256))
            except FileNotFoundError:
                return

    async def ensure(self, sha256: str, size: int, fetch: Fetch) -> str:
        """The object, from the store if it is there and whole, else fetched under a claim (or by whoever holds
        it). Returns where it came from: "store", "waited" (another process fetched it) or fetch's answer."""
        await asyncio.to_thread(self.prepare)
        waited = False
        while True:
            if await asyncio.to_thread(self.has, sha256, size):
                return "waited" if waited else "store"
            descriptor = await asyncio.to_thread(self._try_claim, sha256)
            if descriptor is None:
                waited = True
                if await asyncio.to_thread(self._claim_is_stale, sha256):
                    await asyncio.to_thread(self._break_stale_claim, sha256)
                else:
                    await asyncio.sleep(POLL_SECONDS)
                continue
            refresher = asyncio.create_task(self._refresh(sha256))
            try:
                if await asyncio.to_thread(self.has, sha256, size):
                    return "waited" if waited else "store"
                part = self.part_path(sha256)
                source = await fetch(part, size, sha256)
                await asyncio.to_thread(self._place, part, sha256)
                return source
            finally:
                refresher.cancel()
                os.close(descriptor)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.claim_path(sha256))

    def publish(self, sha256: str, size: int, mirror_dir: Path) -> str:
        """Lay the object out in a mirror folder the same way (`sha256/ab/<hex>`): a hard link, else a copy."""
        target = Path(mirror_dir) / "sha256" / sha256[:2] / sha256
        if os.path.lexists(target):
            if os.path.isfile(target) and not os.path.islink(target) and os.path.getsize(target) == size:
                return "present"
            raise FileExistsError(errno.EEXIST, f"{target} exists and is not this object")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(self.object_path(sha256), target)
            return "hardlink"
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
        temporary = target.with_name(f".{sha256}.{os.getpid()}.tmp")
        shutil.copyfile(self.object_path(sha256), temporary)
        os.link(temporary, target)
        os.unlink(temporary)
        return "copy"
