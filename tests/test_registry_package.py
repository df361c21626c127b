"""The pack as the Comfy Registry gets it: `comfy node validate` and `comfy node pack` (comfy-cli from PyPI) on a clean
clone of the committed tree, the zip's file list, and that zip unpacked into a fresh ComfyUI's custom_nodes.

Only committed files count (a clone of HEAD), as they do for `comfy node publish`. comfy-cli runs offline, with no
telemetry and nothing to wait for (tests/harness/comfy_cli.py).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import urllib.request
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import HOST_VERSIONS
from tests.harness.comfy_cli import ensure_comfy_cli, run_comfy_cli
from tests.harness.comfyui import ComfyUIServer
from tests.harness.provision_comfyui import HOSTS, OLDEST_HOST, pin_of

PACK_DIR = Path(__file__).resolve().parents[1]
# What ComfyUI runs: the entry point, the doors, the services, the pure logic, the built UI and its strings, and
# the files a user or the registry reads. Everything else in the repo is for developing the pack.
SHIPPED_TOP_LEVEL = {"__init__.py", "civitai_utils", "command_line", "pipeline", "js", "locales"}
SHIPPED_TOP_LEVEL |= {"LICENSE", "README.md", "pyproject.toml", "requirements.txt"}
DEVELOPMENT_ONLY = {"tests", "ui", "bench", ".ci", "test-artifacts", "tools", "docs"}
DEVELOPMENT_ONLY |= {"Makefile", "requirements-dev.txt", ".gitignore", ".comfyignore"}
ICON_LIMIT_BYTES = 20_000
ICON_LIMIT_SIDE = 400  # the registry's spec: square, at most 400×400


def shipped(path: str) -> bool:
    top = path.split("/", 1)[0]
    return top in SHIPPED_TOP_LEVEL or (top.startswith("civitai_") and top.endswith(".py"))


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def png_header_and_pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    """(width, height) and the decompressed image data of a PNG, so two encodings of one image compare equal."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    chunks, offset = {}, 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        chunks[kind] = chunks.get(kind, b"") + data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    return (width, height), zlib.decompress(chunks[b"IDAT"])


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    """A clean clone of HEAD with comfy-cli's validate and pack run in it: (clone, validate result, zip path)."""
    python = ensure_comfy_cli()
    work = tmp_path_factory.mktemp("registry")
    clone = work / "clone"
    head = git("rev-parse", "HEAD", cwd=PACK_DIR).strip()
    git("clone", "--quiet", "--shared", "--no-checkout", str(PACK_DIR), str(clone), cwd=work)
    git("checkout", "--quiet", "--detach", head, cwd=clone)
    home = work / "home"
    home.mkdir()
    validate = run_comfy_cli(python, ["node", "validate"], cwd=clone, home=home)
    pack = run_comfy_cli(python, ["node", "pack"], cwd=clone, home=home)
    assert pack.returncode == 0, pack.stdout + pack.stderr
    return clone, validate, clone / "node.zip"


def test_comfy_node_validate_passes_without_warnings(packed):
    _, validate, _ = packed
    output = validate.stdout + validate.stderr
    assert validate.returncode == 0, output
    assert "All validation checks passed" in output
    assert "Warning" not in output and "Security warnings" not in output, output


@pytest.fixture(scope="module")
def registry_config(packed) -> dict:
    """What comfy-cli would send the registry, read by comfy-cli's own parser from the clone's pyproject.toml."""
    clone, _, _ = packed
    read = "import json; from comfy_cli.registry.config_parser import extract_node_configuration as e; "
    read += "print(json.dumps(e('pyproject.toml'), default=vars))"
    answer = subprocess.run([str(ensure_comfy_cli()), "-c", read], cwd=clone, capture_output=True, text=True)
    assert answer.returncode == 0, answer.stderr
    return json.loads(answer.stdout.strip().splitlines()[-1])


