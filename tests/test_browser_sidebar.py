"""Real Chromium against the real ComfyUI: the sidebar tab is there and shows the backend's answer."""

from __future__ import annotations

from pathlib import Path

from tests.browser_runner import run_scenario


def test_clicking_the_tab_shows_the_health_answer(ui_comfyui, fake_services_session):
    result = run_scenario("sidebar_health", ui_comfyui)
    observed = result["observed"]
    assert observed["title"] == "Civitai Sidebar"
    assert "0.1.0" in observed["version"]
    assert observed["civitaiUrl"] == fake_services_session.urls.civitai_api_base
    assert observed["hfUrl"] == fake_services_session.urls.hf_endpoint
    assert observed["civitaiKey"] in ("set", "not set")
    assert observed["hfKey"] in ("set", "not set")
    assert not [e for e in result["consoleErrors"] if "civitai" in e.lower()]
    for path in result["screenshots"]:
        assert Path(path).stat().st_size > 10_000
