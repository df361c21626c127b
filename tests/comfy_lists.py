"""The real ComfyUI's own lists as the judge of a workflow's names: every combo value (model files included)
must be one its /object_info offers, and every `embedding:<name>` one its /embeddings lists.

ComfyUI's POST /prompt does not check every loader value against its folder (a missing upscale model is
accepted and fails only when the run starts), so a workflow is checked against the lists themselves.
"""

from __future__ import annotations

import posixpath
import re

from tests.comfy_judge import request_json

_EMBEDDING = re.compile(r"embedding:([^\s,()]+)")


def combo_options(definition: object) -> list | None:
    """The options of a combo input in either /object_info shape ([[...], {...}] or ["COMBO", {"options"}])."""
    if not isinstance(definition, list) or not definition:
        return None
    if isinstance(definition[0], list):
        return definition[0]
    if definition[0] == "COMBO" and len(definition) > 1 and isinstance(definition[1], dict):
        return definition[1].get("options")
    return None


def node_inputs(comfyui_url: str, class_type: str) -> dict:
    status, info = request_json(f"{comfyui_url}/api/object_info/{class_type}")
    assert status == 200 and class_type in info, f"ComfyUI has no node {class_type}"
    inputs = info[class_type]["input"]
    return {**inputs.get("required", {}), **inputs.get("optional", {})}


def values_not_in_comfyui_lists(comfyui_url: str, workflow: dict) -> list[str]:
    """Each combo value and embedding the live ComfyUI would not find, as "<node> <input>=<value>"."""
    wrong = []
    definitions: dict[str, dict] = {}
    for node_id, node in workflow.items():
        class_type = node["class_type"]
        inputs = definitions.setdefault(class_type, node_inputs(comfyui_url, class_type))
        for name, value in node["inputs"].items():
            options = combo_options(inputs.get(name))
            if options is not None and isinstance(value, str) and value not in options:
                wrong.append(f"{node_id} {class_type}.{name}={value!r}")
    status, embeddings = request_json(f"{comfyui_url}/api/embeddings")
    assert status == 200
    for node_id, node in workflow.items():
        text = node["inputs"].get("text") if node["class_type"] == "CLIPTextEncode" else None
        for name in _EMBEDDING.findall(text or ""):
            if name not in embeddings and posixpath.splitext(name)[0] not in embeddings:
                wrong.append(f"{node_id} CLIPTextEncode.text embedding:{name}")
    return wrong
