"""Running the fakes (in-loop, in a thread, standalone) and driving them over ``/__fake__/*``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.fakes import FakeServices, running_in_thread

pytest_plugins = ["tests.fakes.pytest_plugin"]

REPO_ROOT = Path(__file__).resolve().parents[1]


async def post(http, url, payload):
    async with http.post(url, json=payload) as response:
        return response.status, await response.json()


async def test_in_loop_services_start_on_four_free_ports_and_stop(http):
    async with FakeServices(civitai_keys={"my-key"}) as services:
        urls = services.urls.to_json()
        assert len({url.rsplit(":", 1)[1] for url in urls.values()}) == 4
        assert services.env() == {
            "CIVITAI_API_BASE": urls["civitai_api_base"],
            "HF_ENDPOINT": urls["hf_endpoint"],
            "CIVITAI_SIDEBAR_LOCAL_ORIGINS": f"{urls['storage']},{urls['cdn']}",
        }
        services.catalog.set_flags(1318, require_auth=True)
        url = f"{urls['civitai_api_base']}/api/download/models/1318"
        async with http.get(url, allow_redirects=False, headers={"Authorization": "Bearer my-key"}) as response:
            assert response.status == 307
        async with http.get(url, allow_redirects=False, headers={"Authorization": "Bearer test-civitai-key"}) as r:
            assert r.status == 401
    with pytest.raises(aiohttp.ClientConnectionError):
        async with http.get(f"{urls['civitai_api_base']}/api/v1/models"):
            pass


async def test_thread_runner_serves_while_the_caller_blocks(http):
    with running_in_thread() as services:
        async with http.get(f"{services.urls.civitai_api_base}/api/v1/models/1102") as response:
            assert response.status == 200
        base = services.urls.civitai_api_base
    with pytest.raises(aiohttp.ClientConnectionError):
        async with http.get(f"{base}/api/v1/models/1102"):
            pass


async def test_request_log_records_every_server_with_headers(fake_services, http):
    base = fake_services.urls.civitai_api_base
    async with http.get(f"{base}/api/v1/models/1102", headers={"Authorization": "Bearer k"}) as response:
        assert response.status == 200
    async with http.head(f"{fake_services.urls.hf_endpoint}/stabilityai/sdxl-vae/resolve/main/config.json"):
        pass
    async with http.get(f"{base}/__fake__/requests?server=civitai") as response:
        [entry] = await response.json()
    assert (entry["method"], entry["path_qs"], entry["headers"]["Authorization"]) == (
        "GET",
        "/api/v1/models/1102",
        "Bearer k",
    )
    assert [e.server for e in fake_services.requests.entries()] == ["civitai", "hf"]
    async with http.delete(f"{base}/__fake__/requests") as response:
        assert response.status == 200
    assert len(fake_services.requests) == 0


async def test_catalog_edits_over_http(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, added = await post(
        http,
        f"{base}/__fake__/versions",
        {
            "model_name": "Remote LoRA",
            "model_type": "LORA",
            "files": [{"name": "remote.safetensors", "size": 5000}],
            "hash_aliases": {"AutoV2": "ABCDEF0123"},
        },
    )
    assert status == 200
    async with http.get(f"{base}/api/v1/model-versions/by-hash/abcdef0123") as response:
        assert (await response.json())["id"] == added["version_id"]
    status, _ = await post(http, f"{base}/__fake__/files/size", {"file_id": added["file_ids"][0], "size": 12288})
    async with http.get(f"{base}/api/v1/model-versions/{added['version_id']}") as response:
        assert (await response.json())["files"][0]["sizeKB"] == 12
    status, flags = await post(
        http, f"{base}/__fake__/versions/flags", {"version_id": added["version_id"], "require_auth": True}
    )
    assert flags["require_auth"] is True
    async with http.get(f"{base}/api/download/models/{added['version_id']}", allow_redirects=False) as response:
        assert response.status == 401
    status, body = await post(http, f"{base}/__fake__/versions/flags", {"version_id": 5, "published": False})
    assert status == 400 and "error" in body
    status, body = await post(http, f"{base}/__fake__/versions/flags", {"version_id": 1318, "bogus": 1})
    assert status == 400 and "bogus" in body["error"]
    status, _ = await post(http, f"{base}/__fake__/images", {"id": 555, "meta": {"prompt": "a cat"}})
    async with http.get(f"{base}/api/v1/images?imageId=555&withMeta=true&flatMeta=true") as response:
        assert (await response.json())["items"][0]["meta"] == {"prompt": "a cat"}


async def test_hf_config_clock_and_reset_over_http(fake_services, http):
    base, hub = fake_services.urls.civitai_api_base, fake_services.urls.hf_endpoint
    status, _ = await post(
        http, f"{base}/__fake__/hf/files", {"repo_id": "acme/x", "path": "a.safetensors", "size": 4096, "gated": True}
    )
    assert status == 200
    async with http.head(f"{hub}/acme/x/resolve/main/a.safetensors", allow_redirects=False) as response:
        assert response.headers["X-Error-Code"] == "GatedRepo"
    status, config = await post(http, f"{base}/__fake__/config", {"hf_tokens": ["other-token"]})
    assert config["hf_tokens"] == ["other-token"]
    headers = {"Authorization": "Bearer other-token"}
    async with http.head(f"{hub}/acme/x/resolve/main/a.safetensors", allow_redirects=False, headers=headers) as r:
        assert r.status == 302
    status, _ = await post(
        http, f"{base}/__fake__/files/size", {"hf_repo": "acme/x", "path": "a.safetensors", "size": 8192}
    )
    assert fake_services.hf.get("acme/x").files["a.safetensors"].size == 8192
    status, clock = await post(http, f"{base}/__fake__/clock", {"advance": 60})
    assert clock["offset"] == 60
    status, _ = await post(http, f"{base}/__fake__/reset", {})
    assert fake_services.hf.get("acme/x") is None and fake_services.clock.offset == 0
    assert fake_services.config.hf_tokens == {"test-hf-token"}
    async with http.get(f"{base}/__fake__/urls") as response:
        urls = await response.json()
    assert urls["env"]["HF_ENDPOINT"] == hub


def test_standalone_command_prints_urls_and_stops_on_sigterm():
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes", "--port", "0"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        urls = json.loads(process.stdout.readline())
        env_line = process.stdout.readline().split()
        assert set(urls) == {"civitai_api_base", "hf_endpoint", "storage", "cdn"}
        assert env_line == [
            f"CIVITAI_API_BASE={urls['civitai_api_base']}",
            f"HF_ENDPOINT={urls['hf_endpoint']}",
            f"CIVITAI_SIDEBAR_LOCAL_ORIGINS={urls['storage']},{urls['cdn']}",
        ]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
