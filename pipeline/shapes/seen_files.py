"""What the disk showed for one locked model: where its file is, its size, and its SHA-256 when it was worth reading.

The I/O side (civitai_utils/lock_disk.py) fills these; the pure judge (pipeline/locks/verify.py) decides present,
missing or wrong from them, so the rules are tested without a disk.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)  # not frozen: 20,000 are made per verify, and a frozen one costs more to build
class SeenFile:
    folder: str
    name: str
    path: str | None = None  # folder-relative, as ComfyUI lists it; None when no file is there
    size: int | None = None
    sha256: str | None = None  # None when the size already differs (the file is not read), or it is absent
    problem: str | None = None  # why the file could not be looked at (no such folder here, unreadable)
