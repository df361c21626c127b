"""Which models a workflow needs and which this ComfyUI lacks: detection, no network, no ComfyUI import.

The live node definitions say which inputs are model files and which folder each reads (this covers every
custom loader installed) and the folders' file lists say what is here. What ComfyUI knows is handed in
(`shapes.comfy_facts`: `ComfyFacts` to ask it, `ComfyState` as plain values), so a worker process can run
this with only the values (see civitai_utils/detection_child.py). Finding a source for what is missing is
`sources.missing_flow.find_sources`.
"""

from __future__ import annotations

from ..shapes.comfy_facts import ComfyFacts, ComfyState
from .loader_rules import LoaderRules
from .missing_nodes import describe_missing_nodes
from .parse import parse_workflow
from .presence import IndexedInventory, check_presence, missing_custom_nodes


def needed_node_types(workflow: dict) -> list[str]:
    """The node types whose definitions detection needs (a first reading with the static loader table)."""
    return parse_workflow(workflow, LoaderRules.static()).node_types


def detect_in(workflow: dict, comfy: ComfyState, indexed: IndexedInventory | None = None) -> dict:
    """Which models the workflow needs and which this ComfyUI lacks, from what it told (`ComfyState`);
    `indexed` is `comfy.inventory` already indexed by an earlier call."""
    inventory, markers = comfy.inventory, comfy.folder_markers
    listed = {folder: [*inventory.get(folder, []), *markers.get(folder, [])] for folder in {*inventory, *markers}}
    rules = LoaderRules.from_object_info(comfy.node_definitions, listed, fallback=LoaderRules.static())
    parsed = parse_workflow(workflow, rules)
    return {
        "models": [verdict.model_dump() for verdict in check_presence(parsed, indexed or IndexedInventory(inventory))],
        "custom_nodes": [
            entry.model_dump()
            for entry in describe_missing_nodes(
                missing_custom_nodes(parsed.node_types, comfy.installed_node_types),
                parsed.node_origins,
                comfy.version,
            )
        ],
        "notes": parsed.notes,
    }


def detect_missing(workflow: dict, facts: ComfyFacts) -> dict:
    """Which models the workflow needs and which this machine lacks; no network. Blocking: run it in a thread."""
    return detect_in(workflow, facts.state_for(needed_node_types(workflow)))
