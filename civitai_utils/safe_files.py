"""Files the pack writes inside a model folder, opened so that a planted link cannot redirect them.

ComfyUI has no login and model folders are often shared (a NAS, a Docker volume), so a name the pack
is about to write may already exist as a symlink or a hard link to a file elsewhere. Every open here
refuses to follow a symlink (O_NOFOLLOW), creates with O_EXCL, and refuses a file that is not a plain
file or has more than one hard link (checked on the open descriptor, so nothing is swapped in between).
A refused name is left exactly as it is: it is not the pack's to delete.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_COMMON = _NOFOLLOW | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a planted FIFO must not hang the open; cleared once checked


class PlantedLink(OSError):
    """A name the pack would write is a link, a hard-linked file or not a file at all."""

    def __init__(self, path: Path):
        super().__init__(errno.EEXIST, f"{path.name} is a link or a hard-linked file, not one this download made")
        self.path = path


def _is_plain(info: os.stat_result) -> bool:
    return stat.S_ISREG(info.st_mode) and info.st_nlink == 1


def is_own_file(path: Path) -> bool:
    """True for a plain single-linked file, False when nothing has the name; PlantedLink otherwise."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not _is_plain(info):
        raise PlantedLink(path)
    return True


def _open_checked(path: Path, flags: int) -> int:
    try:
        descriptor = os.open(path, flags | _COMMON | _NONBLOCK)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK):  # O_NOFOLLOW met a symlink
            raise PlantedLink(path) from None
        raise
    try:
        if not _is_plain(os.fstat(descriptor)):
            raise PlantedLink(path)
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def open_part(path: Path, *, keep_bytes: bool):
    """The .part for reading and writing: created with O_EXCL, or an existing plain one reopened
    (emptied unless `keep_bytes`). Unbuffered, so every write goes straight to the descriptor."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _COMMON, 0o644)
    except FileExistsError:
        descriptor = _open_checked(path, os.O_RDWR)
        if not keep_bytes:
            os.ftruncate(descriptor, 0)
    return os.fdopen(descriptor, "r+b", buffering=0)


def read_small(path: Path, limit: int) -> bytes | None:
    """At most `limit` bytes of a plain file (a sidecar record); None when it does not exist."""
    try:
        descriptor = _open_checked(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    with os.fdopen(descriptor, "rb") as stream:
        return stream.read(limit)


def replace_with_text(path: Path, text: str) -> None:
    """Write `<path>.tmp` fresh (O_EXCL) and rename it over `path`; neither name may be a link."""
    temporary = path.with_name(path.name + ".tmp")
    if is_own_file(temporary):
        os.unlink(temporary)  # a leftover of an interrupted write of ours
    is_own_file(path)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _COMMON, 0o644)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(text.encode("utf-8"))
    os.replace(temporary, path)


def remove_own(path: Path) -> None:
    """Delete a file of ours; a link planted under the name (or nothing) is left alone."""
    try:
        if is_own_file(path):
            os.unlink(path)
    except PlantedLink:
        pass


def is_inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def place_final(part: Path, final: Path, real_root: Path) -> None:
    """Rename the finished .part to its final name, never over an existing name, then check that the
    name is a plain file inside the folder's real root (a folder swapped for a symlink meanwhile would
    have moved it elsewhere: that file is removed again and the download refused)."""
    if os.path.lexists(final):
        raise FileExistsError(errno.EEXIST, f"{final.name} appeared while downloading; kept the existing file")
    os.replace(part, final)
    landed = Path(os.path.realpath(final))
    if not is_inside(landed.parent, real_root) or landed.name != final.name:
        remove_own(landed)
        raise PlantedLink(final)
    if not is_own_file(final):
        raise PlantedLink(final)
