"""/civitai/missing reads workflows in a worker process (issue 11.3): what a user notices when it is there.

Through the real ComfyUI: the answer follows the disk from one request to the next even though the worker keeps
the folders' index between requests; a worker killed mid-life (out of memory, a crash) costs no request, the next
one starts a fresh worker; a worker that takes too long is stopped with a sentence, and the next request works.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from civitai_sidebar.civitai_utils.detection_process import DetectionFailed, DetectionProcess
from civitai_sidebar.civitai_utils.wiring import DETECTION_JOB
from civitai_sidebar.pipeline.shapes.comfy_facts import ComfyFacts

from tests.harness.comfy_client import ComfyClient
from tests.pathological_graph import subgraph_chain


def lora_graph(name: str) -> dict:
    loader = {"id": 1, "type": "LoraLoader", "mode": 0, "widgets_values": [name, 1, 1], "properties": {}}
    return {"last_node_id": 1, "last_link_id": 0, "nodes": [loader], "links": [], "version": 0.4}


async def status_of(client: ComfyClient, name: str) -> str:
    status, answer = await client.post("/civitai/missing", {"workflow": lora_graph(name)})
    assert status == 200, answer
    (model,) = answer["models"]
    return model["status"]


def detection_workers(parent_pid: int) -> list[int]:
    """The pack's detection workers among the children of ComfyUI's process (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == parent_pid and b"detection_child.py" in cmdline:
            found.append(int(entry.name))
    return found


@pytest.mark.asyncio
async def test_a_file_added_or_removed_between_two_checks_changes_the_answer(comfyui):
    lora = comfyui.base_dir / "models" / "loras" / "worker-cache-probe.safetensors"
    lora.parent.mkdir(parents=True, exist_ok=True)
    async with ComfyClient(comfyui.url) as client:
        assert await status_of(client, lora.name) == "missing"
        lora.write_bytes(b"x" * 64)
        try:
            assert await status_of(client, lora.name) == "present"
        finally:
            lora.unlink()
        assert await status_of(client, lora.name) == "missing"


@pytest.mark.asyncio
async def test_a_killed_worker_costs_no_request(comfyui):
    async with ComfyClient(comfyui.url) as client:
        assert await status_of(client, "killed-worker.safetensors") == "missing"
        workers = detection_workers(comfyui.process.pid)
        assert len(workers) == 1, workers
        os.kill(workers[0], signal.SIGKILL)
        assert await status_of(client, "killed-worker.safetensors") == "missing"
        assert detection_workers(comfyui.process.pid) not in ([], workers)


def test_a_workflow_that_takes_too_long_is_stopped_with_a_sentence_and_the_next_one_is_read():
    facts = ComfyFacts(node_definitions=lambda types: {}, inventory=dict, installed_node_types=set)
    huge = json.dumps({"workflow": subgraph_chain(20_000)}).encode()
    worker = DetectionProcess(DETECTION_JOB, time_limit=0.2)
    try:
        with pytest.raises(DetectionFailed, match="took longer than 0.2 s and was stopped"):
            worker.detect(huge, facts)
        worker.time_limit = 60
        sources, answer = worker.detect(json.dumps({"workflow": lora_graph("after.safetensors")}).encode(), facts)
        assert sources is False
        assert json.loads(answer)["models"][0]["reference"]["name"] == "after.safetensors"
    finally:
        worker.close()


def test_without_a_worker_process_the_same_job_reads_the_workflow_in_this_process():
    """A frozen or embedded Python cannot start the worker: the job's in-process form gives the same answer."""
    facts = ComfyFacts(node_definitions=lambda types: {}, inventory=dict, installed_node_types=set)
    body = json.dumps({"workflow": lora_graph("inline.safetensors"), "sources": True}).encode()
    worker = DetectionProcess(DETECTION_JOB)
    try:
        sources, in_worker = worker.detect(body, facts)
        worker._unavailable = True  # as on a frozen Python
        worker.close()
        again, in_process = worker.detect(body, facts)
    finally:
        worker.close()
    assert sources is again is True
    assert json.loads(in_worker) == in_process
    assert in_process["models"][0]["reference"]["name"] == "inline.safetensors"
