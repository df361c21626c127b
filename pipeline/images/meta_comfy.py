"""The ComfyUI graph a Civitai image carries in `meta.comfy`, and the models that graph loads.

Civitai stores `comfy` as the string '{"prompt": <API graph>, "workflow": <UI graph>}' built by pasting the
PNG chunks together, so it can be invalid JSON (`"workflow": undefined`, `NaN`) or cut short. Civitai
patches the first two before parsing; so does this module, and anything still broken becomes a notice.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..shapes.image_generation import EmbeddedComfyGraph
from .meta_refs import RefCollector, add_embedding_mentions
from .meta_values import note, to_float

DAMAGED_NOTICE = "This image's ComfyUI workflow is damaged and cannot be loaded."

# A JSON string literal (kept as it is) or a bare `undefined` (JavaScript's, written by String(undefined)).
# An unterminated string (even one cut after a backslash) runs to the end of the text: the string part never fails
# once it starts, so nothing backtracks and a cut-off string is scanned once, not once per quote. (No possessive
# quantifiers: Python 3.10's `re` has none.)
STRING_OR_UNDEFINED = re.compile(r'"(?:[^"\\]+|\\.)*(?:"|\\?\Z)|\bundefined\b', re.DOTALL)

# API-graph inputs that name a model file, and the kind of model each names.
INPUT_KINDS = {
    "ckpt_name": "checkpoint",
    "ckpt_air": "checkpoint",  # civitai_comfy_nodes
    "unet_name": "diffusion_model",
    "lora_name": "lora",
    "lora_air": "lora",  # civitai_comfy_nodes
    "vae_name": "vae",
    "control_net_name": "controlnet",
    "clip_name": "text_encoder",
    "clip_name1": "text_encoder",
    "clip_name2": "text_encoder",
    "clip_name3": "text_encoder",
}
# Inputs whose meaning depends on the node: `model_name` is too common a key to mean an upscaler elsewhere.
CLASS_INPUT_KINDS = {
    ("UpscaleModelLoader", "model_name"): "upscaler",
    ("CLIPVisionLoader", "clip_name"): "clip_vision",
}
LORA_STRENGTH_INPUTS = ("strength_model", "strength_clip")
PROMPT_TEXT_INPUTS = ("text", "text_g", "text_l")


def load_comfy_graph(value: Any, notices: list[str]) -> EmbeddedComfyGraph | None:
    """`meta.comfy` (a string, or already a dict) as a graph; None and a notice when it cannot be read."""
    if value is None or value == "":
        return None
    container = value if isinstance(value, dict) else _parse_comfy_text(value)
    if not isinstance(container, dict):
        note(notices, DAMAGED_NOTICE)
        return None
    prompt, workflow = _split_container(container)
    if prompt is None and workflow is None:
        note(notices, DAMAGED_NOTICE)
        return None
    return EmbeddedComfyGraph(prompt=prompt, workflow=workflow)


def _parse_comfy_text(value: Any) -> Any:
    """Strict JSON first (NaN/Infinity read as null), then with `undefined` as null; None if still broken."""
    if not isinstance(value, str):
        return None
    parsed = _loads(value)
    if parsed is None and "undefined" in value:
        parsed = _loads(_undefined_as_null(value))
    return parsed


def _loads(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=lambda _constant: None)
    except (ValueError, RecursionError):
        return None


def _undefined_as_null(text: str) -> str:
    """Replace bare `undefined` with `null`, leaving string contents such as "undefined behaviour" alone."""
    return STRING_OR_UNDEFINED.sub(lambda match: "null" if match.group(0) == "undefined" else match.group(0), text)


def _split_container(container: dict) -> tuple[dict | None, dict | None]:
    """The API prompt and the UI workflow; a bare graph without the wrapper is accepted as either."""
    if "prompt" in container or "workflow" in container:
        return _graph(container.get("prompt")), _graph(container.get("workflow"))
    if isinstance(container.get("nodes"), list):
        return None, container
    if _looks_like_api_graph(container):
        return container, None
    return None, None


def _graph(value: Any) -> dict | None:
    """A graph dict, also when it was stored as a JSON string inside the JSON."""
    if isinstance(value, str):
        value = _loads(value)
    return value if isinstance(value, dict) and value else None


def _looks_like_api_graph(value: dict) -> bool:
    return any(isinstance(node, dict) and "class_type" in node for node in value.values())


def add_graph_refs(prompt_graph: dict, refs: RefCollector) -> None:
    """Models the API graph loads (checkpoints, UNETs, LoRAs with strength, VAEs...) and `embedding:` names."""
    for node in prompt_graph.values():
        if not isinstance(node, dict) or not isinstance(node.get("inputs"), dict):
            continue
        class_type = node.get("class_type") if isinstance(node.get("class_type"), str) else ""
        inputs = node["inputs"]
        _add_node_models(class_type, inputs, refs)
        if "CLIPTextEncode" in class_type:
            for key in PROMPT_TEXT_INPUTS:
                if isinstance(inputs.get(key), str):
                    add_embedding_mentions(inputs[key], refs, "comfy")


def _add_node_models(class_type: str, inputs: dict, refs: RefCollector) -> None:
    for key, value in inputs.items():
        kind = CLASS_INPUT_KINDS.get((class_type, key)) or INPUT_KINDS.get(key)
        if kind is None or not isinstance(value, str):  # a list is a link to another node's output
            continue
        weight = None
        if kind == "lora":
            if _lora_switched_off(inputs):
                continue
            weight = inputs.get("strength_model")
            weight = weight if to_float(weight) is not None else None  # a link, not a number
        refs.add_model_value(kind, value, "comfy", weight=weight)


def _lora_switched_off(inputs: dict) -> bool:
    """A LoRA loaded at strength 0 for everything it touches changes nothing (Civitai skips it too)."""
    strengths = [to_float(inputs[key]) for key in LORA_STRENGTH_INPUTS if key in inputs]
    return bool(strengths) and all(strength == 0 for strength in strengths)
