"""The three doors over one core give the same answer for the same workflow: the sidebar's route in a real ComfyUI,
the command line pointed at that ComfyUI, and the MCP server on the same models folder (both hosts).

The workflow is a real one (the corpus's LoRA example) with its models renamed per run, plus two loaders: one model is
on disk, one has a Hugging Face link in the workflow, and two have no source anywhere (the LoRA and the upscaler).
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB
from tests.harness.comfy_client import ComfyClient
from tests.test_cli import cli
from tests.test_cli_lock_verify import LORA_EXAMPLE, corpus_workflow

mcp = pytest.importorskip("mcp", reason="the MCP SDK is an optional extra: pip install '.[mcp]'")
from mcp import ClientSession, StdioServerParameters, stdio_client  # noqa: E402

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.skipif(not LORA_EXAMPLE.is_file(), reason="the shared corpus is not beside this checkout"),
]
REPO = Path(__file__).resolve().parents[1]


def verdicts(models: list[dict]) -> dict:
    """What a user reads off each door: each model's state and, for a missing one, where it would come from."""
    seen = {}
    for model in models:
        reference, resource = model["reference"], model.get("resource") or {}
        source = (resource.get("resolved"), resource.get("url"), resource.get("sha256"), resource.get("filename"))
        seen[(reference["folder"], reference["name"])] = (model["status"], *source, resource.get("needs_confirmation"))
    return seen


async def through_mcp(workflow: Path, models_dir: Path, env: dict) -> dict:
    server = StdioServerParameters(command=sys.executable, args=["-m", "pipeline", "mcp"], env=env, cwd=REPO)
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        result = await session.call_tool("find_missing", {"workflow": str(workflow), "models_dir": str(models_dir)})
    text = "".join(block.text for block in result.content if block.type == "text")
    assert not result.is_error, text
    return json.loads(text)


async def test_sidebar_command_line_and_agent_give_the_same_answer(comfyui, fake_services, tmp_path):
    tag = uuid.uuid4().hex[:8]
    added = fake_services.hf.add_file("acme/three-doors", f"vae-{tag}.safetensors", size=1 * MiB)
    link = f"https://huggingface.co/acme/three-doors/resolve/main/vae-{tag}.safetensors"
    models_dir = comfyui.base_dir / "models"
    (models_dir / "checkpoints").mkdir(parents=True, exist_ok=True)
    (models_dir / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(b"checkpoint")
    workflow = corpus_workflow(tag, link)
    path = tmp_path / "lora-example.json"
    path.write_text(json.dumps(workflow))

    async with ComfyClient(comfyui.url) as client:
        status, sidebar = await client.post("/civitai/missing", {"workflow": workflow, "sources": True})
    assert status == 200, sidebar

    done = cli("download", "--check-only", "--json", str(path), "--comfyui-url", comfyui.url, env=fake_services.env())
    assert done.returncode == 1, done.stderr  # models stay missing: nothing was downloaded
    command_line = json.loads(done.stdout)

    env = {**os.environ, **fake_services.env(), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    agent = await through_mcp(path, models_dir, env)

    hub = fake_services.env()["HF_ENDPOINT"].rstrip("/")  # the link's host, as the clients are pointed at the fake
    download = f"{hub}/acme/three-doors/resolve/main/vae-{tag}.safetensors"
    expected = {
        ("checkpoints", f"ckpt-{tag}.safetensors"): ("present", None, None, None, None, None),
        ("vae", f"vae-{tag}.safetensors"): ("missing", True, download, added.sha256(), f"vae-{tag}.safetensors", False),
    }
    answer = verdicts(sidebar["models"])
    assert {key: answer[key] for key in expected} == expected
    unresolved = {key for key, verdict in answer.items() if verdict[0] == "missing" and not verdict[1]}
    assert unresolved == {("loras", f"lora-{tag}.safetensors"), ("upscale_models", f"upscaler-{tag}.pth")}
    assert verdicts(command_line["models"]) == answer
    assert verdicts(agent["models"]) == answer
