"""Failure 9 of issue 9 clicked through in real Chromium: blocked cards, retries as they happen, no useless Retry."""

from __future__ import annotations

import asyncio
import re

from tests.browser_runner import run_scenario
from tests.conftest import NEWEST_FRONTEND_ONLY
from tests.downloads_helpers import civitai_model, sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.test_browser_flows import env_of, image_with, on_disk


async def _forget_civitai_key(server) -> None:
    async with ComfyClient(server.url) as client:
        await client.post("/civitai/settings/keys", {"civitai": None})


@NEWEST_FRONTEND_ONLY
def test_a_blocked_card_a_retrying_card_and_a_failure_retry_cannot_help(ui_comfyui, fake_services):
    fine = civitai_model(fake_services)
    early = civitai_model(fake_services, early_access_deadline="2099-01-01T00:00:00.000Z")
    locked = civitai_model(fake_services, require_auth=True)
    fake_services.faults.fail_next("storage", 503, times=2, retry_after=3, match=fine["_storage_key"])
    asyncio.run(_forget_civitai_key(ui_comfyui))
    image_id = image_with(fake_services, fine, early, locked)
    result = run_scenario(
        "blocked_and_retrying",
        ui_comfyui,
        **env_of(fake_services, IMAGE_ID=image_id, FINE_FILE=fine["filename"], EARLY_FILE=early["filename"],
                 LOCKED_FILE=locked["filename"]),
    )  # fmt: skip
    assert "Early Access" in result["blockedText"] and "2099-01-01" in result["blockedText"]
    assert result["blockedHasDownload"] is False
    assert result["skippedBefore"].startswith("1 left out of Download All")
    assert re.fullmatch(r"retrying in [0-3] s, [23] of 6", result["retryingText"]), result["retryingText"]
    assert "API key" in result["lockedError"] and result["lockedHasRetry"] is False
    assert result["skippedAfter"].startswith("2 left out of Download All")
    assert sha256_of(on_disk(ui_comfyui, fine)) == fine["sha256"]
    assert not on_disk(ui_comfyui, early).exists()
    downloads = [r.path_qs for r in fake_services.requests.entries(server="civitai", path_prefix="/api/download/")]
    assert not any(early["url"].rsplit("/", 1)[1] in path for path in downloads)
