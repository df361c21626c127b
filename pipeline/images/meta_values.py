"""Reading single values out of Civitai image meta, where any key may hold any type.

Civitai stores uploader-written keys as they came: numbers are often strings ("2", "0.4"), sizes are
"WxH", hashes may carry "0x" or lower case, and model slots may hold an AIR instead of a file name.
Every function here returns None for what it cannot read and never raises.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

HEX_DIGITS = frozenset("0123456789ABCDEF")
# AutoV1 (8), AutoV2 (10), AutoV3 / TI / LoRA short hashes (12), full SHA-256 (64).
HASH_LENGTHS = frozenset({8, 10, 12, 64})
# Extensions ComfyUI loads models from; stripped when comparing names, kept when showing them.
MODEL_EXTENSIONS = (".safetensors", ".ckpt", ".pt", ".pt2", ".pth", ".bin", ".pkl", ".sft", ".gguf", ".onnx")
# Values that fill a model slot without naming a model.
PLACEHOLDER_NAMES = frozenset({"none", "automatic", "auto", "baked vae", "default", "null", "undefined"})

SIZE_PATTERN = re.compile(r"^\s*(\d+)\s*[xX×*]\s*(\d+)\s*$")
AIR_PATTERN = re.compile(
    r"^(?:urn:)?air:"
    r"(?:(?P<ecosystem>[\w\-/]+):)?"
    r"(?:(?P<type>[\w\-/]+):)?"
    r"(?P<source>[\w\-/]+):"
    r"(?P<id>[\w\-/]+)"
    r"(?:@(?P<version>[\w\-]+))?"
    r"(?:\+(?P<file>[\w\-]+))?"
    r"(?:\.(?P<format>[\w\-]+))?$",
    re.IGNORECASE,
)
# civitai_comfy_nodes' short form: "<modelId>@<versionId>".
SHORT_AIR_PATTERN = re.compile(r"^\s*(\d+)@(\d+)\s*$")
LONGEST_SHOWN_VALUE = 60


def to_int(value: Any) -> int | None:
    """A whole number from an int, an integral float or a numeric string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())  # exact, where a float would round a 64-bit seed
        except ValueError:
            pass
    number = to_float(value)
    if number is None or not number.is_integer():
        return None
    return int(number)


def to_float(value: Any) -> float | None:
    """A finite number from an int, a float or a numeric string; None otherwise (bools are not numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _finite(float(value)) if abs(value) < 2**1023 else None
    if isinstance(value, float):
        return _finite(value)
    if isinstance(value, str):
        try:
            return _finite(float(value.strip()))
        except ValueError:
            return None
    return None


def _finite(number: float) -> float | None:
    return number if math.isfinite(number) else None


def to_text(value: Any) -> str | None:
    """A non-blank string, stripped; numbers become their text ("Version": 1.7); anything else is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value) if to_float(value) is not None else None
    if isinstance(value, str):
        return value.strip() or None
    return None


def to_size(value: Any) -> tuple[int, int] | None:
    """(width, height) from "WxH" (spaces and "×" tolerated); None otherwise."""
    if not isinstance(value, str):
        return None
    match = SIZE_PATTERN.match(value)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))


def normalize_hash(value: Any) -> str | None:
    """Upper-case hex without "0x", of a length Civitai hashes have (8, 10, 12, 64); None otherwise."""
    if not isinstance(value, str):
        return None
    text = value.strip().upper()
    if text.startswith("0X"):
        text = text[2:]
    if len(text) not in HASH_LENGTHS or not set(text) <= HEX_DIGITS:
        return None
    return text


def same_hash(first: str, second: str) -> bool:
    """Equal, or one a prefix of the other: AutoV2 (10) and TI (12) hashes are prefixes of the SHA-256."""
    return first.startswith(second) or second.startswith(first)


def is_placeholder_name(name: str) -> bool:
    """True for "None", "Automatic", "Baked VAE"...: a slot left at its default, not a model."""
    return name.strip().lower() in PLACEHOLDER_NAMES


def strip_model_extension(name: str) -> str:
    """ "x.safetensors" -> "x"; "boleromix_XL_V1.3" stays whole (".3" is no model extension)."""
    lowered = name.lower()
    for extension in MODEL_EXTENSIONS:
        if lowered.endswith(extension) and len(name) > len(extension):
            return name[: -len(extension)]
    return name


def name_key(name: str) -> str:
    """What two spellings of one model's name have in common: no folder, no model extension, any case."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return strip_model_extension(base).lower()


@dataclass(frozen=True)
class Air:
    """A parsed AI Resource Identifier (reference §9); `version` is a modelVersionId for Civitai sources."""

    source: str
    id: str
    type: str | None = None
    ecosystem: str | None = None
    version: str | None = None
    file: str | None = None  # "+<fileId>": one file of the version

    @property
    def is_civitai(self) -> bool:
        return self.source.lower().startswith("civitai")

    @property
    def civitai_model_id(self) -> int | None:
        return _positive(self.id) if self.is_civitai else None

    @property
    def civitai_version_id(self) -> int | None:
        return _positive(self.version) if self.is_civitai else None

    @property
    def civitai_file_id(self) -> int | None:
        return _positive(self.file) if self.is_civitai else None


def _positive(value: str | None) -> int | None:
    number = to_int(value)
    return number if number and number > 0 else None


def parse_air(value: Any) -> Air | None:
    """An AIR ("urn:air:sdxl:lora:civitai:1231067@1387174", or the short "1231067@1387174"); None otherwise."""
    if not isinstance(value, str):
        return None
    short = SHORT_AIR_PATTERN.match(value)
    if short:
        return Air(source="civitai", id=short.group(1), version=short.group(2))
    match = AIR_PATTERN.match(value.strip())
    if not match:
        return None
    return Air(
        source=match.group("source"),
        id=match.group("id"),
        type=match.group("type"),
        ecosystem=match.group("ecosystem"),
        version=match.group("version"),
        file=match.group("file"),
    )


def show(value: Any) -> str:
    """A value as a notice quotes it: short, so a megabyte of junk does not become a megabyte of notice."""
    text = repr(value)
    if len(text) > LONGEST_SHOWN_VALUE:
        text = text[: LONGEST_SHOWN_VALUE - 1] + "…"
    return text


class MetaReader:
    """Typed reads from a meta dict: a present but unreadable value is dropped with a notice, never raised."""

    def __init__(self, meta: dict, notices: list[str]):
        self.meta = meta
        self.notices = notices

    def text(self, *keys: str) -> str | None:
        return self._first(keys, to_text, "text")

    def integer(self, *keys: str) -> int | None:
        return self._first(keys, to_int, "a whole number")

    def decimal(self, *keys: str) -> float | None:
        return self._first(keys, to_float, "a number")

    def size(self, *keys: str) -> tuple[int, int] | None:
        return self._first(keys, to_size, 'a size such as "512x768"')

    def _first(self, keys: tuple[str, ...], convert, expected: str):
        """The first key holding a readable value wins; junk in an earlier key is noted and skipped."""
        for key in keys:
            raw = self.meta.get(key)
            if raw is None or raw == "":
                continue
            value = convert(raw)
            if value is not None:
                return value
            note(self.notices, f'Ignored "{key}": {show(raw)} is not {expected}.')
        return None


def note(notices: list[str], sentence: str) -> None:
    """Add a notice once."""
    if sentence not in notices:
        notices.append(sentence)
