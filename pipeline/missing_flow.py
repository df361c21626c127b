"""The open workflow's missing models, as the sidebar asks for them inside ComfyUI: detection, then sources.

Detection answers at once: the live node definitions say which inputs are model files and which folder
each reads (this covers every custom loader installed) and the folders' file lists say what is here.
Finding a source for each missing file asks Civitai and Hugging Face, which may be slow or down, so it is
a second step (`find_sources`) with an overall deadline: what is not found by then says so, and the
sidebar fills cards in as answers arrive. What ComfyUI knows is handed in (`ComfyFacts`), so this stays pure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from .generation import FOLDER_OF_KIND, ResolvedResource
from .loader_rules import LoaderRules
from .missing import check_presence, missing_custom_nodes
from .missing_nodes import describe_missing_nodes
from .resolve_missing import CivitaiLookup, HuggingFaceLookup, Target, kind_of_folder, resolve_missing
from .workflow_models import ModelReference
from .workflow_parse import parse_workflow

PARALLEL_LOOKUPS = 6
SOURCE_DEADLINE_SECONDS = 15.0


@dataclass(frozen=True)
class ComfyFacts:
    node_definitions: Callable[[list[str]], dict]  # object_info entries of the given node types
    inventory: Callable[[], dict[str, list[str]]]  # {model folder: names ComfyUI lists}
    installed_node_types: Callable[[], set[str]]
    # {model folder: the names its list shows in `node_definitions`' answers in place of its files}, so that a
    # loader of an empty folder is known too; {} when the definitions show the real lists.
    folder_markers: Callable[[], dict[str, list[str]]] = dict
    version: Callable[[], str | None] = lambda: None  # the running ComfyUI's version


def detect_missing(workflow: dict, facts: ComfyFacts) -> dict:
    """Which models the workflow needs and which this machine lacks; no network. Blocking: run it in a thread."""
    first_pass = parse_workflow(workflow, LoaderRules.static())
    definitions = facts.node_definitions(first_pass.node_types)
    inventory, markers = facts.inventory(), facts.folder_markers()
    listed = {folder: [*inventory.get(folder, []), *markers.get(folder, [])] for folder in {*inventory, *markers}}
    rules = LoaderRules.from_object_info(definitions, listed, fallback=LoaderRules.static())
    parsed = parse_workflow(workflow, rules)
    return {
        "models": [verdict.model_dump() for verdict in check_presence(parsed, inventory)],
        "custom_nodes": [
            entry.model_dump()
            for entry in describe_missing_nodes(
                missing_custom_nodes(parsed.node_types, facts.installed_node_types()),
                parsed.node_origins,
                facts.version(),
            )
        ],
        "notes": parsed.notes,
    }


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
) -> list[ResolvedResource]:
    """A download source for each reference, in the order asked; whatever is not found by the deadline says so."""
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)

    async def one(ref: ModelReference) -> ResolvedResource:
        async with limit:
            return await resolve_missing(ref, civitai, hf)

    tasks = [asyncio.create_task(one(ref)) for ref in references]
    if not tasks:
        return []
    _, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [_settled(ref, task, deadline) for ref, task in zip(references, tasks, strict=True)]


async def add_sources(answer: dict, civitai: CivitaiLookup, hf: HuggingFaceLookup) -> None:
    """Fill `resource` into the missing models of a `detect_missing` answer (one call for agents and tests)."""
    missing = [model for model in answer["models"] if model["status"] == "missing"]
    references = [ModelReference.model_validate(model["reference"]) for model in missing]
    for model, resource in zip(missing, await find_sources(references, civitai, hf), strict=True):
        model["resource"] = resource.model_dump()
