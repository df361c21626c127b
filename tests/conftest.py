"""Shared fixtures: the pack imported as a package, the real ComfyUI, and the browser."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.harness.comfyui import ComfyUIServer
from tests.harness.provision_comfyui import ensure_comfyui, newest_frontend_root

pytest_plugins = ["tests.fakes.pytest_plugin"]

PACK_DIR = Path(__file__).resolve().parents[1]
# Short timings so stalls and retries resolve in seconds in the tests (defaults: 60 s stall, 1 s backoff).
TEST_TUNING = {"CIVITAI_SIDEBAR_STALL_SECONDS": "2", "CIVITAI_SIDEBAR_RETRY_BASE_SECONDS": "0.2"}
PACK_MODULE_NAME = "civitai_sidebar"


def _import_pack():
    """Import the repo as the package ComfyUI sees (its folder name varies), without ComfyUI running."""
    if PACK_MODULE_NAME in sys.modules:
        return sys.modules[PACK_MODULE_NAME]
    spec = importlib.util.spec_from_file_location(
        PACK_MODULE_NAME, PACK_DIR / "__init__.py", submodule_search_locations=[str(PACK_DIR)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACK_MODULE_NAME] = module
    spec.loader.exec_module(module)
    return module


_import_pack()


@pytest.fixture
async def http():
    """A plain aiohttp client session for tests that talk HTTP themselves."""
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture(scope="session")
def comfyui_install():
    return ensure_comfyui()


@pytest.fixture(scope="session")
def comfyui(comfyui_install, tmp_path_factory, fake_services_session):
    """One real ComfyUI for the session, with the pack loaded and pointed at the fake Civitai/HF."""
    env = {**fake_services_session.env(), **TEST_TUNING}
    server = ComfyUIServer(comfyui_install, tmp_path_factory.mktemp("comfyui-base"), env=env)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def comfyui_newest_frontend(comfyui_install, tmp_path_factory, fake_services_session):
    """The same ComfyUI, serving the newest frontend from PyPI instead of its pinned one."""
    env = {**fake_services_session.env(), **TEST_TUNING}
    base_dir = tmp_path_factory.mktemp("comfyui-newest-frontend")
    server = ComfyUIServer(comfyui_install, base_dir, env=env, front_end_root=newest_frontend_root())
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["pinned-frontend", "newest-frontend"])
def ui_comfyui(request):
    """A ComfyUI for browser tests: each browser test runs on the pinned and on the newest frontend."""
    server = request.getfixturevalue("comfyui" if request.param == "pinned-frontend" else "comfyui_newest_frontend")
    server.frontend_label = request.param
    return server


@pytest.fixture
def start_comfyui(comfyui_install, tmp_path):
    """Start extra ComfyUI servers with their own environment; all are stopped after the test."""
    started: list[ComfyUIServer] = []

    def start(env: dict[str, str] | None = None, base_dir: Path | None = None) -> ComfyUIServer:
        env = {**TEST_TUNING, **(env or {})}
        server = ComfyUIServer(comfyui_install, base_dir or tmp_path / f"base-{len(started)}", env=env)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()
