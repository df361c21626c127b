"""Shared fixtures: the pack imported as a package, the real ComfyUI, and the browser."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.harness.comfyui import ComfyUIServer
from tests.harness.provision_comfyui import NEWEST_HOST, OLDEST_HOST, ensure_comfyui, newest_frontend_root

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


# Which real hosts a test runs on. Routes, folders and browser flows run on every host (they read what each
# ComfyUI provides); tests of the pack's own engine (restart, resume) need one ComfyUI, the newest.
HOST_VERSIONS = [OLDEST_HOST, NEWEST_HOST]


@pytest.fixture(scope="session")
def comfyui_installs():
    """Each real ComfyUI, provisioned on first use."""
    installed: dict = {}

    def install(version: str):
        if version not in installed:
            installed[version] = ensure_comfyui(version)
        return installed[version]

    return install


@pytest.fixture(scope="session")
def comfyui_install(comfyui_installs):
    return comfyui_installs(NEWEST_HOST)


@pytest.fixture(scope="session")
def comfyui_servers(comfyui_installs, fake_services_session, tmp_path_factory):
    """Session servers by label, started on first use and shared by every fixture that asks for the same one."""
    started: dict[str, ComfyUIServer] = {}

    def server(label: str, version: str, front_end_root: Path | None = None) -> ComfyUIServer:
        if label not in started:
            env = {**fake_services_session.env(), **TEST_TUNING}
            base_dir = tmp_path_factory.mktemp(label)
            started[label] = ComfyUIServer(comfyui_installs(version), base_dir, env=env, front_end_root=front_end_root)
            started[label].frontend_label = label
            started[label].start()
        return started[label]

    yield server
    for running in started.values():
        running.stop()


@pytest.fixture(scope="session", params=HOST_VERSIONS, ids=[f"comfyui-{v}" for v in HOST_VERSIONS])
def comfyui(request):
    """One real ComfyUI per host for the session, with the pack loaded and pointed at the fake Civitai/HF."""
    return request.getfixturevalue("comfyui_servers")(f"comfyui-{request.param}", request.param)


@pytest.fixture(scope="session")
def comfyui_newest_frontend(request):
    """The newest ComfyUI, serving the newest frontend from PyPI instead of its pinned one."""
    servers = request.getfixturevalue("comfyui_servers")
    return servers("newest-frontend", NEWEST_HOST, front_end_root=newest_frontend_root())


# Every browser flow runs on three pairs: the old host with its frontend, the newest host with its own
# frontend, and the newest host with the newest frontend on PyPI.
UI_HOSTS = {
    f"comfyui-{OLDEST_HOST}": (OLDEST_HOST, False),
    f"comfyui-{NEWEST_HOST}": (NEWEST_HOST, False),
    "newest-frontend": (NEWEST_HOST, True),
}


# Browser flows whose subject is the pack's own UI logic (card states, retries, pasted links, near names) rather than
# the host's extension API run on the newest host and frontend only; the flows that go through the host (sidebar
# registration, settings, progress and toasts, loading workflows, graph serialization, the native missing-models
# check) run on all three pairs.
NEWEST_FRONTEND_ONLY = pytest.mark.parametrize("ui_comfyui", ["newest-frontend"], indirect=True)


@pytest.fixture(scope="session", params=list(UI_HOSTS))
def ui_comfyui(request):
    """A ComfyUI for browser tests: each browser test runs on every host/frontend pair."""
    version, newest = UI_HOSTS[request.param]
    servers = request.getfixturevalue("comfyui_servers")
    return servers(request.param, version, front_end_root=newest_frontend_root() if newest else None)


@pytest.fixture
def start_comfyui(comfyui_installs, tmp_path):
    """Start extra ComfyUI servers (the newest host unless told) with their own environment; all are stopped after."""
    started: list[ComfyUIServer] = []

    def start(
        env: dict[str, str] | None = None, base_dir: Path | None = None, version: str = NEWEST_HOST
    ) -> ComfyUIServer:
        env = {**TEST_TUNING, **(env or {})}
        base_dir = base_dir or tmp_path / f"base-{len(started)}"
        server = ComfyUIServer(comfyui_installs(version), base_dir, env=env)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()
