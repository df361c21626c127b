"""The MCP tool `realize`, as an agent calls it: the same document as the command line, refusals in words."""

from __future__ import annotations

import json

import pytest

from tests.downloads_helpers import sha256_of
from tests.realize_helpers import civitai_locked, hf_locked, served, write_lock

pytest.importorskip("mcp", reason="the MCP SDK is an optional extra: pip install '.[mcp]'")
from tests.test_mcp_server import HF_KEY, KEY, connected  # noqa: E402


@pytest.fixture
def agent_env(fake_services, tmp_path) -> dict[str, str]:
    return {**fake_services.env(), "CIVITAI_API_KEY": KEY, "HF_TOKEN": HF_KEY, "XDG_CACHE_HOME": str(tmp_path / "c")}


async def test_realize_through_mcp_fills_the_folder_and_a_second_call_downloads_nothing(
    agent_env, tmp_path, fake_services
):
    models = tmp_path / "models"
    models.mkdir()
    lora, vae = civitai_locked(fake_services), hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora, vae)
    store = tmp_path / "store"
    async with connected(agent_env, "--models-dir", str(models)) as agent:
        first = await agent.ok("realize", lock=str(lock), store=str(store))
        again = await agent.ok("realize", lock=str(lock), store=str(store))
        wrong = tmp_path / "wrong.lock.json"
        wrong.write_text(json.dumps({"schema": "civitai-sidebar/models-lock@1", "models": [{"folder": 1}]}))
        refused = await agent.refused("realize", lock=str(wrong), store=str(store))
        bad_mirror = await agent.refused("realize", lock=str(lock), store=str(store), mirror="http://10.0.0.9/m")
    assert first["schema"] == "civitai-sidebar/realize@1" and first["complete"] is True
    assert first["summary"]["downloaded"] == 2 and again["summary"]["downloaded"] == 0
    assert sha256_of(models / "loras" / lora["name"]) == lora["sha256"]
    assert sha256_of(models / "vae" / vae["name"]) == vae["sha256"]
    assert len(served(fake_services, lora)) == 1 == len(served(fake_services, vae))
    assert "realize:" in refused and "models-lock@1" in refused
    assert "mirror URL is refused" in bad_mirror
