"""`POST /civitai/lock` and `POST /civitai/verify` in a real ComfyUI (both hosts), over a socket, against the fake
Civitai/Hugging Face: the lock of a corpus workflow with a model on disk, one with a source and ones with none;
the verify of a machine with one right, one wrong and one missing file; bad input refused with a sentence."""

from __future__ import annotations

import hashlib
import json
import re
import uuid

import pytest

from tests.downloads_helpers import MiB
from tests.harness.comfy_client import ComfyClient
from tests.test_cli import cli
from tests.test_cli_lock_verify import LORA_EXAMPLE, civitai_file, corpus_workflow

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.skipif(not LORA_EXAMPLE.is_file(), reason="the shared corpus is not beside this checkout"),
]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def test_the_lock_route_pins_what_is_on_disk_and_what_has_a_source(comfyui, fake_services):
    tag = uuid.uuid4().hex[:8]
    version, file, checkpoint = civitai_file(fake_services, f"civitai-{tag}.safetensors", "Checkpoint")
    models_dir = comfyui.base_dir / "models"
    (models_dir / "checkpoints").mkdir(parents=True, exist_ok=True)
    (models_dir / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(checkpoint)
    vae = fake_services.hf.add_file("acme/lock-route", f"vae-{tag}.safetensors", size=MiB)
    link = f"https://huggingface.co/acme/lock-route/resolve/main/vae-{tag}.safetensors"
    workflow = corpus_workflow(tag, link)
    before = sorted(p for p in models_dir.rglob("*") if tag in p.name)

    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/lock", {"workflow": workflow})

    assert status == 200, answer
    lock = answer["lock"]
    assert lock["schema"] == "civitai-sidebar/models-lock@1"
    locked = {(m["folder"], m["name"]): m for m in lock["models"]}
    assert locked[("checkpoints", f"ckpt-{tag}.safetensors")] == {
        "folder": "checkpoints", "name": f"ckpt-{tag}.safetensors", "sha256": sha256_hex(checkpoint),
        "size": len(checkpoint),
        "sources": [{"kind": "civitai", "model_version_id": version.id, "file_id": file.id,
                     "model_id": version.model_id}],
    }  # fmt: skip
    [source] = locked[("vae", f"vae-{tag}.safetensors")]["sources"]
    assert (source["repo"], source["path"]) == ("acme/lock-route", f"vae-{tag}.safetensors")
    assert re.fullmatch(r"[0-9a-f]{40}", source["revision"])
    assert locked[("vae", f"vae-{tag}.safetensors")]["sha256"] == vae.sha256()
    unpinned = {(m["folder"], m["name"]) for m in lock["unpinned"]}
    assert unpinned == {("loras", f"lora-{tag}.safetensors"), ("upscale_models", f"upscaler-{tag}.pth")}
    assert answer["summary"]["pinned"] == 2 and answer["summary"]["unpinned"] == 2
    assert sorted(p for p in models_dir.rglob("*") if tag in p.name) == before  # nothing written


async def test_the_verify_route_says_present_missing_and_wrong(comfyui):
    tag = uuid.uuid4().hex[:8]
    contents = {"right": b"right" * 300, "missing": b"missing" * 300, "wrong": b"wrong" * 300}
    folder = comfyui.base_dir / "models" / "loras" / f"lockv-{tag}"
    folder.mkdir(parents=True)
    (folder / "right.safetensors").write_bytes(contents["right"])
    (folder / "wrong.safetensors").write_bytes(bytes([contents["wrong"][0] ^ 1]) + contents["wrong"][1:])
    lock = {
        "schema": "civitai-sidebar/models-lock@1",
        "models": [
            {"folder": "loras", "name": f"lockv-{tag}/{key}.safetensors", "sha256": sha256_hex(data),
             "size": len(data)}
            for key, data in contents.items()
        ],
    }  # fmt: skip

    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/verify", {"lock": lock})
        refused, not_a_lock = await client.post("/civitai/verify", {"lock": {"models": []}})
        bad_name, traversal = await client.post(
            "/civitai/verify", {"lock": {**lock, "models": [{**lock["models"][0], "name": "../../x.safetensors"}]}}
        )
        extra, extra_key = await client.post("/civitai/verify", {"lock": lock, "delete": True})

    assert status == 200, answer
    states = {m["name"].rsplit("/", 1)[1]: (m["state"], m["path"]) for m in answer["models"]}
    assert states == {
        "right.safetensors": ("present", f"lockv-{tag}/right.safetensors"),
        "missing.safetensors": ("missing", None),
        "wrong.safetensors": ("wrong", f"lockv-{tag}/wrong.safetensors"),
    }
    assert answer["summary"] == {"present": 1, "missing": 1, "wrong": 1} and answer["complete"] is False
    assert all(set(m) == {"folder", "name", "sha256", "size", "state", "detail", "path"} for m in answer["models"])
    assert refused == 400 and "is this a models lock file?" in not_a_lock["error"]
    assert bad_name == 400 and "not a civitai-sidebar/models-lock@1 file" in traversal["error"]
    assert extra == 400 and "delete" in extra_key["error"]


async def test_the_lock_route_refuses_a_body_without_a_workflow(comfyui):
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/lock", {"graph": {}})
        wrong_type, as_form = await client.post("/civitai/lock", "workflow=1", content_type="text/plain")
    assert status == 400 and "workflow" in answer["error"]
    assert wrong_type == 415 and as_form["error"] == "send the body as application/json"


async def test_the_command_line_locks_with_a_running_comfyuis_folders_and_hashes_on_this_disk(
    comfyui, fake_services, tmp_path
):
    tag = uuid.uuid4().hex[:8]
    models_dir = comfyui.base_dir / "models"
    (models_dir / "checkpoints").mkdir(parents=True, exist_ok=True)
    (models_dir / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(b"a checkpoint of " + tag.encode())
    workflow = tmp_path / "wf.json"
    workflow.write_text(json.dumps(corpus_workflow(tag, f"https://example.com/vae-{tag}.safetensors")))
    env = {**fake_services.env(), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    output = tmp_path / "models.lock.json"
    args = ("lock", str(workflow), "--comfyui-url", comfyui.url, "-o", str(output), "--json")

    with_disk = cli(*args, "--models-dir", str(models_dir), env=env)
    only_url = cli(*args, env=env)

    assert with_disk.returncode == 1, with_disk.stderr  # the LoRA, VAE and upscaler have no SHA-256 anywhere
    locked = json.loads(with_disk.stdout)["lock"]["models"]
    assert [(m["name"], m["sha256"]) for m in locked] == [
        (f"ckpt-{tag}.safetensors", sha256_hex(b"a checkpoint of " + tag.encode()))
    ]
    unpinned = {m["name"]: m["reason"] for m in json.loads(only_url.stdout)["lock"]["unpinned"]}
    assert unpinned[f"ckpt-{tag}.safetensors"] == "listed by the ComfyUI, but not on this disk to hash"
