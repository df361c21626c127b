"""Issue 12 items 4-6 and 10 in real Chromium on the pinned and newest frontends: the sidebar looks and behaves
like ComfyUI's own panels (fixed chrome, compact cards, decidable matches) and works from the keyboard alone.

Screenshots land under test-artifacts/<frontend>/ with the issue item in their names, for a person to look at.
"""

from __future__ import annotations

import json
import uuid

from tests.browser_runner import run_scenario
from tests.downloads_helpers import MiB, civitai_model, sha256_of
from tests.test_browser_flows import env_of, image_with, on_disk
from tests.test_browser_wild_names import file_tasks, workflow_with
from tests.wild_catalog import add_fashion_girl

NEAR = "fashionGirl_v53.safetensors"  # wanted; Civitai has fashionGirl_v51 only
EMBEDDING = "EasyNegative_v2.safetensors"  # wanted without extension; Civitai's file is easynegative.safetensors


def exact_lora(fake) -> str:
    """A LoRA Civitai has under the very name the workflow loads."""
    name = f"wild-exact-{uuid.uuid4().hex[:8]}.safetensors"
    unique = 10_000_000 + uuid.uuid4().int % 80_000_000
    fake.catalog.add_version(
        version_id=unique,
        model_name=name.removesuffix(".safetensors"),
        files=[{"name": name, "size": MiB, "id": unique}],
    )
    return name


def test_every_view_in_both_palettes_narrow_and_wide_keeps_its_chrome(ui_comfyui, fake_services):
    add_fashion_girl(fake_services)
    loras = [civitai_model(fake_services, size=MiB) for _ in range(8)]
    image_id = image_with(fake_services, *loras)
    result = run_scenario(
        "ui_tour",
        ui_comfyui,
        **env_of(
            fake_services,
            IMAGE_ID=image_id,
            WORKFLOW_JSON=json.dumps(workflow_with(exact_lora(fake_services))),
            NEAR_FILE=NEAR,
        ),
    )
    measured = result["measured"]
    assert measured["image-narrow"]["width"] <= 310, measured["image-narrow"]
    for name, figures in measured.items():
        assert figures["tabs"] and not [tab for tab in figures["tabs"] if tab["clipped"] or not tab["inside"]], (
            name,
            figures,
        )
        assert not figures["rootScrolls"], name  # the frame never scrolls: the list does, under fixed chrome
        assert figures["rootBottom"] <= figures["windowHeight"], (name, figures)  # the status footer is in view
        if figures["toolbarRows"]:
            assert figures["toolbarRows"] <= 2 and figures["actionRows"] == 1, (name, figures)
    for width in ("narrow", "wide"):
        image = measured[f"image-{width}"]
        assert image["scrolled"] and image["topStill"] and image["toolbarVisible"], image
        # no reserved hole: a thumbnail that does not load takes no room, one that does is at most 220 px
        assert image["thumbHeight"] in (0, None) or image["thumbHeight"] <= 222, image
    assert len(result["shots"]) == 12
