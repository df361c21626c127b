"""`lock` and `verify` on the command line against the fake Civitai/Hugging Face: a lock from a real corpus workflow
and from a Civitai image, pinned by SHA-256 with pinned sources; a machine with one missing, one wrong and one right
file verified (exit codes and the JSON documents); bad input refused with exit 2 and nothing written."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB
from tests.test_cli import cli

REPO = Path(__file__).resolve().parents[1]
LORA_EXAMPLE = REPO.parent / "shared" / "corpus" / "workflows" / "comfyui_examples" / "lora__lora.json"
pytestmark = pytest.mark.skipif(not LORA_EXAMPLE.is_file(), reason="the shared corpus is not beside this checkout")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def civitai_file(fake, name: str, model_type: str, size: int = 256 * 1024):
    """A new version on the fake Civitai with one file; (version, file, its bytes)."""
    unique = uuid.uuid4().int
    version = fake.catalog.add_version(
        version_id=20_000_000 + unique % 70_000_000,
        model_name=name.rsplit(".", 1)[0],
        model_type=model_type,
        files=[{"name": name, "size": size, "id": 20_000_000 + unique % 70_000_000}],
    )
    file = version.primary_file
    return version, file, file.content.read(0, file.content.size)


def corpus_workflow(tag: str, vae_link: str) -> dict:
    """The corpus's LoRA example with its models renamed per run, a VAE with a Hugging Face link, an upscaler."""
    workflow = json.loads(LORA_EXAMPLE.read_text())
    names = {"CheckpointLoaderSimple": f"ckpt-{tag}.safetensors", "LoraLoader": f"lora-{tag}.safetensors"}
    for node in workflow["nodes"]:
        if node["type"] in names:
            node["widgets_values"][0] = names[node["type"]]
    vae = f"vae-{tag}.safetensors"
    workflow["nodes"] += [
        {"id": 50, "type": "VAELoader", "mode": 0, "widgets_values": [vae],
         "properties": {"models": [{"name": vae, "url": vae_link, "directory": "vae"}]}},
        {"id": 51, "type": "UpscaleModelLoader", "mode": 0, "widgets_values": [f"upscaler-{tag}.pth"],
         "properties": {}},
    ]  # fmt: skip
    return workflow


@pytest.fixture
def env(fake_services, tmp_path) -> dict:
    return {**fake_services.env(), "XDG_CACHE_HOME": str(tmp_path / "cache")}


@pytest.fixture
def models(tmp_path) -> Path:
    for folder in ("checkpoints", "loras", "vae", "upscale_models"):
        (tmp_path / "models" / folder).mkdir(parents=True)
    return tmp_path / "models"


