"""Model references as the parser finds them: one per (name, folder), with every node that names it counted.

Also the `embedding:<name>` scan of prompt text, which follows how ComfyUI splits a prompt into words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..shapes.workflow_models import FolderEvidence, ModelReference

# The corpus rule (RULES.md): ComfyUI cuts a word at spaces, commas, brackets and `:` (a weight such as
# `(embedding:x:1.2)`); trailing `.` and `;` are dropped.
EMBEDDING_MENTION = re.compile(r"embedding:([^\s,()\[\]{}:<>|\"'`]+)")
EMBEDDINGS_FOLDER = "embeddings"
MAX_VALUE_DEPTH = 8  # how deep nested lists/dicts in a widget value are searched for prompt text


@dataclass(frozen=True)
class NodeContext:
    """Where a value was found."""

    node_id: str
    node_type: str
    where: str | None = None  # "subgraph:<id>" or "groupnode:<name>"
    disabled: bool = False  # the node (or what contains it) is muted or bypassed


class ReferenceCollector:
    """Collects references in the order first seen, merged on (name, folder)."""

    def __init__(self) -> None:
        self._refs: dict[tuple[str, str | None], ModelReference] = {}
        self._nodes: dict[tuple[str, str | None], set[tuple[str | None, str]]] = {}
        self._enabled: set[tuple[str, str | None]] = set()
        self._notes: dict[str, None] = {}  # an ordered set: a list's `in` made many notes quadratic

    def add(
        self,
        name: str,
        folder: str | None,
        evidence: FolderEvidence,
        node: NodeContext,
        input_name: str | None = None,
        url: Any = None,
        hash_value: Any = None,
        hash_type: Any = None,
    ) -> None:
        key = (name, folder)
        ref = self._refs.get(key)
        if ref is None:
            ref = ModelReference(
                name=name,
                folder=folder,
                folder_evidence=evidence,
                node_id=node.node_id,
                node_type=node.node_type,
                input_name=input_name,
                where=node.where,
            )
            self._refs[key] = ref
            self._nodes[key] = set()
        self._nodes[key].add((node.where, node.node_id))
        if not node.disabled:
            self._enabled.add(key)
        if ref.url is None and _text(url):
            ref.url = _text(url)
        if ref.hash is None and _text(hash_value):
            ref.hash = _text(hash_value)
            ref.hash_type = _text(hash_type)

    def note(self, text: str) -> None:
        self._notes.setdefault(text)

    @property
    def notes(self) -> list[str]:
        return list(self._notes)

    def references(self) -> list[ModelReference]:
        for key, ref in self._refs.items():
            ref.occurrences = len(self._nodes[key])
            ref.disabled = key not in self._enabled
        return list(self._refs.values())


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def scans_for_embeddings(node_type: str) -> bool:
    """Notes, labels and display nodes show text; they do not feed it to a text encoder."""
    lowered = node_type.lower()
    return not ("note" in lowered or "label" in lowered or "display" in lowered or lowered.startswith("show"))


def embedding_names(text: str) -> list[str]:
    """Every `embedding:<name>` in a prompt, the name as written (usually without extension)."""
    if "embedding:" not in text:
        return []
    names = []
    for match in EMBEDDING_MENTION.finditer(text):
        name = match.group(1).rstrip(".;")
        if name:
            names.append(name)
    return names


def add_embeddings(values: Any, node: NodeContext, collector: ReferenceCollector, input_name: str | None = None):
    """Scan a node's values (a string, or lists/dicts of them) for embedding mentions."""
    if not scans_for_embeddings(node.node_type):
        return
    for key, text in _strings(values, input_name, 0):
        for name in embedding_names(text):
            collector.add(name, EMBEDDINGS_FOLDER, "embedding in text", node, input_name=key)


def _strings(value: Any, key: str | None, depth: int):
    if isinstance(value, str):
        yield key, value
    elif depth >= MAX_VALUE_DEPTH:
        return
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key, depth + 1)
    elif isinstance(value, dict):
        for item_key, item in value.items():
            yield from _strings(item, item_key if depth == 0 and isinstance(item_key, str) else key, depth + 1)
