"""Issue 16 item 3 in real Chromium through the real ComfyUI: Pause and Resume from a download's row, Pause all and
Resume all, and the connections a segmented download uses, on every host/frontend pair (the settings dialog's store
and the progress events go through the host)."""

from __future__ import annotations

import asyncio

from tests.browser_runner import run_scenario
from tests.downloads_helpers import MiB, civitai_model, payload, sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.test_browser_flows import env_of, image_with, on_disk

CONNECTIONS = 4
EARLIER_FILES = 40  # a Downloads list taller than the sidebar, as after a day of use


async def _download_earlier_files(comfyui, fake_services) -> None:
    """Finished files fill the Downloads list: its toolbar must stay whole and clickable above a long list."""
    resources = [payload(civitai_model(fake_services, size=64 * 1024)) for _ in range(EARLIER_FILES)]
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/download-all", {"resources": resources})
        assert status == 200, answer
        await client.wait_for(answer["task_id"], timeout=120)


def test_pause_resume_one_file_then_pause_all_and_resume_all(ui_comfyui, fake_services):
    # Above the 64 MiB from which a file may come over several connections; the fake's slow link is per connection:
    # the first takes ~10 s at 4 x 2 MiB/s, the second ~24 s at 4 x 1 MiB/s, long enough to pause both.
    first = civitai_model(fake_services, size=80 * MiB)
    second = civitai_model(fake_services, size=96 * MiB)
    fake_services.faults.slow("storage", 2 * MiB, match=first["_storage_key"])
    fake_services.faults.slow("storage", MiB, match=second["_storage_key"])
    image_id = image_with(fake_services, first, second)
    asyncio.run(_download_earlier_files(ui_comfyui, fake_services))
    part = {name: f"{on_disk(ui_comfyui, resource)}.part" for name, resource in (("FIRST", first), ("SECOND", second))}
    result = run_scenario(
        "pause_resume",
        ui_comfyui,
        timeout=300,
        **env_of(fake_services, IMAGE_ID=image_id, FIRST_FILE=first["filename"], SECOND_FILE=second["filename"],
                 FIRST_PART=part["FIRST"], SECOND_PART=part["SECOND"], CONNECTIONS=CONNECTIONS),
    )  # fmt: skip
    # Forty finished files make the list scroll under a toolbar it never covers.
    assert result["layout"] == {"scrolls": True, "toolbarAbove": True, "footerBelow": True}, result["layout"]
    # Connections per file, chosen in ComfyUI's settings dialog, reach the engine and the row.
    assert result["chosenInDialog"], "the Connections per file field was not found in the settings dialog"
    assert "Connections per file" in result["dialogText"] and "Bandwidth limit (MB/s)" in result["dialogText"]
    assert result["connectionsSetting"] == CONNECTIONS
    assert result["serverConnections"] == CONNECTIONS, result
    assert result["connectionsShown"] == f"{CONNECTIONS} connections"
    # A paused row says so, keeps its bytes, shows no speed or time left, offers Resume instead of Pause.
    assert result["pausedStatus"] == "Paused"
    assert result["pausedSpeedShown"] == 0 and result["pauseButtonShown"] == 0
    held = result["firstWhilePaused"]
    assert held["before"] == held["after"], held  # the row, the server's count and the .part on disk stand still
    assert 0 < held["before"]["server"] < first["size"] and held["before"]["part"] is not None
    assert result["secondAfter"] > result["secondBefore"]  # the other download ran on meanwhile
    assert result["bytesAfterResume"] >= held["before"]["server"]  # resumed from its bytes, not from zero
    # Pause all paused both, and the Download All with them; nothing moved until Resume all.
    assert result["batchResumeShown"] == 1 and result["summaryAllPaused"] == "2 paused"
    for name, watched in result["allPaused"].items():
        assert watched["before"] == watched["after"], (name, watched)
    # Both finished after Resume all, each the right file.
    assert result["batchStatusAtEnd"] == "completed"
    for resource in (first, second):
        assert sha256_of(on_disk(ui_comfyui, resource)) == resource["sha256"]
        assert not (on_disk(ui_comfyui, resource).parent / f"{resource['filename']}.part").exists()
