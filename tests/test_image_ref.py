"""What a user may paste into the image box."""

from __future__ import annotations

from pathlib import Path

import pytest
from civitai_sidebar.pipeline.images.pasted_ref import parse_image_id, parse_pasted
from civitai_sidebar.pipeline.sources.civitai_links import PastedResource


@pytest.mark.parametrize(
    ("pasted", "image_id"),
    [
        ("26962948", 26962948),
        ("  26962948\n", 26962948),
        (26962948, 26962948),
        ("https://civitai.com/images/26962948", 26962948),
        ("https://civitai.com/images/26962948/", 26962948),
        ("https://civitai.com/images/26962948?postId=6030721", 26962948),
        ("civitai.com/images/26962948", 26962948),
        ("https://www.civitai.com/images/26962948#comments", 26962948),
        ("https://civitai.green/images/26962948", 26962948),
        ("https://civitai.red/images/26962948", 26962948),
        ("https://www.civitai.red/images/26962948?postId=1", 26962948),
        ("www.civitai.green/images/26962948", 26962948),
        ("civitai.red/images/26962948", 26962948),
    ],
)
def test_ids_and_image_links_are_understood(pasted, image_id):
    assert parse_image_id(pasted) == image_id


@pytest.mark.parametrize(
    ("pasted", "says"),
    [
        ("", "Civitai link"),
        ("abc", "not a Civitai link"),
        ("https://evil.example/images/1", "not a Civitai link"),
        ("https://civitai.red.evil.example/images/1", "not a Civitai link"),
        ("https://civitai.com/posts/6030721", "post link"),
        ("https://civitai.red/user/someone", "neither an image nor a model"),
        ("https://civitai.com/models/0", "neither an image nor a model"),
        ("urn:air:sdxl:lora:huggingface:org/repo", "not a Civitai link"),
        ("0", "not a Civitai image ID"),
        (-5, "not a Civitai image ID"),
        (True, "Paste a Civitai image ID"),
        (None, "Paste a Civitai image ID"),
        ("9" * 30, "not a Civitai image ID"),
    ],
)
def test_anything_else_gets_a_sentence(pasted, says):
    with pytest.raises(ValueError, match=says):
        parse_image_id(pasted)


@pytest.mark.parametrize(
    ("pasted", "resource"),
    [
        ("https://civitai.red/models/1102/synthwavepunk", PastedResource(1102)),
        ("https://civitai.com/models/1102?modelVersionId=1292", PastedResource(1102, 1292)),
        ("www.civitai.green/models/1102/synthwavepunk?modelVersionId=1292", PastedResource(1102, 1292)),
        ("https://civitai.red/model-versions/1292", PastedResource(None, 1292)),
        ("https://civitai.red/api/download/models/1292?fileId=5149", PastedResource(None, 1292, 5149)),
        ("urn:air:sd1:checkpoint:civitai:1102@1292", PastedResource(1102, 1292)),
        ("urn:air:sdxl:checkpoint:civitai:827184@2514310+2402203", PastedResource(827184, 2514310, 2402203)),
        ("air:flux1:lora:civitai:1231067@1387174.safetensors", PastedResource(1231067, 1387174)),
        ("urn:air:sd1:checkpoint:civitai:1102", PastedResource(1102)),
    ],
)
def test_model_version_links_and_airs_name_a_resource(pasted, resource):
    assert parse_pasted(pasted) == resource


def test_an_image_link_or_id_is_still_an_image():
    assert parse_pasted("https://civitai.red/images/26962948") == 26962948
    assert parse_pasted(" 26962948 ") == 26962948


def test_page_links_point_at_a_site_that_shows_the_content():
    from civitai_sidebar.pipeline.images.resolve_resources import civitai_site

    assert civitai_site("https://civitai.com", nsfw=False) == "https://civitai.com"
    assert civitai_site("https://civitai.com", nsfw=True) == "https://civitai.red"  # .com hides it since 2026
    assert civitai_site("https://civitai.green", nsfw=None) == "https://civitai.red"  # unknown: the site showing all
    assert civitai_site("http://127.0.0.1:8190", nsfw=True) == "http://127.0.0.1:8190"  # a local fake's own pages


WILD = Path(__file__).parent / "wild"


@pytest.mark.parametrize(
    ("wild_file", "named"),
    [
        ("item5-civitai-red-image-link.txt", 26962948),
        ("item5-civitai-green-www-image-link.txt", 26962948),
        ("item5-civitai-red-model-version-link.txt", PastedResource(1102, 1292)),
        ("item5-civitai-air-with-file-id.txt", PastedResource(827184, 2514310, 2402203)),
    ],
)
def test_links_users_pasted_in_2026_are_understood(wild_file, named):
    assert parse_pasted((WILD / wild_file).read_text()) == named
