"""The images behind ``GET /api/v1/images``: fixtures 1-6, each served by ``imageId``, plus test additions.

Each image is stored as its envelope fields and its *flat* meta; the endpoint decides the meta shape per
request (``null`` / flat / ``{"id", "meta"}``, reference §2.3). Envelope fields a fixture excerpt lacks are
filled with neutral values in the current response shape (``modelVersionIds`` becomes ``[]``, never a
guess), so every item has every key the live API sends.
"""

from __future__ import annotations

import copy
import re
import threading
import uuid
from dataclasses import dataclass

from .catalog import load_fixture
from .civitai_schema import NSFW_LEVEL_NAMES

IMAGE_FIXTURES = [f"civitai_images_{number}.json" for number in range(1, 7)]
SHAPED_KEYS = (
    "id",
    "url",
    "hash",
    "width",
    "height",
    "nsfwLevel",
    "type",
    "nsfw",
    "browsingLevel",
    "createdAt",
    "postId",
    "stats",
    "meta",
    "username",
    "baseModel",
    "modelVersionIds",
)
"""Key order of ``ShapedImage`` in Civitai's image-search service."""
LEVEL_BY_NAME = {"None": 1, "Soft": 2, "Mature": 4, "X": 8}


@dataclass
class GalleryImage:
    item: dict
    """Envelope in API key order; its ``meta`` value is a placeholder."""
    meta: dict | None
    """The flat generation metadata (what ``flatMeta=true`` returns)."""

    @property
    def id(self) -> int:
        return self.item["id"]

    @property
    def browsing_level(self) -> int:
        return self.item["browsingLevel"]

    def referenced_version_ids(self) -> set[int]:
        ids = set(self.item.get("modelVersionIds") or [])
        for resource in (self.meta or {}).get("civitaiResources") or []:
            if isinstance(resource, dict) and isinstance(resource.get("modelVersionId"), int):
                ids.add(resource["modelVersionId"])
        return ids


def _strip_truncation_notes(value):
    if isinstance(value, dict):
        return {k: _strip_truncation_notes(v) for k, v in value.items() if k != "_truncated"}
    if isinstance(value, list):
        return [_strip_truncation_notes(v) for v in value]
    return value


def _unwrap_meta(image_id: int, meta):
    """Fixture 4 was captured in the nested ``{id, meta}`` shape; store its inner dict."""
    if isinstance(meta, dict) and set(meta) == {"id", "meta"} and meta["id"] == image_id:
        return meta["meta"]
    return meta


def shape_image(raw: dict) -> GalleryImage:
    raw = _strip_truncation_notes(copy.deepcopy(raw))
    image_id = raw["id"]
    meta = _unwrap_meta(image_id, raw.get("meta"))
    size = str((meta or {}).get("Size", ""))
    match = re.fullmatch(r"(\d+)x(\d+)", size)
    level = raw.get("browsingLevel") or LEVEL_BY_NAME.get(raw.get("nsfwLevel", "None"), 1)
    level_name = NSFW_LEVEL_NAMES.get(level, "None")
    image_uuid = uuid.uuid5(uuid.NAMESPACE_URL, f"civitai-fake-image-{image_id}")
    defaults = {
        "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{image_uuid}/original=true/{image_id}.jpeg",
        "hash": "U00000fQfQfQfQfQfQfQfQfQfQfQ",
        "width": int(match.group(1)) if match else 512,
        "height": int(match.group(2)) if match else 512,
        "nsfwLevel": level_name,
        "type": "image",
        "nsfw": level_name != "None",
        "browsingLevel": level,
        "createdAt": "2024-01-01T00:00:00.000Z",
        "postId": image_id + 1,
        "stats": {
            "cryCount": 0,
            "laughCount": 0,
            "likeCount": 0,
            "dislikeCount": 0,
            "heartCount": 0,
            "commentCount": 0,
        },
        "meta": None,
        "username": "civitai_user",
        "baseModel": None,
        "modelVersionIds": [],
    }
    item = {"id": image_id}
    for key in SHAPED_KEYS[1:]:
        item[key] = raw[key] if key in raw else defaults[key]
    item["browsingLevel"] = level
    for key, value in raw.items():  # fields the shaper does not know (e.g. ``thumbnail``) stay
        item.setdefault(key, value)
    return GalleryImage(item=item, meta=meta)


class Gallery:
    """All images the fake serves, by id."""

    def __init__(self, *, load_fixtures: bool = True) -> None:
        self.images: dict[int, GalleryImage] = {}
        self._lock = threading.Lock()
        if load_fixtures:
            for name in IMAGE_FIXTURES:
                for raw in load_fixture(name)["items"]:
                    self.add_image(raw)

    def add_image(self, raw: dict | None = None, **fields) -> GalleryImage:
        """Add an image from an API-shaped item (``meta`` flat or nested); keyword fields override."""
        data = dict(raw or {})
        data.update(fields)
        if "id" not in data:
            raise ValueError("an image needs an id")
        image = shape_image(data)
        with self._lock:
            self.images[image.id] = image
        return image

    def all(self) -> list[GalleryImage]:
        with self._lock:
            return list(self.images.values())
