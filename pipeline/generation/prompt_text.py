"""A1111 prompt text made ComfyUI prompt text: extra-network tags out, embeddings named as ComfyUI loads them.

ComfyUI does not parse `<lora:name:0.8>` (the LoRA chain applies LoRAs instead), and it only loads an
embedding written `embedding:<file>`, where A1111 wrote the bare file name ("easynegative").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NETWORK_TAG = re.compile(r"<\s*(lora|lyco|locon|loha|hypernet)\s*:([^<>]*)>", re.IGNORECASE)
EMBEDDING_PREFIX = "embedding:"


@dataclass(frozen=True)
class NetworkTag:
    """One `<lora:name:weight>` (or lyco/hypernet) tag taken out of a prompt."""

    kind: str  # "lora" (lyco, locon and loha are LoRAs to ComfyUI) or "hypernet"
    name: str
    weight: float | None


def _parse_tag(match: re.Match) -> NetworkTag:
    kind = "hypernet" if match.group(1).lower() == "hypernet" else "lora"
    name, _, rest = match.group(2).partition(":")
    try:
        weight = float(rest.split(":")[0]) if rest.strip() else None
    except ValueError:
        weight = None  # "<lora:x:lbw=...>": no plain weight
    return NetworkTag(kind, name.strip(), weight)


def _tidy(text: str) -> str:
    """What removing tags leaves behind: ", ," runs, double spaces, a dangling comma at either end."""
    text = re.sub(r",(?:[ \t]*,)+", ",", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+(?=,|\n|$)", "", text)
    return text.strip(" \t,\n")


def remove_network_tags(text: str) -> tuple[str, list[NetworkTag]]:
    """The prompt without extra-network tags, and the tags in the order they were written."""
    tags = [_parse_tag(match) for match in _NETWORK_TAG.finditer(text)]
    return (_tidy(_NETWORK_TAG.sub("", text)) if tags else text), tags


@dataclass(frozen=True)
class EmbeddingSpelling:
    """How one embedding is named in A1111 prompts (aliases) and in ComfyUI's (target, without prefix)."""

    target: str  # folder-relative file name without extension: "negativeXL_D", "sdxl/negativeXL_D"
    aliases: tuple[str, ...]


def _pattern(aliases: tuple[str, ...]) -> re.Pattern:
    # Not inside a longer word, a path, or an existing "embedding:name"; case-insensitive like A1111's tokenizer.
    words = "|".join(re.escape(alias) for alias in sorted(set(aliases), key=len, reverse=True))
    return re.compile(rf"(?<![\w:/\\.-])({words})(?![\w-])", re.IGNORECASE)


def _already_prefixed(aliases: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(alias) for alias in sorted(set(aliases), key=len, reverse=True))
    return re.compile(rf"{EMBEDDING_PREFIX}(?:[\w./-]*/)?({words})(?![\w-])", re.IGNORECASE)


def _replacement(text: str, match: re.Match, target: str) -> str:
    """ComfyUI finds `embedding:` only after a space, a newline or the start of a ( ) group, and ends the
    name at a space or a comma: add a space where the A1111 text relied on neither."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    space_before = "" if before in ("", "(") or before.isspace() else " "
    space_after = "" if after in ("", ",", ")", ":") or after.isspace() else " "
    return f"{space_before}{EMBEDDING_PREFIX}{target}{space_after}"


def rewrite_embeddings(text: str, spelling: EmbeddingSpelling) -> tuple[str, bool]:
    """The text with the embedding's bare mentions written `embedding:<target>`; whether it is mentioned at all."""
    mentioned = bool(_already_prefixed(spelling.aliases).search(text))
    pattern = _pattern(spelling.aliases)
    if not pattern.search(text):
        return text, mentioned
    return pattern.sub(lambda match: _replacement(text, match, spelling.target), text), True
