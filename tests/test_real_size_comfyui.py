"""Real-size, real-world input through the real socket: what the sidebar sends, as big as users send it.

Every workflow of the shared corpus is POSTed to the real ComfyUI's /civitai/missing and must give the
models its `truth.jsonl` lists (the same comparison as the parser's corpus test, but through ComfyUI's
own HTTP server, its live node definitions and the body reader). Graphs of 2 MB and 20 MB, the size of
workflows with many subgraphs and notes, must be read whole, and bodies above the limit get a 413.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time

import aiohttp
import pytest

from tests.test_corpus_recall import CORPUS, TRUTH, comparable, unlabeled_names

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.skipif(not TRUTH.is_file(), reason=f"the shared corpus is not at {CORPUS}"),
]
PARALLEL_POSTS = 4


def truth_records() -> list[dict]:
    return [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines()]


def found_models(answer: dict) -> set[tuple[str, str | None]]:
    return {comparable(m["reference"]["name"], m["reference"]["folder"]) for m in answer["models"]}


async def post_raw(session: aiohttp.ClientSession, url: str, body: bytes, **headers) -> tuple[int, dict]:
    async with session.post(
        f"{url}/api/civitai/missing", data=body, headers={"Content-Type": "application/json", **headers}
    ) as answer:
        return answer.status, await answer.json(content_type=None)


def padded_graph(workflow: dict, size: int) -> bytes:
    """The body for the workflow with Note nodes added until it is about `size` bytes, as big graphs are."""
    graph = json.loads(json.dumps(workflow))
    nodes = graph.setdefault("nodes", [])
    note_text = "A long note a user left on the canvas. " * 100
    next_id = 10_000_000
    while len(json.dumps(graph)) < size:
        batch = max(1, (size - len(json.dumps(graph))) // (len(note_text) + 120))
        for _ in range(batch):
            nodes.append({"id": next_id, "type": "Note", "mode": 0, "widgets_values": [note_text], "properties": {}})
            next_id += 1
    return json.dumps({"workflow": graph}).encode()


async def test_every_corpus_workflow_through_the_real_route_gives_its_truth(comfyui, fake_services):
    records = truth_records()
    limit = asyncio.Semaphore(PARALLEL_POSTS)
    timings: list[float] = []
    mismatches: list[str] = []

    async def check(session: aiohttp.ClientSession, record: dict) -> None:
        body = b'{"workflow": ' + (CORPUS / record["file"]).read_bytes() + b"}"  # as the page sends it
        async with limit:
            started = time.perf_counter()
            status, answer = await post_raw(session, comfyui.url, body)
            timings.append(time.perf_counter() - started)
        if status != 200:
            mismatches.append(f"{record['file']}: HTTP {status} {answer}")
            return
        truth = {comparable(m["name"], m["directory"]) for m in record["models"]}
        found = found_models(answer)
        unlabeled = unlabeled_names(record)
        missed = truth - found
        extra = {key for key in found - truth if key[0] not in unlabeled}
        if missed or extra:
            mismatches.append(f"{record['file']}: missed {sorted(missed, key=str)}, extra {sorted(extra, key=str)}")

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        await asyncio.gather(*(check(session, record) for record in records))
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"\n{len(records)} corpus workflows through POST /civitai/missing: "
        f"p50 {statistics.median(timings) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {timings[-1] * 1000:.0f} ms"
    )
    assert not mismatches, "\n".join(mismatches[:20]) + f"\n({len(mismatches)} workflows differ)"


@pytest.mark.parametrize("megabytes", [2, 20])
async def test_a_multi_megabyte_graph_is_read_whole(comfyui, fake_services, megabytes):
    record = next(r for r in truth_records() if r["format"] == "ui" and len(r["models"]) >= 3)
    body = padded_graph(json.loads((CORPUS / record["file"]).read_text(encoding="utf-8")), megabytes * 1024 * 1024)
    async with aiohttp.ClientSession() as session:
        for attempt in range(3):  # the bug was a partial socket read: it showed on some attempts, not all
            status, answer = await post_raw(session, comfyui.url, body)
            assert status == 200, f"attempt {attempt}: {answer}"
            assert found_models(answer) == {comparable(m["name"], m["directory"]) for m in record["models"]}


async def test_a_chunked_body_without_length_is_read_whole(comfyui, fake_services):
    record = next(r for r in truth_records() if r["format"] == "ui" and r["models"])
    body = padded_graph(json.loads((CORPUS / record["file"]).read_text(encoding="utf-8")), 3 * 1024 * 1024)

    async def chunks():
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]
            await asyncio.sleep(0)

    async with aiohttp.ClientSession() as session:
        status, answer = await post_raw(session, comfyui.url, chunks())
    assert status == 200, answer
    assert found_models(answer) == {comparable(m["name"], m["directory"]) for m in record["models"]}


async def test_a_body_above_the_limit_is_refused_with_413_whether_or_not_it_says_its_length(comfyui, fake_services):
    too_big = b'{"workflow": {"nodes": [], "note": "' + b"x" * (33 * 1024 * 1024) + b'"}}'

    async def chunks():
        for start in range(0, len(too_big), 1024 * 1024):
            yield too_big[start : start + 1024 * 1024]

    async with aiohttp.ClientSession() as session:
        for body in (too_big, chunks()):
            status, answer = await post_raw(session, comfyui.url, body)
            assert status == 413 and "larger than" in answer["error"]
        # the small routes keep their own, smaller limit
        async with session.post(
            f"{comfyui.url}/api/civitai/resolve",
            data=b'{"image_id": "' + b"1" * (3 * 1024 * 1024) + b'"}',
            headers={"Content-Type": "application/json"},
        ) as answer:
            assert answer.status == 413
