"""In Chromium, on every host/frontend pair: the card's "Use this file" re-points the node to the file already
on disk (same SHA-256 under another name; the same name in a subfolder), and ComfyUI then accepts the prompt."""

from __future__ import annotations

import json
import uuid

from tests.browser_runner import run_scenario
from tests.comfy_judge import rejected_by_comfyui
from tests.test_local_and_catalogs_comfyui import decode_with


def two_decodes(first: str, second: str) -> dict:
    prompt = decode_with(first)
    for node_id, node in decode_with(second).items():
        inputs = {k: [str(int(v[0]) + 10), v[1]] if isinstance(v, list) else v for k, v in node["inputs"].items()}
        prompt[str(int(node_id) + 10)] = {**node, "inputs": inputs}
    return prompt


def test_use_this_file_repoints_the_node_and_the_prompt_validates(ui_comfyui, fake_services):
    tag = uuid.uuid4().hex[:8]
    vae = ui_comfyui.base_dir / "models" / "vae"
    (vae / f"kept-{tag}").mkdir(parents=True, exist_ok=True)
    data = f"ui relink {tag} ".encode() * 4000
    fake_services.hf.add_file("acme/ui-relink", f"ui-vae-{tag}.safetensors", data=data)
    copy = f"kept-{tag}/ui-copy-{tag}.safetensors"
    (vae / copy).write_bytes(data)
    by_name = f"ui-named-{tag}.safetensors"
    (vae / f"kept-{tag}" / by_name).write_bytes(b"vae")
    by_hash = f"ui-vae-{tag}.safetensors"
    link = f"https://huggingface.co/acme/ui-relink/resolve/main/{by_hash}"
    prompt = two_decodes(by_hash, by_name)
    refused = rejected_by_comfyui(ui_comfyui, prompt)
    assert {e["type"] for e in refused["1"]["errors"]} == {"value_not_in_list"}
    result = run_scenario(
        "use_local_file",
        ui_comfyui,
        PROMPT_JSON=json.dumps(prompt),
        MODELS_JSON=json.dumps({by_hash: [{"name": by_hash, "url": link, "directory": "vae"}]}),
        BY_HASH_NAME=by_hash,
        BY_NAME_NAME=by_name,
    )
    assert result["statesWhileEdited"] == ["elsewhere"]  # the same graph configured again, then another node edited
    assert f"Already on this machine as {copy}." in result["evidence"]
    assert f"Already on this machine: vae/{copy} has the same SHA-256 as the source" in result["evidence"]
    assert result["downloadAll"] == 0  # nothing left to download: both files are on disk
    assert result["before"] == sorted([by_hash, by_name])
    assert result["after"] == sorted([copy, f"kept-{tag}/{by_name}"])
    assert result["queued"]["status"] == 200 and result["queued"]["nodeErrors"] == {}, result["queued"]
