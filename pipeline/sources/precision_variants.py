"""Precision and format variants of one model: `flux1-dev-fp8_e4m3fn.safetensors` and `flux1-dev.safetensors`,
`umt5_xxl_fp16` and `umt5_xxl_fp8_e4m3fn_scaled`, or a GGUF quantisation (`-Q4_K_M.gguf`). Not the same file,
so a variant is only ever offered, never used on its own.
"""

from __future__ import annotations

import re

from .name_match import model_extension

_PRECISION = re.compile(
    r"[-_.](?:fp(?:8|16|32)(?:[-_](?:e4m3fn|e5m2))?(?:[-_]scaled)?|bf16|f16|f32|e4m3fn|e5m2|scaled|"
    r"q\d(?:_[0-9a-z]+)*|iq\d(?:_[a-z]+)*)(?=$|[-_.])",
    re.IGNORECASE,
)


def base_stem(name: str) -> str:
    """The name without folder, extension and precision/quantisation tags, case-folded."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    extension = model_extension(base)
    if extension:
        base = base[: -len(extension) - 1]
    previous = None
    while previous != base:
        previous, base = base, _PRECISION.sub("", base)
    return base.casefold()


def variants(wanted: str, listed: list[str]) -> list[str]:
    """The listed names that are another precision or format of `wanted` (never `wanted` itself)."""
    stem = base_stem(wanted)
    if len(stem) < 3:
        return []
    own = wanted.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    return [name for name in listed if base_stem(name) == stem and name.rsplit("/", 1)[-1].casefold() != own]
