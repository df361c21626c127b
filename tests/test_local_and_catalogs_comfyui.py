"""Through the real ComfyUI (both hosts): a missing model answered by a file already on disk, and by the
templates package installed in ComfyUI's own Python environment.

The local answer names the file ComfyUI lists, and ComfyUI's /prompt accepts the node pointed at it (the same
node with the workflow's name is refused with value_not_in_list). The catalog answer says which templates
version listed the model, and its size and SHA-256 come from the (fake) Hugging Face it links.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import uuid

import pytest

from tests.comfy_judge import clear_queue, rejected_by_comfyui, request_json
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio
QWEN_VAE = ("Comfy-Org/Qwen-Image_ComfyUI", "split_files/vae/qwen_image_vae.safetensors")


def node(node_id: int, node_type: str, values: list, **extra) -> dict:
    return {"id": node_id, "type": node_type, "mode": 0, "widgets_values": values, "properties": {}, **extra}


def graph(*nodes: dict) -> dict:
    return {"last_node_id": len(nodes), "last_link_id": 0, "nodes": list(nodes), "links": [], "version": 0.4}


def decode_with(vae_name: str) -> dict:
    """An API prompt that loads `vae_name`: what ComfyUI validates once the node is re-pointed."""
    return {
        "1": {"class_type": "VAELoader", "inputs": {"vae_name": vae_name}},
        "2": {"class_type": "EmptyLatentImage", "inputs": {"width": 64, "height": 64, "batch_size": 1}},
        "3": {"class_type": "VAEDecode", "inputs": {"samples": ["2", 0], "vae": ["1", 0]}},
        "4": {"class_type": "SaveImage", "inputs": {"images": ["3", 0], "filename_prefix": "relink"}},
    }


def accepted(comfyui, prompt: dict) -> bool:
    status, answer = request_json(comfyui.url + "/api/prompt", {"prompt": prompt, "client_id": uuid.uuid4().hex})
    if status == 200:
        clear_queue(comfyui.url)
    return status == 200 and answer.get("node_errors") == {}


def not_in_list(comfyui, prompt: dict) -> bool:
    errors = rejected_by_comfyui(comfyui, prompt).get("1", {}).get("errors", [])
    return any(error.get("type") == "value_not_in_list" for error in errors)


async def missing(comfyui, workflow: dict) -> list[dict]:
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": workflow, "sources": True})
    assert status == 200, answer
    return answer["models"]


async def test_the_same_file_on_disk_is_answered_and_the_repointed_node_validates(comfyui, fake_services):
    vae = comfyui.base_dir / "models" / "vae"
    (vae / "kept").mkdir(parents=True, exist_ok=True)
    data = f"relink weights {comfyui.port} ".encode() * 5000
    added = fake_services.hf.add_file("acme/relink", "relink-source-vae.safetensors", data=data)
    (vae / "kept" / "relink-local-copy.safetensors").write_bytes(data)
    link = "https://huggingface.co/acme/relink/resolve/main/relink-source-vae.safetensors"
    models = [{"name": "relink-source-vae.safetensors", "url": link, "directory": "vae"}]
    loader = node(1, "VAELoader", ["relink-source-vae.safetensors"], properties={"models": models})
    [model] = await missing(comfyui, graph(loader))
    resource = model["resource"]
    assert model["status"] == "missing" and resource["already_downloaded"] and resource["confidence"] == 1.0
    assert resource["local_path"] == "kept/relink-local-copy.safetensors" and not resource["needs_confirmation"]
    assert "Already on this machine: vae/kept/relink-local-copy.safetensors" in resource["evidence"]
    assert resource["sha256"] == added.sha256()
    assert await asyncio.to_thread(not_in_list, comfyui, decode_with("relink-source-vae.safetensors"))
    assert await asyncio.to_thread(accepted, comfyui, decode_with(resource["local_path"]))

    # The hash is now in the cache: a workflow that records only the SHA-256, under yet another name.
    by_hash = node(2, "VAELoader", ["hash-only-vae.safetensors"])
    entry = {"name": "hash-only-vae.safetensors", "hash": added.sha256(), "directory": "vae"}
    by_hash["properties"]["models"] = [entry]
    [model] = await missing(comfyui, graph(by_hash))
    assert model["resource"]["local_path"] == "kept/relink-local-copy.safetensors"
    assert "has the SHA-256 the workflow records" in model["resource"]["evidence"]


async def test_a_unique_file_of_the_same_name_in_a_subfolder_is_the_name_to_load(comfyui, fake_services):
    vae = comfyui.base_dir / "models" / "vae" / "elsewhere-sub"
    vae.mkdir(parents=True, exist_ok=True)
    (vae / "named-elsewhere-vae.safetensors").write_bytes(b"vae")
    [model] = await missing(comfyui, graph(node(1, "VAELoader", ["named-elsewhere-vae.safetensors"])))
    assert model["status"] == "present" and model["local_path"] == "elsewhere-sub/named-elsewhere-vae.safetensors"
    assert await asyncio.to_thread(not_in_list, comfyui, decode_with("named-elsewhere-vae.safetensors"))
    assert await asyncio.to_thread(accepted, comfyui, decode_with(model["local_path"]))


def templates_version(comfyui) -> str:
    code = "import importlib.metadata as m; print(m.version('comfyui-workflow-templates'))"
    return subprocess.run([str(comfyui.install.python), "-c", code], capture_output=True, text=True).stdout.strip()


async def test_a_model_the_installed_templates_list_is_found_with_their_version(comfyui, fake_services):
    added = fake_services.hf.add_file(*QWEN_VAE, size=300_000)
    [model] = await missing(comfyui, graph(node(1, "VAELoader", ["qwen_image_vae.safetensors"])))
    resource = model["resource"]
    assert resource["resolved"] and not resource["needs_confirmation"] and resource["confidence"] == 0.95
    assert resource["sha256"] == added.sha256() and resource["size"] == 300_000
    assert resource["model_name"] == QWEN_VAE[0]
    version = await asyncio.to_thread(templates_version, comfyui)
    assert version and resource["evidence"].startswith(f"From ComfyUI's templates {version} (")
    assert f"{QWEN_VAE[0]}/{QWEN_VAE[1]} on Hugging Face" in resource["evidence"]
    assert not fake_services.requests.entries(server="civitai")  # the catalog answered before any name search


async def test_comfyui_managers_model_list_is_a_catalog_too(start_comfyui, fake_services, tmp_path):
    base = tmp_path / "with-manager"
    manager = base / "custom_nodes" / "ComfyUI-Manager"
    manager.mkdir(parents=True)
    link = "https://huggingface.co/acme/manager-upscalers/resolve/main/4x-ManagerSharp.pth"
    entry = {"name": "4x-ManagerSharp", "type": "upscale", "save_path": "default", "filename": "4x-ManagerSharp.pth"}
    (manager / "model-list.json").write_text(json.dumps({"models": [{**entry, "url": link}]}))
    added = fake_services.hf.add_file("acme/manager-upscalers", "4x-ManagerSharp.pth", size=120_000)
    server = start_comfyui(env=fake_services.env(), base_dir=base)
    [model] = await missing(server, graph(node(1, "UpscaleModelLoader", ["4x-ManagerSharp.pth"])))
    resource = model["resource"]
    assert resource["resolved"] and not resource["needs_confirmation"] and resource["sha256"] == added.sha256()
    assert resource["evidence"].startswith("From ComfyUI-Manager's model list (4x-ManagerSharp): it lists")
    assert (resource["folder"], resource["filename"]) == ("upscale_models", "4x-ManagerSharp.pth")