def test_the_registry_reads_our_icon_links_and_compatibility(packed, registry_config):
    clone, _, _ = packed
    project, comfy = registry_config["project"], registry_config["tool_comfy"]
    repository = project["urls"]["repository"]
    assert project["urls"]["issues"] == repository + "/issues"
    assert comfy["display_name"] == "Civitai Sidebar" and comfy["publisher_id"]
    # The versions the registry lists the pack for: the oldest ComfyUI and frontend the tests run it on.
    assert project["supported_comfyui_version"] == f">={OLDEST_HOST}"
    oldest_frontend = pin_of(HOSTS[OLDEST_HOST], "comfyui-frontend-package").split("==", 1)[1]
    assert project["supported_comfyui_frontend_version"] == f">={oldest_frontend}"
    assert not any(dep.startswith("comfyui-frontend-package") for dep in project["dependencies"])
    # The Icon URL names a committed file of this repo's main branch: a small square PNG.
    raw_prefix = repository.replace("https://github.com/", "https://raw.githubusercontent.com/") + "/main/"
    assert comfy["icon"].startswith(raw_prefix)
    icon = clone / comfy["icon"].removeprefix(raw_prefix)
    assert icon.is_file(), f"{comfy['icon']} names {icon.relative_to(clone)}, which is not committed"
    (width, height), _ = png_header_and_pixels(icon.read_bytes())
    assert width == height <= ICON_LIMIT_SIDE
    assert icon.stat().st_size < ICON_LIMIT_BYTES


def test_the_icon_is_what_its_script_draws(tmp_path):
    drawn = tmp_path / "icon.png"
    subprocess.run([sys.executable, str(PACK_DIR / "tools" / "make_icon.py"), str(drawn)], check=True)
    committed = (PACK_DIR / "docs" / "icon.png").read_bytes()
    assert png_header_and_pixels(drawn.read_bytes()) == png_header_and_pixels(committed)


def test_the_zip_ships_the_pack_and_none_of_its_development_files(packed):
    clone, _, zip_path = packed
    with zipfile.ZipFile(zip_path) as archive:
        names = set(archive.namelist())
    tracked = set(git("ls-files", cwd=clone).splitlines())
    expected = {path for path in tracked if shipped(path)}
    assert sorted(names - expected) == [], "the zip ships files the pack never runs (see .comfyignore)"
    assert sorted(expected - names) == [], "the zip lacks files the pack runs (see .comfyignore)"
    for needed in ("__init__.py", "civitai_routes.py", "js/main.js", "requirements.txt", "pyproject.toml", "LICENSE"):
        assert needed in names
    assert any(name.startswith("locales/") for name in names)
    assert {name.split("/", 1)[0] for name in names}.isdisjoint(DEVELOPMENT_ONLY)


@pytest.mark.parametrize("version", HOST_VERSIONS, ids=[f"comfyui-{v}" for v in HOST_VERSIONS])
def test_the_unzipped_package_loads_in_comfyui_and_its_sidebar_answers(
    packed, registry_config, comfyui_installs, tmp_path, version
):
    _, _, zip_path = packed
    project = registry_config["project"]
    folder = tmp_path / "custom_nodes" / project["name"]  # the folder `comfy node install` names after the node id
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
    server = ComfyUIServer(comfyui_installs(version), tmp_path, test_packs=False)
    try:
        server.start()  # fails with ComfyUI's log when the pack's import failed
        assert folder.is_dir() and not folder.is_symlink()  # the unzipped copy, not a link to this repo
        assert "IMPORT FAILED" not in "\n".join(
            line for line in server.log_text().splitlines() if project["name"] in line
        )
        with urllib.request.urlopen(server.url + "/api/civitai/health", timeout=10) as answer:
            assert answer.status == 200
            health = json.loads(answer.read())
        assert health["version"] == project["version"]
        script_url = f"/extensions/{project['name']}/main.js"
        with urllib.request.urlopen(server.url + "/api/extensions", timeout=10) as answer:
            assert script_url in json.loads(answer.read())
        with urllib.request.urlopen(server.url + script_url, timeout=10) as answer:
            assert answer.status == 200
            assert answer.read() == (folder / "js" / "main.js").read_bytes()
    finally:
        server.stop()
