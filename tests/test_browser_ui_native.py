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
    assert measured["image-wide"]["width"] >= 480, measured["image-wide"]
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


def test_keyboard_only_from_the_paste_box_through_the_view_tabs_to_every_file_downloaded(ui_comfyui, fake_services):
    loras = [civitai_model(fake_services, size=MiB) for _ in range(3)]
    image_id = image_with(fake_services, *loras)
    files = [r["filename"] for r in loras]
    result = run_scenario(
        "keyboard_flow", ui_comfyui, **env_of(fake_services, IMAGE_ID=image_id, EXPECTED_FILES=json.dumps(files))
    )
    assert result["onImage"] == {
        "testid": "view-image", "role": "tab", "selected": "true", "controls": "cs-panel-image"
    }  # fmt: skip
    assert result["onWorkflow"] == {
        "testid": "view-workflow", "role": "tab", "selected": "true", "controls": "cs-panel-workflow"
    }  # fmt: skip
    assert result["panel"] == {"id": "cs-panel-workflow", "labelledBy": "cs-tab-workflow"}
    assert result["wrapped"]["testid"] == "view-image"
    # the live region said what the cards showed: a download started, and files arrived
    spoken = " | ".join(result["spoken"])
    assert any(f"Downloading {name}" in spoken or f"{name} downloaded" in spoken for name in files), spoken
    assert "Download All:" in spoken, spoken
    for lora in loras:
        assert sha256_of(on_disk(ui_comfyui, lora)) == lora["sha256"]


def test_use_this_joins_download_all_and_not_this_stays_out(ui_comfyui, fake_services):
    add_fashion_girl(fake_services)
    exact = exact_lora(fake_services)
    models = ui_comfyui.base_dir / "models"
    near_path, embedding_path = models / "loras" / NEAR, models / "embeddings" / EMBEDDING
    before = file_tasks(ui_comfyui)
    try:
        result = run_scenario(
            "decide_matches",
            ui_comfyui,
            **env_of(
                fake_services,
                WORKFLOW_JSON=json.dumps(workflow_with(exact)),
                NEAR_FILE=NEAR,
                EMBEDDING_FILE=EMBEDDING,
                EXACT_FILE=exact,
            ),
        )
        assert result["names"] == [NEAR, "fashionGirl_v51.safetensors"]
        assert "fashionGirl_v51.safetensors (93% alike)" in result["evidence"]
        assert result["nearAfter"] == "rejected"
        queued = {name for task_id, name in file_tasks(ui_comfyui).items() if task_id not in before}
        assert queued == {exact, EMBEDDING}  # the confirmed one joined Download All, the turned-down one did not
        assert embedding_path.is_file() and not near_path.exists()
    finally:
        for path in (near_path, embedding_path, models / "loras" / exact):
            path.unlink(missing_ok=True)
