"""What to type into the Hub's repository search to find a file by its name (API reference §15).

The search matches repository ids only, so the words come from the file name: the extension and the
precision/format suffixes (`fp16`, `bf16`, `fp8_e4m3fn`, `scaled`, GGUF quantisations) dropped, then the
name and its prefixes split at `-`, `_` and `.` (`wan_2.1_vae` → `wan_2.1_vae`, `wan_2`, `wan_2.1`), and
the same with a word glued to the version number that follows it (`wan2.1`) or with hyphens for underscores
(`stable-cascade`), as repository ids often write them.
"""

from __future__ import annotations

import re

from .name_match import model_extension

MIN_QUERY_CHARS = 4  # "sd", "vae": every repository on the Hub matches
PRECISION_WORD = re.compile(
    r"fp\d+|bf16|fp8|e4m3fn|e5m2|e4m3|scaled|mixed|int[48]|nf4|q\d+|gguf|pruned|emaonly|ema|fp16fix|\d+bit",
    re.IGNORECASE,
)
_PIECES = re.compile(r"([-_.\s]+)")
GGUF_QUANT = re.compile(r"[-_.](i?q\d+(_k)?(_[a-z]+)?|q\d+_\d+|f16|f32|bf16)$", re.IGNORECASE)


def file_stem(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    extension = model_extension(base)
    stem = base[: -len(extension) - 1] if extension else base
    return GGUF_QUANT.sub("", stem)


def _words_and_separators(stem: str) -> list[str]:
    """[word, sep, word, sep, …, word] with the trailing precision words removed."""
    pieces = [p for p in _PIECES.split(stem) if p]
    while pieces and (_PIECES.fullmatch(pieces[-1]) or PRECISION_WORD.fullmatch(pieces[-1])):
        if len(pieces) == 1:
            break
        pieces.pop()
    return pieces


def _glued(text: str) -> str:
    """`wan_2.1` → `wan2.1`, `flux-1` → `flux1`: a word joined to the version number after it."""
    return re.sub(r"(?<=[A-Za-z])[-_\s](?=\d)", "", text)


def _variants(prefix: str) -> list[str]:
    hyphenated = re.sub(r"[_\s]+", "-", prefix)  # repository ids mostly use hyphens
    return [prefix, hyphenated, _glued(prefix), _glued(hyphenated)]


def search_words(filename: str, limit: int = 10) -> list[str]:
    """Search texts, most telling first; at most `limit`, none shorter than MIN_QUERY_CHARS letters/digits.

    The whole name first, then its first two and three words (where a model's name usually ends: `wan_2.1`,
    `flux1-dev`), then the first word, then the other prefixes, longest first."""
    pieces = _words_and_separators(file_stem(filename))
    words = (len(pieces) + 1) // 2
    prefixes = {n: "".join(pieces[: 2 * n - 1]).lower() for n in range(1, words + 1)}
    order = [words, 2, 3, 1, *range(words - 1, 3, -1)]
    ordered: list[str] = []
    for n in dict.fromkeys(n for n in order if 1 <= n <= words):
        ordered += _variants(prefixes[n])
    useful = [q for q in ordered if len(re.sub(r"[^0-9A-Za-z]", "", q)) >= MIN_QUERY_CHARS]
    return list(dict.fromkeys(useful))[:limit]
