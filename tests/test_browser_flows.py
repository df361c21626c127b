"""The sidebar's flows clicked through in real Chromium, on the pinned and on the newest frontend.

Each flow saves dark and light screenshots under test-artifacts/<frontend>/ for a person to look at.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.browser_runner import run_scenario
from tests.conftest import NEWEST_FRONTEND_ONLY
from tests.downloads_helpers import MiB, civitai_model, sha256_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def image_with(fake, *resources: dict, meta: dict | None = None) -> int:
    """A Civitai image on the fake that used these resources (by version id)."""
    image_id = 700_000_000 + uuid.uuid4().int % 100_000_000
    used = [{"type": "lora", "modelVersionId": int(r["url"].rsplit("/", 1)[1]), "weight": 0.8} for r in resources]
    fake.gallery.add_image(
        id=image_id,
        meta={"prompt": "a lighthouse at dusk", "negativePrompt": "blurry", "seed": 42, "steps": 20, "cfgScale": 6,
              "sampler": "DPM++ 2M Karras", "Size": "512x768", "civitaiResources": used, **(meta or {})},
    )  # fmt: skip
    return image_id


def env_of(fake, **extra) -> dict[str, str]:
    return {"FAKE_CIVITAI_URL": fake.urls.civitai_api_base, **{k: str(v) for k, v in extra.items()}}


def on_disk(server, resource: dict) -> Path:
    return server.base_dir / "models" / resource["folder"] / resource["filename"]


def test_image_to_cards_download_all_to_every_model_present(ui_comfyui, fake_services):
    loras = [civitai_model(fake_services, size=3 * MiB) for _ in range(3)]
    fake_services.faults.delay("storage", 0.5)
    image_id = image_with(fake_services, *loras)
    result = run_scenario(
        "image_download_all",
        ui_comfyui,
        **env_of(fake_services, IMAGE_ID=image_id, EXPECTED_FILES=json.dumps([r["filename"] for r in loras])),
    )
    assert result["before"] == "3 missing" and result["after"] in ("0 missing", "Nothing missing")
    assert result["label"].startswith("Downloading") and "/3)" in result["label"] and result["disabled"]
    for lora in loras:
        assert sha256_of(on_disk(ui_comfyui, lora)) == lora["sha256"]


@NEWEST_FRONTEND_ONLY
def test_cancel_then_download_again_and_retry_after_a_failed_verification(ui_comfyui, fake_services):
    slow = civitai_model(fake_services, size=8 * MiB)
    broken = civitai_model(fake_services, size=2 * MiB)
    fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=None, match=slow["_storage_key"])
    fake_services.faults.wrong_bytes("storage", match=broken["_storage_key"])
    image_id = image_with(fake_services, slow, broken)
    result = run_scenario(
        "cancel_and_retry",
        ui_comfyui,
        **env_of(fake_services, IMAGE_ID=image_id, SLOW_FILE=slow["filename"], BROKEN_FILE=broken["filename"],
                 SLOW_PATH=on_disk(ui_comfyui, slow)),
    )  # fmt: skip
    assert result["partGoneAfterCancel"]
    assert "SHA-256" in result["error"]
    for resource in (slow, broken):
        assert sha256_of(on_disk(ui_comfyui, resource)) == resource["sha256"]


def test_generate_with_a_missing_model_asks_first_then_lays_out_nodes_without_overlap(ui_comfyui, fake_services):
    checkpoint = civitai_model(fake_services, folder="checkpoints", model_type="Checkpoint")
    image_id = image_with(fake_services, checkpoint)
    result = run_scenario("generate_workflow", ui_comfyui, **env_of(fake_services, IMAGE_ID=image_id))
    assert checkpoint["filename"] in result["dialogText"]
    assert "Workflow loaded" in result["status"] and "txt2img" in result["status"]
    assert result["workflowName"] == f"civitai-{image_id}"
    assert result["seedControls"] and set(result["seedControls"]) == {"fixed"}
    assert result["outside"] == [], "every node is in view after Generate"  # fitted to the graph
    nodes = result["nodes"]
    assert {"CheckpointLoaderSimple", "KSampler", "SaveImage"} <= {n["type"] for n in nodes}
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            apart = (
                a["x"] + a["w"] <= b["x"]
                or b["x"] + b["w"] <= a["x"]
                or a["y"] + a["h"] <= b["y"]
                or b["y"] + b["h"] <= a["y"]
            )
            assert apart, (a, b)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside this checkout")
def test_this_workflow_shows_its_missing_model_and_downloads_it_for_the_loader(ui_comfyui, fake_services):
    workflow = json.loads((CORPUS / "workflows" / "comfyui_examples" / "lora__lora.json").read_text())
    lora_name = "epiNoiseoffset_v2.safetensors"  # what this real workflow's LoraLoader asks for
    unique = uuid.uuid4().int % 80_000_000
    version = fake_services.catalog.add_version(
        version_id=10_000_000 + unique,
        model_name="epi_noiseoffset",
        model_type="LORA",
        files=[{"name": lora_name, "size": 2 * MiB, "id": 10_000_000 + unique}],
    )
    result = run_scenario(
        "this_workflow",
        ui_comfyui,
        **env_of(fake_services, WORKFLOW_JSON=json.dumps(workflow), EXPECTED_FILE=lora_name),
    )
    assert result["offered"]
    landed = ui_comfyui.base_dir / "models" / "loras" / lora_name
    assert sha256_of(landed) == version.primary_file.hashes().sha256.lower()


def test_a_reloaded_page_restores_both_views_and_shows_the_running_download_which_then_completes(
    ui_comfyui, fake_services
):
    # Each stalled attempt still brings 1 MiB before the engine gives up on it and resumes: 32 MiB outlast the flow.
    slow = civitai_model(fake_services, size=32 * MiB)
    fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=None, match=slow["_storage_key"])
    image_id = image_with(fake_services, slow)
    result = run_scenario(
        "reload_mid_download", ui_comfyui, **env_of(fake_services, IMAGE_ID=image_id, SLOW_FILE=slow["filename"])
    )
    assert result["badgeBeforeOpening"] == "1"  # the running task is known before the sidebar opens
    assert result["restoredQuery"] == str(image_id)
    assert result["workflowViewRestored"]
    assert result["badgeAtEnd"] == ""
    assert sha256_of(on_disk(ui_comfyui, slow)) == slow["sha256"]


@NEWEST_FRONTEND_ONLY
def test_civitai_red_image_and_model_links_give_cards_that_download(ui_comfyui, fake_services):
    lora = civitai_model(fake_services, size=2 * MiB)
    image_id = image_with(fake_services, lora)
    model_id, version_id = (30_000_000 + uuid.uuid4().int % 60_000_000 for _ in range(2))
    stem = f"redmodel{uuid.uuid4().hex[:8]}"
    version = fake_services.catalog.add_version(
        model_id=model_id,
        version_id=version_id,
        model_name=f"Red {stem}",
        model_type="Checkpoint",
        files=[
            {"name": f"{stem}.safetensors", "id": version_id, "size": MiB, "primary": True},
            {"name": f"{stem}_pruned.safetensors", "id": version_id + 1, "type": "Pruned Model", "size": 2 * MiB},
        ],
        file_queries_404=True,
    )
    pruned = version.files[1]
    result = run_scenario(
        "civitai_red_links",
        ui_comfyui,
        **env_of(
            fake_services,
            IMAGE_LINK=f"https://civitai.red/images/{image_id}",
            IMAGE_FILE=lora["filename"],
            MODEL_LINK=f"https://www.civitai.red/api/download/models/{version_id}?fileId={pruned.id}",
            MODEL_FILE=pruned.name,
        ),
    )
    assert result["thumbnail"] == 1 and result["modelName"] == f"Red {stem}" and result["generateShown"] == 0
    assert sha256_of(on_disk(ui_comfyui, lora)) == lora["sha256"]
    landed = ui_comfyui.base_dir / "models" / "checkpoints" / pruned.name
    assert sha256_of(landed) == pruned.hashes().sha256.lower()  # the second file, by fileId, verified
