"""What model files this ComfyUI already has: by name in a folder (whatever its extension), or by SHA-256 anywhere.

Searching by hash never reads every model on disk: only files whose size matches the wanted one
(Civitai lists sizes) are hashed, and each at most once (see hash_cache.py). All methods do file
I/O and are meant to run on a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..pipeline.shapes.listed_names import listed_name
from ..pipeline.shapes.model_names import MODEL_EXTENSIONS
from .hash_cache import HashCache
from .model_folders import ModelFolders

SIZE_TOLERANCE = 1024


@dataclass(frozen=True)
class LocalFile:
    folder: str
    relative_name: str  # as ComfyUI lists it: subfolder/name with forward slashes
    path: str
    size: int
    mtime_ns: int = 0


class LocalModels:
    def __init__(self, folders: ModelFolders, hashes: HashCache):
        self.folders = folders
        self.hashes = hashes

    def files(self, folder_name: str) -> list[LocalFile]:
        folder = self.folders.get(folder_name)
        if folder is None:
            return []
        found: list[LocalFile] = []
        for root in folder.roots:
            _walk(str(root), "", folder.name, found, set())
        return found

    def find_by_name(self, folder_name: str, filename: str, subfolder: str = "") -> LocalFile | None:
        """The exact folder-relative name, the same file name in any subfolder, or the one file with the same
        stem under another model extension ("4x-UltraSharp" is 4x-UltraSharp.pth); see listed_names.py."""
        wanted = "/".join(part for part in (subfolder.replace("\\", "/").strip("/"), filename) if part)
        files = {file.relative_name: file for file in self.files(folder_name)}
        found = listed_name(wanted, list(files))
        return files[found] if found is not None else None

    def find_by_sha256(self, sha256: str, size: int | None) -> LocalFile | None:
        """A file with this content in any model folder; only same-size files are hashed."""
        if size is None:
            return None
        wanted = sha256.lower()
        try:
            for folder_name in self.folders.names():
                for file in self.files(folder_name):
                    if abs(file.size - size) > SIZE_TOLERANCE:
                        continue
                    if self.hashes.sha256(file.path, file.size, file.mtime_ns) == wanted:
                        return file
            return None
        finally:
            self.hashes.flush()

    def find_by_cached_sha256(self, sha256: str) -> LocalFile | None:
        """A file whose SHA-256 is already in the hash cache (no size known, so nothing new is read)."""
        wanted = sha256.lower()
        for folder_name in self.folders.names():
            for file in self.files(folder_name):
                if self.hashes.cached(file.path, file.size, file.mtime_ns) == wanted:
                    return file
        return None


def _walk(directory: str, prefix: str, folder: str, found: list[LocalFile], seen: set[tuple[int, int]]) -> None:
    """Every model file under `directory`, following symlinked folders as ComfyUI does (each folder once)."""
    try:
        entries = os.scandir(directory)
    except OSError:
        return
    with entries:
        for entry in entries:
            try:
                if entry.is_dir():
                    info = entry.stat()
                    if (info.st_dev, info.st_ino) not in seen:
                        seen.add((info.st_dev, info.st_ino))
                        _walk(entry.path, f"{prefix}{entry.name}/", folder, found, seen)
                elif os.path.splitext(entry.name)[1].lower() in MODEL_EXTENSIONS:
                    info = entry.stat()
                    found.append(LocalFile(folder, prefix + entry.name, entry.path, info.st_size, info.st_mtime_ns))
            except OSError:
                continue
