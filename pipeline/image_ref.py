"""Turn what a user pastes (an ID, or a Civitai image link) into an image ID, or say what is wrong."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

CIVITAI_SITES = ("civitai.com", "www.civitai.com", "civitai.green", "www.civitai.green")
MAX_IMAGE_ID = 2**53


def parse_image_id(text: object) -> int:
    """An image ID from `123456` or `https://civitai.com/images/123456?...`; ValueError with a sentence."""
    if isinstance(text, bool):
        raise ValueError("Paste a Civitai image ID or link, e.g. https://civitai.com/images/123456.")
    if isinstance(text, int):
        value = text
    elif isinstance(text, str) and text.strip().isdigit():
        value = int(text.strip())
    elif isinstance(text, str):
        value = _id_from_link(text.strip())
    else:
        raise ValueError("Paste a Civitai image ID or link, e.g. https://civitai.com/images/123456.")
    if not 0 < value < MAX_IMAGE_ID:
        raise ValueError(f"{value} is not a Civitai image ID.")
    return value


def _id_from_link(link: str) -> int:
    parts = urlsplit(link if "://" in link else f"https://{link}")
    host = (parts.hostname or "").lower()
    if host not in CIVITAI_SITES:
        raise ValueError(f"That is not a Civitai link ({host or link!r}): paste a civitai.com/images/… link or an ID.")
    match = re.fullmatch(r"/images/(\d+)/?", parts.path)
    if match:
        return int(match.group(1))
    if parts.path.startswith(("/models/", "/posts/")):
        raise ValueError("That is a model or post link: open the image itself and copy its link (…/images/<id>).")
    raise ValueError("That Civitai link does not point at an image: it should look like civitai.com/images/123456.")
