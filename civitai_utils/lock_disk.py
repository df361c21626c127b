"""The disk side of lock and verify: the SHA-256 of the model files a lock names, read through the hash cache.

A file is stat'ed once; it is read only when the cache has no entry for its path, size and mtime, and for verify
only when its size is the locked one (a wrong size is wrong without reading it). Runs on a worker thread.
"""

from __future__ import annotations

import os
import stat as stat_mode
from collections.abc import Iterable

from ..pipeline.shapes.lock_file import LockFile
from ..pipeline.shapes.seen_files import SeenFile
from .hash_cache import HashCache
from .local_models import LocalModels
from .model_folders import ModelFolder, ModelFolders


def hash_places(models: LocalModels, places: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, int]]:
    """(folder, folder-relative name) -> (SHA-256, size) for each of these files that is on disk."""
    listed: dict[str, dict[str, object]] = {}
    found: dict[tuple[str, str], tuple[str, int]] = {}
    try:
        for folder, name in places:
            if folder not in listed:
                listed[folder] = {file.relative_name: file for file in models.files(folder)}
            file = listed[folder].get(name)
            if file is None:
                continue
            try:
                found[(folder, name)] = (models.hashes.sha256(file.path, file.size, file.mtime_ns), file.size)
            except OSError:
                continue  # gone or unreadable since it was listed: locked as not on this disk
    finally:
        models.hashes.flush()
    return found


def _look(roots: tuple[str, ...] | None, hashes: HashCache, folder_name: str, name: str, size: int) -> SeenFile:
    if roots is None:
        return SeenFile(folder_name, name, problem=f"this machine has no {folder_name}/ model folder")
    for root in roots:
        # A lock's names are checked plain (no "..", no "//"), so this is the normalised absolute path the hash
        # cache keys by; "/" works on every OS.
        path = os.path.join(root, name)
        try:
            info = os.stat(path)
        except OSError:
            continue
        if not stat_mode.S_ISREG(info.st_mode):
            continue
        if info.st_size != size:
            return SeenFile(folder_name, name, path=name, size=info.st_size)
        try:
            digest = hashes.known(path, info.st_size, info.st_mtime_ns) or hashes.sha256(
                path, info.st_size, info.st_mtime_ns
            )
        except OSError as error:
            return SeenFile(folder_name, name, path=name, size=info.st_size, problem=f"unreadable: {error.strerror}")
        return SeenFile(folder_name, name, path=name, size=info.st_size, sha256=digest)
    return SeenFile(folder_name, name)


def _roots(folder: ModelFolder | None) -> tuple[str, ...] | None:
    return tuple(os.path.abspath(root) for root in folder.roots) if folder is not None else None


def seen_files(lock: LockFile, folders: ModelFolders, hashes: HashCache) -> list[SeenFile]:
    """What the disk shows for every locked model (see pipeline/locks/verify.py for the verdicts)."""
    known: dict[str, tuple[str, ...] | None] = {}  # each folder looked up once, not once per file
    try:
        seen = []
        for model in lock.models:
            if model.folder not in known:
                known[model.folder] = _roots(folders.get(model.folder))
            seen.append(_look(known[model.folder], hashes, model.folder, model.name, model.size))
        return seen
    finally:
        hashes.flush()
