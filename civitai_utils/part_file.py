"""A download in progress: `<name>.part` beside the target, and what resuming it needs.

Bytes are written and hashed on a worker thread of their own, in order, while the event loop
receives the next block, so ComfyUI's server never waits on the disk and the SHA-256 is ready the
moment the last byte lands (no second read). `<name>.part.json` keeps the source URL (without
credentials), the server's validator (ETag / Last-Modified) and the expected size and hash, so a
download interrupted by a dropped connection or a ComfyUI restart continues where it stopped.
Every one of these names is opened without following links (see safe_files.py), and each block is
written only while the disk keeps its reserve (see disk_space.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from .disk_space import DiskNearlyFull, usable_bytes
from .safe_files import (
    PlantedLink,
    is_inside,
    is_own_file,
    open_part,
    place_final,
    read_small,
    remove_own,
    replace_with_text,
)

HASH_READ_BLOCK = 8 * 1024 * 1024
MAX_WRITES_IN_FLIGHT = 2  # bounds memory: at most this many received blocks wait for the disk
FLUSH_EVERY_BYTES = 64 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024
PART_SUFFIXES = (".part", ".part.json", ".part.json.tmp")
_datasync = getattr(os, "fdatasync", os.fsync)


@dataclass
class ResumeRecord:
    source_url: str
    validator: str | None = None
    total_bytes: int | None = None
    expected_sha256: str | None = None

    def matches(self, other: ResumeRecord) -> bool:
        """Whether bytes written for `self` may continue a download described by `other`."""
        same_file = self.source_url == other.source_url or (
            self.expected_sha256 is not None and self.expected_sha256 == other.expected_sha256
        )
        return same_file and (other.expected_sha256 in (None, self.expected_sha256))


class PartFileError(OSError):
    pass


def part_names(final_path: Path) -> list[Path]:
    """Every name a download of `final_path` writes besides the final one."""
    return [final_path.with_name(final_path.name + suffix) for suffix in PART_SUFFIXES]


def remove_part_files(final_path: Path) -> None:
    """Delete what a download of `final_path` left (never a link planted under one of the names)."""
    for path in part_names(final_path):
        remove_own(path)


class PartFile:
    def __init__(self, final_path: Path, real_root: Path):
        self.final_path = final_path
        self.real_root = real_root  # the model folder's root after every symlink: the file must end up inside
        self.path = final_path.with_name(final_path.name + ".part")
        self.record_path = final_path.with_name(final_path.name + ".part.json")
        self.record: ResumeRecord | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-download")
        self._file = None
        self._hasher = hashlib.sha256()
        self._in_flight: deque[asyncio.Future] = deque()
        self.size = 0
        self._unflushed = 0

    async def _call(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    # -- opening ---------------------------------------------------------------------------------

    async def open(self, wanted: ResumeRecord, *, stop: asyncio.Event | None = None) -> int:
        """Open for writing; returns the offset to resume from (0 unless a matching .part exists).

        An existing matching .part is hashed first (on the worker thread) so the final SHA-256
        covers every byte; a .part that does not match is started over."""
        self.record = wanted
        return await self._call(self._open_sync, wanted, stop)

    def _open_sync(self, wanted: ResumeRecord, stop: asyncio.Event | None) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._check_folder()
        previous = self._read_record()
        if previous is not None and previous.matches(wanted) and is_own_file(self.path):
            self.record = ResumeRecord(
                wanted.source_url, previous.validator, previous.total_bytes, wanted.expected_sha256
            )
            self._file = open_part(self.path, keep_bytes=True)
            self._hash_existing(stop)
            return self.size
        self._file = open_part(self.path, keep_bytes=False)
        self._write_record()
        return 0

    def _hash_existing(self, stop: asyncio.Event | None) -> None:
        while block := self._file.read(HASH_READ_BLOCK):
            if stop is not None and stop.is_set():
                raise asyncio.CancelledError
            self._hasher.update(block)
            self.size += len(block)
        if self.record.total_bytes is not None and self.size > self.record.total_bytes:
            self._restart_sync()

    def _read_record(self) -> ResumeRecord | None:
        raw = read_small(self.record_path, MAX_RECORD_BYTES)  # a planted link raises PlantedLink
        try:
            data = json.loads(raw or b"")
            return ResumeRecord(**{k: data.get(k) for k in ResumeRecord.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            return None

    def _check_folder(self) -> None:
        """The folder the names live in is still inside the model folder (not swapped for a symlink)."""
        if not is_inside(Path(os.path.realpath(self.path.parent)), self.real_root):
            raise PlantedLink(self.path.parent)

    def _write_record(self) -> None:
        self._check_folder()
        replace_with_text(self.record_path, json.dumps(asdict(self.record)))

    # -- writing ---------------------------------------------------------------------------------

    async def remember_response(self, validator: str | None, total_bytes: int | None) -> None:
        """Keep what the server said about the file, for an If-Range on the next resume."""
        self.record.validator = validator
        self.record.total_bytes = total_bytes
        await self._call(self._write_record)

    async def write(self, chunks: list[bytes]) -> None:
        """Queue received chunks; returns once few enough wait for the disk (backpressure)."""
        if not chunks:
            return
        while len(self._in_flight) >= MAX_WRITES_IN_FLIGHT:
            await self._in_flight.popleft()
        self._in_flight.append(asyncio.get_running_loop().run_in_executor(self._executor, self._write_sync, chunks))

    def _write_sync(self, chunks: list[bytes]) -> None:
        usable, reserve = usable_bytes(self.path.parent)
        if sum(len(chunk) for chunk in chunks) > usable:
            raise DiskNearlyFull(reserve)
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[self._file.write(view) :]
            self._hasher.update(chunk)
            self.size += len(chunk)
            self._unflushed += len(chunk)
        if self._unflushed >= FLUSH_EVERY_BYTES:
            # Flushing as we go, rather than gigabytes at the end, overlaps the disk with the network
            # and keeps a huge backlog of dirty pages from stalling everything else on the machine.
            _datasync(self._file.fileno())
            self._unflushed = 0

    async def drain(self) -> None:
        """Wait for every queued block to be on its way to the disk (raises the first write error)."""
        while self._in_flight:
            await self._in_flight.popleft()

    async def restart(self) -> None:
        """Throw away what was written: the server sent the whole file again (it ignored our Range)."""
        await self.drain()
        await self._call(self._restart_sync)

    def _restart_sync(self) -> None:
        self._file.seek(0)
        self._file.truncate()
        self._hasher = hashlib.sha256()
        self.size = 0

    # -- finishing -------------------------------------------------------------------------------

    async def finish(self) -> str:
        """Flush to disk and return the SHA-256 (lower-case hex) of everything in the .part."""
        await self.drain()
        await self._call(self._fsync_sync)
        return self._hasher.hexdigest()

    def _fsync_sync(self) -> None:
        self._file.flush()
        _datasync(self._file.fileno())

    async def commit(self) -> None:
        """Give the .part its final name in one step; never replaces a file that appeared meanwhile."""
        await self._call(self._commit_sync)

    def _commit_sync(self) -> None:
        self._close_sync()
        self._check_folder()
        place_final(self.path, self.final_path, self.real_root)
        remove_own(self.record_path)

    async def discard(self) -> None:
        """Close, then delete the .part and its record (cancel, or bytes that failed verification)."""
        await self._settle()
        await self._call(self._discard_sync)

    def _discard_sync(self) -> None:
        self._close_sync()
        for path in (self.path, self.record_path, self.record_path.with_name(self.record_path.name + ".tmp")):
            remove_own(path)

    async def close(self) -> None:
        """Close and keep the .part for a later resume (ComfyUI is stopping, or retries ran out)."""
        await self._settle()
        await self._call(self._close_sync)

    async def _settle(self) -> None:
        pending, self._in_flight = list(self._in_flight), deque()
        await asyncio.gather(*pending, return_exceptions=True)

    def _close_sync(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False)
