"""Redirect hops to private addresses through the real ComfyUI (issue 11.6).

The tests point the pack at a fake Civitai on loopback. That allowance once covered all of loopback and
every private address, so a download redirected to ComfyUI's own /internal/logs/raw was saved as a model.
Only the configured origins may be private now, and an address counts as an address however it is spelled.
Each download here has no hash or size, so whatever a followed hop answered would be saved.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import web

from tests.downloads_helpers import civitai_model, model_path, payload
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio

# {comfy}: ComfyUI's own port; {local}: a loopback service that answers any path with bytes.
HOSTILE_HOPS = {
    "comfyui-own-logs": "http://127.0.0.1:{comfy}/internal/logs/raw",
    "comfyui-own-route-as-localhost": "http://localhost:{comfy}/api/civitai/health",
    "another-loopback-port": "http://127.0.0.1:{local}/model.safetensors",
    "another-loopback-port-https": "https://127.0.0.1:{local}/model.safetensors",
    "decimal": "http://2130706433:{local}/m",
    "octal": "http://0177.0.0.1:{local}/m",
    "short": "http://127.1:{local}/m",
    "hex-short": "http://0x7f.1:{local}/m",
    "hex-whole": "http://0x7f000001:{local}/m",
    "octal-whole": "http://017700000001:{local}/m",
    "fullwidth-digits": "http://１２７.０.０.１:{local}/m",
    "ideographic-dots": "http://127。0。0。1:{local}/m",
    "zero-address": "http://0.0.0.0:{local}/m",
    "zero-short": "http://0:{local}/m",
    "ipv6-loopback": "http://[::1]:{local}/m",
    "ipv4-mapped": "http://[::ffff:127.0.0.1]:{local}/m",
    "ipv4-mapped-hex": "http://[::ffff:7f00:1]:{local}/m",
    "ipv4-compatible": "http://[::127.0.0.1]:{local}/m",
    "nat64": "http://[64:ff9b::7f00:1]:{local}/m",
    "nat64-local": "http://[64:ff9b:1::7f00:1]:{local}/m",
    "6to4": "http://[2002:7f00:1::]:{local}/m",
    "localhost-name": "http://localhost:{local}/m",
    "localhost-trailing-dot": "http://localhost.:{local}/m",
    "cloud-metadata": "http://169.254.169.254/latest/meta-data/",
    "private-10": "https://10.0.0.1/m",
    "cgnat": "https://100.64.0.1/m",
    "link-local-v6": "https://[fe80::1]/m",
    "unique-local-v6": "https://[fd00::1]/m",
}
# The inputs that caught it, kept in tests/wild with ComfyUI's default port (read here against the real ports).
WILD = Path(__file__).parent / "wild"
OWN_LOGS = (WILD / "11-6-redirect-to-comfyui-own-logs.txt").read_text().strip()
HOSTILE_HOPS["wild-own-logs"] = OWN_LOGS.replace(":8188/", ":{comfy}/")
for number, line in enumerate((WILD / "11-6-spelled-loopback-redirects.txt").read_text().split()):
    HOSTILE_HOPS[f"wild-spelled-{number}"] = line.replace(":8188/", ":{local}/")


@pytest.fixture
async def local_service():
    """A loopback service that is not one of the configured origins; it records every request it gets."""
    hits: list[str] = []

    async def anything(request: web.Request) -> web.Response:
        hits.append(request.path_qs)
        return web.Response(body=b"not a model " * 100, content_type="application/octet-stream")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", anything)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield port, hits
    await runner.cleanup()


@pytest.mark.parametrize("case", list(HOSTILE_HOPS))
async def test_a_redirect_to_a_private_address_is_refused_and_nothing_is_written(
    comfyui, fake_services, local_service, case
):
    local_port, hits = local_service
    resource = civitai_model(fake_services)
    unchecked = {k: v for k, v in payload(resource).items() if k not in ("sha256", "size")}
    location = HOSTILE_HOPS[case].format(comfy=comfyui.port, local=local_port)
    version_path = resource["url"].split("://", 1)[1].split("/", 1)[1]
    fake_services.faults.redirect("civitai", location, match="/" + version_path)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(unchecked), timeout=60)
    target = model_path(comfyui, resource)
    assert task["status"] == "failed", task
    assert "refused" in task["error"], task["error"]
    assert task["retryable"] is False, task
    assert not target.exists()
    part = target.with_name(target.name + ".part")
    assert not part.exists() or part.stat().st_size == 0  # an empty partial is issue 11.5's to clean up
    await asyncio.sleep(0.1)
    assert hits == []


async def test_the_configured_origins_still_download(comfyui, fake_services):
    resource = civitai_model(fake_services)
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(payload(resource)), timeout=60)
    assert task["status"] == "completed", task
