"""Runs the four fake servers on loopback: in the test's event loop, or on a background thread.

``FakeServices`` is for async tests in the same process; ``start_in_thread()`` is for tests that drive
ComfyUI in a subprocess or a browser (the servers must keep answering while the test thread blocks).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiohttp import web

from .catalog import Catalog
from .cdn import create_cdn_app
from .civitai_api import create_civitai_app
from .control import add_control_routes
from .faults import FaultPlan
from .gallery import Gallery
from .hf_repos import HfRegistry
from .huggingface import create_hf_app
from .request_log import RequestLog
from .signing import FakeClock
from .state import FakeConfig, FakeState, FakeUrls
from .storage import create_storage_app


class FakeServices:
    """The Civitai API, Civitai storage, Hugging Face hub and Hugging Face CDN fakes, wired together.

    Edit behaviour through ``catalog``, ``gallery``, ``hf``, ``faults``, ``config`` and ``clock``; read
    what clients sent in ``requests``. ``reset()`` restores the initial state without restarting.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        civitai_port: int = 0,
        storage_port: int = 0,
        hf_port: int = 0,
        cdn_port: int = 0,
        civitai_keys=None,
        hf_tokens=None,
    ) -> None:
        self.host = host
        self.ports = {"civitai": civitai_port, "storage": storage_port, "hf": hf_port, "cdn": cdn_port}
        self.state = FakeState(civitai_keys=civitai_keys, hf_tokens=hf_tokens)
        self._runners: list[web.AppRunner] = []

    # Shortcuts to the live state (looked up each time: reset() replaces some of these objects).
    @property
    def catalog(self) -> Catalog:
        return self.state.catalog

    @property
    def gallery(self) -> Gallery:
        return self.state.gallery

    @property
    def hf(self) -> HfRegistry:
        return self.state.hf

    @property
    def faults(self) -> FaultPlan:
        return self.state.faults

    @property
    def requests(self) -> RequestLog:
        return self.state.requests

    @property
    def config(self) -> FakeConfig:
        return self.state.config

    @property
    def clock(self) -> FakeClock:
        return self.state.clock

    @property
    def urls(self) -> FakeUrls:
        return self.state.urls

    def env(self) -> dict[str, str]:
        """Environment for a ComfyUI process that should talk to the fakes."""
        return self.urls.env()

    def reset(self) -> None:
        self.state.reset()

    async def start(self) -> FakeServices:
        self.state.stopping.clear()
        civitai = create_civitai_app(self.state)
        add_control_routes(civitai, self.state)
        apps = {
            "civitai": civitai,
            "storage": create_storage_app(self.state),
            "hf": create_hf_app(self.state),
            "cdn": create_cdn_app(self.state),
        }
        bases = {}
        try:
            for name, app in apps.items():
                runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=2.0)
                await runner.setup()
                self._runners.append(runner)
                site = web.TCPSite(runner, self.host, self.ports[name])
                await site.start()
                port = runner.addresses[0][1]
                bases[name] = f"http://{self._public_host()}:{port}"
        except BaseException:
            await self.stop()
            raise
        self.state.urls.civitai_api_base = bases["civitai"]
        self.state.urls.storage = bases["storage"]
        self.state.urls.hf_endpoint = bases["hf"]
        self.state.urls.cdn = bases["cdn"]
        return self

    def _public_host(self) -> str:
        """The host to put in URLs: a wildcard bind address is not something a client can connect to."""
        if self.host in ("0.0.0.0", ""):
            return "127.0.0.1"
        if self.host == "::":
            return "[::1]"
        return f"[{self.host}]" if ":" in self.host else self.host

    async def stop(self) -> None:
        self.state.stopping.set()  # wakes stalled bodies so shutdown does not wait for them
        runners, self._runners = self._runners, []
        for runner in reversed(runners):
            await runner.cleanup()

    async def __aenter__(self) -> FakeServices:
        return await self.start()

    async def __aexit__(self, *exc_info) -> None:
        await self.stop()


class BackgroundFakeServices:
    """A ``FakeServices`` running on its own event loop in a daemon thread; ``stop()`` is synchronous.

    Attribute access is forwarded to the running ``FakeServices`` (``catalog``, ``faults``, ``urls``...).
    """

    def __init__(self, services: FakeServices) -> None:
        self.services = services
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fake-civitai-hf", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.services.start())
        except BaseException as error:  # reported to the starting thread
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.services.stop())
        self._loop.close()

    def start(self, timeout: float = 30.0) -> BackgroundFakeServices:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("fake services did not start")
        if self._error is not None:
            raise self._error
        return self

    def stop(self, timeout: float = 30.0) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout)

    def __getattr__(self, name: str):
        return getattr(self.services, name)

    def __enter__(self) -> BackgroundFakeServices:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def start_in_thread(**options) -> BackgroundFakeServices:
    """Start the fakes on a background thread and return once they accept connections."""
    return BackgroundFakeServices(FakeServices(**options)).start()


@contextmanager
def running_in_thread(**options) -> Iterator[BackgroundFakeServices]:
    services = start_in_thread(**options)
    try:
        yield services
    finally:
        services.stop()
