"""Real Chromium against the real ComfyUI: the sidebar tab is there and shows the backend's answer."""

from __future__ import annotations

from pathlib import Path

from tests.browser_runner import run_scenario


def test_clicking_the_tab_shows_the_health_answer(comfyui):
    result = run_scenario("sidebar_health", comfyui.url)
    observed = result["observed"]
    assert observed["title"] == "Civitai Sidebar"
    assert "0.1.0" in observed["version"]
    assert observed["civitaiUrl"] == "https://civitai.com"
    assert observed["hfUrl"] == "https://huggingface.co"
    assert "not set" in observed["civitaiKey"].lower()
    assert "not set" in observed["hfKey"].lower()
    assert not [e for e in result["consoleErrors"] if "civitai" in e.lower()]
    for path in result["screenshots"]:
        assert Path(path).stat().st_size > 10_000
