"""A source that sends no size cannot fill the disk (issue 11.8), through the real ComfyUI.

The fake sends the body chunked, without Content-Length (fault `no_length`). A body longer than the
listed size is refused as a different file; with no size at all, the download stops while the disk
still keeps its reserve, and nothing is left behind either way.
"""

from __future__ import annotations

import subprocess

import pytest

from tests.downloads_helpers import MiB, civitai_model, leftovers, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


@pytest.fixture
def small_disk(comfyui):
    """The session ComfyUI's upscale_models folder on an 8 MiB tmpfs (needs root to mount)."""
    folder = comfyui.base_dir / "models" / "upscale_models"
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


async def test_a_chunked_body_with_its_listed_size_and_hash_completes(comfyui, fake_services):
    resource = civitai_model(fake_services, size=3 * MiB)
    fake_services.faults.no_length("storage", match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_a_chunked_body_longer_than_the_listed_size_is_refused_as_another_file(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    listed_small = {**payload(resource), "size": 1 * MiB}
    del listed_small["sha256"]
    fake_services.faults.no_length("storage", match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(listed_small))
    assert task["status"] == "failed" and task["retryable"] is False, task
    assert "more than the 1.0 MB listed" in task["error"] and "different file" in task["error"]
    assert task["downloaded_bytes"] < 2 * MiB
    assert not model_path(comfyui, resource).exists() and leftovers(comfyui, resource) == []


async def test_a_chunked_body_of_no_listed_size_stops_before_the_disk_is_full(comfyui, fake_services, small_disk):
    resource = civitai_model(fake_services, size=16 * MiB, folder="upscale_models", model_type="Upscaler")
    unsized = {k: v for k, v in payload(resource).items() if k not in ("size", "sha256")}
    fake_services.faults.no_length("storage", match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(unsized))
    assert task["status"] == "failed" and task["retryable"] is True, task
    assert task["error"].startswith("Stopped downloading into upscale_models/ to keep 1.0 MB free"), task
    assert list(small_disk.iterdir()) == []
