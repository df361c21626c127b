"""Small rules of the downloader, checked directly: retry timing and where names resolve to."""

from __future__ import annotations

import asyncio
from email.utils import formatdate

import pytest
from civitai_sidebar.civitai_utils.retry import RetryPolicy, parse_retry_after
from civitai_sidebar.civitai_utils.settings import ApiBases
from civitai_sidebar.civitai_utils.url_policy import GuardedResolver, UrlPolicy
from civitai_sidebar.pipeline.shapes.download_errors import human_bytes


def test_retry_after_takes_seconds_or_an_http_date():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(formatdate(1_000_030, usegmt=True), now=1_000_000) == pytest.approx(30, abs=1)
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_grows_is_capped_and_obeys_the_server():
    policy = RetryPolicy(base_delay=1, max_delay=8)
    assert [round(policy.delay(n)) <= 2 ** (n - 1) for n in (1, 2, 3)] == [True, True, True]
    assert policy.delay(10) <= 8
    assert policy.delay(1, retry_after="12") == 12
    assert RetryPolicy(max_retry_after=60).delay(1, retry_after="3600") == 60


def test_sizes_read_like_a_file_manager():
    assert human_bytes(6.4 * 1024**3) == "6.4 GB"
    assert human_bytes(144 * 1024**2) == "144.0 MB"
    assert human_bytes(512) == "512 bytes"


def test_names_that_resolve_to_private_addresses_are_refused_outside_tests():
    async def resolve(policy):
        resolver = GuardedResolver(policy)
        try:
            return await resolver.resolve("localhost", 443)
        finally:
            await resolver.close()

    with pytest.raises(OSError, match="private"):
        asyncio.run(resolve(UrlPolicy(ApiBases("https://civitai.com", "https://huggingface.co"))))
    # A loopback base allows its own name and port only, not every name that resolves to loopback.
    with pytest.raises(OSError, match="private"):
        asyncio.run(resolve(UrlPolicy(ApiBases("http://127.0.0.1:1", "http://127.0.0.1:2"))))
    assert asyncio.run(resolve(UrlPolicy(ApiBases("https://localhost", "http://127.0.0.1:2"))))
