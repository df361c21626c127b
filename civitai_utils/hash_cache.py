"""SHA-256 of local model files, remembered on disk so each file is hashed at most once.

An entry is keyed by the file's absolute path and is valid while its size and mtime are unchanged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from pathlib import Path

from .safe_files import replace_with_text

log = logging.getLogger("civitai_sidebar")

CACHE_NAME = "hash_cache.json"
SAVE_INTERVAL = 2.0  # seconds: hashing many files rewrites the cache file now and then, not per file
READ_BLOCK = 8 * 1024 * 1024


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()


class HashCache:
    def __init__(self, private_dir: Path | None):
        self._path = private_dir / CACHE_NAME if private_dir else None
        self._entries: dict[str, list] | None = None
        self._lock = threading.Lock()
        self._dirty = False
        self._saved_at = 0.0
        self.hashed = 0  # how many files this process actually read (the rest came from the cache)

    def _load(self) -> dict[str, list]:
        if self._entries is None:
            try:
                data = json.loads(self._path.read_text(encoding="utf-8")) if self._path else {}
            except (OSError, ValueError):
                data = {}
            self._entries = data if isinstance(data, dict) else {}
        return self._entries

    def sha256(self, path: str | Path, size: int | None = None, mtime_ns: int | None = None) -> str:
        """The file's SHA-256 (lower-case hex); reads the file only when the cache has no valid entry.

        A caller that has just listed the folder passes the size and mtime it saw, saving a stat."""
        key = os.path.abspath(path)
        if size is None or mtime_ns is None:
            stat = os.stat(key)
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
        with self._lock:
            entry = self._load().get(key)
        if entry and entry[0] == size and entry[1] == mtime_ns:
            return entry[2]
        digest = sha256_file(key)
        with self._lock:
            self.hashed += 1
            self._load()[key] = [size, mtime_ns, digest]
            self._dirty = True
            if time.monotonic() - self._saved_at >= SAVE_INTERVAL:
                self._save()
        return digest

    def cached(self, path: str | Path, size: int, mtime_ns: int) -> str | None:
        """The SHA-256 already known for this very file (same size and mtime), without reading it."""
        with self._lock:
            entry = self._load().get(os.path.abspath(path))
        return entry[2] if entry and entry[0] == size and entry[1] == mtime_ns else None

    def known(self, absolute_path: str, size: int, mtime_ns: int) -> str | None:
        """`cached`, for a caller that already holds the normalised absolute path (verify asks 20,000 times)."""
        entry = self._entries.get(absolute_path) if self._entries is not None else self._load().get(absolute_path)
        return entry[2] if entry and entry[0] == size and entry[1] == mtime_ns else None

    def remember(self, path: str | Path, size: int, mtime_ns: int, digest: str) -> None:
        """Record a SHA-256 computed elsewhere (while the bytes arrived), so the next check reads nothing."""
        with self._lock:
            self._load()[os.path.abspath(path)] = [size, mtime_ns, digest]
            self._dirty = True

    def flush(self) -> None:
        """Write what was hashed since the last save."""
        with self._lock:
            self._save()

    def _save(self) -> None:
        if self._path is None or not self._dirty:
            return
        self._dirty, self._saved_at = False, time.monotonic()
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            replace_with_text(self._path, json.dumps(self._entries))  # never through a planted link
        except OSError as error:  # only a cache: the hashes are computed again next time
            log.warning("[Civitai Sidebar] could not save the hash cache: %s", error.strerror or error)
