"""The model references of a UI workflow (the graph the editor saves): nodes, subgraphs and group nodes.

* Subgraphs: `definitions.subgraphs[*].nodes` (and definitions nested inside definitions) are read once each,
  with `where="subgraph:<id>"`. Values promoted onto a subgraph instance are not read as references: the
  inner nodes hold them (its own `properties.models` and prompt text are read). A definition whose every
  instance is muted or bypassed (or sits in such a definition) counts as disabled.
* Legacy group nodes (`workflow>Name` or `workflow/Name`, defined in `extra.groupNodes[Name]`): the
  instance's `widgets_values` are split across the inner nodes in definition order, each taking as many as
  its definition has; the instance's values are the live ones. Inner node ids read `<instance id>:<index>`.
"""

from __future__ import annotations

from typing import Any

from ..shapes.workflow_models import NodeOrigin
from .loader_rules import LoaderRules, choose_folder
from .parse_collect import NodeContext, ReferenceCollector, add_embeddings
from .parse_rules import ModelInput, is_no_file_value

DISABLED_MODES = (2, 4)  # 2: muted ("never"), 4: bypassed
# Work one request may cause: far above real graphs (the biggest corpus workflows have a few hundred nodes
# and a few dozen subgraphs); past these the rest is not read and a note says so.
MAX_NODES = 50_000
MAX_SUBGRAPHS = 5_000
TOO_MANY_NODES_NOTE = f"This workflow has more than {MAX_NODES:,} nodes; only the first {MAX_NODES:,} were read."
TOO_MANY_SUBGRAPHS_NOTE = f"This workflow has more than {MAX_SUBGRAPHS:,} subgraphs; the rest were not read."
GROUP_NODE_PREFIXES = ("workflow>", "workflow/")


