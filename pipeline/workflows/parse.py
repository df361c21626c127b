"""The model files a ComfyUI workflow needs, read from the workflow alone (no ComfyUI, no disk).

`parse_workflow` takes any of the shapes a workflow travels in:

* a UI graph (`nodes[]`, what the editor saves), with subgraphs and legacy group nodes;
* an API prompt (`{id: {class_type, inputs}}`); links such as `["12", 0]` are not names and are skipped;
* a `{prompt, workflow}` pair (PNG chunks, Civitai's `meta.comfy`), either part possibly a JSON string:
  the UI workflow is read when usable, else the prompt;
* a dict carrying Civitai's `comfy` string (a Civitai image `meta`).

A value is a reference only when it is a literal non-empty string in a model input (see `LoaderRules`), an
entry of a node's `properties.models`, or an `embedding:<name>` in prompt text. Names are kept exactly as
written (subfolders, Windows separators). It never raises: what cannot be read becomes a note.
"""

from __future__ import annotations

import json
from typing import Any

from ..images.meta_comfy import load_comfy_graph
from ..shapes.workflow_models import ParsedWorkflow
from .loader_rules import LoaderRules, choose_folder
from .parse_collect import NodeContext, ReferenceCollector, add_embeddings
from .parse_rules import is_no_file_value
from .parse_ui import UiGraphReader

NOT_A_WORKFLOW_NOTE = "This is not a ComfyUI workflow: no nodes were found."
DAMAGED_NOTE = "Part of this workflow could not be read; the models listed may be incomplete."


def parse_workflow(data: Any, rules: LoaderRules | None = None) -> ParsedWorkflow:
    """Every model file the workflow names, merged on (name, folder), with the node types it uses."""
    rules = rules if rules is not None else LoaderRules.static()
    notes: list[str] = []
    graph, kind = _unwrap(data, notes)
    if graph is None:
        return ParsedWorkflow(format="ui", notes=notes or [NOT_A_WORKFLOW_NOTE])
    collector = ReferenceCollector()
    node_types: list[str] = []
    node_origins: dict = {}
    try:
        if kind == "ui":
            reader = UiGraphReader(graph, rules, collector)
            try:
                reader.read()
            finally:
                node_types = list(reader.node_types)
                node_origins = reader.node_origins
        else:
            node_types = _read_api_prompt(graph, rules, collector)
    except Exception:  # odd input must not break the caller; what was read so far is kept
        collector.note(DAMAGED_NOTE)
    return ParsedWorkflow(
        format=kind,
        references=collector.references(),
        node_types=node_types,
        node_origins=node_origins,
        notes=notes + collector.notes,
    )


def parse_workflow_text(text: Any, rules: LoaderRules | None = None) -> ParsedWorkflow:
    """The same from JSON text: a workflow file, a PNG chunk, or Civitai's `comfy` string (with its
    `undefined` and `NaN`)."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return ParsedWorkflow(format="ui", notes=[NOT_A_WORKFLOW_NOTE])
    try:
        data = json.loads(text, parse_constant=lambda _constant: None)
    except (ValueError, RecursionError):
        data = {"comfy": text}  # Civitai's pasted-together form; meta_comfy knows its quirks
    return parse_workflow(data, rules)


# --- shapes ----------------------------------------------------------------------------------------


def _unwrap(data: Any, notes: list[str]) -> tuple[dict | None, str]:
    """The graph to read and its format ("ui" or "api"), or None."""
    if not isinstance(data, dict):
        return None, "ui"
    if is_ui_graph(data):
        return data, "ui"
    if is_api_prompt(data):
        return data, "api"
    if data.get("comfy"):  # a Civitai image meta: its other keys ("prompt" too) are A1111-style text
        return _from_pair(data["comfy"], notes)
    if "prompt" in data or "workflow" in data:
        return _from_pair(data, notes)
    return None, "ui"


def _from_pair(container: Any, notes: list[str]) -> tuple[dict | None, str]:
    """The UI workflow of a {prompt, workflow} pair when it has nodes, else its API prompt."""
    graph = load_comfy_graph(container, notes)
    if graph is None:
        return None, "ui"
    if graph.workflow is not None and is_ui_graph(graph.workflow):
        return graph.workflow, "ui"
    if graph.prompt is not None and is_api_prompt(graph.prompt):
        return graph.prompt, "api"
    if graph.workflow is not None and is_api_prompt(graph.workflow):
        return graph.workflow, "api"
    return None, "ui"


def is_ui_graph(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("nodes"), list)


def is_api_prompt(data: Any) -> bool:
    return isinstance(data, dict) and any(
        isinstance(node, dict) and isinstance(node.get("class_type"), str) for node in data.values()
    )


# --- API prompts -----------------------------------------------------------------------------------


def _read_api_prompt(prompt: dict, rules: LoaderRules, collector: ReferenceCollector) -> list[str]:
    node_types: dict[str, None] = {}
    for node_id, node in prompt.items():
        if not isinstance(node, dict) or not isinstance(node.get("class_type"), str):
            continue
        node_type = node["class_type"]
        node_types.setdefault(node_type)
        inputs = node.get("inputs") if isinstance(node.get("inputs"), dict) else {}
        context = NodeContext(str(node_id), node_type)
        for rule in rules.model_inputs(node_type):
            value = inputs.get(rule.name)
            if isinstance(value, list):
                collector.note(f"Node {node_id} ({node_type}): {rule.name} comes from another node, not read.")
                continue
            if not isinstance(value, str) or not value.strip():
                continue
            choice = choose_folder(rule, None)
            if choice is None or is_no_file_value(value, choice[0]):
                continue
            collector.add(value, choice[0], choice[1], context, input_name=rule.name)
        add_embeddings(inputs, context, collector)
    return list(node_types)
