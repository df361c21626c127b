"""The command line installed as a user installs it: `pip install <clone>` into a fresh venv gives `civitai-sidebar`.

Only committed files count (the pack is installed from a `git clone` of this checkout). The dependencies' wheels are
fetched from PyPI once into a cache keyed by pyproject.toml and requirements.txt, so reruns install offline.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import tomllib

REPO = Path(__file__).resolve().parents[1]
CORPUS_EXAMPLES = REPO.parent / "shared" / "corpus" / "workflows" / "comfyui_examples"
CORPUS_WORKFLOW = CORPUS_EXAMPLES / "2_pass_txt2img__hiresfix_esrgan_workflow.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "comfyui-civitai-sidebar"
SECRETS = ("CIVITAI_API_KEY", "HF_TOKEN", "CIVITAI_API_BASE", "HF_ENDPOINT", "PYTHONPATH")


def _run(*command, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _wheelhouse(clone: Path) -> Path:
    """The dependencies' wheels (and setuptools, the build backend), fetched once per dependency list."""
    key = hashlib.sha256((REPO / "pyproject.toml").read_bytes() + (REPO / "requirements.txt").read_bytes())
    wheels = CACHE / f"cli-wheels-{key.hexdigest()[:16]}"
    if not wheels.is_dir():
        building = CACHE / f"{wheels.name}.{os.getpid()}"
        _run(sys.executable, "-m", "pip", "wheel", "-q", "-w", str(building), str(clone), "setuptools>=64")
        for own in building.glob("comfyui_civitai_sidebar-*.whl"):
            own.unlink()  # the pack itself is always installed from the clone
        try:
            building.rename(wheels)
        except OSError:  # another run finished first
            shutil.rmtree(building, ignore_errors=True)
    return wheels


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The `civitai-sidebar` command of a fresh venv that has the pack installed from a clone of this checkout."""
    root = tmp_path_factory.mktemp("install")
    clone = root / "clone"
    _run("git", "clone", "-q", str(REPO), str(clone))
    venv.create(root / "venv", with_pip=True)
    python = root / "venv" / "bin" / "python"
    wheels = _wheelhouse(clone)
    _run(str(python), "-m", "pip", "install", "-q", "--no-index", "--find-links", str(wheels), str(clone))
    return root / "venv" / "bin" / "civitai-sidebar"


def installed_cli(command: Path, *args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in SECRETS}
    return subprocess.run(
        [str(command), *args], cwd=cwd, env={**clean, **(env or {})}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(not CORPUS_WORKFLOW.is_file(), reason="the shared corpus is not beside this checkout")
def test_the_installed_command_scans_a_real_workflow_and_writes_nothing(installed, tmp_path):
    (tmp_path / "models" / "checkpoints").mkdir(parents=True)
    (tmp_path / "models" / "checkpoints" / "v2-1_768-ema-pruned.ckpt").write_bytes(b"x")
    done = installed_cli(installed, "scan", "--json", str(CORPUS_WORKFLOW), "--models-dir", "models", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the upscaler is missing
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/scan@1"
    assert answer["summary"] == {"present": 1, "missing": 1, "elsewhere": 0}
    [missing] = [model for model in answer["models"] if model["status"] == "missing"]
    assert missing["reference"]["folder"] == "upscale_models"
    assert missing["reference"]["name"] == "RealESRGAN_x4plus.pth"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["models"]  # no report unless --report-dir


def test_the_installed_command_resolves_a_civitai_image_from_the_fake(installed, tmp_path, fake_services):
    done = installed_cli(installed, "resolve", "--json", "26962948", cwd=tmp_path, env=fake_services.env())
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/resolve@1"
    assert answer["image"]["id"] == 26962948
    assert answer["metadata"]["seed"] == 3150861441 and answer["metadata"]["steps"] == 20
    kinds = [resource["kind"] for resource in answer["resources"]]
    assert "checkpoint" in kinds and kinds.count("lora") == 2
    assert all(resource["resolved"] and resource["url"] for resource in answer["resources"])


def test_every_sub_package_the_pack_runs_is_in_the_wheel():
    """pyproject lists the packages by hand (the pack's folder is the package): a new sub-package must be added."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    left_out = {"tests", "ui", "bench", "js", "locales", "build"}
    on_disk = {
        ".".join(["comfyui_civitai_sidebar", *init.parent.relative_to(REPO).parts])
        for init in REPO.rglob("__init__.py")
        if not left_out.intersection(init.relative_to(REPO).parts) and ".venv" not in init.parts
    }
    assert on_disk == listed
