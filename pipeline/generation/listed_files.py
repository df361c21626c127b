"""A generated workflow's model names made the names ComfyUI lists, for the files this machine has.

Before building, each resource a loader or prompt will name is pointed at its file in ComfyUI's list of
its folder (found by its local path, its Civitai file name, or the name the image wrote, whatever the
extension). After building, every loader value is spelled exactly as listed (a Windows ComfyUI lists
`sdxl\\x.safetensors`), and each name no list holds, loader or `embedding:` in a prompt, gets a sentence:
/prompt does not reject every unknown loader value, so the user would learn it only when the run fails.
Pure: `listings` is {folder: names ComfyUI lists}, read by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..shapes.image_generation import ResolvedResource
from ..shapes.listed_names import listed_name, slashed, stem_of

# (node class, input) -> the models folder whose list its combo offers: every loader the builder writes.
LOADER_INPUTS = {
    ("CheckpointLoaderSimple", "ckpt_name"): "checkpoints",
    ("LoraLoader", "lora_name"): "loras",
    ("VAELoader", "vae_name"): "vae",
    ("UpscaleModelLoader", "model_name"): "upscale_models",
}
LOADED_FOLDERS = frozenset({*LOADER_INPUTS.values(), "embeddings"})
# ComfyUI's tokenizer loads `embedding:<name>` as written, else with one of these appended.
EMBEDDING_EXTENSIONS_TRIED = (".safetensors", ".pt", ".bin")
_EMBEDDING_IN_TEXT = re.compile(r"embedding:([^\s,()]+)")

Listings = Mapping[str, Sequence[str]]


def _wanted_names(resource: ResolvedResource) -> list[str]:
    """The names the resource may have on disk, surest first: where it was found, its file, then the name the
    image wrote (A1111 writes file stems) unless a version ID or hash chose the file."""
    file = f"{resource.subfolder}/{resource.filename}" if resource.filename and resource.subfolder else None
    found_by_name = resource.needs_confirmation or (resource.confidence is not None and resource.confidence < 1)
    image_name = resource.name if resource.filename is None or found_by_name else None
    names = [resource.local_path, file, resource.filename, image_name]
    return list(dict.fromkeys(name for name in names if name))


def point_at_listed_files(resources: list[ResolvedResource], listings: Listings) -> list[ResolvedResource]:
    """Each resource whose file ComfyUI lists, with `local_path` set to that listed name."""
    pointed = []
    for resource in resources:
        listing = listings.get(resource.folder, ()) if resource.folder in LOADED_FOLDERS else ()
        found = next(filter(None, (listed_name(name, listing) for name in _wanted_names(resource))), None)
        if found is not None:
            resource = resource.model_copy(update={"local_path": slashed(found), "already_downloaded": True})
        pointed.append(resource)
    return pointed


def _exact_spelling(value: str, listing: Sequence[str]) -> str | None:
    """The listed name that is `value` with the host's separators; None when the list lacks it."""
    key = slashed(value)
    return next((name for name in listing if slashed(name) == key), None)


def _already_said(value: str, warnings: list[str]) -> bool:
    return any(repr(value) in warning for warning in warnings)


def spell_as_listed(workflow: dict[str, dict], listings: Listings, warnings: list[str]) -> None:
    """Every loader value as ComfyUI lists it; a sentence for each model or embedding it does not list."""
    for node in workflow.values():
        inputs = node["inputs"]
        for (class_type, input_name), folder in LOADER_INPUTS.items():
            if node["class_type"] != class_type or not isinstance(inputs.get(input_name), str):
                continue
            value = inputs[input_name]
            listed = _exact_spelling(value, listings.get(folder, ()))
            if listed is not None:
                inputs[input_name] = listed
            elif not _already_said(value, warnings):
                warnings.append(
                    f"models/{folder} has no {value!r} yet: the workflow names it, and ComfyUI will fail to "
                    "run it until that file is downloaded or put there."
                )
        if node["class_type"] == "CLIPTextEncode" and isinstance(inputs.get("text"), str):
            _check_embeddings(inputs["text"], listings.get("embeddings", ()), warnings)


def _check_embeddings(text: str, listing: Sequence[str], warnings: list[str]) -> None:
    loadable = {slashed(name) for name in listing}
    loadable |= {stem_of(name) for name in listing if name.lower().endswith(EMBEDDING_EXTENSIONS_TRIED)}
    for name in dict.fromkeys(_EMBEDDING_IN_TEXT.findall(text)):
        if slashed(name) not in loadable and not _already_said(name, warnings):
            warnings.append(
                f"models/embeddings has no {name!r} yet: the prompt names it, and ComfyUI will run without "
                "it until that file is downloaded or put there."
            )