class UiGraphReader:
    """Reads one UI graph into a collector; `node_types` lists the real node types met, in order."""

    def __init__(self, graph: dict, rules: LoaderRules, collector: ReferenceCollector):
        self.graph = graph
        self.rules = rules
        self.collector = collector
        self.node_types: dict[str, None] = {}  # ordered set
        self.node_origins: dict[str, NodeOrigin] = {}
        self.subgraphs = _subgraph_definitions(graph)
        if len(self.subgraphs) > MAX_SUBGRAPHS:
            self.subgraphs = dict(list(self.subgraphs.items())[:MAX_SUBGRAPHS])
            collector.note(TOO_MANY_SUBGRAPHS_NOTE)
        self.nodes_left = MAX_NODES
        extra = graph.get("extra") if isinstance(graph.get("extra"), dict) else {}
        groups = extra.get("groupNodes")
        self.group_nodes: dict = groups if isinstance(groups, dict) else {}

    def read(self) -> None:
        disabled_subgraphs = self._disabled_subgraphs()
        self._read_nodes(self.graph.get("nodes"), where=None, inherited_disabled=False)
        for subgraph_id, definition in self.subgraphs.items():
            self._read_nodes(
                definition.get("nodes"),
                where=f"subgraph:{subgraph_id}",
                inherited_disabled=subgraph_id in disabled_subgraphs,
            )

    # --- nodes -------------------------------------------------------------------------------------

    def _read_nodes(self, nodes: Any, where: str | None, inherited_disabled: bool) -> None:
        if not isinstance(nodes, list):
            return
        for node in nodes:
            if not isinstance(node, dict) or not isinstance(node.get("type"), str):
                continue
            self.nodes_left -= 1
            if self.nodes_left < 0:
                self.collector.note(TOO_MANY_NODES_NOTE)
                return
            node_type = node["type"]
            disabled = inherited_disabled or node.get("mode") in DISABLED_MODES
            node_id = str(node.get("id"))
            context = NodeContext(node_id, node_type, where, disabled)
            if node_type in self.subgraphs:  # an instance: its inner nodes are read from the definition
                self._add_listed_models(_listed_models(node), set(), context, node.get("widgets_values"))
                add_embeddings(node.get("widgets_values"), context, self.collector)  # promoted prompt text
                continue
            group_name = _group_node_name(node_type)
            if group_name is not None:
                self._add_listed_models(_listed_models(node), set(), context, node.get("widgets_values"))
                self._read_group_node(node, context, group_name)
                continue
            self._read_node(node, context, node.get("widgets_values"))

    def _read_node(self, node: dict, context: NodeContext, values: Any) -> None:
        self.node_types.setdefault(context.node_type)
        origin = _node_origin(node)
        if origin is not None:
            self.node_origins.setdefault(context.node_type, origin)
        entries = _listed_models(node)
        used_entries: set[int] = set()
        for rule in self.rules.model_inputs(context.node_type):
            value = _widget_value(values, rule)
            if value is None:
                continue
            entry_index = _entry_for(entries, value)
            entry = entries[entry_index] if entry_index is not None else {}
            if self._add_value(value, rule, entry, context) and entry_index is not None:
                used_entries.add(entry_index)
        self._add_listed_models(entries, used_entries, context, values)
        add_embeddings(values, context, self.collector)

    def _add_listed_models(self, entries: list[dict], used: set[int], context: NodeContext, values: Any) -> None:
        """The node's `properties.models` entries that no model input already stood for, among those it loads.

        An entry counts only when its name is one of the node's widget values, as ComfyUI's own missing-models
        check does: the list is the node's menu of suggestions (a VAELoader set to `pixel_space` still lists
        `ae.safetensors`), not what it loads."""
        loaded = _widget_names(values)
        for index, entry in enumerate(entries):
            if index in used or not loaded & {entry["name"], _basename(entry["name"])}:
                continue
            directory = entry.get("directory") if isinstance(entry.get("directory"), str) else None
            self.collector.add(
                entry["name"],
                directory or None,
                "properties.models" if directory else "unknown",
                context,
                url=entry.get("url"),
                hash_value=entry.get("hash"),
                hash_type=entry.get("hash_type"),
            )

    def _add_value(self, value: str, rule: ModelInput, entry: dict, context: NodeContext) -> bool:
        choice = choose_folder(rule, entry.get("directory"))
        if choice is None:
            return False
        folder, evidence = choice
        if is_no_file_value(value, folder):
            return False
        directory = entry.get("directory")
        if isinstance(directory, str) and directory and folder and directory != folder:
            self.collector.note(
                f"Node {context.node_id} ({context.node_type}): properties.models puts {value} in {directory}/, "
                f"the loader reads {folder}/."
            )
        self.collector.add(
            value,
            folder,
            evidence,
            context,
            input_name=rule.name,
            url=entry.get("url"),
            hash_value=entry.get("hash"),
            hash_type=entry.get("hash_type"),
        )
        return True

    # --- group nodes -------------------------------------------------------------------------------

    def _read_group_node(self, node: dict, instance: NodeContext, group_name: str) -> None:
        node_id = instance.node_id
        definition = self.group_nodes.get(group_name)
        inner_nodes = definition.get("nodes") if isinstance(definition, dict) else None
        if not isinstance(inner_nodes, list):
            self.collector.note(f"Group node {node_id} ({group_name}) has no definition; its models are not read.")
            return
        inner_nodes = [inner for inner in inner_nodes if isinstance(inner, dict)]
        counts = [_list_length(inner.get("widgets_values")) for inner in inner_nodes]
        values = node.get("widgets_values")
        use_instance = isinstance(values, list) and len(values) == sum(counts)
        if not use_instance and values:
            self.collector.note(
                f"Group node {node_id} ({group_name}) has {len(values) if isinstance(values, list) else 'odd'} "
                f"widget values for {sum(counts)} inner widgets; the definition's values were read."
            )
        start = 0
        for position, (inner, count) in enumerate(zip(inner_nodes, counts, strict=True)):
            self.nodes_left -= 1  # every instance reads the whole definition again: counted as nodes
            if self.nodes_left < 0:
                self.collector.note(TOO_MANY_NODES_NOTE)
                return
            inner_type = inner.get("type")
            if not isinstance(inner_type, str):
                start += count
                continue
            index = inner.get("index") if isinstance(inner.get("index"), int) else position
            context = NodeContext(
                f"{node_id}:{index}",
                inner_type,
                f"groupnode:{group_name}",
                instance.disabled or inner.get("mode") in DISABLED_MODES,
            )
            inner_values = values[start : start + count] if use_instance else inner.get("widgets_values")
            start += count
            self._read_node(inner, context, inner_values)

    # --- subgraph instances ------------------------------------------------------------------------

    def _disabled_subgraphs(self) -> set[str]:
        """Definitions whose every instance is muted, bypassed, or inside such a definition.

        Linear in the number of instances: each definition counts its live uses (not muted, in a container
        not disabled); a definition left with none is disabled, and its own unmuted instances stop counting.
        (A round-by-round fixpoint added one definition per round along a nested chain: quadratic.)"""
        live_uses = dict.fromkeys(self.subgraphs, 0)
        used: set[str] = set()
        live_inside: dict[str, list[str]] = {subgraph_id: [] for subgraph_id in self.subgraphs}
        containers: list[tuple[str | None, Any]] = [(None, self.graph.get("nodes"))]
        containers += [(subgraph_id, definition.get("nodes")) for subgraph_id, definition in self.subgraphs.items()]
        for container_id, nodes in containers:
            for node in nodes if isinstance(nodes, list) else []:
                if not (isinstance(node, dict) and isinstance(node.get("type"), str) and node["type"] in live_uses):
                    continue
                used.add(node["type"])
                if node.get("mode") not in DISABLED_MODES:
                    live_uses[node["type"]] += 1
                    if container_id is not None:
                        live_inside[container_id].append(node["type"])
        disabled = {subgraph_id for subgraph_id in used if live_uses[subgraph_id] == 0}
        pending = list(disabled)
        while pending:
            for inner in live_inside[pending.pop()]:
                live_uses[inner] -= 1
                if live_uses[inner] == 0 and inner not in disabled:
                    disabled.add(inner)
                    pending.append(inner)
        return disabled


