"""The storage host behind Civitai downloads: R2's auth rules, signatures, Range/If-Range/416."""

from __future__ import annotations

import time

import pytest

from tests.fake_helpers import storage_url

pytest_plugins = ["tests.fakes.pytest_plugin"]


VERSION_ID = 1387174
FILE_ID = 1289799


def expected_bytes(fake_services, start=0, end=None, file_id=FILE_ID) -> bytes:
    content = fake_services.catalog.files[file_id].content
    return content.read(start, content.size if end is None else end)


async def test_authorization_header_is_refused_like_r2(fake_services, http):
    url = await storage_url(fake_services, http)
    async with http.get(url, headers={"Authorization": "Bearer test-civitai-key"}) as response:
        assert response.status == 400
        body = await response.text()
        assert "<Code>InvalidRequest</Code>" in body and "Missing x-amz-content-sha256" in body
    [entry] = fake_services.requests.entries(server="storage")
    assert entry.header("authorization") == "Bearer test-civitai-key"


async def test_following_the_redirect_does_not_leak_the_key_with_aiohttp(fake_services, http):
    fake_services.catalog.set_flags(VERSION_ID, require_auth=True)
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/{VERSION_ID}"
    async with http.get(url, headers={"Authorization": "Bearer test-civitai-key"}) as response:
        # aiohttp drops Authorization on a cross-origin redirect, so the download succeeds.
        assert response.status == 200
        assert await response.read() == expected_bytes(fake_services)
    assert fake_services.requests.entries(server="civitai")[0].header("Authorization") == "Bearer test-civitai-key"
    assert all(entry.header("Authorization") is None for entry in fake_services.requests.entries(server="storage"))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda url: url.replace("X-Amz-Signature=", "X-Amz-Signature=0"),
        lambda url: url.replace("filename%3D%22", "filename%3D%22evil"),
        lambda url: url.replace("X-Amz-Expires=86400", "X-Amz-Expires=999999"),
        lambda url: url.replace("/model/", "/model/x"),
        lambda url: url.split("?")[0],
    ],
)
async def test_tampered_or_unsigned_urls_are_forbidden(fake_services, http, tamper):
    url = tamper(await storage_url(fake_services, http))
    async with http.get(url) as response:
        assert response.status == 403
        assert "<Error><Code>" in await response.text()


async def test_expired_url_is_forbidden_and_a_fresh_one_works(fake_services, http):
    url = await storage_url(fake_services, http)
    fake_services.clock.advance(86400 + 5)
    async with http.get(url) as response:
        assert response.status == 403
        assert "Request has expired" in await response.text()
    async with http.get(await storage_url(fake_services, http)) as response:
        assert response.status == 200


async def test_head_on_a_get_signed_url_is_a_signature_mismatch(fake_services, http):
    async with http.head(await storage_url(fake_services, http)) as response:
        assert response.status == 403


async def test_ranges(fake_services, http):
    url = await storage_url(fake_services, http)
    size = fake_services.catalog.files[FILE_ID].size
    cases = {
        "bytes=0-99": (0, 99),
        f"bytes={size - 10}-": (size - 10, size - 1),
        "bytes=-25": (size - 25, size - 1),
        f"bytes=100-{size + 5000}": (100, size - 1),
    }
    for header, (first, last) in cases.items():
        async with http.get(url, headers={"Range": header}) as response:
            assert response.status == 206, header
            assert response.headers["Content-Range"] == f"bytes {first}-{last}/{size}"
            assert int(response.headers["Content-Length"]) == last - first + 1
            assert await response.read() == expected_bytes(fake_services, first, last + 1)
    for header in (f"bytes={size}-", f"bytes={size + 10}-{size + 20}", "bytes=-0"):
        async with http.get(url, headers={"Range": header}) as response:
            assert response.status == 416, header
            assert response.headers["Content-Range"] == f"bytes */{size}"
    async with http.get(url, headers={"Range": "bytes=0-1,5-6"}) as response:  # multi-range: whole object
        assert response.status == 200 and len(await response.read()) == size


async def test_if_range_with_etag_and_date(fake_services, http):
    url = await storage_url(fake_services, http)
    async with http.get(url) as response:
        etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
        full = await response.read()
    for validator in (etag, modified):
        async with http.get(url, headers={"Range": "bytes=10-19", "If-Range": validator}) as response:
            assert response.status == 206
            assert await response.read() == full[10:20]
    for stale in ('"not-the-etag"', "Wed, 21 Oct 2015 07:28:00 GMT", "W/" + etag):
        async with http.get(url, headers={"Range": "bytes=10-19", "If-Range": stale}) as response:
            assert response.status == 200
            assert await response.read() == full


async def test_resizing_a_file_changes_its_validators(fake_services, http):
    url = await storage_url(fake_services, http)
    async with http.get(url) as response:
        etag = response.headers["ETag"]
    fake_services.catalog.set_file_size(FILE_ID, 100_000)
    async with http.get(url, headers={"Range": "bytes=0-9", "If-Range": etag}) as response:
        assert response.status == 200
        assert int(response.headers["Content-Length"]) == 100_000


async def test_a_2_gib_file_serves_a_range_near_its_end_quickly(fake_services, http):
    size = 2 * 1024**3
    fake_services.catalog.set_file_size(FILE_ID, size)
    url = await storage_url(fake_services, http)
    started = time.perf_counter()
    async with http.get(url, headers={"Range": f"bytes={size - 3_000_000}-"}) as response:
        body = await response.read()
        assert response.status == 206
        assert response.headers["Content-Range"] == f"bytes {size - 3_000_000}-{size - 1}/{size}"
    assert time.perf_counter() - started < 2.0
    assert body == expected_bytes(fake_services, size - 3_000_000, size)
