"""Failure 9 of issue 9, through the real ComfyUI: what can never download is known and said before trying,
a failure says whether Retry can help, and the engine's own retries show on the real /ws as they happen.
"""

from __future__ import annotations

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio
EARLY_ACCESS_UNTIL = "2099-01-01T00:00:00.000Z"


def version_of(resource: dict) -> int:
    return int(resource["url"].rsplit("/", 1)[1])


async def resolved_image(client: ComfyClient, fake, image_id: int, resources: list[dict]) -> dict[int, dict]:
    """An image on the fake Civitai that used these versions, resolved by the pack: {version id: resource}."""
    fake.gallery.add_image(
        id=image_id,
        meta={
            "prompt": "a cat",
            "civitaiResources": [{"type": "lora", "modelVersionId": version_of(r)} for r in resources],
        },
    )
    status, answer = await client.post("/civitai/resolve", {"image_id": image_id})
    assert status == 200, answer
    return {r["model_version_id"]: r for r in answer["resources"]}


async def test_early_access_archived_and_disabled_versions_resolve_as_blocked_with_the_reason(comfyui, fake_services):
    fine = civitai_model(fake_services)
    early = civitai_model(fake_services, early_access_deadline=EARLY_ACCESS_UNTIL)
    archived = civitai_model(fake_services, archived=True)
    disabled = civitai_model(fake_services, downloads_disabled=True)
    async with ComfyClient(comfyui.url) as client:
        found = await resolved_image(client, fake_services, 881000001, [fine, early, archived, disabled])
    assert found[version_of(fine)]["blocked"] is None
    assert "Early Access" in found[version_of(early)]["blocked"]
    assert "2099-01-01" in found[version_of(early)]["blocked"]
    assert "archived" in found[version_of(archived)]["blocked"]
    assert "disabled downloads" in found[version_of(disabled)]["blocked"]
    # Nothing was downloaded to learn this: the reasons come from the version's own description.
    assert fake_services.requests.entries(server="civitai", path_prefix="/api/download/") == []


async def test_download_all_skips_blocked_resources_and_says_which_and_why(comfyui, fake_services):
    fine = civitai_model(fake_services)
    early = civitai_model(fake_services, early_access_deadline=EARLY_ACCESS_UNTIL)
    async with ComfyClient(comfyui.url) as client:
        found = await resolved_image(client, fake_services, 881000002, [fine, early])
        status, answer = await client.post("/civitai/download-all", {"resources": list(found.values())})
        assert status == 200, answer
        batch = await client.wait_for(answer["task_id"])
        only_blocked_status, only_blocked = await client.post(
            "/civitai/download-all", {"resources": [found[version_of(early)]]}
        )
    assert [s["filename"] for s in answer["skipped"]] == [early["filename"]]
    assert "Early Access" in answer["skipped"][0]["reason"]
    assert batch["status"] == "completed" and batch["total_count"] == 1
    assert sha256_of(model_path(comfyui, fine)) == fine["sha256"]
    assert only_blocked_status == 400 and "Early Access" in only_blocked["error"]
    asked = [r.path_qs for r in fake_services.requests.entries(server="civitai", path_prefix="/api/download/")]
    assert all(str(version_of(early)) not in path for path in asked)


async def test_a_gated_hugging_face_file_without_a_token_is_blocked_before_downloading(comfyui, fake_services):
    fake_services.hf.add_file("acme/gated-vae", "gated_vae.safetensors", size=MiB, gated=True)
    link = "https://huggingface.co/acme/gated-vae/resolve/main/gated_vae.safetensors"
    loader = {
        "id": 1,
        "type": "VAELoader",
        "mode": 0,
        "widgets_values": ["gated_vae.safetensors"],
        "properties": {"models": [{"name": "gated_vae.safetensors", "url": link, "directory": "vae"}]},
    }
    workflow = {"last_node_id": 1, "last_link_id": 0, "nodes": [loader], "links": [], "version": 0.4}
    async with ComfyClient(comfyui.url) as client:
        await client.post("/civitai/settings/keys", {"huggingface": None})
        status, answer = await client.post("/civitai/missing", {"workflow": workflow, "sources": True})
    assert status == 200, answer
    [model] = answer["models"]
    assert "gated" in model["resource"]["blocked"] and "token" in model["resource"]["blocked"]


async def test_a_503_twice_shows_each_retry_on_the_socket_then_completes(comfyui, fake_services):
    resource = civitai_model(fake_services)
    fake_services.faults.fail_next("storage", 503, times=2, retry_after=1)
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        task = await client.wait_for(task_id)
        events = client.events_of(task_id)
    assert task["status"] == "completed" and task["retry"] is None, task
    retries = [e for e in events if e.get("retry")]
    assert [e["retry"] for e in retries] == [
        {"attempt": 2, "of": 6, "in_seconds": 1},
        {"attempt": 3, "of": 6, "in_seconds": 1},
    ]
    assert all(e["status"] == "downloading" for e in retries)  # DESIGN §3.3 statuses, an extra field only
    assert events[-1]["status"] == "completed" and events[-1]["retry"] is None
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_missing_and_archived_files_fail_at_once_and_are_not_retryable(comfyui, fake_services):
    archived = civitai_model(fake_services, archived=True)
    gone = civitai_model(fake_services)
    gone["url"] = gone["url"].rsplit("/", 1)[0] + "/1"  # no such version
    async with ComfyClient(comfyui.url) as client:
        archived_task = await client.wait_for(await client.download(payload(archived)))
        gone_task = await client.wait_for(await client.download(payload(gone)))
    for task in (archived_task, gone_task):
        assert task["status"] == "failed" and task["retryable"] is False, task
    assert "archived" in archived_task["error"] and "404" in gone_task["error"]
    assert len(fake_services.requests.entries(server="civitai", path_prefix="/api/download/")) == 2  # one try each


async def test_a_server_failing_for_ever_ends_retryable_and_a_missing_key_asks_for_the_key(comfyui, fake_services):
    flaky = civitai_model(fake_services)
    locked = civitai_model(fake_services, require_auth=True)
    fake_services.faults.fail_next("storage", 502, times=None, retry_after=0)
    async with ComfyClient(comfyui.url) as client:
        await client.post("/civitai/settings/keys", {"civitai": None})
        flaky_task = await client.wait_for(await client.download(payload(flaky)), timeout=60)
        locked_task = await client.wait_for(await client.download(payload(locked)))
    assert flaky_task["status"] == "failed" and flaky_task["retryable"] is True, flaky_task
    assert flaky_task["needs_key"] is None
    assert locked_task["status"] == "failed" and locked_task["retryable"] is False
    assert locked_task["needs_key"] == "civitai" and "add one in Settings" in locked_task["error"]


async def test_the_same_wrong_bytes_twice_stop_being_retryable(comfyui, fake_services):
    resource = civitai_model(fake_services, size=MiB)
    fake_services.faults.wrong_bytes("storage")
    async with ComfyClient(comfyui.url) as client:
        first = await client.wait_for(await client.download(payload(resource)))
        second = await client.wait_for(await client.download(payload(resource)))
    assert first["status"] == "failed" and first["retryable"] is True, first
    assert second["status"] == "failed" and second["retryable"] is False, second
    assert "same" in second["error"]
