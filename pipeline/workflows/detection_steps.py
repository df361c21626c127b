"""Detection as the workflow reader runs it, step by step, with no I/O: the job the services hand their worker.

The worker (civitai_utils/detection_child.py) only moves frames; what it does with them is this module, named by
the services builder, so the process machinery never imports pipeline logic. READ a /civitai/missing body and
answer the node types it needs; DETECT with what ComfyUI knows of them. The folders' lists and the installed node
types come only when they changed (None: as last time), and the lists' index is kept between requests.
"""

from __future__ import annotations

from ..shapes.comfy_facts import ComfyFacts, ComfyState
from ..shapes.json_body import parse_body
from ..shapes.route_schemas import MissingRequest
from .detection import detect_in, detect_missing, needed_node_types
from .presence import IndexedInventory

KEPT_BETWEEN_REQUESTS = ("inventory", "installed_node_types")


class DetectionSteps:
    """One worker's state: the body being read, and the lists ComfyUI sent last."""

    def __init__(self) -> None:
        self.workflow: dict | None = None
        self.kept: dict = {"inventory": {}, "installed_node_types": []}
        self.indexed = IndexedInventory({})

    def read(self, raw: bytes) -> dict:
        """The body's node types (and whether sources were asked for). Raises BadJson for a body that is not one."""
        self.workflow = None
        body = parse_body(raw, MissingRequest)
        self.workflow = body.workflow
        return {"sources": body.sources, "node_types": needed_node_types(body.workflow)}

    def detect(self, told: dict) -> dict:
        """The /civitai/missing answer for the body read last, with what ComfyUI told of its node types."""
        if self.workflow is None:
            raise ValueError("no workflow was read before detecting")
        for name in KEPT_BETWEEN_REQUESTS:
            if told.get(name) is None:
                told[name] = self.kept[name]
            else:
                self.kept[name] = told[name]
                if name == "inventory":
                    self.indexed = IndexedInventory(told[name])
        told["installed_node_types"] = set(told["installed_node_types"])
        workflow, self.workflow = self.workflow, None
        return detect_in(workflow, ComfyState(**told), self.indexed)

    def forget(self) -> None:
        self.workflow = None


def detect_body(raw: bytes, facts: ComfyFacts) -> tuple[bool, dict]:
    """Both steps at once, where no worker process can run (a frozen Python): (sources asked for, the answer)."""
    body = parse_body(raw, MissingRequest)
    return body.sources, detect_missing(body.workflow, facts)
