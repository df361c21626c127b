"""The ComfyUI entry: a UI-only pack whose import outside ComfyUI has no side effects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import civitai_sidebar
import tomllib
from civitai_sidebar.civitai_utils.version import PACK_VERSION

PACK_DIR = Path(__file__).resolve().parents[1]


def test_exports_what_comfyui_looks_for():
    assert civitai_sidebar.NODE_CLASS_MAPPINGS == {}
    assert civitai_sidebar.NODE_DISPLAY_NAME_MAPPINGS == {}
    assert civitai_sidebar.WEB_DIRECTORY == "./js"


def test_version_matches_pyproject():
    assert tomllib.loads((PACK_DIR / "pyproject.toml").read_text())["project"]["version"] == PACK_VERSION


def test_import_outside_comfyui_imports_no_comfyui_module_and_writes_nothing(tmp_path):
    probe = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('pack', {str(PACK_DIR / '__init__.py')!r},"
        f" submodule_search_locations=[{str(PACK_DIR)!r}])\n"
        "module = importlib.util.module_from_spec(spec); sys.modules['pack'] = module\n"
        "spec.loader.exec_module(module)\n"
        "print(sorted(m for m in ('server', 'folder_paths', 'comfy', 'nodes') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-B", "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert list(tmp_path.iterdir()) == []
