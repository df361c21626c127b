"""A test's view of a running ComfyUI: its HTTP API and the events it pushes on its real /ws socket."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable

import aiohttp


class ComfyClient:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.events: list[dict] = []
        self._session: aiohttp.ClientSession | None = None
        self._ws_task: asyncio.Task | None = None

    async def __aenter__(self) -> ComfyClient:
        self._session = aiohttp.ClientSession()
        await self.listen()
        return self

    async def __aexit__(self, *_exc) -> None:
        if self._ws_task:
            self._ws_task.cancel()
            await asyncio.gather(self._ws_task, return_exceptions=True)
        await self._session.close()

    async def listen(self) -> None:
        """Open ComfyUI's WebSocket as the page does and record every download progress event."""
        ready = asyncio.Event()

        async def pump() -> None:
            async with self._session.ws_connect(f"{self.base_url}/ws?clientId={uuid.uuid4().hex}") as socket:
                ready.set()
                async for message in socket:
                    if message.type == aiohttp.WSMsgType.TEXT:
                        data = message.json()
                        if data.get("type") == "civitai.download.progress":
                            self.events.append({**data["data"], "_at": time.monotonic()})

        self._ws_task = asyncio.create_task(pump())
        await asyncio.wait_for(ready.wait(), 10)

    async def post(self, route: str, body: object, content_type: str = "application/json") -> tuple[int, dict]:
        import json

        data = body if isinstance(body, bytes | str) else json.dumps(body)
        async with self._session.post(
            f"{self.base_url}/api{route}", data=data, headers={"Content-Type": content_type}
        ) as answer:
            return answer.status, await answer.json(content_type=None)

    async def get(self, route: str) -> tuple[int, dict]:
        async with self._session.get(f"{self.base_url}/api{route}") as answer:
            return answer.status, await answer.json(content_type=None)

    async def download(self, resource: dict) -> str:
        status, answer = await self.post("/civitai/download", {"resource": resource})
        assert status == 200, answer
        return answer["task_id"]

    async def task(self, task_id: str) -> dict:
        _, answer = await self.get("/civitai/downloads")
        return next(t for t in answer["tasks"] if t["task_id"] == task_id)

    async def wait_for(
        self, task_id: str, predicate: Callable[[dict], bool] | None = None, timeout: float = 60
    ) -> dict:
        """Poll the task list until the task satisfies `predicate` (default: finished)."""
        predicate = predicate or (lambda t: t["status"] in ("completed", "failed", "cancelled"))
        deadline = time.monotonic() + timeout
        while True:
            try:
                task = await self.task(task_id)
            except (StopIteration, aiohttp.ClientError):
                task = None
            if task is not None and predicate(task):
                return task
            if time.monotonic() > deadline:
                raise AssertionError(f"task {task_id} did not get there in {timeout}s: {task}")
            await asyncio.sleep(0.1)

    def events_of(self, task_id: str) -> list[dict]:
        return [event for event in self.events if event["task_id"] == task_id]
