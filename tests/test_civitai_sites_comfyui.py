"""Civitai's 2026 links through the real ComfyUI: civitai.red/.green, model and version links, AIRs, fileId.

Since April 2026 Civitai answers on civitai.com, civitai.red and civitai.green (reference §15); users paste
.red links most. The fake runs on loopback, so a link on any Civitai site is looked up at the configured base.
"""

from __future__ import annotations

import uuid

import pytest

from tests.downloads_helpers import MiB, model_path, sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.test_missing_comfyui import graph, node

pytestmark = pytest.mark.asyncio
IMAGE_ID = 26962948  # fixture 6: an A1111 image whose resources resolve by hash


def unique_id() -> int:
    """ComfyUI's process caches Civitai answers by id for its lifetime: each test gets ids of its own."""
    return 20_000_000 + uuid.uuid4().int % 70_000_000


def multi_file_checkpoint(fake, **flags):
    """A version with a model, a pruned model and a VAE, whose ?type=&format= links 404 (as real ones may)."""
    model_id, version_id, stem = unique_id(), unique_id(), f"multi{uuid.uuid4().hex[:8]}"
    older = fake.catalog.add_version(
        model_id=model_id,
        version_id=version_id - 1,
        model_name=f"Multi {stem}",
        model_type="Checkpoint",
        version_name="v0.9",
        published_at="2025-01-01T00:00:00.000Z",
        files=[{"name": f"{stem}_v09.safetensors", "id": unique_id()}],
    )
    newer = fake.catalog.add_version(
        model_id=model_id,
        version_id=version_id,
        model_name=f"Multi {stem}",
        model_type="Checkpoint",
        version_name="v1.0",
        published_at="2026-05-01T00:00:00.000Z",
        files=[
            {"name": f"{stem}_v10.safetensors", "id": unique_id(), "size": MiB, "primary": True},
            {"name": f"{stem}_v10_pruned.safetensors", "id": unique_id(), "type": "Pruned Model", "size": 3 * MiB},
            {"name": f"{stem}_v10.vae.safetensors", "id": unique_id(), "type": "VAE"},
        ],
        file_queries_404=True,
        **flags,
    )
    return older, newer


async def resolve(comfyui, pasted) -> tuple[int, dict]:
    async with ComfyClient(comfyui.url) as client:
        return await client.post("/civitai/resolve", {"image_id": pasted})


@pytest.mark.parametrize(
    "link",
    [
        f"https://civitai.red/images/{IMAGE_ID}",
        f"https://www.civitai.red/images/{IMAGE_ID}?postId=6030721",
        f"www.civitai.green/images/{IMAGE_ID}",
        f"https://civitai.green/images/{IMAGE_ID}/",
    ],
)
async def test_image_links_on_every_civitai_site_resolve(comfyui, fake_services, link):
    status, answer = await resolve(comfyui, link)
    assert status == 200, answer
    assert answer["kind"] == "image" and answer["image"]["id"] == IMAGE_ID
    assert answer["metadata"]["seed"] == 3150861441 and len(answer["resources"]) == 5


async def test_a_model_page_link_answers_the_newest_version_as_a_downloadable_card(comfyui, fake_services):
    older, newer = multi_file_checkpoint(fake_services)
    status, answer = await resolve(comfyui, f"https://civitai.red/models/{newer.model_id}/some-slug")
    assert status == 200, answer
    assert answer["kind"] == "model" and answer["image"] is None and answer["metadata"] is None
    assert answer["model"]["version_id"] == newer.id and answer["model"]["version_name"] == "v1.0"
    assert any("newest" in notice for notice in answer["notices"])
    [card] = answer["resources"]
    primary = newer.primary_file
    base = fake_services.urls.civitai_api_base
    assert card["resolved"] and card["kind"] == "checkpoint" and card["folder"] == "checkpoints"
    assert card["model_version_id"] == newer.id and card["filename"] == primary.name
    assert card["url"] == f"{base}/api/download/models/{newer.id}?fileId={primary.id}"
    assert card["sha256"] == primary.hashes().sha256.lower() and card["size"] == primary.size


async def test_version_links_answer_that_version(comfyui, fake_services):
    older, newer = multi_file_checkpoint(fake_services)
    for link in (
        f"https://www.civitai.green/models/{older.model_id}?modelVersionId={older.id}",
        f"https://civitai.red/model-versions/{older.id}",
        f"https://civitai.com/api/download/models/{older.id}",
    ):
        status, answer = await resolve(comfyui, link)
        assert status == 200, (link, answer)
        [card] = answer["resources"]
        assert card["model_version_id"] == older.id and card["filename"] == older.primary_file.name, link
        assert answer["notices"] == [], link


