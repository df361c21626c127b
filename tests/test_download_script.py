"""The generated bash script, run for real against the fake Civitai/HF: files land verified, keys stay home."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from civitai_sidebar.pipeline.reports.download_script import ScriptEntry, render_script

from tests.downloads_helpers import MiB, civitai_model, sha256_of


def run_script(script: str, tmp_path, **env) -> subprocess.CompletedProcess:
    path = tmp_path / "get-models.sh"
    path.write_text(script)
    clean = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_KEY", "HF_TOKEN")}
    return subprocess.run(["bash", str(path)], env={**clean, **env}, capture_output=True, text=True, timeout=60)


def test_the_script_downloads_verifies_and_keeps_keys_on_their_hosts(fake_services, tmp_path):
    lora = civitai_model(fake_services, size=2 * MiB, require_auth=True)
    hf_file = fake_services.hf.add_file("acme/vae", "acme_vae.safetensors", size=MiB, gated=True)
    entries = [
        ScriptEntry("civitai", lora["url"], f"loras/sub dir/{lora['filename']}", lora["sha256"]),
        ScriptEntry(
            "huggingface",
            f"{fake_services.urls.hf_endpoint}/acme/vae/resolve/main/acme_vae.safetensors",
            "vae/acme_vae.safetensors",
            hf_file.content.hashes().sha256.lower(),
        ),
    ]
    script = render_script(entries, str(tmp_path / "models"))
    assert "test-civitai-key" not in script and "test-hf-token" not in script
    done = run_script(script, tmp_path, CIVITAI_API_KEY="test-civitai-key", HF_TOKEN="test-hf-token")
    assert done.returncode == 0, done.stdout + done.stderr
    assert sha256_of(tmp_path / "models" / "loras" / "sub dir" / lora["filename"]) == lora["sha256"]
    assert (tmp_path / "models" / "vae" / "acme_vae.safetensors").stat().st_size == MiB
    for server in ("storage", "cdn"):
        assert all(r.header("Authorization") is None for r in fake_services.requests.entries(server=server))
    assert all("token" not in r.path_qs for r in fake_services.requests.entries())
    again = run_script(script, tmp_path, CIVITAI_API_KEY="test-civitai-key", HF_TOKEN="test-hf-token")
    assert again.returncode == 0 and again.stdout.count("present") == 2


def test_a_wrong_hash_or_a_missing_key_fails_and_leaves_no_file(fake_services, tmp_path):
    lora = civitai_model(fake_services, size=MiB)
    locked = civitai_model(fake_services, size=MiB, require_auth=True)
    entries = [
        ScriptEntry("civitai", lora["url"], f"loras/{lora['filename']}", "0" * 64),
        ScriptEntry("civitai", locked["url"], f"loras/{locked['filename']}", locked["sha256"]),
    ]
    done = run_script(render_script(entries, str(tmp_path / "models")), tmp_path)
    assert done.returncode == 1
    assert "SHA-256 mismatch" in done.stdout and "2 download(s) failed" in done.stdout
    assert [p.name for p in (tmp_path / "models" / "loras").iterdir()] == []


# Hostile models folders, script names and file names: each would run `touch <canary>` if a shell expanded it.
WILD = Path(__file__).parent / "wild"


def _hostile(canary) -> list[str]:
    wild = WILD.joinpath("11-9-command-substitution-in-models-dir.txt").read_text().strip()
    return [
        wild.replace("canary", str(canary)),
        f"$(touch {canary})",
        f"`touch {canary}`",
        f'"; touch {canary}; echo "',
        f"'; touch {canary}; echo '",
        f"x\ntouch {canary}\n",
        f"${{IFS}}$(touch${{IFS}}{canary})",
        "-rf",
        "with space and \\ backslash",
    ]


def test_hostile_paths_and_names_in_the_script_are_data_never_code(fake_services, tmp_path):
    """Issue 11.9: every interpolated value is one shell word; `$(...)` in a path must not run."""
    canary = tmp_path / "canary"
    for index, hostile in enumerate(_hostile(canary)):
        lora = civitai_model(fake_services, size=64 * 1024)
        models_dir = tmp_path / f"models-{index}" / hostile
        entries = [ScriptEntry("civitai", lora["url"], f"loras/{hostile}/{hostile}.safetensors", lora["sha256"])]
        script = render_script(entries, str(models_dir), name=f"get-{hostile}.sh")
        done = run_script(script, tmp_path)
        assert not canary.exists(), f"{hostile!r} ran as code:\n{script}"
        assert done.returncode == 0, (hostile, done.stdout + done.stderr)
        assert sha256_of(models_dir / "loras" / hostile / f"{hostile}.safetensors") == lora["sha256"], hostile


def test_a_hostile_name_in_a_comment_line_cannot_start_a_command(tmp_path):
    canary = tmp_path / "canary"
    name = WILD.joinpath("11-9-newline-in-script-name.txt").read_text().replace("canary", str(canary))
    script = render_script([], str(tmp_path / "models"), name=name)
    done = run_script(script, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not canary.exists()
