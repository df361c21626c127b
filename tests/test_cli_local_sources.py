"""The command line maps a missing model to a file already on disk, with confidence and evidence, and never
downloads what is there (run as a user runs it)."""

from __future__ import annotations

import json
from pathlib import Path

from civitai_sidebar.civitai_utils.hash_cache import HashCache

from tests.test_cli import cli, loader, write_graph


def tree(tmp_path: Path) -> Path:
    for name in ("diffusion_models", "loras", "vae"):
        (tmp_path / "models" / name).mkdir(parents=True)
    return tmp_path / "models"


def test_scan_shows_the_local_file_to_use_and_a_variant_to_check(tmp_path):
    models = tree(tmp_path)
    (models / "diffusion_models" / "flux1-dev-fp8_e4m3fn.safetensors").write_bytes(b"w")
    kept = models / "loras" / "kept" / "renamed.safetensors"
    kept.parent.mkdir()
    kept.write_bytes(b"lora bytes" * 100)
    cache = tmp_path / "cache"
    hashes = HashCache(cache / "comfyui-civitai-sidebar")
    sha = hashes.sha256(kept)  # hashed earlier, as a previous run leaves it
    hashes.flush()
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "UNETLoader", "flux1-dev.safetensors"),
        loader(2, "LoraLoader", "style.safetensors", models=[{"name": "style.safetensors", "hash": sha}]),
    )
    env = {"XDG_CACHE_HOME": str(cache)}
    done = cli("scan", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path), env=env)
    assert done.returncode == 1, done.stderr
    lines = {line.split()[1]: line for line in done.stdout.splitlines() if line.startswith("missing")}
    variant, same = lines["diffusion_models/flux1-dev.safetensors"], lines["loras/style.safetensors"]
    assert "= use diffusion_models/flux1-dev-fp8_e4m3fn.safetensors  [confidence 0.40, check first]" in variant
    assert "= use loras/kept/renamed.safetensors  [confidence 1.00, sure] Already on this machine" in same
    markdown = (tmp_path / "missing-models.md").read_text()
    assert "use `kept/renamed.safetensors` (on disk) — confidence 1.00: Already on this machine" in markdown
    report = json.loads((tmp_path / "missing-models.json").read_text())
    assert report["summary"]["missing"] == 2  # the loaders still name missing files until they are re-pointed


def test_download_takes_nothing_that_is_already_on_disk(tmp_path, fake_services):
    models = tree(tmp_path)
    data = b"vae weights on disk " * 3000
    fake_services.hf.add_file("acme/cli-vae", "cli-vae.safetensors", data=data)
    (models / "vae" / "cli-copy.safetensors").write_bytes(data)
    link = "https://huggingface.co/acme/cli-vae/resolve/main/cli-vae.safetensors"
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "VAELoader", "cli-vae.safetensors", models=[{"name": "cli-vae.safetensors", "url": link}]),
    )
    env = {**fake_services.env(), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = cli("download", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path), env=env)
    assert "= use vae/cli-copy.safetensors  [confidence 1.00, sure]" in done.stdout, done.stdout + done.stderr
    assert "on disk   vae/cli-vae.safetensors" in done.stderr
    assert not (models / "vae" / "cli-vae.safetensors").exists()
    asked = fake_services.requests.entries(server="hf", path_prefix="/acme/cli-vae/resolve")
    assert [entry.method for entry in asked] == ["HEAD"]  # size and SHA-256 asked, the bytes never fetched
