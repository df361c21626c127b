"""A UI graph built to be slow to read: a chain of nested subgraphs, the outermost instance muted (issue 11.3).

Subgraph `i` holds an instance of subgraph `i + 1` and a loader; the root holds one muted instance of subgraph 0,
so every definition is disabled only through its container. Definitions are listed innermost first, the order
that made the disabled-subgraph fixpoint add one definition per round (quadratic). About 167 KiB at 500 deep.
"""

from __future__ import annotations

import json


def subgraph_chain(depth: int = 500, muted: bool = True) -> dict:
    def subgraph_id(index: int) -> str:
        return f"00000000-0000-4000-8000-{index:012d}"

    definitions = []
    for index in range(depth):
        nodes = [
            {
                "id": 1,
                "type": "LoraLoader",
                "mode": 0,
                "widgets_values": [f"chain-lora-{index}.safetensors", 1, 1],
                "properties": {"cnr_id": "comfy-core", "ver": "0.3.75"},
            }
        ]
        if index + 1 < depth:
            nodes.append({"id": 2, "type": subgraph_id(index + 1), "mode": 0, "widgets_values": []})
        definitions.append({"id": subgraph_id(index), "name": f"level {index}", "nodes": nodes, "links": []})
    definitions.reverse()
    root = [{"id": 1, "type": subgraph_id(0), "mode": 2 if muted else 0, "widgets_values": []}]
    return {"nodes": root, "links": [], "definitions": {"subgraphs": definitions}, "version": 0.4}


def size_kib(graph: dict) -> float:
    return len(json.dumps(graph)) / 1024
