"""Which Civitai file a bare model name most likely means, and how sure that is.

Civitai's search finds models by words; this scores every file of every version it returned against
the wanted name (rapidfuzz), keeping only models of the type the ComfyUI folder implies. Only an exact
file-name match (the normalized stems are equal) is certain: a 93 %-alike name is usually another
version of the model (`fashionGirl_v51` for `fashionGirl_v53`), so anything less is a suggestion the
user confirms with a click, and Download All never takes it on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..shapes.civitai_types import ModelFile, ModelPage, ModelSearchVersion, ModelSummary
from ..shapes.model_names import MODEL_EXTENSIONS

EXACT_SCORE = 100.0
SUGGESTION_SCORE = 60.0
MIN_NAME_LENGTH = 3
CIVITAI_TYPES_OF_KIND: dict[str, list[str]] = {
    "checkpoint": ["Checkpoint"],
    "diffusion_model": ["Checkpoint"],
    "lora": ["LORA", "LoCon", "DoRA"],
    "embedding": ["TextualInversion"],
    "vae": ["VAE"],
    "upscaler": ["Upscaler"],
    "controlnet": ["Controlnet"],
    "hypernetwork": ["Hypernetwork"],
    "motion_module": ["MotionModule"],
}
_EXTENSION = re.compile(r"\.(safetensors|ckpt|pt|pth|bin|pt2|sft|gguf)$", re.IGNORECASE)
WEIGHT_FILE_TYPES = {"Model", "Pruned Model", "Diffusion Model", "UNet", "Negative", "VAE", None}


def normalize(name: str) -> str:
    """Folder, extension, case and separators ignored: "SD\\My_Model-v1.0.safetensors" -> "my model v1 0"."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return " ".join(re.split(r"[\s_\-.()\[\]]+", _EXTENSION.sub("", base).casefold())).strip()


def model_extension(name: str | None) -> str:
    """The model extension a file name ends in ("safetensors"), or "" ("EasyNegative", "4x-v1.5")."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    extension = base.rsplit(".", 1)[-1].casefold() if "." in base else ""
    return extension if f".{extension}" in MODEL_EXTENSIONS else ""


def search_queries(name: str) -> list[str]:
    """What to type into Civitai's search: the name as written, then its words without a version tag."""
    words = normalize(name).split()
    while words and re.fullmatch(r"v?\d+|v\d+\w*|fp\d+|bf\d+|pruned|ema|only", words[-1]):
        words.pop()
    cleaned = " ".join(words)
    stem = _EXTENSION.sub("", name.replace("\\", "/").rsplit("/", 1)[-1])
    return [q for q in dict.fromkeys([stem, cleaned]) if q]


@dataclass(frozen=True)
class NameMatch:
    model: ModelSummary
    version: ModelSearchVersion
    file: ModelFile
    score: float
    evidence: str
    exact: bool = False  # the file's normalized stem is the wanted one

    @property
    def confident(self) -> bool:
        """Only the very file name is evidence enough to download unasked; a close one is another file."""
        return self.exact


def _score(wanted: str, model: ModelSummary, version: ModelSearchVersion, file: ModelFile) -> tuple[float, str]:
    target = normalize(wanted)
    stem = normalize(file.name)
    if target == stem:
        return EXACT_SCORE, f"Civitai file {file.name} has exactly this name"
    title = normalize(f"{model.name} {version.name or ''}")
    by_file = fuzz.ratio(target, stem)
    by_title = fuzz.token_sort_ratio(target, title) * 0.95
    # A shortened name ("Meina" for MeinaMix) is plausible, weighed below a whole-name likeness.
    by_part = max(fuzz.partial_ratio(target, stem), fuzz.partial_ratio(target, title)) * 0.85
    best = max(by_file, by_title, by_part)
    if best == by_file:
        return by_file, f"closest Civitai file name: {file.name} ({by_file:.0f}% alike)"
    shown = f"{model.name} {version.name}" if version.name else model.name
    return best, f"closest Civitai model: {shown} ({best:.0f}% alike)"


def rank(wanted: str, kind: str, page: ModelPage, limit: int = 3) -> list[NameMatch]:
    """The best files for a name among the search results, best first; only plausible ones."""
    allowed = set(CIVITAI_TYPES_OF_KIND.get(kind, []))
    if len(normalize(wanted).replace(" ", "")) < MIN_NAME_LENGTH:
        return []  # "x" is partly like everything: no name that short is evidence
    matches: list[NameMatch] = []
    for model in page.items:
        if allowed and model.type not in allowed:
            continue
        for version in model.model_versions:
            for file in version.files:
                if file.type not in WEIGHT_FILE_TYPES:
                    continue
                score, evidence = _score(wanted, model, version, file)
                if score >= SUGGESTION_SCORE:
                    exact = normalize(wanted) == normalize(file.name)
                    matches.append(NameMatch(model, version, file, score, evidence, exact))
    matches.sort(key=lambda match: match.score, reverse=True)
    return matches[:limit]
