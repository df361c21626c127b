"""A download survives ComfyUI being killed: the restarted ComfyUI resumes it from the bytes on disk."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


async def test_comfyui_killed_mid_download_resumes_after_restart(start_comfyui, fake_services, tmp_path):
    base_dir = tmp_path / "restarting-comfyui"
    env = {**fake_services.env(), "CIVITAI_SIDEBAR_STALL_SECONDS": "120"}
    resource = civitai_model(fake_services, size=40 * MiB)
    fake_services.faults.stall("storage", after_bytes=17 * MiB, seconds=None, times=1)
    first = start_comfyui(env=env, base_dir=base_dir)
    part = model_path(first, resource).with_name(resource["filename"] + ".part")
    async with ComfyClient(first.url) as client:
        task_id = await client.download(payload(resource))
        deadline = time.monotonic() + 30
        while not (part.exists() and part.stat().st_size >= 16 * MiB):
            assert time.monotonic() < deadline, "the download never got going"
            await asyncio.sleep(0.05)
    kept = part.stat().st_size
    first.kill()
    assert part.exists() and not model_path(first, resource).exists()

    second = start_comfyui(env=env, base_dir=base_dir)
    async with ComfyClient(second.url) as client:
        task = await client.wait_for(task_id, timeout=60)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(second, resource)) == resource["sha256"]
    assert not part.exists()
    resumed = fake_services.requests.entries(server="storage")[-1]
    assert resumed.header("Range") == f"bytes={kept}-"
    assert resumed.header("If-Range")


async def test_a_segmented_download_killed_mid_way_resumes_every_segment_after_restart(
    start_comfyui, fake_services, tmp_path
):
    base_dir = tmp_path / "restarting-comfyui"
    env = {**fake_services.env(), "CIVITAI_SIDEBAR_SEGMENTS": "4"}
    resource = civitai_model(fake_services, size=128 * MiB)
    fake_services.faults.slow("storage", 8 * MiB, match=resource["_storage_key"])
    first = start_comfyui(env=env, base_dir=base_dir)
    part = model_path(first, resource).with_name(resource["filename"] + ".part")
    record = part.with_name(part.name + ".json")
    async with ComfyClient(first.url) as client:
        task_id = await client.download(payload(resource))
        deadline = time.monotonic() + 60
        while len(_done_ranges(record)) < 2 or sum(e - s for s, e in _done_ranges(record)) < 32 * MiB:
            assert time.monotonic() < deadline, "the segmented download never got going"
            await asyncio.sleep(0.1)
    first.kill()
    done = _done_ranges(record)  # what the killed run had flushed and recorded
    asked_before = len(fake_services.requests.entries(server="storage"))
    fake_services.faults.clear()

    second = start_comfyui(env=env, base_dir=base_dir)
    async with ComfyClient(second.url) as client:
        task = await client.wait_for(task_id, timeout=90)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(second, resource)) == resource["sha256"]
    assert not part.exists() and not record.exists()
    again = [r.header("Range") for r in fake_services.requests.entries(server="storage")[asked_before:]]
    assert again[0] == f"bytes={done[0][1]}-", (done, again)
    for first_byte, last_byte in (map(int, r.removeprefix("bytes=").split("-")) for r in again[1:]):
        assert all(last_byte < start or first_byte >= end for start, end in done), (first_byte, last_byte, done)


async def test_a_paused_download_is_still_paused_after_a_restart(start_comfyui, fake_services, tmp_path):
    base_dir = tmp_path / "restarting-comfyui"
    env = fake_services.env()
    resource = civitai_model(fake_services, size=16 * MiB)
    fake_services.faults.slow("storage", 2 * MiB, match=resource["_storage_key"])
    first = start_comfyui(env=env, base_dir=base_dir)
    async with ComfyClient(first.url) as client:
        task_id = await client.download(payload(resource))
        await client.post("/civitai/download-pause", {"task_id": task_id})
        await client.wait_for(task_id, lambda t: t["status"] == "paused", timeout=30)
    first.stop()
    fake_services.faults.clear()

    second = start_comfyui(env=env, base_dir=base_dir)
    async with ComfyClient(second.url) as client:
        await asyncio.sleep(1.0)
        assert (await client.task(task_id))["status"] == "paused"
        assert not model_path(second, resource).exists()
        await client.post("/civitai/download-resume", {"task_id": task_id})
        task = await client.wait_for(task_id, timeout=60)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(second, resource)) == resource["sha256"]


def _done_ranges(record) -> list[list[int]]:
    try:
        return json.loads(record.read_text()).get("done") or []
    except (OSError, ValueError):
        return []
