"""Fault switches: 200-to-Range, 429/5xx for the next K requests, stall, drop, wrong bytes, no length, redirect."""

from __future__ import annotations

import asyncio
import hashlib
import time

import aiohttp
import pytest

from tests.fake_helpers import storage_url

pytest_plugins = ["tests.fakes.pytest_plugin"]


VERSION_ID = 1387174
FILE_ID = 1289799


async def test_ignore_range_answers_200_with_the_whole_body(fake_services, http):
    url = await storage_url(fake_services, http)
    size = fake_services.catalog.files[FILE_ID].size
    fake_services.faults.ignore_range("storage", times=1)
    async with http.get(url, headers={"Range": "bytes=100-"}) as response:
        assert response.status == 200 and "Content-Range" not in response.headers
        assert len(await response.read()) == size
    async with http.get(url, headers={"Range": "bytes=100-"}) as response:
        assert response.status == 206


async def test_429_with_retry_after_for_the_next_k_requests_then_success(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.faults.rate_limit_next("storage", times=2, retry_after=3)
    for _ in range(2):
        async with http.get(url) as response:
            assert response.status == 429 and response.headers["Retry-After"] == "3"
    async with http.get(url) as response:
        assert response.status == 200


@pytest.mark.parametrize("server", ["civitai", "storage", "hf", "cdn"])
@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_for_the_next_k_requests_on_every_server(fake_services, http, server, status):
    urls = {
        "civitai": f"{fake_services.urls.civitai_api_base}/api/v1/model-versions/{VERSION_ID}",
        "hf": f"{fake_services.urls.hf_endpoint}/stabilityai/sdxl-vae/resolve/main/config.json",
    }
    if server == "storage":
        urls["storage"] = await storage_url(fake_services, http)
    if server == "cdn":
        async with http.head(
            f"{fake_services.urls.hf_endpoint}/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors",
            allow_redirects=False,
        ) as response:
            urls["cdn"] = response.headers["Location"]
    fake_services.faults.fail_next(server, status, times=2)
    statuses = []
    for _ in range(3):
        async with http.get(urls[server], allow_redirects=False) as response:
            statuses.append(response.status)
    assert statuses == [status, status, 200]


async def test_stall_sends_some_bytes_then_goes_silent(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.faults.stall("storage", after_bytes=1000, seconds=None)
    received = bytearray()
    started = time.perf_counter()
    with pytest.raises(asyncio.TimeoutError):
        async with http.get(url, timeout=aiohttp.ClientTimeout(sock_read=0.4)) as response:
            assert response.status == 200
            async for chunk in response.content.iter_any():
                received += chunk
    assert len(received) == 1000
    assert time.perf_counter() - started < 3
    async with http.get(url) as response:  # the stall was for one request only
        assert response.status == 200 and len(await response.read()) == fake_services.catalog.files[FILE_ID].size


async def test_timed_stall_resumes_and_completes(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.faults.stall("storage", after_bytes=5000, seconds=0.5)
    started = time.perf_counter()
    async with http.get(url) as response:
        body = await response.read()
    assert time.perf_counter() - started >= 0.5
    assert body == fake_services.catalog.files[FILE_ID].content.read(0, len(body))
    assert len(body) == fake_services.catalog.files[FILE_ID].size


async def test_drop_closes_the_connection_after_b_bytes_for_k_requests(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.faults.drop("storage", after_bytes=300_000, times=2)
    for _ in range(2):
        received = bytearray()
        with pytest.raises(aiohttp.ClientPayloadError):
            async with http.get(url) as response:
                async for chunk in response.content.iter_any():
                    received += chunk
        assert len(received) == 300_000
    async with http.get(url, headers={"Range": "bytes=300000-"}) as response:  # a resume works
        assert response.status == 206
        rest = await response.read()
    content = fake_services.catalog.files[FILE_ID].content
    assert bytes(received) + rest == content.read(0, content.size)


async def test_wrong_bytes_do_not_match_the_reported_sha256(fake_services, http):
    base = fake_services.urls.civitai_api_base
    async with http.get(f"{base}/api/v1/model-versions/{VERSION_ID}") as response:
        reported = (await response.json())["files"][0]
    fake_services.faults.wrong_bytes("storage", times=1)
    url = await storage_url(fake_services, http)
    async with http.get(url) as response:
        body = await response.read()
    assert len(body) == reported["sizeKB"] * 1024
    assert hashlib.sha256(body).hexdigest().upper() != reported["hashes"]["SHA256"]
    async with http.get(url) as response:
        assert hashlib.sha256(await response.read()).hexdigest().upper() == reported["hashes"]["SHA256"]


async def test_wrong_range_answers_other_bytes_and_says_which(fake_services, http):
    url = await storage_url(fake_services, http)
    content = fake_services.catalog.files[FILE_ID].content
    fake_services.faults.wrong_range("storage", times=1)
    async with http.get(url, headers={"Range": "bytes=200000-299999"}) as response:
        assert response.status == 206
        assert response.headers["Content-Range"] == f"bytes 100000-299999/{content.size}"
        assert await response.read() == content.read(100000, 300000)
    async with http.get(url, headers={"Range": "bytes=200000-299999"}) as response:
        assert response.headers["Content-Range"] == f"bytes 200000-299999/{content.size}"


async def test_no_length_sends_the_same_body_chunked(fake_services, http):
    url = await storage_url(fake_services, http)
    content = fake_services.catalog.files[FILE_ID].content
    fake_services.faults.no_length("storage", times=1)
    async with http.get(url) as response:
        assert response.content_length is None and response.headers["Transfer-Encoding"] == "chunked"
        assert await response.read() == content.read(0, content.size)
    async with http.get(url) as response:
        assert response.content_length == content.size


async def test_redirect_answers_307_to_the_location(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.faults.redirect("storage", "/elsewhere", times=1)
    async with http.get(url, allow_redirects=False) as response:
        assert response.status == 307 and response.headers["Location"] == "/elsewhere"
    async with http.get(url, allow_redirects=False) as response:
        assert response.status == 200


async def test_match_limits_a_fault_to_one_file(fake_services, http):
    target = fake_services.catalog.files[FILE_ID]
    fake_services.faults.fail_next("storage", 503, times=None, match=target.storage_key)
    async with http.get(await storage_url(fake_services, http)) as response:
        assert response.status == 503
    async with http.get(await storage_url(fake_services, http, version_id=1255556)) as response:
        assert response.status == 200
    fake_services.faults.clear()
    async with http.get(await storage_url(fake_services, http)) as response:
        assert response.status == 200


async def test_delay_slows_the_answer(fake_services, http):
    fake_services.faults.delay("civitai", 0.3, times=1)
    started = time.perf_counter()
    async with http.get(f"{fake_services.urls.civitai_api_base}/api/v1/model-versions/{VERSION_ID}") as response:
        assert response.status == 200
    assert time.perf_counter() - started >= 0.3


async def test_faults_over_http(fake_services, http):
    base = fake_services.urls.civitai_api_base
    rules = [
        {"kind": "status", "server": "storage", "status": 429, "retry_after": 4, "times": 1},
        {"kind": "ignore_range", "server": "storage", "times": 1},
    ]
    async with http.post(f"{base}/__fake__/faults", json=rules) as response:
        assert response.status == 200
        created = await response.json()
    assert [rule["kind"] for rule in created] == ["status", "ignore_range"]
    async with http.get(f"{base}/__fake__/faults") as response:
        assert len(await response.json()) == 2
    url = await storage_url(fake_services, http)
    async with http.get(url, headers={"Range": "bytes=0-9"}) as response:
        assert (response.status, response.headers["Retry-After"]) == (429, "4")
    async with http.get(url, headers={"Range": "bytes=0-9"}) as response:
        assert response.status == 200
    async with http.post(f"{base}/__fake__/faults", json={"kind": "explode"}) as response:
        assert response.status == 400 and "unknown fault kind" in (await response.json())["error"]
    async with http.post(
        f"{base}/__fake__/faults", json={"kind": "drop", "server": "cdn", "after_bytes": 5}
    ) as response:
        rule_id = (await response.json())[0]["id"]
    async with http.delete(f"{base}/__fake__/faults/{rule_id}") as response:
        assert (await response.json()) == {"removed": True}
    async with http.delete(f"{base}/__fake__/faults") as response:
        assert response.status == 200
    assert fake_services.faults.rules() == []
