"""POST /civitai/resolve through the real ComfyUI against the fake Civitai: images to resources."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


async def resolve(client: ComfyClient, image_id) -> tuple[int, dict]:
    return await client.post("/civitai/resolve", {"image_id": image_id})


def by_version(answer: dict) -> dict[int, dict]:
    return {r["model_version_id"]: r for r in answer["resources"] if r["model_version_id"]}


async def test_an_a1111_image_resolves_every_resource_by_hash(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        status, answer = await resolve(client, "https://civitai.com/images/26962948")
    assert status == 200, answer
    assert answer["image"]["id"] == 26962948 and answer["image"]["width"] == 1152
    params = answer["metadata"]
    assert params["sampler"] == "DPM++ 2M Karras" and params["seed"] == 3150861441 and params["steps"] == 20
    assert (params["width"], params["height"]) == (1152, 1536)
    resources = by_version(answer)
    assert resources[991010]["kind"] == "checkpoint" and resources[991010]["folder"] == "checkpoints"
    assert resources[991011]["kind"] == "embedding" and resources[991011]["folder"] == "embeddings"
    assert resources[258687]["kind"] == "lora" and resources[258687]["weight"] == 1
    assert resources[991012]["kind"] == "lora"
    assert resources[991013]["kind"] == "vae"
    for resource in resources.values():
        assert resource["resolved"] and resource["url"] and len(resource["sha256"]) == 64 and resource["size"] > 0
        on_disk = (comfyui.base_dir / "models" / resource["folder"] / resource["filename"]).exists()
        assert resource["already_downloaded"] is on_disk  # other tests of the session may have put it there
    assert answer["workflow_type"] == "txt2img"


async def test_every_fixture_image_resolves(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        for image_id in (469632, 9173928, 717937, 123156450, 100000001, 26962948):
            status, answer = await resolve(client, image_id)
            assert status == 200, (image_id, answer)
            assert answer["image"]["id"] == image_id
            assert answer["resources"], image_id
            checkpoints = [r for r in answer["resources"] if r["kind"] == "checkpoint"]
            assert checkpoints, (image_id, answer["resources"])


async def test_on_site_generator_images_resolve_by_version_id(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        _, answer = await resolve(client, 9173928)
    resources = by_version(answer)
    assert {345685, 249861, 9208, 258687, 332071} <= set(resources)
    assert resources[332071]["kind"] == "vae" and resources[332071]["filename"] == "sdxl_vae.safetensors"


async def test_a_comfyui_image_returns_its_graph_and_the_models_it_needs(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        _, answer = await resolve(client, 100000001)
    comfy = answer["comfy_workflow"]
    assert comfy["prompt"] and any(node.get("class_type") == "KSampler" for node in comfy["prompt"].values())
    assert comfy["workflow"]["nodes"]
    assert [r["kind"] for r in comfy["resources"]] == ["checkpoint"]


async def test_resources_on_disk_are_found_by_name_and_by_sha256(comfyui, fake_services):
    resource = civitai_model(fake_services, size=3 * MiB)
    version_id = int(resource["url"].rsplit("/", 1)[1])
    image_id = 880000000 + version_id
    fake_services.gallery.add_image(
        id=image_id,
        meta={"prompt": "a cat", "civitaiResources": [{"type": "lora", "modelVersionId": version_id, "weight": 0.7}]},
    )
    async with ComfyClient(comfyui.url) as client:
        _, before = await resolve(client, image_id)
        assert by_version(before)[version_id]["already_downloaded"] is False
        task = await client.wait_for(await client.download(payload(resource)))
        assert task["status"] == "completed"
        _, by_name = await resolve(client, image_id)
        renamed = comfyui.base_dir / "models" / "loras" / "kept" / "my-renamed-copy.safetensors"
        renamed.parent.mkdir(exist_ok=True)
        shutil.move(model_path(comfyui, resource), renamed)
        _, by_hash = await resolve(client, image_id)
        hash_cache = comfyui.base_dir / "user" / "__civitai_sidebar" / "hash_cache.json"
        cached = hash_cache.stat().st_mtime_ns
        _, again = await resolve(client, image_id)
    assert by_version(by_name)[version_id]["already_downloaded"] is True
    assert by_version(by_name)[version_id]["local_path"] == resource["filename"]
    found = by_version(by_hash)[version_id]
    assert found["already_downloaded"] is True and found["local_path"] == "kept/my-renamed-copy.safetensors"
    assert found["weight"] == 0.7
    assert str(renamed) in json.loads(hash_cache.read_text())
    assert hash_cache.stat().st_mtime_ns == cached  # the second lookup read the cache, not the file
    assert by_version(again)[version_id]["already_downloaded"] is True


async def test_hidden_meta_unknown_hashes_and_missing_images_are_explained(comfyui, fake_services):
    fake_services.gallery.add_image(id=880000001, meta=None)
    fake_services.gallery.add_image(id=880000002, meta={"prompt": "x", "Model hash": "0123456789", "Model": "gone"})
    async with ComfyClient(comfyui.url) as client:
        _, hidden = await resolve(client, 880000001)
        _, unknown = await resolve(client, 880000002)
        missing_status, missing = await resolve(client, 880000003)
        bad_status, bad = await resolve(client, "https://civitai.com/posts/6030721")
    assert hidden["meta_available"] is False and any("hides" in n for n in hidden["notices"])
    [checkpoint] = unknown["resources"]
    assert checkpoint["resolved"] is False and "0123456789" in checkpoint["reason"]
    assert missing_status == 404 and "880000003" in missing["error"]
    assert bad_status == 400 and "post link" in bad["error"]  # a model link answers its card (see test_civitai_sites)


async def test_rate_limits_are_waited_out(comfyui, fake_services):
    fake_services.gallery.add_image(id=880000020, meta={"prompt": "x", "Model hash": "A49140C6C5"})
    fake_services.faults.rate_limit_next("civitai", times=1, retry_after=1, match="imageId=880000020")
    async with ComfyClient(comfyui.url) as client:
        status, answer = await resolve(client, 880000020)
    assert status == 200 and answer["image"]["id"] == 880000020
    assert answer["resources"][0]["resolved"]
    assert len(fake_services.requests.entries(server="civitai", path_prefix="/api/v1/images")) == 2


async def test_a_civitai_outage_is_a_502_with_a_sentence(comfyui, fake_services):
    fake_services.gallery.add_image(id=880000021, meta={"prompt": "x"})
    fake_services.faults.fail_next("civitai", 503, times=None, retry_after=0, match="imageId=880000021")
    async with ComfyClient(comfyui.url) as client:
        status, answer = await resolve(client, 880000021)
    assert status == 502 and "try again" in answer["error"]


async def test_a_login_only_model_says_it_needs_a_key_until_one_is_set(comfyui, fake_services):
    resource = civitai_model(fake_services, require_auth=True)
    version_id = int(resource["url"].rsplit("/", 1)[1])
    fake_services.gallery.add_image(
        id=880000010, meta={"civitaiResources": [{"type": "lora", "modelVersionId": version_id}]}
    )
    async with ComfyClient(comfyui.url) as client:
        await client.post("/civitai/settings/keys", {"civitai": None})
        _, without = await resolve(client, 880000010)
        await client.post("/civitai/settings/keys", {"civitai": "test-civitai-key"})
        _, with_key = await resolve(client, 880000010)
        await client.post("/civitai/settings/keys", {"civitai": None})
    assert by_version(without)[version_id]["needs_key"] is True
    assert by_version(with_key)[version_id]["needs_key"] is False


async def test_names_without_hashes_are_searched_and_near_matches_need_a_click(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        _, answer = await resolve(client, 469632)
    by_name = {r["name"]: r for r in answer["resources"]}
    exact = by_name["setsunaTokage_v10"]
    assert exact["resolved"] and not exact["needs_confirmation"] and exact["confidence"] == 1.0
    assert exact["filename"] == "setsunaTokage_v10.safetensors" and "exactly" in exact["evidence"]
    near = by_name["Meina"]
    assert near["resolved"] and near["needs_confirmation"] and near["confidence"] < 0.9
    assert "MeinaMix" in near["evidence"] and near["url"]
    assert by_name["4x-AnimeSharp"]["folder"] == "upscale_models"
