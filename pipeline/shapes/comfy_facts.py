"""What detection needs to know of the running ComfyUI: asked through callables (`ComfyFacts`) or as plain values
(`ComfyState`, which cross to the worker process)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ComfyState:
    """What detection needs to know of the running ComfyUI, as plain values (they cross to a worker process)."""

    node_definitions: dict  # object_info entries of the workflow's node types
    inventory: dict[str, list[str]]  # {model folder: names ComfyUI lists}
    installed_node_types: set[str]
    folder_markers: dict[str, list[str]] = field(default_factory=dict)
    version: str | None = None


@dataclass(frozen=True)
class ComfyFacts:
    node_definitions: Callable[[list[str]], dict]  # object_info entries of the given node types
    inventory: Callable[[], dict[str, list[str]]]  # {model folder: names ComfyUI lists}
    installed_node_types: Callable[[], set[str]]
    # {model folder: the names its list shows in `node_definitions`' answers in place of its files}, so that a
    # loader of an empty folder is known too; {} when the definitions show the real lists.
    folder_markers: Callable[[], dict[str, list[str]]] = dict
    version: Callable[[], str | None] = lambda: None  # the running ComfyUI's version

    def state_for(self, node_types: list[str]) -> ComfyState:
        return ComfyState(
            node_definitions=self.node_definitions(node_types),
            inventory=self.inventory(),
            installed_node_types=self.installed_node_types(),
            folder_markers=self.folder_markers(),
            version=self.version(),
        )
