"""Make a machine's model folders match a lock file, through the content-addressed store (model_store.py).

For each locked model: a correct file already in its folder is kept and adopted into the store; a missing one
is taken from the store, or fetched into it (a SHA-256-keyed mirror first, then the lock's sources in order),
then linked into the folder: a hard link, a symlink when the store is on another filesystem, a copy as a last
resort (each said in the outcome). A wrong file is never silently replaced: refused with a sentence, or with
`replace` moved aside to `<name>.wrong-<short sha>`. Running it again does nothing; after a crash it resumes.
Names are placed with link()/symlink(), which never write through or over an existing name.
"""

from __future__ import annotations

import asyncio
import errno
import os
import shutil
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from ..pipeline.shapes.hf_urls import resolve_url
from ..pipeline.shapes.lock_file import CivitaiSource, HuggingFaceSource, LockedModel, LockFile, UrlSource
from .hash_cache import HashCache
from .http_client import OutboundHttp
from .model_folders import ModelFolders
from .model_store import ModelStore
from .object_fetch import Candidate, ObjectUnavailable, check_plain_url, fetch_object
from .url_policy import UnsafeUrl

CROSS_DEVICE = (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP)
PARALLEL_MODELS = 4


@dataclass
class Outcome:
    """What realize did for one locked model (one entry of the `civitai-sidebar/realize@1` document)."""

    folder: str
    name: str
    sha256: str
    size: int
    state: str = "missing"  # then present | linked | refused | failed
    link: str | None = None  # hardlink | symlink | copy, for a file realize placed
    source: str | None = None  # store | waited | mirror | huggingface | civitai | url, where the bytes came from
    adopted: bool = False  # the folder's file went into the store
    moved_aside: str | None = None  # folder-relative name a wrong file was moved to
    detail: str | None = None

    def as_json(self) -> dict:
        return asdict(self)


def summarize(outcomes: list[Outcome]) -> dict:
    def count(**wanted) -> int:
        return sum(all(getattr(o, k) == v for k, v in wanted.items()) for o in outcomes)

    downloaded = sum(o.source in ("mirror", "huggingface", "civitai", "url") for o in outcomes)
    return {
        "present": count(state="present"),
        "linked": count(state="linked"),
        "downloaded": downloaded,
        "from_mirror": count(source="mirror"),
        "adopted": count(adopted=True),
        "moved_aside": sum(o.moved_aside is not None for o in outcomes),
        "copies": count(link="copy"),
        "symlinks": count(link="symlink"),
        "refused": count(state="refused"),
        "failed": count(state="failed"),
    }


def candidates(model: LockedModel, http: OutboundHttp, mirror: str | None) -> tuple[list[Candidate], list[str]]:
    """The URLs to try, in order, and the sources refused by the URL policy (with why)."""
    found, refused = [], []
    bases = http.policy.bases
    if mirror:
        found.append(Candidate("mirror", f"{mirror.rstrip('/')}/sha256/{model.sha256[:2]}/{model.sha256}"))
    for source in model.sources:
        if isinstance(source, HuggingFaceSource):
            found.append(
                Candidate("huggingface", resolve_url(bases.huggingface, source.repo, source.path, source.revision))
            )
        elif isinstance(source, CivitaiSource):
            query = f"?fileId={source.file_id}" if source.file_id else ""
            url = f"{bases.civitai.rstrip('/')}/api/download/models/{source.model_version_id}{query}"
            found.append(Candidate("civitai", url))
        elif isinstance(source, UrlSource):
            try:
                found.append(Candidate("url", check_plain_url(http.policy, source.url)))
            except UnsafeUrl as unsafe:
                refused.append(f"url refused: {unsafe}")
    return found, refused


