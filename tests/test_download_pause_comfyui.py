"""Pause, resume and the bandwidth cap, through the real ComfyUI's routes and its /ws events.

A paused download keeps its bytes and its place: nothing more arrives, the `.part` stops growing, and Resume
asks the server only for the bytes it does not have. The cap holds across every download at once.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


async def test_a_paused_download_stops_keeps_its_bytes_and_resumes_from_them(comfyui, fake_services):
    resource = civitai_model(fake_services, size=24 * MiB)
    fake_services.faults.slow("storage", 4 * MiB, match=resource["_storage_key"])
    part = model_path(comfyui, resource).with_name(resource["filename"] + ".part")
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["downloaded_bytes"] >= 3 * MiB, timeout=30)
        status, answer = await client.post("/civitai/download-pause", {"task_id": task_id})
        assert (status, answer) == (200, {"paused": [task_id]})
        paused = await client.wait_for(task_id, lambda t: t["status"] == "paused", timeout=30)
        assert paused["speed"] == 0 and paused["eta_seconds"] is None
        on_disk = part.stat().st_size
        await asyncio.sleep(1.0)
        assert (await client.task(task_id))["status"] == "paused"
        assert part.stat().st_size == on_disk, "bytes kept arriving while paused"
        assert not model_path(comfyui, resource).exists()

        fake_services.faults.clear()
        status, answer = await client.post("/civitai/download-resume", {"task_id": task_id})
        assert (status, answer) == (200, {"resumed": [task_id]})
        done = await client.wait_for(task_id)
        statuses = [e["status"] for e in client.events_of(task_id)]
    assert done["status"] == "completed", done
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert "paused" in statuses and statuses.index("paused") < statuses.index("completed")
    resumed = fake_services.requests.entries(server="storage")[-1]
    assert (resumed.header("Range") or "").startswith("bytes=") and resumed.header("Range") != "bytes=0-"


async def test_pause_all_and_resume_all_take_every_unfinished_download(comfyui, fake_services):
    resources = [civitai_model(fake_services, size=12 * MiB) for _ in range(2)]
    for resource in resources:
        fake_services.faults.slow("storage", 2 * MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        ids = [await client.download(payload(r)) for r in resources]
        status, answer = await client.post("/civitai/download-pause", {"all": True})
        assert status == 200 and set(answer["paused"]) == set(ids)
        for task_id in ids:
            await client.wait_for(task_id, lambda t: t["status"] == "paused", timeout=30)
        fake_services.faults.clear()
        status, answer = await client.post("/civitai/download-resume", {"all": True})
        assert status == 200 and set(answer["resumed"]) == set(ids)
        finished = [await client.wait_for(task_id) for task_id in ids]
    assert [t["status"] for t in finished] == ["completed", "completed"]
    for resource in resources:
        assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_asking_for_a_paused_download_again_resumes_it(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.slow("storage", 2 * MiB, match=resource["_storage_key"], times=1)
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        await client.post("/civitai/download-pause", {"task_id": task_id})
        await client.wait_for(task_id, lambda t: t["status"] == "paused", timeout=30)
        assert await client.download(payload(resource)) == task_id
        assert (await client.wait_for(task_id))["status"] == "completed"


async def test_pause_and_resume_refuse_what_they_cannot_do_with_a_sentence(comfyui, fake_services):
    resource = civitai_model(fake_services, size=1 * MiB)
    async with ComfyClient(comfyui.url) as client:
        done = await client.wait_for(await client.download(payload(resource)))
        for route in ("/civitai/download-pause", "/civitai/download-resume"):
            status, answer = await client.post(route, {"task_id": done["task_id"]})
            assert status == 409 and "completed" in answer["error"], answer
            assert (await client.post(route, {"task_id": "no-such-task"}))[0] == 404
            status, answer = await client.post(route, {})
            assert status == 400 and "task_id" in answer["error"], answer


async def test_the_bandwidth_cap_holds_over_ten_seconds_across_downloads(comfyui, fake_services):
    cap = 3 * MiB
    resources = [civitai_model(fake_services, size=40 * MiB) for _ in range(2)]
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/settings/downloads", {"bandwidth_limit": cap})
        assert status == 200 and answer["bandwidth_limit"] == cap
        try:
            ids = [await client.download(payload(r)) for r in resources]
            for task_id in ids:
                await client.wait_for(task_id, lambda t: t["downloaded_bytes"] > 0, timeout=30)
            await asyncio.sleep(1.0)

            async def received() -> int:
                return sum([(await client.task(task_id))["downloaded_bytes"] for task_id in ids])

            start, started = await received(), time.monotonic()
            await asyncio.sleep(10.0)
            rate = (await received() - start) / (time.monotonic() - started)
        finally:
            await client.post("/civitai/settings/downloads", {"bandwidth_limit": 0})
        finished = [await client.wait_for(task_id) for task_id in ids]
    assert 0.9 * cap <= rate <= 1.1 * cap, f"{rate / MiB:.2f} MiB/s under a cap of {cap / MiB:.0f} MiB/s"
    assert [t["status"] for t in finished] == ["completed", "completed"]
