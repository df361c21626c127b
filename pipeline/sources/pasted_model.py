"""A model link or AIR pasted where an image was expected: the sidebar's answer is that model version's card.

A model page without a version takes the model's newest published version (Civitai lists a model's versions
newest first); an AIR's `+<fileId>` or a download link's `?fileId=` picks one file of the version, otherwise
its primary file. The answer has the image answer's shape with no image and no generation parameters.
"""

from __future__ import annotations

from typing import Protocol

from ..images.resolve_resources import KIND_OF_CIVITAI_TYPE, CivitaiLookup, LocalLookup, civitai_site, resolve_ref
from ..shapes.civitai_types import CivitaiError, ModelSummary, ModelVersion
from ..shapes.image_generation import ResourceRef
from .civitai_links import PastedResource


class ModelLookup(CivitaiLookup, Protocol):
    async def model(self, model_id: int) -> ModelSummary: ...


class ModelNotFound(LookupError):
    """Civitai shows no such model, version or file: a 404 with this sentence."""


async def _not_found_as(what: str, lookup):
    try:
        return await lookup
    except CivitaiError as failure:
        if failure.status == 404:
            raise ModelNotFound(f"Civitai shows no {what}: it may have been deleted or unpublished.") from None
        raise


async def _version_of(pasted: PastedResource, civitai: ModelLookup) -> tuple[ModelVersion, list[str]]:
    notices: list[str] = []
    version_id = pasted.version_id
    if version_id is None:
        model = await _not_found_as(f"model {pasted.model_id}", civitai.model(int(pasted.model_id or 0)))
        if not model.model_versions:
            raise ModelNotFound(f"Civitai lists no published version of model {model.id} ({model.name}).")
        newest = model.model_versions[0]
        version_id = newest.id
        notices.append(f"The link names no version: the newest one, {newest.name or version_id}, is shown.")
    version = await _not_found_as(f"model version {version_id}", civitai.model_version(version_id))
    if pasted.model_id and version.model_id and version.model_id != pasted.model_id:
        notices.append(f"Version {version.id} belongs to model {version.model_id}, not {pasted.model_id}.")
    if pasted.file_id and not any(file.id == pasted.file_id for file in version.files):
        raise ModelNotFound(f"Civitai's model version {version.id} has no file {pasted.file_id}.")
    return version, notices


def model_summary(version: ModelVersion, base_url: str) -> dict:
    site = civitai_site(base_url, version.model.nsfw)
    return {
        "id": version.model_id,
        "name": version.model.name,
        "type": version.model.type,
        "version_id": version.id,
        "version_name": version.name,
        "base_model": version.base_model,
        "page_url": f"{site}/models/{version.model_id}?modelVersionId={version.id}" if version.model_id else None,
    }


async def resolve_pasted_model(pasted: PastedResource, civitai: ModelLookup, local: LocalLookup) -> dict:
    """ModelNotFound when Civitai shows nothing there; CivitaiError when it cannot be asked."""
    version, notices = await _version_of(pasted, civitai)
    kind = KIND_OF_CIVITAI_TYPE.get(version.model.type or "", "other")
    ref = ResourceRef(kind=kind, model_version_id=version.id, file_id=pasted.file_id, sources=["the pasted link"])
    resource = await resolve_ref(ref, civitai, local)
    return {
        "kind": "model",
        "image": None,
        "model": model_summary(version, civitai.base_url),
        "metadata": None,
        "notices": notices,
        "meta_available": False,
        "resources": [resource.model_dump()],
        "workflow_type": None,
    }
