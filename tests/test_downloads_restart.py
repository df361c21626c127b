"""A download survives ComfyUI being killed: the restarted ComfyUI resumes it from the bytes on disk."""

from __future__ import annotations

import asyncio
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
