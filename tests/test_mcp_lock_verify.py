"""The MCP tools `lock` and `verify` over stdio, against the fake: the same lock and verify answers as the routes,
refused input as a sentence, nothing written."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest

from tests.downloads_helpers import MiB
from tests.test_cli_lock_verify import LORA_EXAMPLE, a_lock, civitai_file, corpus_workflow

pytest.importorskip("mcp", reason="the MCP SDK is an optional extra: pip install '.[mcp]'")
from tests.test_mcp_server import connected, server_env  # noqa: E402, F401  (server_env: a fixture)

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.skipif(not LORA_EXAMPLE.is_file(), reason="the shared corpus is not beside this checkout"),
]


@pytest.fixture
def models(tmp_path):
    for folder in ("checkpoints", "loras", "vae", "upscale_models"):
        (tmp_path / "models" / folder).mkdir(parents=True)
    return tmp_path / "models"


async def test_lock_a_workflow_and_an_image_then_verify_the_folder(server_env, models, fake_services, tmp_path):  # noqa: F811
    tag = uuid.uuid4().hex[:8]
    version, file, checkpoint = civitai_file(fake_services, f"ckpt-{tag}.safetensors", "Checkpoint")
    (models / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(checkpoint)
    fake_services.hf.add_file("acme/lock-mcp", f"vae-{tag}.safetensors", size=MiB)
    link = f"https://huggingface.co/acme/lock-mcp/resolve/main/vae-{tag}.safetensors"
    workflow = corpus_workflow(tag, link)
    lora_version, _, lora = civitai_file(fake_services, f"image-lora-{tag}.safetensors", "LORA")
    image_id = 860_000_000 + uuid.uuid4().int % 1_000_000
    fake_services.gallery.add_image(id=image_id, meta={"prompt": "a lighthouse", "civitaiResources": [
        {"type": "lora", "modelVersionId": lora_version.id, "weight": 0.5}]})  # fmt: skip
    before = sorted(tmp_path.rglob("*"))

    async with connected(server_env, "--models-dir", str(models)) as agent:
        from_workflow = await agent.ok("lock", workflow=workflow)
        from_image = await agent.ok("lock", image_id=image_id)
        verified = await agent.ok("verify", lock=from_workflow["lock"])
        as_text = await agent.ok("verify", lock=json.dumps(from_workflow["lock"]))
        nothing = await agent.refused("lock")
        not_a_lock = await agent.refused("verify", lock={"models": []})
        no_file = await agent.refused("verify", lock=str(tmp_path / "absent.json"))

    locked = {(m["folder"], m["name"]): m for m in from_workflow["lock"]["models"]}
    assert locked[("checkpoints", f"ckpt-{tag}.safetensors")]["sources"] == [
        {"kind": "civitai", "model_version_id": version.id, "file_id": file.id, "model_id": version.model_id}
    ]
    assert locked[("vae", f"vae-{tag}.safetensors")]["sources"][0]["kind"] == "huggingface"
    assert {m["folder"] for m in from_workflow["lock"]["unpinned"]} == {"loras", "upscale_models"}
    assert from_workflow["summary"] == {"pinned": 2, "unpinned": 2, "without_source": 0}
    [image_lora] = from_image["lock"]["models"]
    assert (image_lora["name"], image_lora["sha256"]) == (
        f"image-lora-{tag}.safetensors",
        hashlib.sha256(lora).hexdigest(),
    )
    states = {(m["folder"], m["state"]) for m in verified["models"]}
    assert states == {("checkpoints", "present"), ("vae", "missing")}  # the VAE is locked, not downloaded
    assert verified["summary"] == {"present": 1, "missing": 1, "wrong": 0} and as_text == verified
    assert "give a workflow, an image_id, or both" in nothing
    assert "is this a models lock file?" in not_a_lock and "no lock file at" in no_file
    written = set(tmp_path.rglob("*")) - set(before)
    cache = tmp_path / "cache"
    assert all(path == cache or cache in path.parents for path in written), written  # only the hash cache


async def test_verify_tells_missing_wrong_and_right_apart(server_env, models, tmp_path):  # noqa: F811
    lock_path, _ = a_lock(models, tmp_path)
    async with connected(server_env, "--models-dir", str(models)) as agent:
        answer = await agent.ok("verify", lock=str(lock_path))
    assert {m["name"]: m["state"] for m in answer["models"]} == {
        "sub/right.safetensors": "present", "sub/missing.safetensors": "missing", "sub/wrong.safetensors": "wrong"
    }  # fmt: skip
    assert answer["complete"] is False
