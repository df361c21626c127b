"""The Civitai client against the fake: typed answers, the cache, retries and sentences."""

from __future__ import annotations

import asyncio

import pytest
from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.retry import RetryPolicy
from civitai_sidebar.civitai_utils.settings import ApiBases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.shapes.civitai_types import CivitaiError

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def make_client(fake_services, tmp_path):
    made: list[OutboundHttp] = []

    def make(key: str | None = None) -> CivitaiClient:
        bases = ApiBases(fake_services.urls.civitai_api_base, fake_services.urls.hf_endpoint)
        http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={"CIVITAI_API_KEY": key} if key else {}))
        made.append(http)
        return CivitaiClient(http, bases.civitai, RetryPolicy(attempts=3, base_delay=0.05))

    yield make
    for http in made:
        await http.close()


async def test_versions_are_typed_and_cached(make_client, fake_services):
    client = make_client()
    version = await client.model_version(1387174)
    assert version.model.type == "LORA" and version.primary_file().name == "pp-storybook_rank2_bf16.safetensors"
    assert len(version.primary_file().hashes.sha256) == 64
    await client.model_version(1387174)
    assert len(fake_services.requests.entries(server="civitai", path_prefix="/api/v1/model-versions/1387174")) == 1


async def test_by_hash_hits_any_hash_kind_and_misses_are_none(make_client):
    client = make_client()
    version = await client.model_version(1387174)
    sha = version.primary_file().hashes.sha256
    for file_hash in (sha, sha.lower(), sha[:10], version.primary_file().hashes.autov3):
        assert (await client.model_version_by_hash(file_hash)).id == 1387174
    assert await client.model_version_by_hash("0123456789") is None


async def test_failures_become_sentences(make_client, fake_services):
    client = make_client()
    with pytest.raises(CivitaiError, match="no model version 424242") as missing:
        await client.model_version(424242)
    assert missing.value.status == 404
    fake_services.faults.fail_next("civitai", 503, times=None, retry_after=0)
    with pytest.raises(CivitaiError, match="try again in a few minutes"):
        await client.model_version(1318)
    assert len(fake_services.requests.entries(server="civitai", path_prefix="/api/v1/model-versions/1318")) == 3


async def test_429_is_waited_out(make_client, fake_services):
    fake_services.faults.rate_limit_next("civitai", times=2, retry_after=0)
    assert (await make_client().model_version(1318)).id == 1318


async def test_login_only_downloads_are_known_before_downloading(make_client, fake_services):
    fake_services.catalog.set_flags(1387174, require_auth=True)
    assert await make_client().download_needs_key(1387174) is True
    assert await make_client(key="test-civitai-key").download_needs_key(1387174) is False
    assert await make_client().download_needs_key(1318) is False


async def test_the_key_goes_to_the_api_as_a_header_only(make_client, fake_services):
    await make_client(key="test-civitai-key").model_version(1318)
    [request] = fake_services.requests.entries(server="civitai", path_prefix="/api/v1/model-versions/1318")
    assert request.header("Authorization") == "Bearer test-civitai-key" and "token" not in request.path_qs


async def test_search_filters_by_type(make_client):
    page = await make_client().search_models("storybook", types=["LORA"])
    assert page.items and all(model.type == "LORA" for model in page.items)


async def test_answers_are_asked_again_once_they_are_old(make_client, fake_services):
    """A file replaced or a model published on Civitai is seen without restarting ComfyUI."""
    client = make_client()
    client.cache_seconds = 0.3
    await client.search_models("published later")
    await client.search_models("published later")
    searches = fake_services.requests.entries(server="civitai", path_prefix="/api/v1/models")
    assert len(searches) == 1
    await asyncio.sleep(0.4)
    await client.search_models("published later")
    assert len(fake_services.requests.entries(server="civitai", path_prefix="/api/v1/models")) == 2
