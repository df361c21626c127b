"""Image → resolve → generate through the real ComfyUI, and the workflow judged by ComfyUI's /prompt."""

from __future__ import annotations

import pytest

from tests.comfy_judge import judge_workflow
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio

FIXTURE_IMAGES = (469632, 9173928, 717937, 123156450, 100000001, 26962948)


async def resolve_and_generate(client: ComfyClient, image_id: int) -> tuple[dict, int, dict]:
    status, resolved = await client.post("/civitai/resolve", {"image_id": image_id})
    assert status == 200, resolved
    status, generated = await client.post(
        "/civitai/generate", {"metadata": resolved["metadata"], "resources": resolved["resources"]}
    )
    return resolved, status, generated


@pytest.mark.parametrize("image_id", FIXTURE_IMAGES)
async def test_every_fixture_image_becomes_a_workflow_comfyui_accepts(comfyui, fake_services, image_id):
    async with ComfyClient(comfyui.url) as client:
        resolved, status, generated = await resolve_and_generate(client, image_id)
    assert status == 200, generated
    assert generated["workflow_type"] == resolved["workflow_type"]
    assert generated["node_count"] == len(generated["workflow"]) >= 7
    embeddings = [
        r["filename"]
        for r in resolved["resources"]
        if r["kind"] == "embedding" and r["filename"] and r["filename"].endswith(".safetensors")
    ]
    judge_workflow(comfyui, generated["workflow"], embeddings)


async def test_the_generated_workflow_carries_the_images_parameters(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        resolved, _, generated = await resolve_and_generate(client, 26962948)
    nodes = {node["class_type"]: node["inputs"] for node in generated["workflow"].values()}
    sampler = nodes["KSampler"]
    assert (sampler["seed"], sampler["steps"], sampler["cfg"]) == (3150861441, 20, 7)
    assert (sampler["sampler_name"], sampler["scheduler"]) == ("dpmpp_2m", "karras")
    assert (nodes["EmptyLatentImage"]["width"], nodes["EmptyLatentImage"]["height"]) == (1152, 1536)
    checkpoint = next(r for r in resolved["resources"] if r["kind"] == "checkpoint")
    assert nodes["CheckpointLoaderSimple"]["ckpt_name"] == checkpoint["filename"]
    lora_names = [n["inputs"]["lora_name"] for n in generated["workflow"].values() if n["class_type"] == "LoraLoader"]
    assert len(lora_names) == 2
    assert "<lora:" not in str(generated["workflow"])
    assert nodes["VAELoader"]["vae_name"] == next(r["filename"] for r in resolved["resources"] if r["kind"] == "vae")


async def test_generate_refuses_impossible_or_malformed_input(comfyui):
    async with ComfyClient(comfyui.url) as client:
        no_checkpoint = await client.post("/civitai/generate", {"metadata": {"prompt": "a cat"}, "resources": []})
        wrong_shape = await client.post("/civitai/generate", {"metadata": {"steps": "many"}, "resources": []})
        unknown_field = await client.post("/civitai/generate", {"metadata": {"nonsense": 1}, "resources": []})
    assert no_checkpoint[0] == 400 and "checkpoint" in no_checkpoint[1]["error"]
    assert wrong_shape[0] == 400 and "steps" in wrong_shape[1]["error"]
    assert unknown_field[0] == 400 and "nonsense" in unknown_field[1]["error"]
