"""Inputs from the wild (tests/wild/) through the real ComfyUI's POST /civitai/missing and /civitai/download.

A near name is another file until the user says otherwise; a name without an extension still downloads;
node types tell who provides them; a `properties.models` entry the node does not load is not needed.
"""

from __future__ import annotations

import pytest

from tests.downloads_helpers import sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.wild_catalog import add_badhand, add_fashion_girl, add_ultrasharp, wild_workflow

pytestmark = pytest.mark.asyncio


async def missing(comfyui, workflow: dict) -> dict:
    """What the sidebar shows: detection, then a source for each missing model from /civitai/sources."""
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": workflow})
        assert status == 200, answer
        for model in answer["models"]:
            if model["status"] == "missing":
                status, found = await client.post("/civitai/sources", {"references": [model["reference"]]})
                assert status == 200, found
                [model["resource"]] = found["resources"]
    return answer


async def download(comfyui, resource: dict) -> dict:
    async with ComfyClient(comfyui.url) as client:
        return await client.wait_for(await client.download(resource))


def landed(comfyui, resource: dict):
    return comfyui.base_dir / "models" / resource["folder"] / resource["subfolder"] / resource["filename"]


async def test_a_near_name_is_another_file_shown_beside_the_wanted_one_and_saved_as_the_workflow_loads(
    comfyui, fake_services
):
    version = add_fashion_girl(fake_services)
    [model] = (await missing(comfyui, wild_workflow("a-fashiongirl-v53.json")))["models"]
    resource = model["resource"]
    assert model["status"] == "missing" and resource["resolved"]
    assert resource["needs_confirmation"], resource["evidence"]  # 93 % alike is not the same file
    assert resource["confidence"] < 1.0 and resource["model_version_id"] == version.id
    assert (resource["filename"], resource["source_filename"]) == (
        "fashionGirl_v53.safetensors",
        "fashionGirl_v51.safetensors",
    )
    assert "Saved as fashionGirl_v53.safetensors, the name the workflow loads" in resource["evidence"]
    path = landed(comfyui, resource)
    try:
        task = await download(comfyui, resource)  # what "Use this file" sends
        assert task["status"] == "completed", task
        assert sha256_of(path) == version.primary_file.hashes().sha256.lower()
    finally:
        path.unlink(missing_ok=True)


async def test_an_image_naming_a_lora_civitai_only_nearly_has_asks_before_downloading(comfyui, fake_services):
    version = add_fashion_girl(fake_services)
    fake_services.gallery.add_image(id=880_009_053, meta=wild_workflow("a-image-meta-fashiongirl.json"))
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/resolve", {"image_id": 880_009_053})
    assert status == 200, answer
    [lora] = [r for r in answer["resources"] if r["kind"] == "lora"]
    assert lora["name"] == "fashionGirl_v53" and lora["model_version_id"] == version.id
    assert lora["needs_confirmation"] and lora["confidence"] < 1.0, lora["evidence"]


async def test_an_embedding_named_without_an_extension_downloads_with_the_sources_extension(comfyui, fake_services):
    for earlier in (comfyui.base_dir / "models" / "embeddings").glob("[Ee]asy[Nn]egative.*"):
        earlier.unlink()  # another test of this shared server may have downloaded it by its Civitai name
    [model] = (await missing(comfyui, wild_workflow("a-easynegative-no-extension.json")))["models"]
    resource = model["resource"]
    assert model["reference"]["name"] == "EasyNegative"
    assert resource["resolved"] and not resource["needs_confirmation"], resource["evidence"]  # the same name
    assert (resource["folder"], resource["filename"]) == ("embeddings", "EasyNegative.safetensors")
    assert resource["source_filename"] == "easynegative.safetensors"
    assert "loads a ." not in resource["evidence"] and "a .." not in resource["evidence"]
    assert "The workflow names it EasyNegative, without a file extension" in resource["evidence"]
    path = landed(comfyui, resource)
    try:
        task = await download(comfyui, resource)
        assert task["status"] == "completed", task
        assert sha256_of(path) == resource["sha256"]
        [after] = (await missing(comfyui, wild_workflow("a-easynegative-no-extension.json")))["models"]
        assert after["status"] == "present" and after["local_path"] == "EasyNegative.safetensors"
    finally:
        path.unlink(missing_ok=True)


