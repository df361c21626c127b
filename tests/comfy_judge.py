"""The real ComfyUI as the judge of a built workflow: does POST /prompt accept it, and do its prompts load
the embeddings they name?

Model files are placed (empty; ComfyUI's validation only checks that the names are listed) where the
workflow's loaders point, then the workflow is queued and the queue cleared again at once.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import urllib.error
import urllib.request
import uuid
from pathlib import Path

# (class_type, input) -> the models folder that input's combo lists.
MODEL_INPUTS = {
    ("CheckpointLoaderSimple", "ckpt_name"): "checkpoints",
    ("LoraLoader", "lora_name"): "loras",
    ("VAELoader", "vae_name"): "vae",
    ("UpscaleModelLoader", "model_name"): "upscale_models",
}
EMBEDDING_SIZE = 768  # SD1 CLIP-L, what ComfyUI's plain SDTokenizer expects


def request_json(url: str, body: object | None = None) -> tuple[int, object]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        return error.code, json.loads(text) if text.startswith(("{", "[")) else text


def models_named(workflow: dict) -> list[tuple[str, str]]:
    """(folder, folder-relative name) of every model file the workflow loads."""
    return [
        (MODEL_INPUTS[(node["class_type"], name)], value)
        for node in workflow.values()
        for name, value in node["inputs"].items()
        if (node["class_type"], name) in MODEL_INPUTS
    ]


def write_tiny_embedding(path: Path) -> None:
    """A real one-vector textual inversion in safetensors form, so ComfyUI's tokenizer can load it."""
    header = json.dumps(
        {"emb_params": {"dtype": "F32", "shape": [1, EMBEDDING_SIZE], "data_offsets": [0, 4 * EMBEDDING_SIZE]}}
    )
    header_bytes = header.encode().ljust(-(-len(header) // 8) * 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(struct.pack("<Q", len(header_bytes)) + header_bytes + bytes(4 * EMBEDDING_SIZE))


def place_models(base_dir: Path, workflow: dict, embeddings: list[str] = ()) -> None:
    """Empty files for the workflow's models, tiny real ones for `embeddings` (folder-relative file names)."""
    for folder, name in models_named(workflow):
        path = base_dir / "models" / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    for name in embeddings:
        assert name.endswith(".safetensors"), f"{name}: the judge writes embeddings as safetensors only"
        write_tiny_embedding(base_dir / "models" / "embeddings" / name)


def clear_queue(url: str) -> None:
    """Drop what the accepted prompt queued and stop it if it started: nothing piles up between tests."""
    request_json(url + "/api/queue", {"clear": True})
    request_json(url + "/api/interrupt", {})


def judge_workflow(comfyui, workflow: dict, embeddings: list[str] = ()) -> dict:
    """POST the workflow to the real ComfyUI; fail with its node errors unless it is accepted as it is."""
    place_models(comfyui.base_dir, workflow, embeddings)
    status, answer = request_json(comfyui.url + "/api/prompt", {"prompt": workflow, "client_id": uuid.uuid4().hex})
    try:
        assert status == 200, f"ComfyUI refused the workflow ({status}): {json.dumps(answer, indent=1)}"
        assert answer["node_errors"] == {}, answer["node_errors"]
    finally:
        if status == 200:
            clear_queue(comfyui.url)
    return answer


def rejected_by_comfyui(comfyui, workflow: dict) -> dict:
    """POST without placing any file; return ComfyUI's node errors (for tests that the judge has teeth)."""
    status, answer = request_json(comfyui.url + "/api/prompt", {"prompt": workflow, "client_id": uuid.uuid4().hex})
    if status == 200:
        clear_queue(comfyui.url)
    return answer.get("node_errors", {}) if isinstance(answer, dict) else {}


_TOKENIZE = """
import json, sys
import comfy.options
comfy.options.enable_args_parsing()
sys.argv = [sys.argv[0], "--cpu"]
from comfy.sd1_clip import SDTokenizer
request = json.load(sys.stdin)
tokenizer = SDTokenizer(embedding_directory=request["embedding_directory"])
weights = [
    [round(weight, 4) for batch in tokenizer.tokenize_with_weights(text) for token, weight in batch
     if not isinstance(token, int)]
    for text in request["texts"]
]
print("RESULT " + json.dumps(weights))
"""


def embedding_weights(comfyui_install, embedding_directory: Path, texts: list[str]) -> list[list[float]]:
    """For each text, the weight of every embedding vector ComfyUI's own tokenizer loads from it."""
    run = subprocess.run(
        [str(comfyui_install.python), "-c", _TOKENIZE],
        input=json.dumps({"embedding_directory": str(embedding_directory), "texts": texts}),
        capture_output=True,
        text=True,
        cwd=comfyui_install.comfyui_dir,
        timeout=120,
        check=False,
    )
    result = re.search(r"^RESULT (.*)$", run.stdout, re.MULTILINE)
    assert result, f"ComfyUI's tokenizer did not run:\n{run.stdout}\n{run.stderr}"
    return json.loads(result.group(1))


def prompt_texts(workflow: dict) -> list[str]:
    return [node["inputs"]["text"] for node in workflow.values() if node["class_type"] == "CLIPTextEncode"]


def classes(workflow: dict) -> list[str]:
    """The node classes in id order ("1", "2", ...), the shape of the graph at a glance."""
    assert list(workflow) == [str(number) for number in range(1, len(workflow) + 1)]
    return [workflow[node_id]["class_type"] for node_id in workflow]


def only(workflow: dict, class_type: str) -> tuple[str, dict]:
    """The one node of a class, with its id."""
    found = [(node_id, node) for node_id, node in workflow.items() if node["class_type"] == class_type]
    assert len(found) == 1, f"{len(found)} {class_type} nodes"
    return found[0]
