"""URLs with a bad port or a broken IPv6 literal are refused with a sentence, never a bare ValueError (issue 11.2)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from civitai_sidebar.civitai_utils.settings import api_bases
from civitai_sidebar.civitai_utils.url_policy import UnsafeUrl, UrlPolicy
from civitai_sidebar.pipeline.shapes.url_parts import BadUrl, split_url
from civitai_sidebar.pipeline.sources.civitai_links import parse_civitai_url

from tests.hostile_bodies import BAD_URLS

WILD = Path(__file__).parent / "wild"
BASES = api_bases({})
WILD_URLS = [(WILD / name).read_text().strip() for name in ("11-2-url-port-99999.txt", "11-2-url-broken-ipv6.txt")]
UNUSABLE = [
    *WILD_URLS,
    "https://civitai.com:-1/models/1",
    "https://civitai.com:0x50/models/1",
    "https://civitai.com:0/models/1",
    "https://[::1]]/x",
    "https://[gggg::1]/x.safetensors",
]


@pytest.mark.parametrize("url", UNUSABLE)
def test_an_unusable_url_is_one_clear_refusal_everywhere(url):
    with pytest.raises(BadUrl, match="not a usable web address"):
        split_url(url)
    with pytest.raises(UnsafeUrl, match="not a usable web address"):
        UrlPolicy(BASES).check_source(url)
    assert parse_civitai_url(url) is None


@pytest.mark.parametrize("url", BAD_URLS)
def test_no_hostile_url_raises_anything_but_a_refusal(url):
    with contextlib.suppress(UnsafeUrl):
        UrlPolicy(BASES).check_source(url)
    parse_civitai_url(url)


def test_sound_urls_still_split():
    assert split_url("https://[::1]:8080/x").port == 8080
    assert split_url("https://civitai.com/api/download/models/1").hostname == "civitai.com"
