"""Links planted in a model folder never redirect a write (issue 11.1), through the real ComfyUI.

For every name a download writes (`<target>.part`, `.part.json`, `.part.json.tmp`, the provisional
`.civitai-download-<hash>.part` trio of a nameless download, and the final name), a symlink and a hard
link to a file outside the models tree are planted first: the download is refused with a sentence,
the outside file keeps its bytes and the link stays as it was.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
import uuid
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio

PRECIOUS = b"a file outside the model folders that a download must never touch\n"
REFUSAL = "is a link or a hard-linked file"
NAMED_SUFFIXES = (".part", ".part.json", ".part.json.tmp")


def outside_file(server) -> Path:
    """A victim next to the models tree (same file system, so a hard link to it is possible)."""
    folder = server.base_dir / "outside"
    folder.mkdir(exist_ok=True)
    victim = folder / f"victim-{uuid.uuid4().hex[:8]}.txt"
    victim.write_bytes(PRECIOUS)
    return victim


def plant(kind: str, victim: Path, name: Path) -> None:
    name.parent.mkdir(parents=True, exist_ok=True)
    (os.symlink if kind == "symlink" else os.link)(victim, name)


def still_planted(kind: str, victim: Path, name: Path) -> bool:
    if kind == "symlink":
        return name.is_symlink() and Path(os.readlink(name)) == victim
    return name.exists() and os.path.samestat(os.lstat(name), os.stat(victim))


def provisional_name(resource: dict) -> str:
    return ".civitai-download-" + hashlib.sha1(resource["url"].encode()).hexdigest()[:16]


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
@pytest.mark.parametrize("suffix", NAMED_SUFFIXES)
async def test_a_link_under_a_partial_name_is_refused_and_never_written(comfyui, fake_services, kind, suffix):
    resource = civitai_model(fake_services)
    victim = outside_file(comfyui)
    link = model_path(comfyui, resource).with_name(resource["filename"] + suffix)
    plant(kind, victim, link)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "failed" and REFUSAL in task["error"], task
    assert victim.read_bytes() == PRECIOUS and os.stat(victim).st_size == len(PRECIOUS)
    assert still_planted(kind, victim, link)
    assert not model_path(comfyui, resource).exists()


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
@pytest.mark.parametrize("suffix", NAMED_SUFFIXES)
async def test_a_link_under_a_provisional_name_is_refused_and_never_written(comfyui, fake_services, kind, suffix):
    resource = civitai_model(fake_services)
    unnamed = {"folder": "loras", "url": resource["url"], "sha256": resource["sha256"]}
    victim = outside_file(comfyui)
    link = model_path(comfyui, resource).with_name(provisional_name(resource) + suffix)
    plant(kind, victim, link)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(unnamed))
    assert task["status"] == "failed" and REFUSAL in task["error"], task
    assert victim.read_bytes() == PRECIOUS
    assert still_planted(kind, victim, link)
    assert not model_path(comfyui, resource).exists()


async def test_a_symlink_under_the_final_name_is_refused_before_anything_is_written(comfyui, fake_services):
    resource = civitai_model(fake_services)
    victim = outside_file(comfyui)
    link = model_path(comfyui, resource)
    plant("symlink", victim, link)
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/download", {"resource": payload(resource)})
    assert status == 400 and "symlink" in answer["error"], answer
    assert victim.read_bytes() == PRECIOUS and still_planted("symlink", victim, link)
    assert not link.with_name(link.name + ".part").exists()


async def test_a_hard_link_under_the_final_name_is_never_overwritten(comfyui, fake_services):
    resource = civitai_model(fake_services)
    victim = outside_file(comfyui)
    link = model_path(comfyui, resource)
    plant("hardlink", victim, link)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "failed" and "already exists" in task["error"], task
    assert victim.read_bytes() == PRECIOUS and still_planted("hardlink", victim, link)


async def test_a_subfolder_swapped_for_a_symlink_mid_download_gets_no_file_outside(comfyui, fake_services):
    """The rename into place goes through the folder as it is at the end: a subfolder moved outside and
    replaced by a symlink to it while bytes flow must not receive the finished model."""
    subfolder = f"swap-{uuid.uuid4().hex[:8]}"
    resource = {**civitai_model(fake_services, size=12 * MiB), "subfolder": subfolder}
    fake_services.faults.stall("storage", after_bytes=5 * MiB, seconds=1.5, times=1)
    elsewhere = comfyui.base_dir / "outside" / subfolder
    elsewhere.parent.mkdir(exist_ok=True)
    inside = model_path(comfyui, resource).parent
    part = model_path(comfyui, resource).with_name(resource["filename"] + ".part")
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        deadline = time.monotonic() + 20
        while not (part.exists() and part.stat().st_size >= 4 * MiB):  # bytes land 4 MiB at a time
            assert time.monotonic() < deadline, "the download never got going"
            await asyncio.sleep(0.01)
        os.rename(inside, elsewhere)
        os.symlink(elsewhere, inside)
        task = await client.wait_for(task_id)
    assert task["status"] == "failed" and REFUSAL in task["error"], task
    assert sorted(p.name for p in elsewhere.iterdir()) == []
    assert inside.is_symlink()


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
async def test_a_link_under_the_hash_caches_temporary_name_is_never_written(comfyui, fake_services, kind):
    """The hash cache (in ComfyUI's user folder) is written the same way: a planted link is refused and
    the lookup still answers, the cache simply not saved."""
    resource = civitai_model(fake_services, size=3 * MiB)
    version_id = int(resource["url"].rsplit("/", 1)[1])
    image_id = 870000000 + version_id
    fake_services.gallery.add_image(
        id=image_id, meta={"prompt": "a cat", "civitaiResources": [{"type": "lora", "modelVersionId": version_id}]}
    )
    victim = outside_file(comfyui)
    link = comfyui.base_dir / "user" / "__civitai_sidebar" / "hash_cache.json.tmp"
    plant(kind, victim, link)
    try:
        async with ComfyClient(comfyui.url) as client:
            assert (await client.wait_for(await client.download(payload(resource))))["status"] == "completed"
            renamed = model_path(comfyui, resource).with_name(f"renamed-{uuid.uuid4().hex[:8]}.safetensors")
            os.rename(model_path(comfyui, resource), renamed)
            status, answer = await client.post("/civitai/resolve", {"image_id": image_id})
        found = next(r for r in answer["resources"] if r["model_version_id"] == version_id)
        assert status == 200 and found["local_path"] == renamed.name, answer
        assert victim.read_bytes() == PRECIOUS and still_planted(kind, victim, link)
    finally:
        link.unlink(missing_ok=True)
