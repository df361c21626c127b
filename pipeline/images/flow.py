"""From what the user pasted to the sidebar's answer: the image, its parameters and its resources."""

from __future__ import annotations

from typing import Protocol

from ..shapes.image_generation import ImageMetadata
from ..sources.pasted_model import ModelLookup, resolve_pasted_model
from .metadata import parse_image
from .pasted_ref import parse_pasted
from .resolve_resources import LocalLookup, civitai_site, resolve_refs


class ImageLookup(ModelLookup, Protocol):
    async def image(self, image_id: int) -> dict | None: ...


class ImageNotFound(LookupError):
    pass


def image_summary(item: dict, base_url: str) -> dict:
    site = civitai_site(base_url, nsfw=item.get("nsfwLevel") != "None")  # "None": rated PG
    return {
        "id": item.get("id"),
        "url": item.get("url"),
        "width": item.get("width"),
        "height": item.get("height"),
        "type": item.get("type", "image"),
        "username": item.get("username"),
        "base_model": item.get("baseModel"),
        "nsfw_level": item.get("nsfwLevel"),
        "created_at": item.get("createdAt"),
        "page_url": f"{site}/images/{item.get('id')}",
    }


def _comfy_part(metadata: ImageMetadata, resources: list) -> dict | None:
    if metadata.comfy is None or not (metadata.comfy.workflow or metadata.comfy.prompt):
        return None
    needed = [r.model_dump() for r in resources if "comfy" in r.sources]
    return {"workflow": metadata.comfy.workflow, "prompt": metadata.comfy.prompt, "resources": needed}


async def resolve_image(pasted: object, civitai: ImageLookup, local: LocalLookup) -> dict:
    """ValueError for input that names no image or model, ImageNotFound/ModelNotFound, or CivitaiError.

    A model link or AIR answers that model version's card instead of an image (see `pasted_model`)."""
    named = parse_pasted(pasted)
    if not isinstance(named, int):
        return await resolve_pasted_model(named, civitai, local)
    image_id = named
    item = await civitai.image(image_id)
    if item is None:
        raise ImageNotFound(
            f"Civitai shows no image {image_id}: it may have been deleted, be private, or the ID may be wrong."
        )
    metadata = parse_image(item)
    resources = await resolve_refs(metadata.refs, civitai, local)
    answer = {
        "kind": "image",
        "image": image_summary(item, civitai.base_url),
        "metadata": metadata.params.model_dump(),
        "notices": metadata.notices,
        "meta_available": metadata.meta_available,
        "resources": [resource.model_dump() for resource in resources],
        "workflow_type": "txt2img-hires" if metadata.params.hires else "txt2img",
    }
    comfy = _comfy_part(metadata, resources)
    if comfy is not None:
        answer["comfy_workflow"] = comfy
    return answer
