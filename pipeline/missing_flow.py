"""The open workflow's missing models, as the sidebar asks for them inside ComfyUI.

The live node definitions say which inputs are model files and which folder each reads (this covers
every custom loader installed), the folders' file lists say what is here, and each missing file is
sent down the resolution chain. What ComfyUI knows is handed in (`ComfyFacts`), so this stays pure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from .loader_rules import LoaderRules
from .missing import check_presence, missing_custom_nodes
from .missing_nodes import describe_missing_nodes
from .resolve_missing import CivitaiLookup, HuggingFaceLookup, resolve_missing
from .workflow_models import MissingModel
from .workflow_parse import parse_workflow

PARALLEL_LOOKUPS = 6


@dataclass(frozen=True)
class ComfyFacts:
    node_definitions: Callable[[list[str]], dict]  # object_info entries of the given node types
    inventory: Callable[[], dict[str, list[str]]]  # {model folder: names ComfyUI lists}
    installed_node_types: Callable[[], set[str]]


async def find_missing(workflow: dict, facts: ComfyFacts, civitai: CivitaiLookup, hf: HuggingFaceLookup) -> dict:
    first_pass = parse_workflow(workflow, LoaderRules.static())
    definitions, inventory, installed = await asyncio.gather(
        asyncio.to_thread(facts.node_definitions, first_pass.node_types),
        asyncio.to_thread(facts.inventory),
        asyncio.to_thread(facts.installed_node_types),
    )
    rules = LoaderRules.from_object_info(definitions, inventory, fallback=LoaderRules.static())
    parsed = parse_workflow(workflow, rules)
    verdicts = check_presence(parsed, inventory)
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)

    async def with_source(verdict: MissingModel) -> MissingModel:
        if verdict.status != "missing":
            return verdict
        async with limit:
            resource = await resolve_missing(verdict.reference, civitai, hf)
        return verdict.model_copy(update={"resource": resource})

    resolved = await asyncio.gather(*(with_source(verdict) for verdict in verdicts))
    return {
        "models": [verdict.model_dump() for verdict in resolved],
        "custom_nodes": [
            entry.model_dump()
            for entry in describe_missing_nodes(missing_custom_nodes(parsed.node_types, installed), parsed.node_origins)
        ],
        "notes": parsed.notes,
    }
