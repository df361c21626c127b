"""Downloads through the real ComfyUI and the fake Civitai, watched on ComfyUI's real /ws socket.

Each test ends with a complete file whose SHA-256 matches, or a clean failure: no `.part` left after
a cancel or a failed verification, and never a partial file under a final name.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request

import pytest

from tests.downloads_helpers import MiB, civitai_model, leftovers, model_path, payload, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


async def test_a_download_completes_verified_and_comfyui_offers_it_at_once(comfyui, fake_services):
    resource = civitai_model(fake_services, size=6 * MiB)
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        task = await client.wait_for(task_id)
        assert task["status"] == "completed", task
        assert task["downloaded_bytes"] == task["total_bytes"] == resource["size"]
        statuses = [e["status"] for e in client.events_of(task_id)]
    path = model_path(comfyui, resource)
    assert sha256_of(path) == resource["sha256"]
    assert leftovers(comfyui, resource) == []
    assert statuses[0] == "waiting" and statuses[-1] == "completed"
    assert "downloading" in statuses and "verifying" in statuses
    with urllib.request.urlopen(comfyui.url + "/api/object_info/LoraLoader") as answer:
        options = json.loads(answer.read())["LoraLoader"]["input"]["required"]["lora_name"]
    assert resource["filename"] in json.dumps(options)


async def test_progress_events_are_throttled_to_one_per_half_second_plus_status_changes(comfyui, fake_services):
    resource = civitai_model(fake_services, size=48 * MiB)
    fake_services.faults.delay("storage", 0.0)  # no-op rule: keeps the path identical to production
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id)
        events = client.events_of(task_id)
    progress = [e for e in events if e["status"] == "downloading"]
    for earlier, later in zip(progress, progress[1:], strict=False):
        if earlier["downloaded_bytes"] != later["downloaded_bytes"]:
            assert later["_at"] - earlier["_at"] >= 0.45
    assert set(events[-1]) >= {"task_id", "filename", "status", "progress", "downloaded_bytes", "total_bytes", "error"}


async def test_the_same_target_asked_twice_is_one_task_and_one_transfer(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.delay("storage", 1.0, times=1)
    async with ComfyClient(comfyui.url) as client:
        first = await client.download(payload(resource))
        second = await client.download(payload(resource))
        assert first == second
        assert (await client.wait_for(first))["status"] == "completed"
    assert len(fake_services.requests.entries(server="storage")) == 1


async def test_a_dropped_connection_resumes_with_range(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.drop("storage", after_bytes=3 * MiB, times=1)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    ranges = [r.header("Range") for r in fake_services.requests.entries(server="storage")]
    assert ranges[0] is None
    assert 0 < int(ranges[1].removeprefix("bytes=").removesuffix("-")) <= 3 * MiB


async def test_a_stalled_transfer_is_abandoned_and_resumed(comfyui, fake_services):
    resource = civitai_model(fake_services, size=4 * MiB)
    fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=1)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)), timeout=30)
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert len(fake_services.requests.entries(server="storage")) == 2


async def test_a_server_answering_200_to_a_range_restarts_the_file_cleanly(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.drop("storage", after_bytes=5 * MiB, times=1)
    fake_services.faults.ignore_range("storage", times=1)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    assert model_path(comfyui, resource).stat().st_size == resource["size"]


async def test_429_with_retry_after_is_honoured_then_succeeds(comfyui, fake_services):
    resource = civitai_model(fake_services)
    fake_services.faults.rate_limit_next("civitai", times=2, retry_after=1, match="/api/download/")
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        task = await client.wait_for(task_id)
    assert task["status"] == "completed", task
    asked = [r.time for r in fake_services.requests.entries(server="civitai", path_prefix="/api/download/")]
    assert len(asked) == 3
    assert asked[1] - asked[0] >= 0.9 and asked[2] - asked[1] >= 0.9


async def test_5xx_is_retried_then_succeeds(comfyui, fake_services):
    resource = civitai_model(fake_services)
    fake_services.faults.fail_next("storage", 503, times=2)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
    assert task["status"] == "completed", task
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_a_server_that_keeps_failing_ends_in_a_sentence_and_retry_resumes(comfyui, fake_services):
    resource = civitai_model(fake_services)
    fake_services.faults.fail_next("storage", 502, times=None)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)), timeout=60)
        assert task["status"] == "failed"
        assert "try again later" in task["error"]
        assert not model_path(comfyui, resource).exists()
        fake_services.faults.clear()
        retried = await client.wait_for(await client.download(payload(resource)))
    assert retried["status"] == "completed"
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_wrong_bytes_fail_verification_leave_nothing_and_retry_completes(comfyui, fake_services):
    resource = civitai_model(fake_services, size=3 * MiB)
    fake_services.faults.wrong_bytes("storage")
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)))
        assert task["status"] == "failed"
        assert "SHA-256" in task["error"] and "Retry" in task["error"]
        assert not model_path(comfyui, resource).exists()
        assert leftovers(comfyui, resource) == []
        fake_services.faults.clear()
        retried = await client.wait_for(await client.download(payload(resource)))
    assert retried["status"] == "completed"
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_cancel_while_downloading_removes_the_part_and_download_again_completes(comfyui, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.stall("storage", after_bytes=2 * MiB, seconds=None, times=None)
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["downloaded_bytes"] > 0)
        status, answer = await client.post("/civitai/download-cancel", {"task_id": task_id})
        assert status == 200 and answer["cancelled"] == [task_id]
        fake_services.faults.clear()
        task = await client.wait_for(task_id)
        assert task["status"] == "cancelled"
        await asyncio.sleep(0.2)
        assert leftovers(comfyui, resource) == [] and not model_path(comfyui, resource).exists()
        again = await client.wait_for(await client.download(payload(resource)))
    assert again["status"] == "completed"
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_cancel_while_waiting_never_starts_the_transfer(comfyui, fake_services):
    blockers = [civitai_model(fake_services, size=4 * MiB) for _ in range(2)]
    waiting = civitai_model(fake_services)
    fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=None)
    async with ComfyClient(comfyui.url) as client:
        blocker_ids = [await client.download(payload(b)) for b in blockers]
        waiting_id = await client.download(payload(waiting))
        assert (await client.task(waiting_id))["status"] == "waiting"
        await client.post("/civitai/download-cancel", {"task_id": waiting_id})
        assert (await client.task(waiting_id))["status"] == "cancelled"
        status, answer = await client.post("/civitai/download-cancel", {"cancel_all": True})
        assert status == 200 and set(answer["cancelled"]) == set(blocker_ids)
        fake_services.faults.clear()
        for task_id in blocker_ids:
            assert (await client.wait_for(task_id))["status"] == "cancelled"
    storage_paths = " ".join(r.path_qs for r in fake_services.requests.entries(server="storage"))
    assert waiting["_storage_key"] not in storage_paths
    for resource in [*blockers, waiting]:
        assert leftovers(comfyui, resource) == [] and not model_path(comfyui, resource).exists()


async def test_cancel_while_verifying_leaves_nothing(comfyui, fake_services):
    resource = civitai_model(fake_services, size=4 * MiB)
    target = model_path(comfyui, resource)
    target.parent.mkdir(parents=True, exist_ok=True)
    # A previous run left 1.5 GiB of this file: hashing it before resuming takes about a second.
    part = target.with_name(target.name + ".part")
    with open(part, "wb") as stream:
        stream.truncate(1536 * MiB)
    record = {
        "source_url": resource["url"],
        "validator": None,
        "total_bytes": None,
        "expected_sha256": resource["sha256"],
    }
    part.with_name(part.name + ".json").write_text(json.dumps(record))
    async with ComfyClient(comfyui.url) as client:
        task_id = await client.download(payload(resource))
        await client.wait_for(task_id, lambda t: t["status"] == "verifying", timeout=10)
        await client.post("/civitai/download-cancel", {"task_id": task_id})
        task = await client.wait_for(task_id)
    assert task["status"] == "cancelled"
    for _ in range(50):
        if not leftovers(comfyui, resource):
            break
        await asyncio.sleep(0.1)
    assert leftovers(comfyui, resource) == [] and not target.exists()


async def test_download_all_of_ten_runs_two_at_a_time(comfyui, fake_services):
    resources = [civitai_model(fake_services, size=3 * MiB) for _ in range(10)]
    fake_services.faults.delay("storage", 0.3)
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/download-all", {"resources": [payload(r) for r in resources]})
        assert status == 200
        batch = await client.wait_for(answer["task_id"], timeout=120)
        events = list(client.events)
    assert batch["status"] == "completed" and batch["completed_count"] == batch["total_count"] == 10
    for resource in resources:
        assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]
    running: dict[str, str] = {}
    most = 0
    for event in events:
        if event.get("kind") == "file" and event["task_id"] in batch["items"]:
            running[event["task_id"]] = event["status"]
            most = max(most, sum(s in ("downloading", "verifying") for s in running.values()))
    assert most == 2
    batch_events = [e for e in events if e["task_id"] == batch["task_id"]]
    assert [e["completed_count"] for e in batch_events] == sorted(e["completed_count"] for e in batch_events)


async def test_a_login_required_model_says_how_to_fix_it_and_the_key_stays_on_its_host(comfyui, fake_services):
    resource = civitai_model(fake_services, require_auth=True)
    async with ComfyClient(comfyui.url) as client:
        await client.post("/civitai/settings/keys", {"civitai": None})
        task = await client.wait_for(await client.download(payload(resource)))
        assert task["status"] == "failed"
        assert task["error"] == "Civitai says this model needs an API key: add one in Settings → Civitai."
        status, answer = await client.post("/civitai/settings/keys", {"civitai": "test-civitai-key"})
        assert status == 200 and answer == {"keys": {"civitai": True, "huggingface": False}}
        retried = await client.wait_for(await client.download(payload(resource)))
        _, listing = await client.get("/civitai/downloads")
        events = json.dumps(client.events)
        await client.post("/civitai/settings/keys", {"civitai": None})
    assert retried["status"] == "completed"
    api_calls = fake_services.requests.entries(server="civitai", path_prefix="/api/download/")
    assert api_calls[-1].header("Authorization") == "Bearer test-civitai-key"
    assert all(r.header("Authorization") is None for r in fake_services.requests.entries(server="storage"))
    assert all("token=" not in r.path_qs for r in fake_services.requests.entries())
    for text in (json.dumps(listing), events, comfyui.log_text()):
        assert "test-civitai-key" not in text
    for path in comfyui.base_dir.rglob("*"):
        if path.is_file() and path.name != "api_keys.json" and path.stat().st_size < 10 * MiB:
            assert b"test-civitai-key" not in path.read_bytes(), path


async def test_early_access_and_archived_models_fail_with_their_reason(comfyui, fake_services):
    early = civitai_model(fake_services, early_access_deadline="2099-01-01T00:00:00.000Z")
    archived = civitai_model(fake_services, archived=True)
    async with ComfyClient(comfyui.url) as client:
        early_task = await client.wait_for(await client.download(payload(early)))
        archived_task = await client.wait_for(await client.download(payload(archived)))
    assert "Early Access on Civitai until 2099-01-01" in early_task["error"]
    assert "archived" in archived_task["error"]


async def test_hugging_face_downloads_follow_the_cdn_redirect_without_the_token(comfyui, fake_services):
    file = fake_services.hf.add_file("acme/vae", "acme_vae.safetensors", size=2 * MiB, gated=True)
    resource = {
        "folder": "vae",
        "filename": "acme_vae.safetensors",
        "url": f"{fake_services.urls.hf_endpoint}/acme/vae/resolve/main/acme_vae.safetensors",
    }
    async with ComfyClient(comfyui.url) as client:
        await client.post("/civitai/settings/keys", {"huggingface": None})
        gated = await client.wait_for(await client.download(resource))
        assert "gated Hugging Face repository" in gated["error"] and "https://huggingface.co/acme/vae" in gated["error"]
        await client.post("/civitai/settings/keys", {"huggingface": "test-hf-token"})
        done = await client.wait_for(await client.download(resource))
        await client.post("/civitai/settings/keys", {"huggingface": None})
    assert done["status"] == "completed", done
    assert (
        sha256_of(comfyui.base_dir / "models" / "vae" / "acme_vae.safetensors") == file.content.hashes().sha256.lower()
    )
    assert all(r.header("Authorization") is None for r in fake_services.requests.entries(server="cdn"))
    assert fake_services.requests.entries(server="hf")[-1].header("Authorization") == "Bearer test-hf-token"


async def test_a_file_named_only_by_content_disposition_gets_that_name(comfyui, fake_services):
    resource = civitai_model(fake_services)
    unnamed = {"folder": "loras", "url": resource["url"], "sha256": resource["sha256"]}
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(unnamed))
    assert task["status"] == "completed", task
    assert task["filename"] == resource["filename"]
    assert sha256_of(model_path(comfyui, resource)) == resource["sha256"]


async def test_the_concurrency_limit_is_a_setting(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        assert await client.post("/civitai/settings/downloads", {"concurrency": 0}) == (
            400,
            {"error": "invalid request: concurrency: Input should be greater than or equal to 1"},
        )
        resources = [civitai_model(fake_services) for _ in range(3)]
        fake_services.faults.delay("storage", 0.5)
        status, answer = await client.post("/civitai/settings/downloads", {"concurrency": 3})
        assert (status, answer["concurrency"]) == (200, 3)
        try:
            ids = [await client.download(payload(r)) for r in resources]
            await asyncio.sleep(0.3)
            statuses = [(await client.task(i))["status"] for i in ids]
            for task_id in ids:
                await client.wait_for(task_id)
        finally:
            await client.post("/civitai/settings/downloads", {"concurrency": 2})
    assert statuses.count("waiting") == 0
