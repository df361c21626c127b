"""Large files over several connections (issue 16), through the real ComfyUI and the fake Civitai storage host.

The fake's `slow` rule caps each response, as a CDN caps each connection. Every test ends with the file's
SHA-256 right, or a failure that says why; the storage host never sees a key.
"""

from __future__ import annotations

import contextlib
import json
import re

import pytest

from tests.downloads_helpers import MiB, civitai_model, leftovers, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio

SIZE = 96 * MiB  # above the 64 MiB from which a file may come over several connections
_BOUNDED = re.compile(r"bytes=(\d+)-(\d+)$")


@contextlib.asynccontextmanager
async def segments(client: ComfyClient, count: int):
    """This many connections per file for the test's downloads; automatic again afterwards."""
    status, answer = await client.post("/civitai/settings/downloads", {"segments": count})
    assert (status, answer["segments"]) == (200, count)
    try:
        yield
    finally:
        await client.post("/civitai/settings/downloads", {"segments": 0})


def ranges_asked(fake_services, resource) -> list[str]:
    return [
        r.header("Range") or ""
        for r in fake_services.requests.entries(server="storage")
        if resource["_storage_key"] in r.path_qs and r.method == "GET"
    ]


def most_connections(client: ComfyClient, task_id: str) -> int:
    return max((e.get("connections") or 0 for e in client.events_of(task_id)), default=0)


async def test_a_large_file_comes_over_four_connections_in_pieces_and_verifies(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 12 * MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client, segments(client, 4):
        task_id = await client.download(payload(resource))
        task = await client.wait_for(task_id, timeout=60)
        connections = most_connections(client, task_id)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert leftovers(comfyui, resource) == []
    assert connections == 4
    asked = ranges_asked(fake_services, resource)
    assert asked[0] == "bytes=0-"
    pieces = [tuple(map(int, m.groups())) for m in map(_BOUNDED.match, asked[1:]) if m]
    assert len(pieces) >= 4
    assert all(r.header("Authorization") is None for r in fake_services.requests.entries(server="storage"))


async def test_automatic_adds_connections_while_they_speed_the_file_up(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 6 * MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)), timeout=90)
        connections = most_connections(client, task["task_id"])
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert connections >= 4, connections


@pytest.mark.parametrize("fault", ["ignore_range", "wrong_range"])
async def test_a_server_that_stops_serving_ranges_midway_falls_back_to_one_stream(comfyui, fake_services, fault):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 16 * MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client, segments(client, 4):
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["downloaded_bytes"] >= 20 * MiB, timeout=30)
        getattr(fake_services.faults, fault)("storage", times=1, match=resource["_storage_key"])
        task = await client.wait_for(task_id, timeout=90)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    asked = ranges_asked(fake_services, resource)
    open_ended = [a for a in asked[1:] if re.fullmatch(r"bytes=\d+-", a)]
    assert open_ended, asked  # one stream from the verified prefix on
    after = asked[asked.index(open_ended[0]) + 1 :]
    assert not [a for a in after if _BOUNDED.match(a)], asked  # and no pieces after it


async def test_pausing_a_segmented_download_keeps_every_piece_and_resume_fetches_only_the_rest(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 8 * MiB, match=resource["_storage_key"])
    record = model_path(comfyui, resource).with_name(resource["filename"] + ".part.json")
    async with ComfyClient(comfyui.url) as client, segments(client, 4):
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["downloaded_bytes"] >= 24 * MiB, timeout=30)
        await client.post("/civitai/download-pause", {"task_id": task_id})
        await client.wait_for(task_id, lambda t: t["status"] == "paused", timeout=30)
        done = json.loads(record.read_text())["done"]
        asked_before = len(ranges_asked(fake_services, resource))
        fake_services.faults.clear()
        await client.post("/civitai/download-resume", {"task_id": task_id})
        task = await client.wait_for(task_id, timeout=60)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert len(done) >= 2 and sum(end - start for start, end in done) >= 20 * MiB, done  # pieces beyond the prefix
    again = ranges_asked(fake_services, resource)[asked_before:]
    assert again[0] == f"bytes={done[0][1]}-", (done, again)  # on from the written prefix
    for first, last in (map(int, m.groups()) for m in map(_BOUNDED.match, again) if m):
        assert all(last < start or first >= end for start, end in done), (first, last, done)


async def test_a_presigned_url_that_expires_mid_download_is_asked_again_from_civitai(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 12 * MiB, match=resource["_storage_key"])
    await client_key(comfyui, "civitai-test-key")
    try:
        async with ComfyClient(comfyui.url) as client, segments(client, 4):
            task_id = await client.download(payload(resource))
            await client.wait_for(task_id, lambda t: t["downloaded_bytes"] >= 16 * MiB, timeout=30)
            fake_services.clock.advance(86400 + 5)  # every storage URL handed out so far has expired
            task = await client.wait_for(task_id, timeout=90)
    finally:
        fake_services.clock.reset()
        await client_key(comfyui, None)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    storage = fake_services.requests.entries(server="storage")
    assert len({r.path_qs for r in storage if resource["_storage_key"] in r.path_qs}) >= 2  # a fresh signed URL
    api_asks = [r for r in fake_services.requests.entries(server="civitai") if "/api/download/models/" in r.path_qs]
    assert len(api_asks) >= 2 and all(r.header("Authorization") == "Bearer civitai-test-key" for r in api_asks)
    assert all(r.header("Authorization") is None for r in storage)


async def client_key(comfyui, key: str | None) -> None:
    async with ComfyClient(comfyui.url) as client:
        status, _ = await client.post("/civitai/settings/keys", {"civitai": key})
        assert status == 200


async def test_wrong_bytes_in_one_piece_fail_the_check_and_a_retry_gets_the_file(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 16 * MiB, match=resource["_storage_key"])
    async with ComfyClient(comfyui.url) as client, segments(client, 4):
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["downloaded_bytes"] >= 8 * MiB, timeout=30)
        fake_services.faults.wrong_bytes("storage", times=1, match=resource["_storage_key"])
        failed = await client.wait_for(task_id, timeout=60)
        assert failed["status"] == "failed" and "SHA-256" in failed["error"] and failed["retryable"], failed
        assert not model_path(comfyui, resource).exists() and leftovers(comfyui, resource) == []
        status, answer = await client.post("/civitai/download-retry", {"task_id": task_id})
        task = await client.wait_for(answer["task_id"], timeout=60)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_a_slow_connection_does_not_keep_the_tail_the_others_take_half_of_its_piece(comfyui, fake_services):
    resource = civitai_model(fake_services, size=SIZE)
    fake_services.faults.slow("storage", 256 * 1024, times=1, match=resource["_storage_key"])  # the first piece
    fake_services.faults.slow("storage", 16 * MiB, match=resource["_storage_key"])  # every other request
    async with ComfyClient(comfyui.url) as client, segments(client, 4):
        task = await client.wait_for(await client.download(payload(resource)), timeout=90)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    asked = ranges_asked(fake_services, resource)
    first_piece_end = int(_BOUNDED.match(asked[1])[1])  # where the second piece began
    inside = [a for a in asked[1:] if (m := _BOUNDED.match(a)) and 0 < int(m[1]) < first_piece_end]
    assert inside, " ".join(asked)  # another connection took over part of the slow first piece
