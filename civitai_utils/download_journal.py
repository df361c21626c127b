"""The downloads not finished yet, on disk, so a restarted ComfyUI picks them up where they stopped.

Only what is needed to ask again is kept (the resource: folder, name, URL without credentials,
size, hash); the bytes and the server's validator live beside each `.part`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

JOURNAL_NAME = "downloads.json"


class DownloadJournal:
    def __init__(self, private_dir: Path | None):
        self._path = private_dir / JOURNAL_NAME if private_dir else None

    def load(self) -> list[dict]:
        if self._path is None or not self._path.is_file():
            return []
        try:
            entries = json.loads(self._path.read_text(encoding="utf-8")).get("unfinished", [])
        except (OSError, ValueError, AttributeError):
            return []
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("resource"), dict)]

    def save(self, entries: list[dict]) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self._path.with_name(self._path.name + ".tmp")
        temporary.write_text(json.dumps({"unfinished": entries}), encoding="utf-8")
        os.replace(temporary, self._path)
