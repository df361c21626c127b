"""A running ComfyUI seen from outside over HTTP: its downloads, node definitions and model folders, and the
download events it pushes to its pages over its WebSocket.

The command line uses it when given `--comfyui-url`, so a headless server's own folders, custom loaders and
download queue are the ones that count. Only its loopback or LAN address is expected; nothing secret is sent.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import quote, urlsplit

import aiohttp

from .download_tasks import PROGRESS_EVENT

TIMEOUT = aiohttp.ClientTimeout(total=120, sock_connect=10)
SOCKET_ENDED = (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)


class ComfyUIUnreachable(Exception):
    """The ComfyUI did not answer, or answered something else than the pack's routes do."""


def comfyui_base_url(value: str) -> str:
    """`http(s)://host[:port][/prefix]` without trailing slash; ValueError with a sentence for anything else."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--comfyui-url wants http://host:port, not {value!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"--comfyui-url has no query, fragment or credentials: {value!r}")
    return value.strip().rstrip("/")


class DownloadEvents:
    """The pack's `civitai.download.progress` events as ComfyUI sends them to every page; none without a socket."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse | None):
        self.socket = socket

    async def next(self, wait: float) -> dict | None:
        """The next download event's payload, or None when none came within `wait` seconds."""
        if self.socket is None:
            await asyncio.sleep(wait)
            return None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while (left := deadline - loop.time()) > 0:
            try:
                message = await self.socket.receive(timeout=left)
            except asyncio.TimeoutError:
                return None
            if message.type in SOCKET_ENDED:
                self.socket = None  # the caller asks GET /civitai/downloads instead
                return None
            if message.type == aiohttp.WSMsgType.TEXT:
                event = json.loads(message.data)
                if isinstance(event, dict) and event.get("type") == PROGRESS_EVENT:
                    return event.get("data")
        return None


class RunningComfyUI:
    def __init__(self, base_url: str, session: aiohttp.ClientSession):
        self.base_url = base_url
        self.session = session

    @classmethod
    @asynccontextmanager
    async def open(cls, base_url: str) -> AsyncIterator[RunningComfyUI]:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            yield cls(base_url, session)

    async def _call(self, method: str, path: str, body: dict | None = None):
        url = f"{self.base_url}{path}"
        try:
            async with self.session.request(method, url, json=body) as response:
                answer = await response.json(content_type=None)
                if response.status >= 400:
                    error = answer.get("error") if isinstance(answer, dict) else None
                    raise ComfyUIUnreachable(f"{url} answered {response.status}: {error or answer}")
                return answer
        except (aiohttp.ClientError, asyncio.TimeoutError) as failure:
            why = str(failure) or type(failure).__name__
            raise ComfyUIUnreachable(f"no ComfyUI answers at {self.base_url} ({why})") from None
        except ValueError:
            raise ComfyUIUnreachable(f"{url} did not answer JSON: is the Civitai Sidebar pack there?") from None

    @asynccontextmanager
    async def download_events(self) -> AsyncIterator[DownloadEvents]:
        """Listen on ComfyUI's /ws as its pages do; a ComfyUI that refuses the socket gives an empty listener."""
        url = "ws" + self.base_url[len("http") :] + f"/ws?clientId=civitai-sidebar-cli-{uuid.uuid4().hex}"
        try:
            socket = await self.session.ws_connect(url, heartbeat=30)
        except (aiohttp.ClientError, asyncio.TimeoutError):
            yield DownloadEvents(None)
            return
        async with socket:
            yield DownloadEvents(socket)

    async def downloads(self) -> list[dict]:
        """Every download task of the pack in that ComfyUI, as GET /civitai/downloads shows them."""
        return (await self._call("GET", "/api/civitai/downloads")).get("tasks", [])

    async def queue_downloads(self, resources: list[dict]) -> dict:
        """POST /civitai/download-all: `{task_id, skipped}` of the batch that ComfyUI now downloads."""
        return await self._call("POST", "/api/civitai/download-all", {"resources": resources})

    async def object_info(self) -> dict:
        """The live node definitions (custom loaders included)."""
        return await self._call("GET", "/api/object_info")

    async def inventory(self) -> dict[str, list[str]]:
        """{model folder: the names ComfyUI lists}, `extra_model_paths.yaml` and pack-registered folders included."""
        folders = await self._call("GET", "/api/models")
        listed = {}
        for folder in folders:
            names = await self._call("GET", f"/api/models/{quote(folder, safe='')}")
            listed[folder] = [name for name in names if isinstance(name, str)]
        return listed
