"""Detection answers at once; sources come in a second call with a deadline, and a dead host is not waited for.

Through the real ComfyUI: POST /civitai/missing says what is missing without asking Civitai or Hugging Face;
POST /civitai/sources finds a source for each. With a Civitai and a Hugging Face that accept connections and
never answer, detection is unaffected, the sources call gives up with a sentence, and the next call does not
wait for the dead hosts again (a short memory of the outage).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest

from tests.downloads_helpers import MiB
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


def node(node_id: int, node_type: str, values: list, **extra) -> dict:
    return {"id": node_id, "type": node_type, "mode": 0, "widgets_values": values, "properties": {}, **extra}


def graph(*nodes: dict) -> dict:
    return {"last_node_id": len(nodes), "last_link_id": 0, "nodes": list(nodes), "links": [], "version": 0.4}


HF_LINKED = node(
    2,
    "VAELoader",
    ["silent-vae.safetensors"],
    properties={
        "models": [
            {
                "name": "silent-vae.safetensors",
                "url": "https://huggingface.co/acme/vae/resolve/main/silent-vae.safetensors",
                "directory": "vae",
            }
        ]
    },
)


class BlackHole:
    """A server that accepts every connection and never says a word, like a host behind a broken proxy."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self) -> None:
        self.listener.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def black_hole():
    hole = BlackHole()
    yield hole
    hole.close()


async def test_detection_needs_no_source_lookup_and_sources_fill_in_with_a_second_call(comfyui, fake_services):
    fake_services.catalog.add_version(
        model_name="Second Call Style", files=[{"name": "second-call-style.safetensors", "size": MiB}]
    )
    workflow = graph(node(1, "LoraLoader", ["second-call-style.safetensors", 1.0, 1.0]))
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": workflow})
        assert status == 200, answer
        [model] = answer["models"]
        assert model["status"] == "missing" and model["resource"] is None
        assert not fake_services.requests.entries(server="civitai"), "detection asked Civitai"
        status, found = await client.post("/civitai/sources", {"references": [model["reference"]]})
    assert status == 200, found
    [resource] = found["resources"]
    assert resource["resolved"] and resource["folder"] == "loras"
    assert resource["filename"] == "second-call-style.safetensors" and resource["size"] == MiB


async def test_bad_source_requests_get_a_sentence(comfyui, fake_services):
    async with ComfyClient(comfyui.url) as client:
        for body in ({}, {"references": []}, {"references": [{"name": 3}]}, {"references": [], "deadline": 0}):
            status, answer = await client.post("/civitai/sources", body)
            assert status == 400 and answer["error"].startswith("invalid request"), (body, answer)


async def test_hosts_that_never_answer_do_not_hold_up_detection_or_the_next_check(start_comfyui, black_hole):
    dead = f"http://127.0.0.1:{black_hole.port}"
    server = start_comfyui(env={"CIVITAI_API_BASE": dead, "HF_ENDPOINT": dead})
    workflow = graph(node(1, "LoraLoader", ["never-answered-style.safetensors", 1.0, 1.0]), HF_LINKED)
    async with ComfyClient(server.url) as client:
        started = time.monotonic()
        status, answer = await client.post("/civitai/missing", {"workflow": workflow})
        detection = time.monotonic() - started
        assert status == 200, answer
        assert {m["status"] for m in answer["models"]} == {"missing"} and len(answer["models"]) == 2
        references = [m["reference"] for m in answer["models"]]

        started = time.monotonic()
        status, first = await client.post("/civitai/sources", {"references": references})
        first_call = time.monotonic() - started
        assert status == 200, first
        for resource in first["resources"]:
            assert not resource["resolved"]
            assert "did not answer" in resource["reason"], resource["reason"]

        started = time.monotonic()
        status, again = await asyncio.wait_for(client.post("/civitai/sources", {"references": references}), 30)
        second_call = time.monotonic() - started
    assert status == 200 and all("did not answer" in r["reason"] for r in again["resources"]), again
    # The first call waited for the silent hosts once; detection and the next call did not wait at all.
    assert detection < first_call / 3 and second_call < first_call / 3, (detection, first_call, second_call)