async def test_an_exact_name_without_an_extension_is_certain_and_keeps_the_sources_extension(comfyui, fake_services):
    add_badhand(fake_services)
    workflow = wild_workflow("a-easynegative-no-extension.json")
    workflow["nodes"][0]["widgets_values"] = ["lowres, embedding:badhandv4"]
    [model] = (await missing(comfyui, workflow))["models"]
    resource = model["resource"]
    assert resource["resolved"] and not resource["needs_confirmation"], resource["evidence"]
    assert (resource["filename"], resource["source_filename"]) == ("badhandv4.pt", None)
    assert "loads a ." not in resource["evidence"]


async def test_an_upscaler_named_without_an_extension_downloads_with_the_sources_extension(comfyui, fake_services):
    version = add_ultrasharp(fake_services)
    [model] = (await missing(comfyui, wild_workflow("a-upscaler-no-extension.json")))["models"]
    resource = model["resource"]
    assert resource["needs_confirmation"] and resource["folder"] == "upscale_models"
    assert resource["filename"] == "4x-UltraSharp.pt"
    assert resource["source_filename"] == "4xUltrasharp_4xUltrasharpV10.pt"
    assert "loads a ." not in resource["evidence"]
    path = landed(comfyui, resource)
    try:
        task = await download(comfyui, resource)
        assert task["status"] == "completed", task
        assert sha256_of(path) == version.primary_file.hashes().sha256.lower()
    finally:
        path.unlink(missing_ok=True)


async def test_node_types_say_whether_to_update_comfyui_install_a_pack_or_that_nobody_knows(comfyui, fake_services):
    answer = await missing(comfyui, wild_workflow("a-newer-core-and-pack-nodes.json"))
    nodes = {entry["type"]: entry for entry in answer["custom_nodes"]}
    assert list(nodes) == sorted(nodes)
    if comfyui.install.version == "0.3.75":  # older than the graph: these core nodes come with an update
        core = nodes["EmptyQwenImageLayeredLatentImage"]
        assert core["core"] and core["pack"] == "comfy-core" and core["version"] == "0.8.2"
        assert "Update ComfyUI" in core["message"] and "ComfyUI 0.8.2" in core["message"]
        assert "ComfyUI-Manager" not in core["message"]
        assert "ComfyUI 0.9.0" in nodes["TextEncodeZImageOmni"]["message"]
    else:  # a ComfyUI newer than the graph has them: never "missing"
        assert "EmptyQwenImageLayeredLatentImage" not in nodes and "TextEncodeZImageOmni" not in nodes
    pack = nodes["ImpactWildcardProcessor"]
    assert not pack["core"] and pack["pack"] == "comfyui-impact-pack" and pack["version"] == "8.22.2"
    assert "comfyui-impact-pack" in pack["message"]
    aux = nodes["VideoDepthAnythingProcess"]
    assert aux["pack"] == "yuvraj108c/ComfyUI-Video-Depth-Anything" and not aux["core"]
    assert "https://github.com/yuvraj108c/ComfyUI-Video-Depth-Anything" in aux["message"]
    unknown = nodes["MysteryNodeWithoutOrigin"]
    assert unknown["pack"] is None and unknown["version"] is None and not unknown["core"]
    assert "unknown" in unknown["message"].lower()


async def test_a_listed_model_the_node_does_not_load_is_not_needed(comfyui, fake_services):
    answer = await missing(comfyui, wild_workflow("a-pixel-space-vae.json"))
    assert [m["reference"]["name"] for m in answer["models"]] == []
    workflow = wild_workflow("a-pixel-space-vae.json")
    workflow["nodes"][0]["widgets_values"] = ["ae.safetensors"]  # now the node does load it
    [model] = (await missing(comfyui, workflow))["models"]
    assert model["reference"]["name"] == "ae.safetensors" and model["reference"]["url"].endswith("/vae/ae.safetensors")
