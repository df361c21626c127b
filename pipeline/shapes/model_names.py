"""What a model file or subfolder may be called: the plain-name checks, the model extensions, the legacy folders."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGACY_NAMES = {"unet": "diffusion_models", "clip": "text_encoders", "t2i_adapter": "controlnet"}
MODEL_EXTENSIONS = frozenset(
    {".ckpt", ".pt", ".pt2", ".bin", ".pth", ".safetensors", ".pkl", ".sft", ".gguf", ".onnx", ".engine"}
)
MAX_SUBFOLDER_DEPTH = 4
MAX_NAME_BYTES = 200  # leaves room for ".part" and the sidecar suffix under the usual 255-byte limit
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafeTarget(ValueError):
    """The request names a place a download may not go; the message says why, for a 400 answer."""


def check_plain_name(name: str, what: str) -> str:
    """A single path component a user could have typed: no separators, traversal or control characters."""
    if not isinstance(name, str) or not name.strip():
        raise UnsafeTarget(f"{what} is empty")
    name = unicodedata.normalize("NFC", name.strip())
    if "/" in name or "\\" in name:
        raise UnsafeTarget(f"{what} {name!r} contains a path separator")
    if name in (".", "..") or name.startswith("."):
        raise UnsafeTarget(f"{what} {name!r} is hidden or a relative path")
    # Printable ASCII has no control character: only other names are read character by character (a lock of
    # 20,000 files is checked in a blink).
    controls = not (name.isascii() and name.isprintable()) and any(unicodedata.category(ch)[0] == "C" for ch in name)
    if controls or ":" in name:
        raise UnsafeTarget(f"{what} {name!r} contains a control character or ':'")
    if _WINDOWS_RESERVED.match(name) or name.endswith((".", " ")):
        raise UnsafeTarget(f"{what} {name!r} is not a portable file name")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise UnsafeTarget(f"{what} is longer than {MAX_NAME_BYTES} bytes")
    return name


@lru_cache(maxsize=4096)  # a lock's thousands of names share a few subfolders
def check_subfolder(subfolder: str | None) -> str:
    if not subfolder:
        return ""
    parts = [part for part in subfolder.replace("\\", "/").split("/") if part != ""]
    if subfolder.startswith(("/", "\\")) or _DRIVE.match(subfolder):
        raise UnsafeTarget(f"subfolder {subfolder!r} is an absolute path")
    if len(parts) > MAX_SUBFOLDER_DEPTH:
        raise UnsafeTarget(f"subfolder {subfolder!r} is nested deeper than {MAX_SUBFOLDER_DEPTH} levels")
    return "/".join(check_plain_name(part, "subfolder part") for part in parts)
