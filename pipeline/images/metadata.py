"""One `/api/v1/images` item turned into generation parameters, the models it names, and its ComfyUI graph.

Civitai's `meta` is whatever the uploader's tool wrote, lightly normalised (reference §2.3-2.4): A1111 and
Forge infotext keys, the on-site generator's fields, or the ComfyUI parser's. It may be null, flat, or
wrapped as `{id, meta}`, and any key may hold any type. `parse_image` reads all of it and never raises:
what it cannot use becomes a sentence in `notices`.
"""

from __future__ import annotations

from typing import Any

from ..shapes.image_generation import EmbeddedComfyGraph, GenerationParams, HiresParams, ImageMetadata, ResourceRef
from .meta_comfy import add_graph_refs, load_comfy_graph
from .meta_refs import (
    RefCollector,
    add_a1111_models,
    add_additional_resources,
    add_civitai_resources,
    add_comfy_lists,
    add_hashes,
    add_hires_upscaler,
    add_listed_resources,
    add_lora_hashes,
    add_prompt_embeddings,
    add_prompt_networks,
    add_ti_hashes,
    add_version_ids,
)
from .meta_values import MetaReader, is_placeholder_name, strip_model_extension, to_int, to_text

HIDDEN_META_NOTICE = (
    "Civitai hides this image's generation data: the creator turned it off, or the image was made elsewhere."
)
UNREADABLE_META_NOTICE = "Civitai returned this image's generation data in a form that cannot be read."
NOT_AN_IMAGE_NOTICE = "This is not a Civitai image record, so it has no generation data to read."


def parse_image(item: Any) -> ImageMetadata:
    """Everything one `/api/v1/images` `items[]` element says about how it was made."""
    notices: list[str] = []
    if not isinstance(item, dict):
        return ImageMetadata(params=GenerationParams(), refs=[], notices=[NOT_AN_IMAGE_NOTICE], meta_available=False)
    raw_meta = unwrap_meta(item.get("meta"), item.get("id"))
    meta = raw_meta if isinstance(raw_meta, dict) else {}
    if raw_meta is None:
        notices.append(HIDDEN_META_NOTICE)
    elif not isinstance(raw_meta, dict):
        notices.append(UNREADABLE_META_NOTICE)
    params = read_params(meta, item, notices)
    comfy = load_comfy_graph(meta.get("comfy"), notices)
    refs = collect_refs(meta, item, params, comfy, notices)
    return ImageMetadata(
        params=params, refs=refs, comfy=comfy, notices=notices, meta_available=isinstance(raw_meta, dict)
    )


def unwrap_meta(meta: Any, image_id: Any) -> Any:
    """The meta dict out of the legacy `{"id": <image id>, "meta": {...}}` wrapper; other shapes as they are.

    Only a dict of exactly those two keys, whose `id` is this image's, is a wrapper: a flat meta could in
    principle hold an `id` key of its own.
    """
    if not isinstance(meta, dict) or set(meta) != {"id", "meta"}:
        return meta
    wrapper_id = to_int(meta["id"])
    if wrapper_id is None or wrapper_id != to_int(image_id):
        return meta
    return meta["meta"]


# --- generation parameters -------------------------------------------------------------------------

HIRES_DENOISE_KEY = "Denoising strength"


def read_params(meta: dict, item: dict, notices: list[str]) -> GenerationParams:
    """The normalised parameters, from A1111/Forge keys, on-site generator keys, or the ComfyUI parser's."""
    reader = MetaReader(meta, notices)
    hires = read_hires(reader)
    width, height = read_size(reader)
    return GenerationParams(
        prompt=reader.text("prompt") or "",
        negative_prompt=reader.text("negativePrompt") or "",
        seed=reader.integer("seed"),
        steps=reader.integer("steps"),
        cfg=reader.decimal("cfgScale"),
        sampler=reader.text("sampler"),
        scheduler=reader.text("scheduler", "Schedule type"),
        width=width,
        height=height,
        clip_skip=reader.integer("clipSkip", "Clip skip"),
        # With a hires pass, "Denoising strength" is that pass's; the first pass then denoises fully.
        denoise=reader.decimal("denoise") if hires else reader.decimal("denoise", HIRES_DENOISE_KEY),
        hires=hires,
        vae=read_vae_name(reader),
        model_name=read_model_name(reader),
        base_model=reader.text("baseModel") or to_text(item.get("baseModel")),
        engine=reader.text("engine", "Version", "version"),
    )


def read_size(reader: MetaReader) -> tuple[int | None, int | None]:
    """`width`/`height` (ComfyUI parser, current A1111 parser) or the older `Size` "WxH"."""
    width, height = reader.integer("width"), reader.integer("height")
    if width is not None and height is not None:
        return width, height
    size = reader.size("Size")
    if size is not None:
        return size
    return width, height


def read_hires(reader: MetaReader) -> HiresParams | None:
    """A1111's hires pass, only when the meta has a hires key: a missing one means no second pass."""
    upscale = reader.decimal("Hires upscale")
    upscaler = reader.text("Hires upscaler")
    steps = reader.integer("Hires steps")
    resize = reader.size("Hires resize")
    if upscale is None and upscaler is None and steps is None and resize is None:
        return None
    fields: dict[str, Any] = {"upscaler": upscaler, "steps": steps}
    if upscale is not None:
        fields["upscale"] = upscale
    denoise = reader.decimal(HIRES_DENOISE_KEY)
    if denoise is not None:
        fields["denoise"] = denoise
    if resize is not None:
        fields["width"], fields["height"] = resize
    return HiresParams(**fields)


def read_vae_name(reader: MetaReader) -> str | None:
    """A1111 `VAE`, else the ComfyUI parser's first `vaes[]`; "Automatic"/"None" are no override."""
    name = reader.text("VAE") or _first_text(reader.meta.get("vaes"))
    return None if name is None or is_placeholder_name(name) else name


def read_model_name(reader: MetaReader) -> str | None:
    """A1111 `Model`, else the ComfyUI parser's first `models[]` without its extension (as Civitai does)."""
    name = reader.text("Model")
    if name is not None:
        return name
    first = _first_text(reader.meta.get("models"))
    return strip_model_extension(first) if first is not None else None


def _first_text(values: Any) -> str | None:
    if isinstance(values, list) and values:
        return to_text(values[0])
    return None


# --- resources -----------------------------------------------------------------------------------


def collect_refs(
    meta: dict, item: dict, params: GenerationParams, comfy: EmbeddedComfyGraph | None, notices: list[str]
) -> list[ResourceRef]:
    """Every model the image names, merged; the most exact sources are read first so their names win."""
    refs = RefCollector(notices)
    add_civitai_resources(meta, refs)
    add_version_ids(item.get("modelVersionIds"), refs, "modelVersionIds")
    add_version_ids(meta.get("versionIds"), refs, "versionIds")
    if comfy is not None and comfy.prompt is not None:
        add_graph_refs(comfy.prompt, refs)
    add_additional_resources(meta, refs)
    add_comfy_lists(meta, refs)
    add_listed_resources(meta, refs)
    add_hashes(meta, refs)
    add_a1111_models(meta, refs)
    add_ti_hashes(meta, refs)
    add_lora_hashes(meta, refs)
    add_hires_upscaler(meta, refs)
    prompts = [params.prompt, params.negative_prompt]
    add_prompt_networks(prompts, refs)
    add_prompt_embeddings(prompts, refs)
    return refs.result()
