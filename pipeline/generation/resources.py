"""Which of an image's resources the workflow loads, and how: checkpoint, LoRA chain, VAE, embeddings.

Each choice that drops or guesses something leaves a sentence in `warnings`, so the user knows why the
workflow differs from the image.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..shapes.image_generation import ResolvedResource
from .file_names import comfy_file_name, file_stem, loose_key, names_of, of_kind, without_extension
from .listed_files import EMBEDDING_EXTENSIONS_TRIED
from .prompt_text import EmbeddingSpelling, NetworkTag

DEFAULT_LORA_WEIGHT = 1.0
MAX_LORA_WEIGHT = 100.0  # LoraLoader's strength range is -100..100
# Kinds a checkpoint txt2img workflow has no node for.
UNUSED_KINDS = (
    "diffusion_model",
    "controlnet",
    "hypernetwork",
    "text_encoder",
    "clip_vision",
    "motion_module",
    "other",
)


@dataclass(frozen=True)
class LoraUse:
    resource: ResolvedResource
    file: str
    weight: float


def warn_if_unresolved(resource: ResolvedResource, warnings: list[str]) -> None:
    if not resource.resolved:
        why = f" ({resource.reason})" if resource.reason else ""
        warnings.append(
            f"The {resource.kind} {resource.name!r} was not found{why}: the workflow names it "
            f"{comfy_file_name(resource)!r}; ComfyUI accepts it once a file of that name is in "
            f"models/{resource.folder}."
        )


def pick_checkpoint(resources: list[ResolvedResource], warnings: list[str]) -> ResolvedResource:
    """The first checkpoint; without one there is nothing to load, which the user must fix."""
    checkpoints = of_kind(resources, "checkpoint")
    if not checkpoints:
        unets = of_kind(resources, "diffusion_model")
        if unets:
            raise ValueError(
                f"The image's model {unets[0].name!r} is a diffusion model with separate text encoders, not a "
                "checkpoint; this builder makes checkpoint workflows only. Pick a checkpoint to build one."
            )
        raise ValueError(
            "The image names no checkpoint among its resources, so there is no model to load. "
            "Pick a checkpoint for it (or resolve the image's model) and build the workflow again."
        )
    for extra in checkpoints[1:]:
        warnings.append(f"Only the first checkpoint is loaded: {extra.name!r} is not used.")
    warn_if_unresolved(checkpoints[0], warnings)
    return checkpoints[0]


def _clamped_weight(resource: ResolvedResource, weight: float, warnings: list[str]) -> float:
    if -MAX_LORA_WEIGHT <= weight <= MAX_LORA_WEIGHT:
        return weight
    clamped = min(MAX_LORA_WEIGHT, max(-MAX_LORA_WEIGHT, weight))
    warnings.append(f"LoRA {resource.name!r} weight {weight:g} is beyond ComfyUI's range: using {clamped:g}.")
    return clamped


def lora_chain(resources: list[ResolvedResource], tags: list[NetworkTag], warnings: list[str]) -> list[LoraUse]:
    """The LoRAs in resource order; a weight missing on the resource comes from its <lora:name:w> tag."""
    loras = of_kind(resources, "lora")
    tag_weights = {loose_key(tag.name): tag.weight for tag in tags if tag.kind == "lora"}
    chain = []
    for resource in loras:
        weight = resource.weight
        if weight is None:
            weight = next((tag_weights[key] for key in names_of(resource) if tag_weights.get(key) is not None), None)
        weight = DEFAULT_LORA_WEIGHT if weight is None else _clamped_weight(resource, weight, warnings)
        warn_if_unresolved(resource, warnings)
        chain.append(LoraUse(resource, comfy_file_name(resource), weight))
    known = set().union(*(names_of(resource) for resource in loras))
    for tag in tags:
        if tag.kind == "hypernet":
            warnings.append(f"The prompt's hypernetwork <hypernet:{tag.name}> is not applied by this workflow.")
        elif loose_key(tag.name) not in known:
            warnings.append(f"The prompt's <lora:{tag.name}> is not among the image's resources: not applied.")
    return chain


def pick_vae(resources: list[ResolvedResource], named_vae: str | None, warnings: list[str]) -> ResolvedResource | None:
    """The first VAE resource overrides the checkpoint's own; None keeps the checkpoint's."""
    vaes = of_kind(resources, "vae")
    for extra in vaes[1:]:
        warnings.append(f"Only the first VAE is loaded: {extra.name!r} is not used.")
    if not vaes:
        if named_vae and named_vae.strip().lower() not in ("none", "automatic"):
            warnings.append(
                f"The image used the VAE {named_vae!r}, which is not among its resources: "
                "using the checkpoint's own VAE."
            )
        return None
    warn_if_unresolved(vaes[0], warnings)
    return vaes[0]


def embedding_spelling(resource: ResolvedResource) -> EmbeddingSpelling:
    """A1111 prompts name an embedding by its file stem (or trigger word); ComfyUI by its file, no extension."""
    candidates = [file_stem(resource), resource.name, without_extension(resource.name), *resource.trained_words]
    aliases = tuple(dict.fromkeys(word.strip() for word in candidates if word and word.strip() and " " not in word))
    return EmbeddingSpelling(target=_embedding_target(comfy_file_name(resource)), aliases=aliases)


def _embedding_target(file_name: str) -> str:
    """The file without the extension ComfyUI's tokenizer would add back itself; any other one stays."""
    root, extension = posixpath.splitext(file_name)
    return root if extension.lower() in EMBEDDING_EXTENSIONS_TRIED else file_name


def warn_unused(resources: list[ResolvedResource], used_upscaler: ResolvedResource | None, warnings: list[str]):
    for resource in resources:
        if resource.kind in UNUSED_KINDS:
            warnings.append(f"The image also uses the {resource.kind} {resource.name!r}; this workflow does not.")
        elif resource.kind == "upscaler" and resource is not used_upscaler:
            warnings.append(f"The upscale model {resource.name!r} is not used by the image's hires pass.")
