"""Look up each resource an image names: which Civitai file it is, and whether it is already on disk.

Version IDs are the surest evidence, then hashes; a resource known only by name is reported as not
resolved (with why) unless a file of that name is already in its folder. Lookups run in parallel.
The Civitai client and the local-disk lookups are handed in, so this stays free of I/O of its own.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from ..shapes.civitai_types import CivitaiError, ModelFile, ModelPage, ModelVersion
from ..shapes.image_generation import FOLDER_OF_KIND, ResolvedResource, ResourceRef
from ..shapes.sites import SITE_FOR_ALL_CONTENT, SITE_FOR_SAFE_CONTENT
from ..sources.civitai_links import file_download_url
from ..sources.download_blocks import civitai_block, listing_block
from ..sources.name_match import CIVITAI_TYPES_OF_KIND, NameMatch, rank, search_queries

PARALLEL_LOOKUPS = 6
KIND_OF_CIVITAI_TYPE = {
    "Checkpoint": "checkpoint",
    "LORA": "lora",
    "LoCon": "lora",
    "DoRA": "lora",
    "TextualInversion": "embedding",
    "VAE": "vae",
    "Upscaler": "upscaler",
    "Controlnet": "controlnet",
    "Hypernetwork": "hypernetwork",
    "MotionModule": "motion_module",
    "TextEncoder": "text_encoder",
    "CLIPVision": "clip_vision",
    "UNet": "diffusion_model",
}
DIFFUSION_FILE_TYPES = ("Diffusion Model", "UNet")


class CivitaiLookup(Protocol):
    base_url: str

    async def model_version(self, version_id: int) -> ModelVersion: ...
    async def model_version_by_hash(self, file_hash: str) -> ModelVersion | None: ...
    async def download_needs_key(self, version_id: int) -> bool: ...
    async def search_models(self, query: str, types: list[str] | None = None, limit: int = 20) -> ModelPage: ...


class LocalLookup(Protocol):
    async def by_name(self, folder: str, filename: str, subfolder: str = "") -> str | None: ...
    async def by_sha256(self, sha256: str, size: int | None) -> tuple[str, str] | None: ...


def kind_of(version: ModelVersion, file: ModelFile | None, fallback: str) -> str:
    kind = KIND_OF_CIVITAI_TYPE.get(version.model.type or "", fallback if fallback != "other" else "other")
    if kind == "checkpoint" and file is not None and file.type in DIFFUSION_FILE_TYPES:
        return "diffusion_model"
    return kind


def _file_for(version: ModelVersion, ref: ResourceRef) -> ModelFile | None:
    """The exact file a file id or hash names (a version may have several), else the primary file."""
    if ref.file_id:
        return next((file for file in version.files if file.id == ref.file_id), None)
    if ref.hash:
        wanted = ref.hash.upper()
        for file in version.files:
            hashes = file.hashes
            if wanted in {h.upper() for h in (hashes.sha256, hashes.autov1, hashes.autov2, hashes.autov3) if h}:
                return file
            if hashes.sha256 and len(wanted) in (10, 12) and hashes.sha256.upper().startswith(wanted):
                return file
    return version.primary_file()


def civitai_site(base_url: str, nsfw: bool | None) -> str:
    """The website for page links, one that shows the page: since April 2026 civitai.com shows only safe
    content, civitai.red everything (reference §15); a local fake (plain http) serves its own pages."""
    if not base_url.startswith("https://"):
        return base_url
    return SITE_FOR_SAFE_CONTENT if nsfw is False else SITE_FOR_ALL_CONTENT


def _page_url(base_url: str, version: ModelVersion) -> str | None:
    site = civitai_site(base_url, version.model.nsfw)
    return f"{site}/models/{version.model_id}?modelVersionId={version.id}" if version.model_id else None


def unresolved(ref: ResourceRef, reason: str) -> ResolvedResource:
    return ResolvedResource(
        kind=ref.kind,
        name=ref.name or (f"version {ref.model_version_id}" if ref.model_version_id else f"hash {ref.hash}"),
        folder=FOLDER_OF_KIND.get(ref.kind, "checkpoints"),
        filename=None,
        weight=ref.weight,
        resolved=False,
        reason=reason,
        model_version_id=ref.model_version_id,
        sources=ref.sources,
    )


def from_version(ref: ResourceRef, version: ModelVersion, base_url: str) -> ResolvedResource:
    file = _file_for(version, ref)
    kind = kind_of(version, file, ref.kind)
    folder = FOLDER_OF_KIND.get(kind)
    common = {
        "kind": kind,
        "name": ref.name or version.model.name or (file.name if file else "unnamed"),
        "weight": ref.weight,
        "model_id": version.model_id,
        "model_version_id": version.id,
        "model_name": version.model.name,
        "version_name": version.name,
        "civitai_type": version.model.type,
        "base_model": version.base_model,
        "trained_words": version.trained_words,
        "page_url": _page_url(base_url, version),
        "early_access_ends_at": version.early_access_ends_at,
        "blocked": civitai_block(version),
        "sources": ref.sources,
    }
    if file is None:
        reason = common["blocked"] or "Civitai lists no file for this version."
        return ResolvedResource(**common, folder=folder or "checkpoints", resolved=False, reason=reason)
    if folder is None:
        return ResolvedResource(
            **common, folder="checkpoints", filename=file.name, resolved=False,
            reason=f"Civitai calls this a {version.model.type or 'resource'}, which has no ComfyUI models folder.",
        )  # fmt: skip
    return ResolvedResource(
        **common,
        folder=folder,
        filename=file.name,
        url=file_download_url(base_url, version.id, file, version.download_url),
        size=file.size_bytes,
        sha256=file.hashes.sha256.lower() if file.hashes.sha256 else None,
    )


async def resolve_ref(ref: ResourceRef, civitai: CivitaiLookup, local: LocalLookup) -> ResolvedResource:
    try:
        if ref.model_version_id:
            resource = from_version(ref, await civitai.model_version(ref.model_version_id), civitai.base_url)
        elif ref.hash:
            version = await civitai.model_version_by_hash(ref.hash)
            if version is None:
                resource = unresolved(ref, f"Civitai knows no model with hash {ref.hash}.")
            else:
                resource = from_version(ref, version, civitai.base_url)
        elif ref.name:
            resource = await resolve_by_name(ref, civitai)
        else:
            resource = unresolved(ref, "The image names no file, hash or version ID for this model.")
        if resource.resolved and resource.model_version_id:
            needs_key = await civitai.download_needs_key(resource.model_version_id)
            resource = resource.model_copy(update={"needs_key": needs_key})
    except CivitaiError as failure:
        resource = unresolved(ref, str(failure))
    return await _mark_local(resource, ref, local)


async def resolve_by_name(ref: ResourceRef, civitai: CivitaiLookup) -> ResolvedResource:
    """Search Civitai for a name only the image gives; a near match is offered for the user to confirm."""
    for query in search_queries(ref.name):
        page = await civitai.search_models(query, CIVITAI_TYPES_OF_KIND.get(ref.kind))
        matches = rank(ref.name, ref.kind, page)
        if matches:
            return from_name_match(ref, matches[0], civitai.base_url)
    what = ref.kind.replace("_", " ")
    return unresolved(ref, f"Civitai finds no {what} named {ref.name!r}, and the image gives no hash.")


def from_name_match(ref: ResourceRef, match: NameMatch, base_url: str) -> ResolvedResource:
    kind = KIND_OF_CIVITAI_TYPE.get(match.model.type or "", ref.kind)
    if kind == "checkpoint" and match.file.type in DIFFUSION_FILE_TYPES:
        kind = "diffusion_model"
    site = civitai_site(base_url, match.model.nsfw)
    return ResolvedResource(
        kind=kind,
        name=ref.name,
        folder=FOLDER_OF_KIND.get(kind, FOLDER_OF_KIND.get(ref.kind, "checkpoints")),
        filename=match.file.name,
        url=file_download_url(base_url, match.version.id, match.file, match.version.download_url),
        size=match.file.size_bytes,
        sha256=match.file.hashes.sha256.lower() if match.file.hashes.sha256 else None,
        weight=ref.weight,
        model_id=match.model.id,
        model_version_id=match.version.id,
        model_name=match.model.name,
        version_name=match.version.name,
        civitai_type=match.model.type,
        base_model=match.version.base_model,
        trained_words=match.version.trained_words,
        page_url=f"{site}/models/{match.model.id}?modelVersionId={match.version.id}",
        blocked=listing_block(match.version),
        confidence=round(match.score / 100, 2),
        evidence=f"Found by name: {match.evidence}.",
        needs_confirmation=not match.confident,
        sources=ref.sources,
    )


def _local_names(resource: ResolvedResource, ref: ResourceRef) -> list[str]:
    """The file Civitai names, then the name the image wrote (A1111 writes the file's stem, "4x-UltraSharp"),
    unless a version ID or hash chose the file: then another file of that name may be another version."""
    identified = bool(ref.model_version_id or ref.hash)
    names = [resource.filename, None if identified else ref.name]
    return list(dict.fromkeys(name for name in names if name))


async def _mark_local(resource: ResolvedResource, ref: ResourceRef, local: LocalLookup) -> ResolvedResource:
    """Already downloaded: the same file in its folder (any model extension), or the same SHA-256 anywhere."""
    for name in _local_names(resource, ref):
        found = await local.by_name(resource.folder, name, resource.subfolder)
        if found is not None:
            return resource.model_copy(update={"already_downloaded": True, "local_path": found})
    if resource.sha256:
        match = await local.by_sha256(resource.sha256, resource.size)
        if match is not None:
            folder, relative = match
            return resource.model_copy(update={"already_downloaded": True, "local_path": relative, "folder": folder})
    return resource


async def resolve_refs(refs: list[ResourceRef], civitai: CivitaiLookup, local: LocalLookup) -> list[ResolvedResource]:
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)

    async def one(ref: ResourceRef) -> ResolvedResource:
        async with limit:
            return await resolve_ref(ref, civitai, local)

    return merge_same_files(list(await asyncio.gather(*(one(ref) for ref in refs))))


def merge_same_files(resources: list[ResolvedResource]) -> list[ResolvedResource]:
    """One card per file: refs the meta could not link (a version id and a hash) may be the same file."""
    kept: list[ResolvedResource] = []
    for resource in resources:
        same = next((k for k in kept if resource.resolved and k.resolved and _same_file(k, resource)), None)
        if same is None:
            kept.append(resource)
            continue
        merged = {"sources": list(dict.fromkeys(same.sources + resource.sources))}
        if same.weight is None and resource.weight is not None:
            merged["weight"] = resource.weight
        kept[kept.index(same)] = same.model_copy(update=merged)
    return kept


def _same_file(a: ResolvedResource, b: ResolvedResource) -> bool:
    if a.sha256 and b.sha256:
        return a.sha256 == b.sha256
    return a.model_version_id == b.model_version_id and a.filename == b.filename
