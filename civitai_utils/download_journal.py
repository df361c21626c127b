"""The downloads not finished yet, on disk, so a restarted ComfyUI picks them up where they stopped.

Only what is needed to ask again is kept (the resource: folder, name, URL without credentials,
size, hash); the bytes and the server's validator live beside each `.part`. The file is a log of small
records, one JSON line each (`add` with the entry, `done` with the ids that finished, `paused` with the ids
paused or resumed, so a paused download stays paused across a restart), appended by one
writer thread, so a change costs one line whatever the queue holds; once the dead lines outnumber the live
entries the log is rewritten with just those (compaction). A torn last line (a crash mid-write) is skipped.
"""

from __future__ import annotations

import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("civitai_sidebar")

JOURNAL_NAME = "downloads.jsonl"
OLD_JOURNAL_NAME = "downloads.json"  # before issue 11: {"unfinished": [...]}, rewritten whole each change
COMPACT_AFTER_LINES = 256  # and at least twice the live entries


class DownloadJournal:
    def __init__(self, private_dir: Path | None):
        self._path = private_dir / JOURNAL_NAME if private_dir else None
        self._old_path = private_dir / OLD_JOURNAL_NAME if private_dir else None
        # One writer thread: records leave ComfyUI's loop at once and still land in the order they were made.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-journal")
        self._live: dict[str, dict] = {}  # what the file says is unfinished (kept by the writer thread)
        self._lines = 0

    def load(self) -> list[dict]:
        """The unfinished entries, oldest first (also from the older whole-file journal)."""
        if self._path is None:
            return []
        live: dict[str, dict] = {}
        for entry in _old_entries(self._old_path):
            live[str(entry.get("id"))] = entry
        for record in _records(self._path):
            if record.get("op") == "add" and isinstance(record.get("entry"), dict):
                entry = record["entry"]
                live[str(entry.get("id"))] = entry
            elif record.get("op") == "done" and isinstance(record.get("ids"), list):
                for task_id in record["ids"]:
                    live.pop(str(task_id), None)
            elif record.get("op") == "paused" and isinstance(record.get("ids"), list):
                _mark_paused(live, record["ids"], record.get("paused") is True)
        return [e for e in live.values() if isinstance(e.get("resource"), dict)]

    def add(self, entry: dict) -> None:
        """Record a queued task (returns at once; the line is written on the writer thread)."""
        self._submit(self._append_added, entry)

    def done(self, task_ids: list[str]) -> None:
        """Record tasks that finished (completed, failed or cancelled): they are not resumed."""
        if task_ids:
            self._submit(self._append_done, list(task_ids))

    def paused(self, task_ids: list[str], paused: bool) -> None:
        """Record tasks paused (or resumed): a restarted ComfyUI lists them paused, not downloading."""
        if task_ids:
            self._submit(self._append_paused, (list(task_ids), paused))

    def wait(self) -> None:
        """Block until every queued record is on disk (ComfyUI is stopping)."""
        self._writer.shutdown(wait=True)

    def _submit(self, work, argument) -> None:
        if self._path is not None:
            self._writer.submit(self._safely, work, argument)

    def _safely(self, work, argument) -> None:
        try:
            work(argument)
        except OSError as error:
            log.warning("[Civitai Sidebar] could not save the download journal: %s", error)

    def _append_added(self, entry: dict) -> None:
        self._live[str(entry.get("id"))] = entry
        self._append({"op": "add", "entry": entry})

    def _append_done(self, task_ids: list[str]) -> None:
        for task_id in task_ids:
            self._live.pop(task_id, None)
        if self._lines >= COMPACT_AFTER_LINES and self._lines >= 2 * len(self._live):
            self._compact()
        else:
            self._append({"op": "done", "ids": task_ids})

    def _append_paused(self, change: tuple[list[str], bool]) -> None:
        task_ids, paused = change
        self._append({"op": "paused", "ids": task_ids, "paused": paused})  # the first append loads the live entries
        _mark_paused(self._live, task_ids, paused)

    def _append(self, record: dict) -> None:
        if self._lines == 0:
            self._compact()  # the first write of this run: start from what load() saw, in the new format
        with open(self._path, "a", encoding="utf-8") as stream:
            stream.write(json.dumps(record, separators=(",", ":")) + "\n")
        self._lines += 1

    def _compact(self) -> None:
        """Rewrite the log as one `add` line per live entry (atomically), and drop the older journal."""
        if self._lines == 0:
            for entry in self.load():
                self._live.setdefault(str(entry.get("id")), entry)
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self._path.with_name(self._path.name + ".tmp")
        lines = [json.dumps({"op": "add", "entry": e}, separators=(",", ":")) + "\n" for e in self._live.values()]
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.writelines(lines)
        os.replace(temporary, self._path)
        self._old_path.unlink(missing_ok=True)
        self._lines = max(1, len(lines))


def _mark_paused(live: dict[str, dict], task_ids: list, paused: bool) -> None:
    for task_id in task_ids:
        entry = live.get(str(task_id))
        if entry is not None:
            live[str(task_id)] = {**entry, "paused": paused}


def _records(path: Path):
    try:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a line torn by a crash
                if isinstance(record, dict):
                    yield record
    except OSError:
        return


def _old_entries(path: Path) -> list[dict]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8")).get("unfinished", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [e for e in entries if isinstance(e, dict)]
