"""The start-up sweep: partial files of the pack's own that no download will ever resume.

A ComfyUI killed at the wrong moment, or a failure kept for a Retry that never came, can leave
`<name>.part` + `<name>.part.json` (or a hidden `.civitai-download-<hash>.part` pair) in a model
folder. Only names the pack writes are considered: a `.part` counts as ours only beside a
`.part.json` record in the pack's own format, and links are never touched. Files touched within the
last hour are left too: another ComfyUI sharing the folder (a NAS, extra_model_paths.yaml) may be
writing them, and its downloads are in its own journal. Runs on a worker thread.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..pipeline.shapes.model_names import MAX_SUBFOLDER_DEPTH
from .part_file import MAX_RECORD_BYTES, ResumeRecord, part_names
from .safe_files import PlantedLink, read_small, remove_own

log = logging.getLogger("civitai_sidebar")

_PROVISIONAL = re.compile(r"^(\.civitai-download-[0-9a-f]{16})\.part(\.json(\.tmp)?)?$")
_RECORD = re.compile(r"^(.+)\.part\.json(\.tmp)?$")
OPTIONAL_FIELDS = {"done"}  # only a segmented download's record has it (and records of before issue 16 do not)
QUIET_SECONDS = 3600  # a partial file written more recently may belong to a download running elsewhere


def _is_pack_record(path: Path) -> bool:
    try:
        data = json.loads(read_small(path, MAX_RECORD_BYTES) or b"")
    except (OSError, PlantedLink, ValueError):
        return False
    fields = set(ResumeRecord.__dataclass_fields__)
    return isinstance(data, dict) and fields - OPTIONAL_FIELDS <= set(data) <= fields


def _folders_below(root: Path) -> Iterator[Path]:
    """The root and its subfolders as deep as a download may go, never through a symlink."""
    for current, subfolders, _ in os.walk(root):
        depth = len(Path(current).relative_to(root).parts)
        if depth >= MAX_SUBFOLDER_DEPTH:
            subfolders.clear()
        yield Path(current)


def _recently_written(final_path: Path, now: float) -> bool:
    for path in part_names(final_path):
        try:
            if now - os.lstat(path).st_mtime < QUIET_SECONDS:
                return True
        except FileNotFoundError:
            continue
    return False


def _orphans_in(folder: Path, in_use: set[Path]) -> set[Path]:
    """Final paths in `folder` whose partial files are the pack's and belong to no known download."""
    found: set[Path] = set()
    for entry in os.scandir(folder):
        provisional = _PROVISIONAL.match(entry.name)
        if provisional:
            found.add(folder / provisional.group(1))
            continue
        record = _RECORD.match(entry.name)
        if record and _is_pack_record(folder / entry.name):
            found.add(folder / record.group(1))
    now = time.time()
    return {final_path for final_path in found - in_use if not _recently_written(final_path, now)}


def sweep(roots: Iterable[Path], in_use: set[Path]) -> list[Path]:
    """Delete the pack's orphaned partial files below `roots`; returns the final paths they were for."""
    removed: list[Path] = []
    for root in dict.fromkeys(Path(os.path.realpath(r)) for r in roots):
        if not root.is_dir():
            continue
        for folder in _folders_below(root):
            try:
                orphans = _orphans_in(folder, in_use)
            except OSError as error:
                log.warning("[Civitai Sidebar] could not look for leftovers in %s: %s", folder, error)
                continue
            for final_path in sorted(orphans):
                try:
                    for path in part_names(final_path):
                        remove_own(path)
                except OSError as error:
                    log.warning("[Civitai Sidebar] could not remove a leftover in %s: %s", folder, error.strerror)
                    continue
                removed.append(final_path)
    return removed
