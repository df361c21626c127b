"""The Civitai models the "inputs from the wild" (tests/wild/) meet, added to the fake with fixed ids.

EasyNegative needs no adding: the fake has Civitai's real one (model 7808, file easynegative.safetensors).
Fixed ids and names: ComfyUI's process caches Civitai answers (searches included) by URL for the whole
test session, so every test that searches for these names must find the very same catalog.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.downloads_helpers import MiB

WILD = Path(__file__).resolve().parent / "wild"


def wild_workflow(name: str) -> dict:
    return json.loads((WILD / name).read_text(encoding="utf-8"))


def add_fashion_girl(fake):
    """Civitai has fashionGirl_v51 only; the workflow wants fashionGirl_v53 (93 % alike, another file)."""
    return fake.catalog.add_version(
        version_id=95_000_051,
        model_id=95_000_050,
        model_name="Fashion Girl",
        model_type="LORA",
        version_name="v5.1",
        files=[{"name": "fashionGirl_v51.safetensors", "size": MiB, "id": 95_000_051}],
    )


def add_ultrasharp(fake):
    """An upscaler the workflow names `4x-UltraSharp`; Civitai's file is a .pt of another name."""
    return fake.catalog.add_version(
        version_id=95_000_071,
        model_id=95_000_070,
        model_name="4x-UltraSharp",
        model_type="Upscaler",
        version_name="v1.0",
        files=[{"name": "4xUltrasharp_4xUltrasharpV10.pt", "size": 128 * 1024, "id": 95_000_071}],
    )


def add_badhand(fake):
    """An embedding whose Civitai file has exactly the name the workflow writes, bar the extension."""
    return fake.catalog.add_version(
        version_id=95_000_081,
        model_id=95_000_080,
        model_name="badhandv4",
        model_type="TextualInversion",
        version_name="v4",
        files=[{"name": "badhandv4.pt", "type": "Negative", "size": 32 * 1024, "id": 95_000_081}],
    )