def test_lock_of_a_corpus_workflow_pins_files_on_disk_and_sources_and_says_what_it_cannot(
    tmp_path, models, fake_services, env
):
    tag = uuid.uuid4().hex[:8]
    version, file, checkpoint = civitai_file(fake_services, f"civitai-name-{tag}.safetensors", "Checkpoint")
    (models / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(checkpoint)  # Civitai knows it by hash
    (models / "upscale_models" / f"upscaler-{tag}.pth").write_bytes(b"an upscaler nobody publishes")
    vae = fake_services.hf.add_file("acme/lock-test", f"vae-{tag}.safetensors", size=MiB)
    link = f"https://huggingface.co/acme/lock-test/resolve/main/vae-{tag}.safetensors"
    workflow = tmp_path / "lora-example.json"
    workflow.write_text(json.dumps(corpus_workflow(tag, link)))
    output = tmp_path / "models.lock.json"

    done = cli("lock", str(workflow), "--models-dir", str(models), "-o", str(output), "--json", env=env)

    assert done.returncode == 1, done.stderr  # the LoRA cannot be pinned: the lock says so, and the exit code too
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/lock@1" and answer["output"] == str(output)
    written = json.loads(output.read_text())
    assert written == answer["lock"] and written["schema"] == "civitai-sidebar/models-lock@1"
    locked = {(m["folder"], m["name"]): m for m in written["models"]}
    assert locked[("checkpoints", f"ckpt-{tag}.safetensors")] == {
        "folder": "checkpoints", "name": f"ckpt-{tag}.safetensors", "sha256": sha256_hex(checkpoint),
        "size": len(checkpoint),
        "sources": [{"kind": "civitai", "model_version_id": version.id, "file_id": file.id,
                     "model_id": version.model_id}],
    }  # fmt: skip
    vae_lock = locked[("vae", f"vae-{tag}.safetensors")]
    assert (vae_lock["sha256"], vae_lock["size"]) == (vae.sha256(), MiB)
    [hf_source] = vae_lock["sources"]
    assert (hf_source["kind"], hf_source["repo"], hf_source["path"]) == (
        "huggingface", "acme/lock-test", f"vae-{tag}.safetensors"
    )  # fmt: skip
    assert re.fullmatch(r"[0-9a-f]{40}", hf_source["revision"])  # `main` resolved to its commit
    upscaler = locked[("upscale_models", f"upscaler-{tag}.pth")]
    assert upscaler["sources"] == [] and upscaler["sha256"] == sha256_hex(b"an upscaler nobody publishes")
    assert [(m["folder"], m["name"]) for m in written["unpinned"]] == [("loras", f"lora-{tag}.safetensors")]
    assert written["unpinned"][0]["reason"]
    assert answer["summary"] == {"pinned": 3, "unpinned": 1, "without_source": 1}

    people = cli("lock", str(workflow), "--models-dir", str(models), "-o", str(output), env=env)
    assert people.returncode == 1
    assert f"unpinned  loras/lora-{tag}.safetensors: " in people.stdout
    assert f"wrote {output}: 3 locked (1 without a known source), 1 unpinned" in people.stdout


def test_lock_of_a_civitai_image_locks_its_resources_and_never_a_missing_one_without_a_hash(
    tmp_path, models, fake_services, env
):
    tag = uuid.uuid4().hex[:8]
    checkpoint_version, _, checkpoint = civitai_file(fake_services, f"ckpt-{tag}.safetensors", "Checkpoint")
    lora_version, lora_file, lora = civitai_file(fake_services, f"lora-{tag}.safetensors", "LORA")
    (models / "checkpoints" / f"ckpt-{tag}.safetensors").write_bytes(checkpoint)
    image_id = 870_000_000 + uuid.uuid4().int % 1_000_000
    fake_services.gallery.add_image(
        id=image_id,
        meta={
            "prompt": "a lighthouse",
            "civitaiResources": [
                {"type": "checkpoint", "modelVersionId": checkpoint_version.id},
                {"type": "lora", "modelVersionId": lora_version.id, "weight": 0.7},
            ],
            "resources": [{"type": "embed", "name": f"nowhere_{tag}"}],
        },
    )
    output = tmp_path / "image.lock.json"

    done = cli("lock", "--image", f"https://civitai.com/images/{image_id}", "--models-dir", str(models),
               "-o", str(output), "--json", env=env)  # fmt: skip

    answer = json.loads(done.stdout)
    locked = {(m["folder"], m["name"]): m for m in answer["lock"]["models"]}
    assert locked[("checkpoints", f"ckpt-{tag}.safetensors")]["sha256"] == sha256_hex(checkpoint)
    assert locked[("checkpoints", f"ckpt-{tag}.safetensors")]["sources"][0]["model_version_id"] == checkpoint_version.id
    assert locked[("loras", f"lora-{tag}.safetensors")] == {
        "folder": "loras", "name": f"lora-{tag}.safetensors", "sha256": sha256_hex(lora), "size": len(lora),
        "sources": [{"kind": "civitai", "model_version_id": lora_version.id, "file_id": lora_file.id,
                     "model_id": lora_version.model_id}],
    }  # fmt: skip
    assert answer["lock"]["unpinned"] == []  # an embedding known by name only has no file name to lock
    assert [note for note in answer["notes"] if f"nowhere_{tag}" in note]
    assert done.returncode == 1 and json.loads(output.read_text()) == answer["lock"]


def a_lock(models: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A lock of three LoRAs, and a machine where one is right, one is missing and one has other bytes."""
    contents = {"right": b"right bytes" * 100, "missing": b"missing bytes" * 100, "wrong": b"wrong bytes" * 100}
    lock = {
        "schema": "civitai-sidebar/models-lock@1",
        "models": [
            {"folder": "loras", "name": f"sub/{key}.safetensors", "sha256": sha256_hex(data), "size": len(data)}
            for key, data in contents.items()
        ],
    }
    path = tmp_path / "models.lock.json"
    path.write_text(json.dumps(lock))
    (models / "loras" / "sub").mkdir()
    (models / "loras" / "sub" / "right.safetensors").write_bytes(contents["right"])
    flipped = bytes([contents["wrong"][0] ^ 1]) + contents["wrong"][1:]  # same size, other SHA-256
    (models / "loras" / "sub" / "wrong.safetensors").write_bytes(flipped)
    return path, contents


def test_verify_says_which_file_is_present_missing_or_wrong_and_exits_1(tmp_path, models, env):
    lock, contents = a_lock(models, tmp_path)
    done = cli("verify", str(lock), "--models-dir", str(models), "--json", env=env)
    assert done.returncode == 1, done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/verify@1"
    states = {m["name"]: (m["state"], m["path"]) for m in answer["models"]}
    assert states == {
        "sub/right.safetensors": ("present", "sub/right.safetensors"),
        "sub/missing.safetensors": ("missing", None),
        "sub/wrong.safetensors": ("wrong", "sub/wrong.safetensors"),
    }
    assert answer["summary"] == {"present": 1, "missing": 1, "wrong": 1} and answer["complete"] is False
    wrong = next(m for m in answer["models"] if m["state"] == "wrong")
    assert "SHA-256" in wrong["detail"]

    (models / "loras" / "sub" / "wrong.safetensors").write_bytes(b"short")
    people = cli("verify", str(lock), "--models-dir", str(models), env=env)
    assert people.returncode == 1
    assert "wrong     loras/sub/wrong.safetensors  (5 bytes, the lock says 1100)" in people.stdout
    assert "missing   loras/sub/missing.safetensors" in people.stdout
    assert "3 locked model(s): 1 present, 1 missing, 1 wrong" in people.stdout

    (models / "loras" / "sub" / "wrong.safetensors").write_bytes(contents["wrong"])
    (models / "loras" / "sub" / "missing.safetensors").write_bytes(contents["missing"])
    clean = cli("verify", str(lock), "--models-dir", str(models), "--json", env=env)
    assert clean.returncode == 0 and json.loads(clean.stdout)["complete"] is True


def test_bad_input_is_refused_with_exit_2_and_nothing_written(tmp_path, models, env):
    not_a_lock = tmp_path / "other.json"
    not_a_lock.write_text(json.dumps({"models": []}))
    done = cli("verify", str(not_a_lock), "--models-dir", str(models), env=env)
    assert done.returncode == 2 and "is this a models lock file?" in done.stderr
    broken = tmp_path / "broken.lock.json"
    broken.write_text('{"schema": "civitai-sidebar/models-lock@1", "models": [{"folder": "loras", "name": "../x.pt"}]}')
    done = cli("verify", str(broken), "--models-dir", str(models), env=env)
    assert done.returncode == 2 and "not a civitai-sidebar/models-lock@1 file" in done.stderr
    assert cli("verify", str(tmp_path / "absent.json"), "--models-dir", str(models), env=env).returncode == 2
    assert cli("verify", str(not_a_lock), "--models-dir", str(tmp_path / "nowhere"), env=env).returncode == 2

    before = sorted(tmp_path.rglob("*"))
    nothing = cli("lock", "--models-dir", str(models), "-o", str(tmp_path / "x.lock.json"), env=env)
    assert nothing.returncode == 2 and "give workflow files or folders, or --image" in nothing.stderr
    model_link = cli("lock", "--image", "https://civitai.com/models/123", "-o", str(tmp_path / "x.json"), env=env)
    assert model_link.returncode == 2 and "not a model" in model_link.stderr
    absent = cli("lock", str(tmp_path / "absent.json"), "--models-dir", str(models), "-o", str(tmp_path / "x.json"),
                 env=env)  # fmt: skip
    assert absent.returncode == 2 and "no such file or folder" in absent.stderr
    assert sorted(tmp_path.rglob("*")) == before
