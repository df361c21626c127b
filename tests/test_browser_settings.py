"""API keys typed into ComfyUI's settings reach the pack's server store, never ComfyUI's settings file."""

from __future__ import annotations

import json

from tests.browser_runner import run_scenario
from tests.harness.comfy_client import ComfyClient


async def test_a_typed_key_is_stored_server_side_only(ui_comfyui):
    key = "civitai-typed-key-0123456789"
    try:
        result = run_scenario("settings_keys", ui_comfyui, TYPED_KEY=key)
        assert result["typedInDialog"], "the Civitai key field was not found in the settings dialog"
        assert result["health"]["keys"]["civitai"] is True
        assert key not in result["settings"] and key[:6] not in result["settings"]
        stored = (ui_comfyui.base_dir / "user" / "default" / "comfy.settings.json").read_text()
        assert key[:6] not in stored
        private = json.loads((ui_comfyui.base_dir / "user" / "__civitai_sidebar" / "api_keys.json").read_text())
        assert private["civitai"] == key
    finally:
        async with ComfyClient(ui_comfyui.url) as client:
            await client.post("/civitai/settings/keys", {"civitai": None})
