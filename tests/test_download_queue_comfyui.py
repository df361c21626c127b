"""Thousands of queued downloads through the real ComfyUI (issue 11.4): memory stays flat, the queue has a cap
with a sentence (429), cancel_all is one pass, and finished tasks age out of the listing.

Every file comes from one fake Civitai version whose storage stalls each body, so two downloads hang and the
rest stay queued. Before the fix, 10 x 500 took ComfyUI from 0.9 to 7.8 GB and cancel_all 75 s: the journal
was rewritten whole (and queued for the writer thread whole) on every change.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest

from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio

FLOOD = json.loads((Path(__file__).parent / "wild" / "11-4-queue-flood.json").read_text())
BATCHES, BATCH_SIZE = FLOOD["batches"], FLOOD["resources_per_batch"]
CAP, KEPT_FINISHED = 5000, 500
RSS_BOUND_MB = 150


def rss_mb(pid: int) -> float:
    line = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def many(url: str, count: int) -> list[dict]:
    tag = uuid.uuid4().hex[:8]
    return [{"folder": "loras", "filename": f"q-{tag}-{i}.safetensors", "url": url} for i in range(count)]


async def test_ten_times_five_hundred_queued_then_cancel_all_keep_memory_flat(start_comfyui, fake_services):
    version = fake_services.catalog.add_version(model_name="Queued", files=[{"name": "q.safetensors", "size": 1 << 20}])
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/{version.id}"
    fake_services.faults.stall("storage", after_bytes=1024, seconds=None, times=None)
    server = start_comfyui(env={**fake_services.env(), "CIVITAI_SIDEBAR_STALL_SECONDS": "600"})
    pid = server.process.pid
    async with ComfyClient(server.url) as client:
        await client.get("/civitai/downloads")
        start = rss_mb(pid)
        latencies = []
        for _ in range(BATCHES):
            began = time.monotonic()
            status, answer = await client.post("/civitai/download-all", {"resources": many(url, BATCH_SIZE)})
            latencies.append(time.monotonic() - began)
            assert status == 200, answer
        queued_rss = rss_mb(pid)

        status, full = await client.post("/civitai/download-all", {"resources": many(url, 3)})
        assert status == 429, full
        assert f"{CAP} downloads are already queued or running" in full["error"], full
        status, one = await client.post("/civitai/download", {"resource": many(url, 1)[0]})
        assert status == 429 and "cancel them" in one["error"], one

        began = time.monotonic()
        status, cancelled = await client.post("/civitai/download-cancel", {"cancel_all": True})
        cancel_seconds = time.monotonic() - began
        assert status == 200 and len(cancelled["cancelled"]) == CAP
        _, listing = await client.get("/civitai/downloads")
        files = [t for t in listing["tasks"] if t["kind"] == "file"]
        assert len(files) <= KEPT_FINISHED + 2, len(files)  # the newest finished stay listed, the rest age out
        status, again = await client.post("/civitai/download-all", {"resources": many(url, 3)})
        assert status == 200, again  # room again
        await client.post("/civitai/download-cancel", {"cancel_all": True})
    end = rss_mb(pid)
    figures = f"RSS {start:.0f} -> {queued_rss:.0f} (queued) -> {end:.0f} MB; calls max {max(latencies):.2f} s; "
    figures += f"cancel_all {cancel_seconds:.2f} s"
    print(figures)
    assert end - start <= RSS_BOUND_MB, figures


async def test_a_finished_download_named_by_the_server_is_not_returned_for_the_next_ask(comfyui, fake_services):
    """The index of unfinished tasks keys a task by what it was asked as, though the server names the file later."""
    version = fake_services.catalog.add_version(
        model_name="Named", files=[{"name": f"named-{uuid.uuid4().hex[:8]}.safetensors", "size": 4096}]
    )
    unnamed = {"folder": "loras", "url": f"{fake_services.urls.civitai_api_base}/api/download/models/{version.id}"}
    async with ComfyClient(comfyui.url) as client:
        first = await client.wait_for(await client.download(unnamed))
        second_id = await client.download(unnamed)
        second = await client.wait_for(second_id)
    assert first["status"] == "completed", first
    assert second_id != first["task_id"]
    assert second["status"] in ("completed", "failed"), second