class Realizer:
    def __init__(
        self,
        folders: ModelFolders,
        store: ModelStore,
        http: OutboundHttp,
        hashes: HashCache,
        *,
        mirror: str | None = None,
        replace: bool = False,
    ):
        self.folders, self.store, self.http, self.hashes = folders, store, http, hashes
        self.mirror, self.replace = mirror, replace

    async def realize(self, lock: LockFile) -> list[Outcome]:
        limit = asyncio.Semaphore(PARALLEL_MODELS)

        async def one(model: LockedModel) -> Outcome:
            async with limit:
                return await self._model(model)

        try:
            return list(await asyncio.gather(*(one(model) for model in lock.models)))
        finally:
            await asyncio.to_thread(self.hashes.flush)

    def target_of(self, model: LockedModel) -> Path:
        """The model's path in its folder's download root; UnsafeTarget-like ValueError if it leads outside."""
        folder = self.folders.get(model.folder)
        if folder is None:
            raise ValueError(f"{model.folder!r} is not a model folder here")
        root = Path(os.path.realpath(folder.download_root))
        *subfolders, filename = model.name.split("/")
        parent = Path(os.path.realpath(root.joinpath(*subfolders))) if subfolders else root
        if not (parent == root or root in parent.parents):
            raise ValueError(f"{model.folder}/{model.name} leads outside {model.folder}/ through a symlink")
        return parent / filename

    async def _model(self, model: LockedModel) -> Outcome:
        outcome = Outcome(model.folder, model.name, model.sha256, model.size)
        try:
            target = self.target_of(model)
            if not os.path.lexists(target) and await asyncio.to_thread(self._in_another_root, model, outcome):
                return outcome
            for _ in range(2):  # a name another process placed meanwhile is looked at once more
                if not await asyncio.to_thread(self._keep_or_clear, model, target, outcome):
                    return outcome
                if outcome.state == "present":
                    return outcome
                outcome.source = await self.store.ensure(model.sha256, model.size, self._fetcher(model))
                try:
                    outcome.link = await asyncio.to_thread(self._link, model, target)
                    outcome.state = "linked"
                    return outcome
                except FileExistsError:
                    outcome.source = None  # another run on this machine placed it: looked at again
                    continue
            raise OSError(errno.EEXIST, f"{model.name} keeps appearing in {model.folder}/")
        except ObjectUnavailable as unavailable:
            outcome.state, outcome.detail = "failed", f"could not get the file: {unavailable}"
        except (OSError, ValueError) as error:
            why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            outcome.state, outcome.detail = "failed", why
        return outcome

    def _fetcher(self, model: LockedModel):
        found, refused = candidates(model, self.http, self.mirror)

        async def fetch(part: Path, size: int, sha256: str) -> str:
            try:
                return await fetch_object(self.http, found, part, size, sha256)
            except ObjectUnavailable as unavailable:
                raise ObjectUnavailable("; ".join([str(unavailable), *refused])) from None

        return fetch

    def _in_another_root(self, model: LockedModel, outcome: Outcome) -> bool:
        """The right file under another root of the folder (models/clip for text_encoders, extra_model_paths):
        ComfyUI lists it under the same name, so it counts as present (and is adopted) rather than placed twice."""
        folder = self.folders.get(model.folder)
        if folder is None:
            return False
        placed = os.path.realpath(folder.download_root)
        for root in (r for r in folder.roots if os.path.realpath(r) != placed):
            path = Path(root).joinpath(*model.name.split("/"))
            try:
                if not stat.S_ISREG(os.lstat(path).st_mode) or not self._matches(path, model)[0]:
                    continue
            except OSError:
                continue
            outcome.state = "present"
            outcome.adopted = self.store.adopt(path, model.sha256, model.size) != "present"
            return True
        return False

    def _matches(self, path: Path, model: LockedModel) -> tuple[bool, str | None]:
        """Whether the file at `path` (after links) is the locked one; its SHA-256 when it was read."""
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return False, None
        if info.st_size != model.size and not self.replace:
            return False, None  # wrong by its size alone: not read just to be refused
        digest = self.hashes.sha256(path, info.st_size, info.st_mtime_ns)
        return info.st_size == model.size and digest == model.sha256, digest

    def _keep_or_clear(self, model: LockedModel, target: Path, outcome: Outcome) -> bool:
        """Look at what has the name: the right file (kept, adopted) sets state present; nothing or a wrong
        file moved aside leaves the name free. False when realize must stop here (refused)."""
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            return True
        if stat.S_ISLNK(info.st_mode) or stat.S_ISREG(info.st_mode):
            try:
                right, digest = self._matches(target, model)
            except FileNotFoundError:  # a dangling link
                right, digest = False, None
            if right:
                outcome.state = "present"
                if stat.S_ISREG(info.st_mode):
                    outcome.adopted = self.store.adopt(target, model.sha256, model.size) != "present"
                return True
            return self._wrong(model, target, digest, outcome)
        outcome.state = "refused"
        outcome.detail = f"{model.folder}/{model.name} is not a file (a folder or a device): left as it is"
        return False

    def _wrong(self, model: LockedModel, target: Path, digest: str | None, outcome: Outcome) -> bool:
        what = f"SHA-256 {digest[:12]}…" if digest else "another size, or not a readable file"
        if not self.replace:
            outcome.state = "refused"
            outcome.detail = (
                f"{model.folder}/{model.name} is a different file ({what}, the lock wants {model.sha256[:12]}…): "
                "left as it is; move it away or realize with --replace"
            )
            return False
        aside = target.with_name(f"{target.name}.wrong-{(digest or 'unknown')[:12]}")
        if os.path.lexists(aside):
            aside = target.with_name(f"{aside.name}-{os.getpid()}")
        os.rename(target, aside)
        outcome.moved_aside = str(Path(model.name).with_name(aside.name).as_posix())
        return True

    def _link(self, model: LockedModel, target: Path) -> str:
        """Place the store object at `target` without ever writing over a name: link, symlink, or copy."""
        source = self.store.object_path(model.sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
            return "hardlink"
        except OSError as error:
            if error.errno not in CROSS_DEVICE:
                raise
        try:
            os.symlink(source, target)
            return "symlink"
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EACCES):
                raise
        temporary = target.with_name(f".{target.name}.realize-{os.getpid()}")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with open(source, "rb") as reading, os.fdopen(os.open(temporary, flags, 0o644), "wb") as writing:
            shutil.copyfileobj(reading, writing, 8 * 1024 * 1024)
            writing.flush()
            os.fsync(writing.fileno())
        try:
            os.link(temporary, target)
        except OSError as error:
            if error.errno not in CROSS_DEVICE or os.path.lexists(target):
                os.unlink(temporary)
                raise
            os.rename(temporary, target)  # a filesystem without links: rename, the name checked free just before
        else:
            os.unlink(temporary)
        return "copy"

    def publish(self, lock: LockFile, mirror_dir: Path) -> list[dict]:
        """Lay the store's objects of this lock out for a static mirror (`<dir>/sha256/ab/<hex>`)."""
        published = []
        for model in lock.models:
            if not self.store.has(model.sha256, model.size):
                continue
            how = self.store.publish(model.sha256, model.size, mirror_dir)
            published.append({"sha256": model.sha256, "how": how})
        return published
