"""Pytest fixture ``fake_services``: the Civitai/Hugging Face fakes, reset before every test.

Register from ``tests/conftest.py`` with ``pytest_plugins = ["tests.fakes.pytest_plugin"]``.
The servers run on a background thread started once per session (so ports stay stable and a ComfyUI
subprocess can reach them); each test gets them back in their initial state.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import BackgroundFakeServices, start_in_thread


@pytest.fixture(scope="session")
def fake_services_session() -> Iterator[BackgroundFakeServices]:
    """The running servers, shared by the whole session; prefer ``fake_services``."""
    services = start_in_thread()
    try:
        yield services
    finally:
        services.stop()


@pytest.fixture
def fake_services(fake_services_session: BackgroundFakeServices) -> Iterator[BackgroundFakeServices]:
    """Fakes on loopback (``.urls``, ``.env()``, ``.catalog``, ``.faults``, ``.requests``...), fresh per test."""
    fake_services_session.reset()
    yield fake_services_session
    fake_services_session.reset()
