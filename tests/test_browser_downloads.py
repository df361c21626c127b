"""Issue 12 items 3 and 7 in real Chromium, on the pinned and the newest frontend: the Downloads view (bytes,
speed, time left, a reload, Retry, Cancel, Copy path) and what Download All says before it is clicked."""

from __future__ import annotations

import re

from tests.browser_runner import run_scenario
from tests.downloads_helpers import MiB, civitai_model, sha256_of
from tests.test_browser_flows import env_of, image_with, on_disk


def test_downloads_view_follows_a_batch_through_a_reload_with_retry_cancel_and_copy_path(ui_comfyui, fake_services):
    slow = civitai_model(fake_services, size=60 * MiB)  # under the size that gets several connections
    broken = civitai_model(fake_services, size=2 * MiB)
    early = civitai_model(fake_services, size=5 * MiB, early_access_deadline="2099-01-01T00:00:00.000Z")
    fake_services.faults.slow("storage", MiB, match=slow["_storage_key"])
    wrong = fake_services.faults.wrong_bytes("storage", match=broken["_storage_key"])
    image_id = image_with(fake_services, slow, broken, early)
    result = run_scenario(
        "downloads_view",
        ui_comfyui,
        **env_of(fake_services, IMAGE_ID=image_id, SLOW_FILE=slow["filename"], BROKEN_FILE=broken["filename"],
                 EARLY_FILE=early["filename"], BROKEN_RULE=wrong.id),
    )  # fmt: skip
    # Item 7: the count and size of what it will fetch; the early-access file apart, with why, not counted.
    assert result["labelBefore"] == "Download all · 2 models · 62.0 MB", result["labelBefore"]
    assert result["skippedSummary"] == "1 left out of Download All"
    assert early["filename"] in result["skippedRow"] and "2099-01-01" in result["skippedRow"]
    # Item 3: a running file with bytes, speed and time left, still there after a reload.
    assert re.fullmatch(r"\d+(\.\d+)? (KB|MB) of 60\.0 MB", result["runningBytes"]), result["runningBytes"]
    assert re.fullmatch(r"\d+(\.\d+)? (KB|MB)/s", result["runningSpeed"]), result["runningSpeed"]
    assert re.fullmatch(r"(\d+ min \d\d s|\d+ s) left", result["runningEta"]), result["runningEta"]
    assert re.fullmatch(r"\d+(\.\d+)? (KB|MB) of 60\.0 MB", result["afterReloadBytes"]), result["afterReloadBytes"]
    assert result["failedAfterReload"] and re.fullmatch(r"[01] of 2 files done", result["batchAfterReload"])
    assert result["clearedStatus"] == 200
    # Retry from the list fetched the file; Copy path put ComfyUI's path of it in the clipboard.
    assert sha256_of(on_disk(ui_comfyui, broken)) == broken["sha256"]
    assert result["clipboard"] == f"loras/{broken['filename']}"
    assert result["copiedNote"] == f"Copied: loras/{broken['filename']}"
    # Cancel stopped the slow one, which can be retried.
    assert result["slowRetryOffered"] and not on_disk(ui_comfyui, slow).exists()
