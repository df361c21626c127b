"""State that tells the truth, with the sidebar closed too (issue 12, items 1, 2 and 8), on every frontend.

Download All with stalled files (the counter, the tab's badge, the one toast per batch, the loaders' lists),
a deleted file offered again, and a workflow switch that never shows the previous workflow's list.
Screenshots go to test-artifacts/<frontend>/.
"""

from __future__ import annotations

import json
import uuid

from tests.browser_runner import run_scenario
from tests.downloads_helpers import MiB, civitai_model
from tests.test_browser_flows import env_of, image_with, on_disk


def test_download_all_with_the_tab_closed_counts_badges_toasts_once_and_the_disk_wins(ui_comfyui, fake_services):
    fast = [civitai_model(fake_services, size=2 * MiB) for _ in range(2)]
    # Each stalled attempt still brings 1 MiB before the engine resumes it: 24 MiB outlast the stall phase.
    slow = [civitai_model(fake_services, size=24 * MiB) for _ in range(2)]
    for resource in slow:
        fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=None, match=resource["_storage_key"])
    image_id = image_with(fake_services, *fast, *slow)
    names = [r["filename"] for r in fast + slow]
    result = run_scenario(
        "tab_closed_batch",
        ui_comfyui,
        timeout=300,
        **env_of(
            fake_services,
            IMAGE_ID=image_id,
            FILES=json.dumps(names),
            STALLED=json.dumps([r["filename"] for r in slow]),
            DELETE_PATH=on_disk(ui_comfyui, fast[0]),
        ),
    )
    assert "(2/4)" in result["counterWhileStalled"]  # counted from the files, while two stall
    assert result["badgeWhileClosed"] == "2"
    assert result["toastsWhileRunning"] == []  # no toast per finished file of a batch, no list refresh yet
    ours = [toast for toast in result["toasts"] if "downloaded" in toast or "failed" in toast]
    assert len(ours) == 1 and "4 models downloaded" in ours[0], result["toasts"]
    # The host toasts each refresh of its lists ("Update requested", "Node definitions updated"): one refresh
    # for the whole batch, not one per file.
    assert sum("Node definitions updated" in toast for toast in result["toasts"]) <= 1, result["toasts"]
    assert result["badgeAtEnd"] == ""
    assert result["othersPresent"] == ["present"] * 3
    assert not on_disk(ui_comfyui, fast[0]).exists()


def test_a_workflow_switch_says_checking_at_once_and_never_shows_the_previous_list(ui_comfyui, fake_services):
    first, second = (f"switch-{uuid.uuid4().hex[:8]}.safetensors" for _ in range(2))
    result = run_scenario("workflow_switch", ui_comfyui, **env_of(fake_services, FIRST_FILE=first, SECOND_FILE=second))
    after_load = result["firstFrameAfterLoad"]
    # The first frame after the load says Checking, or (a quick check) already shows the new workflow's list.
    checking = after_load["cards"] == [] and after_load["summary"].startswith("Checking")
    assert checking or after_load["cards"] == [second], after_load
    assert not any(frame["showsFirst"] for frame in result["frames"])  # recorded from the switch on
    assert result["frames"][-1]["cards"] == [second]