def _subgraph_definitions(graph: dict) -> dict[str, dict]:
    """Every subgraph definition by id: the root's `definitions.subgraphs` and any nested inside them."""
    found: dict[str, dict] = {}
    pending = [graph]
    while pending:
        container = pending.pop()
        definitions = container.get("definitions") if isinstance(container.get("definitions"), dict) else {}
        subgraphs = definitions.get("subgraphs")
        for definition in subgraphs if isinstance(subgraphs, list) else []:
            if isinstance(definition, dict) and isinstance(definition.get("id"), str) and definition["id"] not in found:
                found[definition["id"]] = definition
                pending.append(definition)
    return found


def _group_node_name(node_type: str) -> str | None:
    for prefix in GROUP_NODE_PREFIXES:
        if node_type.startswith(prefix):
            return node_type[len(prefix) :]
    return None


def _widget_value(values: Any, rule: ModelInput) -> str | None:
    """The literal string a model input holds in `widgets_values` (a list, or a dict by input name)."""
    if isinstance(values, dict):
        value = values.get(rule.name)
    elif isinstance(values, list) and rule.widget_index is not None and 0 <= rule.widget_index < len(values):
        value = values[rule.widget_index]
    else:
        return None
    return value if _is_name(value) else None


def _list_length(values: Any) -> int:
    return len(values) if isinstance(values, list) else 0


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _listed_models(node: dict) -> list[dict]:
    """The node's `properties.models` entries that have a name; others are skipped."""
    properties = node.get("properties")
    models = properties.get("models") if isinstance(properties, dict) else None
    if not isinstance(models, list):
        return []
    return [entry for entry in models if isinstance(entry, dict) and _is_name(entry.get("name"))]


def _node_origin(node: dict) -> NodeOrigin | None:
    """`properties.cnr_id` / `aux_id` / `ver`, when the node carries any of them as text."""
    properties = node.get("properties")
    if not isinstance(properties, dict):
        return None
    said = {
        key: properties[key].strip()
        for key in ("cnr_id", "aux_id", "ver")
        if isinstance(properties.get(key), str) and properties[key].strip()
    }
    return NodeOrigin(**said) if said.get("cnr_id") or said.get("aux_id") else None


def _basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def _widget_names(values: Any) -> set[str]:
    """Every string widget value of a node, as written and as a bare file name."""
    listed = values.values() if isinstance(values, dict) else values if isinstance(values, list) else []
    names = {value for value in listed if _is_name(value)}
    return names | {_basename(name) for name in names}


def _entry_for(entries: list[dict], value: str) -> int | None:
    """The `properties.models` entry for a widget value: same name, else same file name."""
    for index, entry in enumerate(entries):
        if entry["name"] == value:
            return index
    basename = value.replace("\\", "/").rsplit("/", 1)[-1]
    for index, entry in enumerate(entries):
        if entry["name"].replace("\\", "/").rsplit("/", 1)[-1] == basename:
            return index
    return None
