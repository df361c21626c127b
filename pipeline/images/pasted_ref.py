"""Turn what a user pastes into what it names: a Civitai image, or a model (version, file); else say what is wrong.

An image ID or image link (`civitai.com|.red|.green/images/<id>`, with or without www.) names an image; a
model page, a version page or download link, or an AIR names a model version (see `sources.civitai_links`).
"""

from __future__ import annotations

import re

from ..shapes.sites import CIVITAI_SITES
from ..shapes.url_parts import split_or_none
from ..sources.civitai_links import PastedResource, parse_pasted_resource

MAX_IMAGE_ID = 2**53
ASK = "Paste a Civitai image ID or link (e.g. https://civitai.red/images/123456), a model link or an AIR."


def parse_pasted(text: object) -> int | PastedResource:
    """An image ID, or the model a pasted link or AIR names; ValueError with a sentence for anything else."""
    if isinstance(text, str) and not text.strip().isdigit():
        resource = parse_pasted_resource(text)
        if resource is not None:
            return resource
    return parse_image_id(text)


def parse_image_id(text: object) -> int:
    """An image ID from `123456` or `https://civitai.red/images/123456?...`; ValueError with a sentence."""
    if isinstance(text, bool):
        raise ValueError(ASK)
    if isinstance(text, int):
        value = text
    elif isinstance(text, str) and text.strip().isdigit():
        value = int(text.strip())
    elif isinstance(text, str):
        value = _id_from_link(text.strip())
    else:
        raise ValueError(ASK)
    if not 0 < value < MAX_IMAGE_ID:
        raise ValueError(f"{value} is not a Civitai image ID.")
    return value


def _id_from_link(link: str) -> int:
    parts = split_or_none(link if "://" in link else f"https://{link}")
    host = (parts.hostname or "").lower() if parts else ""
    if host not in CIVITAI_SITES:
        raise ValueError(f"That is not a Civitai link ({host or link!r}). {ASK}")
    match = re.fullmatch(r"/images/(\d+)/?", parts.path)
    if match:
        return int(match.group(1))
    if parts.path.startswith("/posts/"):
        raise ValueError("That is a post link: open one of its images and copy its link (…/images/<id>).")
    raise ValueError(f"That Civitai link points at neither an image nor a model. {ASK}")
