"""The command line, run as a user runs it (`python -m pipeline ...` in the pack's folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB, sha256_of

REPO = Path(__file__).resolve().parents[1]
CORPUS_EXAMPLES = REPO.parent / "shared" / "corpus" / "workflows" / "comfyui_examples"


def cli(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CIVITAI_API_KEY", "HF_TOKEN", "CIVITAI_API_BASE", "HF_ENDPOINT")
    }
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_graph(path: Path, *nodes: dict) -> Path:
    path.write_text(json.dumps({"nodes": list(nodes), "links": [], "version": 0.4}))
    return path


def loader(node_id: int, node_type: str, value: str, **properties) -> dict:
    return {"id": node_id, "type": node_type, "mode": 0, "widgets_values": [value], "properties": properties}


@pytest.fixture
def models(tmp_path) -> Path:
    (tmp_path / "models" / "checkpoints").mkdir(parents=True)
    return tmp_path / "models"


def test_scan_reports_what_is_missing_and_writes_both_reports(tmp_path, models):
    (models / "checkpoints" / "have.safetensors").write_bytes(b"x")
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "CheckpointLoaderSimple", "have.safetensors"),
        loader(2, "LoraLoader", "need.safetensors"),
    )
    done = cli("scan", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "missing   loras/need.safetensors" in done.stdout and "present   checkpoints/have.safetensors" in done.stdout
    report = json.loads((tmp_path / "missing-models.json").read_text())
    assert report["summary"] == {"present": 1, "missing": 1, "elsewhere": 0}
    assert "| missing | loras | `need.safetensors` |" in (tmp_path / "missing-models.md").read_text()


def test_scan_exits_0_when_everything_is_there_and_prints_json_on_request(tmp_path, models):
    (models / "checkpoints" / "have.safetensors").write_bytes(b"x")
    workflow = write_graph(tmp_path / "wf.json", loader(1, "CheckpointLoaderSimple", "have.safetensors"))
    done = cli("scan", str(workflow), "--models-dir", str(models), "--json", "--report-dir", str(tmp_path))
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["present"] == 1


@pytest.mark.skipif(not CORPUS_EXAMPLES.is_dir(), reason="the shared corpus is not beside this checkout")
def test_scan_reads_a_folder_of_real_workflows_recursively(tmp_path, models):
    done = cli("scan", str(CORPUS_EXAMPLES), "--models-dir", str(models), "--json", "--report-dir", str(tmp_path))
    report = json.loads(done.stdout)
    assert done.returncode == 1 and len(report["workflows"]) > 100
    assert {m["reference"]["folder"] for m in report["models"]} >= {"checkpoints", "loras", "vae", "text_encoders"}


def test_bad_usage_and_unreadable_files_get_a_clear_line(tmp_path, models):
    missing_path = cli("scan", str(tmp_path / "nope.json"), "--models-dir", str(models))
    assert missing_path.returncode == 2 and "no such file or folder" in missing_path.stderr
    no_models = cli("scan", str(tmp_path), "--models-dir", str(tmp_path / "absent"))
    assert no_models.returncode == 2 and "no models folder" in no_models.stderr
    assert cli("frobnicate").returncode == 2
    (tmp_path / "broken.json").write_text("{not json")
    write_graph(tmp_path / "ok.json", loader(1, "LoraLoader", "x.safetensors"))
    done = cli("scan", str(tmp_path), "--models-dir", str(models), "--report-dir", str(tmp_path / "out"))
    assert done.returncode == 1 and "broken.json: cannot be read" in done.stderr


def test_script_and_download_fetch_from_the_fake_into_the_right_folders(tmp_path, models, fake_services):
    fake_services.hf.add_file("acme/vae", "acme_vae.safetensors", size=MiB)
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "LoraLoader", "setsunaTokage_v10.safetensors"),
        loader(
            2,
            "VAELoader",
            "acme_vae.safetensors",
            models=[{"name": "acme_vae.safetensors", "directory": "vae",
                     "url": "https://huggingface.co/acme/vae/resolve/main/acme_vae.safetensors"}],
        ),
    )  # fmt: skip
    env = {**fake_services.env(), "CIVITAI_API_KEY": "test-civitai-key"}
    check = cli(
        "download", str(workflow), "--models-dir", str(models), "--check-only", "--report-dir", str(tmp_path), env=env
    )
    assert check.returncode == 1 and "<- " in check.stdout
    assert not (models / "loras").exists()

    script = tmp_path / "get.sh"
    written = cli(
        "script", str(workflow), "--models-dir", str(models), "-o", str(script), "--report-dir", str(tmp_path), env=env
    )
    assert written.returncode == 1 and "2 download(s)" in written.stdout
    assert "test-civitai-key" not in script.read_text()
    ran = subprocess.run(["bash", str(script)], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    landed = models / "loras" / "setsunaTokage_v10.safetensors"
    assert landed.is_file() and (models / "vae" / "acme_vae.safetensors").is_file()

    landed.unlink()
    downloaded = cli("download", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path), env=env)
    assert downloaded.returncode == 0, downloaded.stdout + downloaded.stderr
    report = json.loads((tmp_path / "missing-models.json").read_text())
    lora = next(m for m in report["models"] if m["reference"]["folder"] == "loras")
    assert sha256_of(landed) == lora["resource"]["sha256"]
    assert cli("scan", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path)).returncode == 0


def test_a_saved_object_info_teaches_the_scan_custom_loaders(tmp_path, models):
    (models / "loras").mkdir()
    (models / "loras" / "have-lora.safetensors").write_bytes(b"x")
    object_info = {
        "MyLoraStack": {
            "input": {
                "required": {"model": ["MODEL"], "lora": [["have-lora.safetensors"], {}], "weight": ["FLOAT", {}]}
            },
            "input_order": {"required": ["model", "lora", "weight"]},
        }
    }
    (tmp_path / "object_info.json").write_text(json.dumps(object_info))
    workflow = write_graph(
        tmp_path / "wf.json", {"id": 1, "type": "MyLoraStack", "widgets_values": ["wanted.safetensors", 1.0]}
    )
    without = cli("scan", str(workflow), "--models-dir", str(models), "--json", "--report-dir", str(tmp_path))
    assert json.loads(without.stdout)["models"] == []  # no rule knows this node
    done = cli("scan", str(workflow), "--models-dir", str(models), "--object-info", str(tmp_path / "object_info.json"),
               "--json", "--report-dir", str(tmp_path))  # fmt: skip
    [model] = json.loads(done.stdout)["models"]
    assert model["reference"]["folder"] == "loras" and model["status"] == "missing"


def test_the_report_says_where_each_source_came_from_and_how_sure_it_is(tmp_path, models, fake_services):
    fake_services.hf.add_repo("Comfy-Org/Quillfeather_ComfyUI_repackaged", downloads=10_000)
    vae = fake_services.hf.add_file(
        "Comfy-Org/Quillfeather_ComfyUI_repackaged", "split_files/vae/quillfeather_vae.safetensors", size=MiB
    )
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "VAELoader", "quillfeather_vae.safetensors"),
        loader(2, "LoraLoader", "setsunaTokage_v10.safetensors"),
    )
    env = {**fake_services.env(), "CIVITAI_API_KEY": "test-civitai-key"}
    check = cli(
        "download", str(workflow), "--models-dir", str(models), "--check-only", "--report-dir", str(tmp_path), env=env
    )
    assert check.returncode == 1, check.stdout + check.stderr
    markdown = (tmp_path / "missing-models.md").read_text()
    assert "| status | folder | file | source | confidence | evidence | workflows |" in markdown
    [vae_row] = [line for line in markdown.splitlines() if "`quillfeather_vae.safetensors`" in line]
    assert "| sure 0.90 | Hugging Face search: Comfy-Org/Quillfeather_ComfyUI_repackaged has a file" in vae_row
    [lora_row] = [line for line in markdown.splitlines() if "`setsunaTokage_v10.safetensors`" in line]
    assert "| sure 1.00 | Found by name: Civitai file setsunaTokage_v10.safetensors has exactly this name" in lora_row
    report = json.loads((tmp_path / "missing-models.json").read_text())
    resource = next(m["resource"] for m in report["models"] if m["reference"]["folder"] == "vae")
    assert resource["sha256"] == vae.sha256() and resource["confidence"] == 0.9 and resource["evidence"]
