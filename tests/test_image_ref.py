"""What a user may paste into the image box."""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.image_ref import parse_image_id


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
        ("https://civitai.com/models/1102/synthwavepunk", "model or post link"),
        ("https://civitai.com/posts/6030721", "model or post link"),
        ("https://civitai.com/user/someone", "does not point at an image"),
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
