"""Sources for the open workflow's missing models, the step after detection (`workflows.detection`).

Finding a source for each missing file asks Civitai and Hugging Face, which may be slow or down, so it has
an overall deadline: what is not found by then says so, and the sidebar fills cards in as answers arrive.
"""

from __future__ import annotations

import asyncio

from ..shapes.catalog_entries import CatalogLookup
from ..shapes.image_generation import FOLDER_OF_KIND, ResolvedResource
from ..shapes.workflow_models import ModelReference
from .local_step import LocalFinder
from .resolution_chain import CivitaiLookup, HuggingFaceLookup, Target, kind_of_folder, resolve_missing

PARALLEL_LOOKUPS = 6
SOURCE_DEADLINE_SECONDS = 15.0


def _not_found(ref: ModelReference, reason: str, *, timed_out: bool = False) -> ResolvedResource:
    kind = kind_of_folder(ref.folder)
    try:
        target = Target.of(ref)
        filename, subfolder = target.filename, target.subfolder
    except ValueError:
        filename, subfolder = None, ""
    return ResolvedResource(
        kind=kind,
        name=ref.name,
        folder=ref.folder or FOLDER_OF_KIND.get(kind, "checkpoints"),
        filename=filename,
        subfolder=subfolder,
        resolved=False,
        lookup_timed_out=timed_out,
        reason=reason,
    )


def _settled(ref: ModelReference, task: asyncio.Task, deadline: float) -> ResolvedResource:
    if not task.done() or task.cancelled():
        reason = f"Civitai and Hugging Face did not answer within {deadline:g} s; try again with Refresh."
        return _not_found(ref, reason, timed_out=True)
    if task.exception() is not None:  # one model's lookup never fails the others
        return _not_found(ref, f"Looking for a source failed: {task.exception()}")
    return task.result()


async def find_sources(
    references: list[ModelReference],
    civitai: CivitaiLookup,
    hf: HuggingFaceLookup,
    deadline: float = SOURCE_DEADLINE_SECONDS,
    catalog: CatalogLookup | None = None,
    local: LocalFinder | None = None,
) -> list[ResolvedResource]:
    """A download source for each reference, in the order asked; whatever is not found by the deadline says so."""
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)

    async def one(ref: ModelReference) -> ResolvedResource:
        async with limit:
            return await resolve_missing(ref, civitai, hf, catalog, local)

    tasks = [asyncio.create_task(one(ref)) for ref in references]
    if not tasks:
        return []
    _, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [_settled(ref, task, deadline) for ref, task in zip(references, tasks, strict=True)]


async def add_sources(
    answer: dict,
    civitai: CivitaiLookup,
    hf: HuggingFaceLookup,
    catalog: CatalogLookup | None = None,
    local: LocalFinder | None = None,
) -> None:
    """Fill `resource` into the missing models of a `detect_missing` answer (one call for agents and tests)."""
    missing = [model for model in answer["models"] if model["status"] == "missing"]
    references = [ModelReference.model_validate(model["reference"]) for model in missing]
    found = await find_sources(references, civitai, hf, catalog=catalog, local=local)
    for model, resource in zip(missing, found, strict=True):
        model["resource"] = resource.model_dump()
