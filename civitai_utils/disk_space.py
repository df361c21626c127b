"""How many bytes a download may still put on a disk without filling it.

A download stops while some space is left (1 % of the disk, between 1 MiB and 1 GiB), so a source
that sends more than it said, or never says how much, cannot leave ComfyUI unable to save an image.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

MiB = 1024 * 1024
MIN_RESERVE = MiB
MAX_RESERVE = 1024 * MiB


def reserve_of(total_bytes: int) -> int:
    return max(MIN_RESERVE, min(MAX_RESERVE, total_bytes // 100))


def usable_bytes(folder: Path) -> tuple[int, int]:
    """(bytes a download may still write, bytes the disk keeps free) for the disk holding `folder`."""
    usage = shutil.disk_usage(folder)
    reserve = reserve_of(usage.total)
    return max(0, usage.free - reserve), reserve


class DiskNearlyFull(OSError):
    """Writing more would eat into the space kept free; str() does not matter, the reserve does."""

    def __init__(self, reserve: int):
        super().__init__(errno.ENOSPC, "the disk is nearly full")
        self.reserve = reserve
