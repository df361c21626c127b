"""A ComfyUI API-format prompt under construction: nodes numbered "1".."N" in the order they are added."""

from __future__ import annotations

from typing import Any

Link = list  # [node id, output slot], how API-format inputs point at another node's output


def link(node_id: str, slot: int = 0) -> Link:
    return [node_id, slot]


class WorkflowGraph:
    """Numbers nodes as they come, so the same image always gives the same workflow."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}

    def add(self, class_type: str, title: str, **inputs: Any) -> str:
        node_id = str(len(self.nodes) + 1)
        self.nodes[node_id] = {"class_type": class_type, "inputs": inputs, "_meta": {"title": title}}
        return node_id
