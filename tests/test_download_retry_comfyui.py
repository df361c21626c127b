"""Retry from the Downloads list (POST /civitai/download-retry {task_id}), through the real ComfyUI: the list
keeps no URL, so the server retries a task from the source it had; a batch retries its failed and cancelled
files; a task that runs or is done is a 409 sentence, an unknown one a 404. Running tasks show speed and ETA."""

from __future__ import annotations

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


async def test_a_failed_download_retried_by_its_id_completes_from_the_same_source(comfyui, fake_services):
    resource = civitai_model(fake_services, size=2 * MiB)
    fake_services.faults.wrong_bytes("storage", match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        failed = await client.wait_for(await client.download(payload(resource)))
        assert failed["status"] == "failed" and failed["location"] == f"loras/{resource['filename']}"
        fake_services.faults.clear()
        status, answer = await client.post("/civitai/download-retry", {"task_id": failed["task_id"]})
        assert status == 200, answer
        retried = await client.wait_for(answer["task_id"])
    assert retried["status"] == "completed" and retried["location"] == failed["location"]
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_a_running_task_shows_speed_and_time_left_and_cannot_be_retried(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.slow("storage", MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        running = await client.wait_for(task_id, lambda t: t["status"] == "downloading" and t["eta_seconds"])
        assert running["speed"] > 0 and running["total_bytes"] == 8 * MiB
        assert 1 <= running["eta_seconds"] <= 60
        status, answer = await client.post("/civitai/download-retry", {"task_id": task_id})
        assert status == 409 and "nothing to retry" in answer["error"]
        await client.post("/civitai/download-cancel", {"task_id": task_id})
        fake_services.faults.clear()
        await client.wait_for(task_id)
        status, answer = await client.post("/civitai/download-retry", {"task_id": "no-such-task"})
        assert status == 404 and "no-such-task" in answer["error"]


async def test_retrying_a_batch_asks_again_only_for_its_failed_files(comfyui, fake_services):
    good = civitai_model(fake_services, size=MiB)
    bad = civitai_model(fake_services, size=MiB)
    fake_services.faults.wrong_bytes("storage", match=bad["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/download-all", {"resources": [payload(good), payload(bad)]})
        assert status == 200, answer
        batch = await client.wait_for(answer["task_id"])
        assert (batch["completed_count"], batch["failed_count"], batch["retryable"]) == (1, 1, True)
        fake_services.faults.clear()
        status, answer = await client.post("/civitai/download-retry", {"task_id": batch["task_id"]})
        assert status == 200, answer
        again = await client.wait_for(answer["task_id"])
    assert again["status"] == "completed" and again["total_count"] == 1
    assert sha256_of(model_path(comfyui, bad)) == bad["sha256"]
