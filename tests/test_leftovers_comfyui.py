"""Failed downloads leave nothing behind for good (issue 11.5), through the real ComfyUI.

A failure Retry cannot fix deletes its partial at once; a retryable one keeps it for Retry until the
card is cancelled; a nameless download's hidden `.civitai-download-*` files go when its task ends; and
a restarted ComfyUI sweeps the pack's own orphans (never anything else, never through a link).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time

import pytest

from tests.downloads_helpers import MiB, civitai_model, leftovers, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


def hidden_files(server, resources: list[dict]) -> list[str]:
    """These downloads' provisional files (other tests plant links under other such names)."""
    prefixes = [".civitai-download-" + hashlib.sha1(r["url"].encode()).hexdigest()[:16] for r in resources]
    folder = server.base_dir / "models" / "loras"
    return sorted(p.name for p in folder.glob(".civitai-download-*") if p.name.startswith(tuple(prefixes)))


def unnamed(resource: dict) -> dict:
    return {"folder": "loras", "url": resource["url"], "sha256": resource["sha256"]}


async def settle(client: ComfyClient) -> None:
    """Partial files are removed on a worker thread just after the task says it ended."""
    await asyncio.sleep(0.3)


async def test_a_failure_retry_cannot_fix_deletes_its_partial(comfyui, fake_services):
    resource = civitai_model(fake_services)
    fake_services.faults.fail_next("storage", 404, times=None, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
        await settle(client)
    assert task["status"] == "failed" and task["retryable"] is False, task
    assert leftovers(comfyui, resource) == []


@pytest.mark.parametrize(
    "location", ["/loop/{key}", "file:///etc/passwd"], ids=["a redirect loop", "a refused redirect"]
)
async def test_a_redirect_the_pack_refuses_deletes_its_partial(comfyui, fake_services, location):
    resource = civitai_model(fake_services)
    key = resource["_storage_key"]
    fake_services.faults.redirect("storage", location.format(key=key), times=None, match=key)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
        await settle(client)
    assert task["status"] == "failed" and task["retryable"] is False, task
    assert leftovers(comfyui, resource) == []


async def test_retries_exhausted_keep_the_partial_for_retry_until_the_card_is_cancelled(comfyui, fake_services):
    resource = civitai_model(fake_services, size=4 * MiB)
    fake_services.faults.fail_next("storage", 502, times=None, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        task = await client.wait_for(task_id)
        assert task["status"] == "failed" and task["retryable"] is True, task
        assert leftovers(comfyui, resource) == [f"{resource['filename']}.part", f"{resource['filename']}.part.json"]
        status, answer = await client.post("/civitai/download-cancel", {"task_id": task_id})
        await settle(client)
        forgotten = await client.task(task_id)
    assert status == 200 and answer["cancelled"] == [task_id]
    assert forgotten["status"] == "cancelled"
    assert leftovers(comfyui, resource) == []


async def test_nameless_downloads_leave_no_hidden_files_whatever_their_end(comfyui, fake_services):
    refused, flaky, fine = (civitai_model(fake_services) for _ in range(3))
    fake_services.faults.fail_next("storage", 404, times=None, match=refused["_storage_key"])
    fake_services.faults.fail_next("storage", 502, times=None, match=flaky["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        ended = [await client.wait_for(await client.download(unnamed(r))) for r in (refused, flaky, fine)]
        await settle(client)
    assert [task["status"] for task in ended] == ["failed", "failed", "completed"], ended
    assert hidden_files(comfyui, [refused, flaky, fine]) == []
    assert sha256_of(model_path(comfyui, fine)) == fine["sha256"]


def pack_record(url: str, **more) -> str:
    return json.dumps({"source_url": url, "validator": None, "total_bytes": 10, "expected_sha256": None, **more})


async def test_a_restart_sweeps_the_packs_orphans_and_keeps_everything_else(start_comfyui, fake_services, tmp_path):
    base_dir = tmp_path / "sweeping-comfyui"
    env = {**fake_services.env(), "CIVITAI_SIDEBAR_STALL_SECONDS": "120"}
    running = civitai_model(fake_services, size=12 * MiB)
    fake_services.faults.stall("storage", after_bytes=5 * MiB, seconds=None, times=1)
    first = start_comfyui(env=env, base_dir=base_dir)
    loras = base_dir / "models" / "loras"
    kept_part = model_path(first, running).with_name(running["filename"] + ".part")
    async with ComfyClient(first.url) as client:
        task_id = await client.download(payload(running))
        deadline = time.monotonic() + 30
        while not (kept_part.exists() and kept_part.stat().st_size >= 4 * MiB):  # bytes land 4 MiB at a time
            assert time.monotonic() < deadline, "the download never got going"
            await asyncio.sleep(0.05)
    first.kill()

    orphans = {
        "gone.safetensors.part": "x" * 10,
        "gone.safetensors.part.json": pack_record("https://civitai.com/api/download/models/1"),
        "deep/er/gone.safetensors.part": "x" * 10,
        "deep/er/gone.safetensors.part.json": pack_record("https://civitai.com/api/download/models/2"),
        ".civitai-download-0123456789abcdef.part": "x" * 10,
        ".civitai-download-0123456789abcdef.part.json": pack_record("https://civitai.com/api/download/models/3"),
        ".civitai-download-fedcba9876543210.part.json.tmp": "{",
        "pieces.safetensors.part": "x" * 10,
        "pieces.safetensors.part.json": pack_record("https://civitai.com/api/download/models/6", done=[[0, 4]]),
    }
    foreign = {
        "other-tool.safetensors.part": "not ours: no record beside it",
        "notes.part.json": json.dumps({"author": "someone else"}),
        "model.safetensors": "a model",
        ".hidden-by-the-user": "mine",
    }
    an_hour_ago = time.time() - 3700
    for name, text in {**orphans, **foreign}.items():
        (loras / name).parent.mkdir(parents=True, exist_ok=True)
        (loras / name).write_text(text)
        os.utime(loras / name, (an_hour_ago, an_hour_ago))
    recent = {  # another ComfyUI sharing the folder may be writing these right now
        "elsewhere.safetensors.part": "x" * 10,
        "elsewhere.safetensors.part.json": pack_record("https://civitai.com/api/download/models/5"),
    }
    for name, text in recent.items():
        (loras / name).write_text(text)
    outside = base_dir / "outside-record.part.json"
    outside.write_text(pack_record("https://civitai.com/api/download/models/4"))
    (loras / "linked.safetensors.part").write_text("x")
    os.symlink(outside, loras / "linked.safetensors.part.json")
    os.utime(loras / "linked.safetensors.part", (an_hour_ago, an_hour_ago))

    second = start_comfyui(env=env, base_dir=base_dir)
    assert [name for name in orphans if (loras / name).exists()] == []
    assert [name for name in {**foreign, **recent} if not (loras / name).exists()] == []
    assert outside.exists() and (loras / "linked.safetensors.part.json").is_symlink()
    async with ComfyClient(second.url) as client:
        task = await client.wait_for(task_id, timeout=60)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(second, running)) == running["sha256"]
    resumed = fake_services.requests.entries(server="storage")[-1]
    assert (resumed.header("Range") or "").startswith("bytes=")
