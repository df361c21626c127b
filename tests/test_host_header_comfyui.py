"""DNS rebinding (issue 11.7): a page whose name now resolves to 127.0.0.1 sends its own name as Host and as
Origin, which ComfyUI's origin check lets through. The pack's routes answer only loopback Host names (and the
names the user configured) while ComfyUI listens on loopback; every request here is written byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.harness.comfy_client import ComfyClient
from tests.harness.raw_http import raw_request, send_raw

pytestmark = pytest.mark.asyncio

EVIL = "evil.example"

ROUTES = [
    ("POST", "/civitai/settings/keys", {"civitai": "attacker-key"}),
    ("POST", "/civitai/settings/downloads", {"concurrency": 8}),
    ("POST", "/civitai/download", {"resource": {"folder": "loras", "filename": "x.safetensors", "url": "URL"}}),
    ("POST", "/civitai/download-all", {"resources": [{"folder": "loras", "filename": "x.safetensors", "url": "URL"}]}),
    ("POST", "/civitai/download-cancel", {"cancel_all": True}),
    ("POST", "/civitai/download-retry", {"task_id": "nope"}),
    ("POST", "/civitai/resolve", {"image_id": "1"}),
    ("POST", "/civitai/missing", {"workflow": {"nodes": []}}),
    ("POST", "/civitai/sources", {"references": []}),
    ("POST", "/civitai/generate", {"metadata": {}, "resources": []}),
    ("POST", "/civitai/lock", {"workflow": {"nodes": []}}),
    ("POST", "/civitai/verify", {"lock": {"schema": "civitai-sidebar/models-lock@1"}}),
    ("GET", "/civitai/health", None),
    ("GET", "/civitai/downloads", None),
]


def _headers(host: str, port: int, body: object | None) -> dict[str, str]:
    headers = {"Host": f"{host}:{port}", "Origin": f"http://{host}:{port}"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    return headers


async def _send(server, fake, method: str, path: str, body: object | None, host: str, prefix: str = "/api"):
    raw = json.dumps(body).replace('"URL"', json.dumps(f"{fake.urls.civitai_api_base}/api/download/models/1"))
    payload = raw.encode() if body is not None else b""
    return await raw_request(server.port, method, prefix + path, _headers(host, server.port, body), payload)


@pytest.mark.parametrize(("method", "path", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
async def test_a_foreign_host_name_is_refused_with_a_sentence_and_changes_nothing(
    comfyui, fake_services, method, path, body
):
    for prefix in ("/api", ""):
        status, answer = await _send(comfyui, fake_services, method, path, body, EVIL, prefix)
        assert status == 403, (prefix, answer)
        assert EVIL in answer["error"] and "CIVITAI_SIDEBAR_ALLOWED_HOSTS" in answer["error"], answer
    async with ComfyClient(comfyui.url) as client:
        _, health = await client.get("/civitai/health")
        _, listing = await client.get("/civitai/downloads")
    assert health["keys"]["civitai"] is False
    assert not [t for t in listing["tasks"] if t.get("filename") == "x.safetensors"]


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.5.6.7", "[::1]", "app.localhost"])
async def test_loopback_host_names_are_served(comfyui, fake_services, host):
    status, answer = await _send(comfyui, fake_services, "GET", "/civitai/health", None, host)
    assert status == 200, answer
    status, answer = await _send(comfyui, fake_services, "POST", "/civitai/download-cancel", {"task_id": "nope"}, host)
    assert status == 404, answer


async def test_a_host_name_the_user_configured_is_served(start_comfyui, fake_services):
    server = start_comfyui(env={**fake_services.env(), "CIVITAI_SIDEBAR_ALLOWED_HOSTS": "comfy.lan, Box.Local"})
    for host in ("comfy.lan", "box.local", "localhost"):
        status, answer = await _send(server, fake_services, "GET", "/civitai/health", None, host)
        assert status == 200, (host, answer)
    status, answer = await _send(server, fake_services, "GET", "/civitai/health", None, EVIL)
    assert status == 403, answer


async def test_the_request_from_the_wild_is_refused(comfyui):
    """tests/wild/11-7-rebinding-host-header.txt, byte for byte but for the port (and Connection: close)."""
    wild = (Path(__file__).parent / "wild" / "11-7-rebinding-host-header.txt").read_bytes()
    head, _, body = wild.replace(b"8188", str(comfyui.port).encode()).partition(b"\r\n\r\n")
    request = head + f"\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
    status, answer = await send_raw(comfyui.port, request)
    assert status == 403 and "evil.example" in answer["error"], answer
    async with ComfyClient(comfyui.url) as client:
        _, health = await client.get("/civitai/health")
    assert health["keys"]["civitai"] is False
