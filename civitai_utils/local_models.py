"""What model files this ComfyUI already has: by name in a folder, or by SHA-256 anywhere.

Searching by hash never reads every model on disk: only files whose size matches the wanted one
(Civitai lists sizes) are hashed, and each at most once (see hash_cache.py). All methods do file
I/O and are meant to run on a worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .hash_cache import HashCache
from .model_folders import MODEL_EXTENSIONS, ModelFolders

SIZE_TOLERANCE = 1024


@dataclass(frozen=True)
class LocalFile:
    folder: str
    relative_name: str  # as ComfyUI lists it: subfolder/name with forward slashes
    path: str
    size: int


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
            for directory, _dirs, names in os.walk(root, followlinks=True):
                for name in names:
                    if os.path.splitext(name)[1].lower() not in MODEL_EXTENSIONS:
                        continue
                    path = os.path.join(directory, name)
                    try:
                        size = os.stat(path).st_size
                    except OSError:
                        continue
                    relative = os.path.relpath(path, root).replace(os.sep, "/")
                    found.append(LocalFile(folder.name, relative, path, size))
        return found

    def find_by_name(self, folder_name: str, filename: str, subfolder: str = "") -> LocalFile | None:
        """The exact folder-relative name first, then the same base name in any subfolder (any case)."""
        wanted = "/".join(part for part in (subfolder.replace("\\", "/").strip("/"), filename) if part)
        files = self.files(folder_name)
        for file in files:
            if file.relative_name == wanted:
                return file
        base = os.path.basename(filename.replace("\\", "/")).lower()
        return next((f for f in files if os.path.basename(f.relative_name).lower() == base), None)

    def find_by_sha256(self, sha256: str, size: int | None) -> LocalFile | None:
        """A file with this content in any model folder; only same-size files are hashed."""
        if size is None:
            return None
        wanted = sha256.lower()
        for folder_name in self.folders.names():
            for file in self.files(folder_name):
                if abs(file.size - size) <= SIZE_TOLERANCE and self.hashes.sha256(file.path) == wanted:
                    return file
        return None
