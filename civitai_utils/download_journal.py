"""The downloads not finished yet, on disk, so a restarted ComfyUI picks them up where they stopped.

Only what is needed to ask again is kept (the resource: folder, name, URL without credentials,
size, hash); the bytes and the server's validator live beside each `.part`.
"""

from __future__ import annotations

import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("civitai_sidebar")

JOURNAL_NAME = "downloads.json"


class DownloadJournal:
    def __init__(self, private_dir: Path | None):
        self._path = private_dir / JOURNAL_NAME if private_dir else None
        # One writer thread: saves leave ComfyUI's loop at once and still land in the order they were made.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-journal")

    def load(self) -> list[dict]:
        if self._path is None or not self._path.is_file():
            return []
        try:
            entries = json.loads(self._path.read_text(encoding="utf-8")).get("unfinished", [])
        except (OSError, ValueError, AttributeError):
            return []
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("resource"), dict)]

    def save(self, entries: list[dict]) -> None:
        """Queue a rewrite of the journal with these entries (returns at once)."""
        if self._path is not None:
            self._writer.submit(self._write, entries)

    def wait(self) -> None:
        """Block until every queued save is on disk (ComfyUI is stopping)."""
        self._writer.shutdown(wait=True)

    def _write(self, entries: list[dict]) -> None:
        try:
            self._write_file(entries)
        except OSError as error:
            log.warning("[Civitai Sidebar] could not save the download journal: %s", error)

    def _write_file(self, entries: list[dict]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self._path.with_name(self._path.name + ".tmp")
        temporary.write_text(json.dumps({"unfinished": entries}), encoding="utf-8")
        os.replace(temporary, self._path)
