"""The chain's local steps: the file a workflow wants may already be on this machine under another name.

Before any download: a file with the SHA-256 the workflow records (only hashes already in the hash cache: a
workflow gives no size, and multi-GB files are not read to guess), or with the SHA-256 a source answered (only
same-size files are hashed, off the event loop). Either is the very file: the answer says where it is, and
the sidebar's "Use this file" re-points the node to it. A precision/format variant (fp16 for fp8, a GGUF
quantisation) is another file: it is only offered (`needs_confirmation`).
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from ..shapes.image_generation import FOLDER_OF_KIND, ResolvedResource
from ..shapes.model_names import LEGACY_NAMES
from ..shapes.workflow_models import ModelReference
from .precision_variants import variants

SAME_FILE_CONFIDENCE = 1.0
LOCAL_HASH_SECONDS = 5.0  # hashing a same-size multi-GB file may take longer: the source's answer stands meanwhile
VARIANT_CONFIDENCE = 0.4


class LocalFinder(Protocol):
    async def by_sha256(self, sha256: str, size: int | None) -> tuple[str, str] | None: ...

    async def by_cached_sha256(self, sha256: str) -> tuple[str, str] | None: ...

    async def names(self, folder: str) -> list[str]: ...


def _same_folder(a: str | None, b: str) -> bool:
    return a is not None and LEGACY_NAMES.get(a, a) == LEGACY_NAMES.get(b, b)


def already_here(resource: ResolvedResource, folder: str, name: str, why: str) -> ResolvedResource:
    """`resource` answered by a file this machine has: nothing to download."""
    if _same_folder(resource.folder, folder):
        advice = f'"Use this file" points the node at {name}; nothing is downloaded.'
        update = {"already_downloaded": True, "local_path": name}
    else:
        advice = f"It sits in {folder}/ and this loader reads {resource.folder}/: move or link it there."
        update = {}
    return resource.model_copy(
        update={
            **update,
            "resolved": True,
            "reason": None,
            "needs_confirmation": False,
            "confidence": SAME_FILE_CONFIDENCE,
            "evidence": f"Already on this machine: {folder}/{name} {why}. {advice}",
        }
    )


async def local_answer(ref: ModelReference, local: LocalFinder) -> ResolvedResource | None:
    """What this machine alone says about a missing file (no network): the command line's scan shows it."""
    from .resolution_chain import Target, kind_of_folder  # the chain imports this module

    try:
        target = Target.of(ref)
    except ValueError:
        return None
    kind = kind_of_folder(ref.folder)
    base = ResolvedResource(
        kind=kind,
        name=ref.name,
        folder=ref.folder or FOLDER_OF_KIND.get(kind, "checkpoints"),
        filename=target.filename,
        subfolder=target.subfolder,
        resolved=False,
    )
    sha256 = (ref.hash or "").strip().lower()
    if len(sha256) == 64 and (ref.hash_type or "sha256").lower().replace("-", "") == "sha256":
        found = await cached_copy(base, sha256, local)
        if found is not None:
            return found
    return await variant_offer(base, target.filename, local)


async def cached_copy(resource: ResolvedResource, sha256: str, local: LocalFinder) -> ResolvedResource | None:
    """A file whose cached SHA-256 is the one the workflow records."""
    found = await local.by_cached_sha256(sha256)
    if found is None:
        return None
    return already_here(resource, *found, f"has the SHA-256 the workflow records ({sha256[:12].upper()}…)")


async def copy_of_source(resource: ResolvedResource, local: LocalFinder) -> ResolvedResource:
    """The source's answer, or the same bytes already on this machine (same SHA-256, same size)."""
    if not resource.resolved or resource.needs_confirmation or not resource.sha256 or not resource.size:
        return resource
    try:  # the worker thread finishes the hash anyway and caches it for the next look
        found = await asyncio.wait_for(local.by_sha256(resource.sha256, resource.size), LOCAL_HASH_SECONDS)
    except asyncio.TimeoutError:  # noqa: UP041 (Python 3.10: not yet the builtin)
        return resource
    if found is None:
        return resource
    return already_here(resource, *found, f"has the same SHA-256 as the source ({resource.sha256[:12].upper()}…)")


async def variant_offer(resource: ResolvedResource, wanted: str, local: LocalFinder) -> ResolvedResource | None:
    """Another precision or format of the wanted model in the loader's folder, offered for the user to pick."""
    listed = await local.names(resource.folder)
    found = variants(wanted, listed)
    if not found:
        return None
    others = f" (also {', '.join(found[1:4])})" if len(found) > 1 else ""
    return resource.model_copy(
        update={
            "resolved": True,
            "already_downloaded": True,
            "local_path": found[0],
            "needs_confirmation": True,
            "confidence": VARIANT_CONFIDENCE,
            "reason": None,
            "evidence": f"This machine has {resource.folder}/{found[0]}{others}, another precision or format of "
            f"the same model: not the same file, so it is only offered.",
        }
    )