async def test_an_air_with_a_file_id_answers_that_file(comfyui, fake_services):
    _, newer = multi_file_checkpoint(fake_services)
    pruned = newer.files[1]
    status, answer = await resolve(comfyui, f"urn:air:sdxl:checkpoint:civitai:{newer.model_id}@{newer.id}+{pruned.id}")
    assert status == 200, answer
    [card] = answer["resources"]
    assert card["filename"] == pruned.name and card["sha256"] == pruned.hashes().sha256.lower()
    assert card["url"].endswith(f"/api/download/models/{newer.id}?fileId={pruned.id}")


@pytest.mark.parametrize(
    ("pasted", "says"),
    [
        ("https://civitai.red/models/987654321", "no model 987654321"),
        ("https://civitai.red/model-versions/987654321", "no model version 987654321"),
        ("urn:air:sdxl:lora:civitai:1@1387174+42", "has no file 42"),
        ("https://civitai.red/user/someone", "neither an image nor a model"),
        ("https://civitai.red.example/images/1", "not a Civitai link"),
    ],
)
async def test_links_to_nothing_get_a_sentence(comfyui, fake_services, pasted, says):
    status, answer = await resolve(comfyui, pasted)
    assert status in (400, 404) and says in answer["error"], answer


async def test_a_pasted_model_downloads_its_second_file_by_file_id_verified(comfyui, fake_services):
    _, newer = multi_file_checkpoint(fake_services)
    pruned = newer.files[1]
    _, answer = await resolve(comfyui, f"https://civitai.red/api/download/models/{newer.id}?fileId={pruned.id}")
    [card] = answer["resources"]
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(card))
    assert task["status"] == "completed", task
    landed = model_path(comfyui, card)
    assert landed.name == pruned.name and sha256_of(landed) == pruned.hashes().sha256.lower()
    assert sha256_of(landed) != newer.primary_file.hashes().sha256.lower()
    asked = [e.path_qs for e in fake_services.requests.entries(server="civitai", path_prefix="/api/download/")]
    assert asked == [f"/api/download/models/{newer.id}?fileId={pruned.id}"]


@pytest.mark.parametrize(
    "link",
    [
        "https://civitai.red/api/download/models/{version}?fileId={file}",
        "https://www.civitai.red/models/{model}?modelVersionId={version}&fileId={file}",  # page: the primary
        "https://civitai.com/api/download/models/{version}?type=Pruned%20Model&format=SafeTensor",  # 404s on Civitai
    ],
)
async def test_a_workflow_link_on_any_civitai_site_resolves_to_its_file_and_downloads_it(comfyui, fake_services, link):
    _, newer = multi_file_checkpoint(fake_services)
    pruned = newer.files[1] if "/download/" in link else newer.primary_file
    link = link.format(model=newer.model_id, version=newer.id, file=pruned.id)
    wanted = f"{pruned.name.removesuffix('.safetensors')}-wf.safetensors"
    loader = node(
        1,
        "CheckpointLoaderSimple",
        [wanted],
        properties={"models": [{"name": wanted, "url": link, "directory": "checkpoints"}]},
    )
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": graph(loader), "sources": True})
        assert status == 200, answer
        [model] = answer["models"]
        resource = model["resource"]
        assert model["status"] == "missing" and resource["resolved"] and resource["confidence"] == 1.0
        assert (
            resource["url"]
            == f"{fake_services.urls.civitai_api_base}/api/download/models/{newer.id}?fileId={pruned.id}"
        )
        assert resource["sha256"] == pruned.hashes().sha256.lower() and resource["filename"] == wanted
        task = await client.wait_for(await client.download(resource))
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == pruned.hashes().sha256.lower()


async def test_a_red_link_naming_no_version_says_so(comfyui, fake_services):
    loader = node(
        1,
        "LoraLoader",
        ["nowhere-red-lora.safetensors", 1, 1],
        properties={"models": [{"name": "nowhere-red-lora.safetensors", "url": "https://civitai.red/user/x"}]},
    )
    async with ComfyClient(comfyui.url) as client:
        _, answer = await client.post("/civitai/missing", {"workflow": graph(loader), "sources": True})
    [model] = answer["models"]
    reason = model["resource"]["reason"] or ""
    assert "Civitai link names no model version" in reason and "neither Civitai nor" not in reason


async def test_an_images_air_with_a_file_id_resolves_to_that_file(comfyui, fake_services):
    _, newer = multi_file_checkpoint(fake_services)
    pruned = newer.files[1]
    image_id = 800_000_000 + uuid.uuid4().int % 100_000_000
    air = f"urn:air:sdxl:checkpoint:civitai:{newer.model_id}@{newer.id}+{pruned.id}"
    fake_services.gallery.add_image(
        id=image_id,
        meta={"prompt": "a red fox", "additionalResources": [{"name": "x", "type": "checkpoint", "air": air}]},
    )
    status, answer = await resolve(comfyui, f"https://civitai.red/images/{image_id}")
    assert status == 200, answer
    [card] = [r for r in answer["resources"] if r["model_version_id"] == newer.id]
    assert card["filename"] == pruned.name and card["sha256"] == pruned.hashes().sha256.lower()
    assert card["url"].endswith(f"?fileId={pruned.id}")
