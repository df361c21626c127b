"""What the sidebar sees of a download: its state, and the progress events it is sent.

Events go out at most once per task per `interval` seconds while bytes flow, and always on a
status change, so a 40 GB download does not flood ComfyUI's WebSocket.
"""

from __future__ import annotations

import asyncio
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from ..pipeline.shapes.route_schemas import DownloadableFile
from .model_folders import DownloadTarget

PROGRESS_EVENT = "civitai.download.progress"
STALLED_AFTER = 3.0  # seconds without bytes after which a download shows no speed and no time left


class Status(str, Enum):
    WAITING = "waiting"
    DOWNLOADING = "downloading"
    PAUSED = "paused"  # keeps its bytes and its place; Resume continues where it stopped
    VERIFYING = "verifying"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (Status.COMPLETED, Status.FAILED, Status.CANCELLED)


Emit = Callable[[str, dict], None]


def eta(total: int | None, done: int, speed: float) -> int | None:
    """Whole seconds until `total` at `speed` bytes/s; None when either is unknown (no guess shown)."""
    if not total or speed <= 0 or done >= total:
        return None
    return math.ceil((total - done) / speed)


def new_task_id() -> str:
    return uuid.uuid4().hex[:16]


@dataclass(eq=False)
class FileTask:
    resource: DownloadableFile
    source_url: str  # the resource's URL without credentials
    target: DownloadTarget | None  # None until Content-Disposition names the file
    emit: Emit
    interval: float = 0.5
    id: str = field(default_factory=new_task_id)
    batch_id: str | None = None
    status: Status = Status.WAITING
    downloaded_bytes: int = 0
    total_bytes: int | None = None
    error: str | None = None
    speed: float = 0.0  # bytes per second, smoothed
    retryable: bool = False  # failed: whether Retry can help (set by `fail`)
    needs_key: str | None = None  # failed: the service ("civitai", "huggingface") whose key would help
    retry: dict | None = None  # while the engine waits to try again: {attempt, of, in_seconds}
    cancel_requested: bool = False
    pause_requested: bool = False
    connections: int = 0  # connections receiving this file now (segmented downloads use several)
    _last_emit: float = 0.0
    _last_sample: tuple[float, int] = (0.0, 0)
    _trailing: asyncio.TimerHandle | None = None
    on_change: Callable[[FileTask], None] | None = None

    @property
    def filename(self) -> str:
        if self.target is not None:
            return self.target.filename
        return self.resource.filename or self.source_url.rsplit("/", 1)[-1].split("?", 1)[0]

    @property
    def speed_now(self) -> float:
        """The smoothed speed while bytes flow; 0 once none came for a while (a stall shows no stale figure)."""
        if self.status != Status.DOWNLOADING or time.monotonic() - self._last_sample[0] > STALLED_AFTER:
            return 0.0
        return self.speed

    @property
    def eta_seconds(self) -> int | None:
        """Seconds left at the smoothed speed, while bytes flow and the size is known."""
        return eta(self.total_bytes, self.downloaded_bytes, self.speed_now)

    @property
    def location(self) -> str | None:
        """Where the file lands as ComfyUI names it: model folder / subfolder / file name (what "copy path" copies)."""
        return f"{self.target.folder}/{self.target.relative_name}" if self.target is not None else None

    @property
    def progress(self) -> float:
        if self.status == Status.COMPLETED:
            return 100.0
        if not self.total_bytes:
            return 0.0
        return round(min(100.0, 100.0 * self.downloaded_bytes / self.total_bytes), 2)

    def payload(self) -> dict:
        return {
            "task_id": self.id,
            "kind": "file",
            "batch_id": self.batch_id,
            "filename": self.filename,
            "folder": self.target.folder if self.target else self.resource.folder,
            "subfolder": self.target.subfolder if self.target else self.resource.subfolder,
            "path": self.target.relative_name if self.target else None,
            "status": self.status.value,
            "progress": self.progress,
            "downloaded_bytes": self.downloaded_bytes,
            "total_bytes": self.total_bytes,
            "speed": round(self.speed_now),
            "eta_seconds": self.eta_seconds,
            "location": self.location,
            "error": self.error,
            "retryable": self.status == Status.CANCELLED or (self.status == Status.FAILED and self.retryable),
            "needs_key": self.needs_key if self.status == Status.FAILED else None,
            "retry": self.retry,
            "connections": self.connections if self.status == Status.DOWNLOADING else 0,
        }

    def fail(self, error: str, *, retryable: bool, needs_key: str | None = None) -> None:
        """Failed, saying whether a Retry can help (a dropped network) or cannot (an archived model)."""
        self.retryable, self.needs_key, self.retry = retryable, needs_key, None
        self.set_status(Status.FAILED, error)

    def waiting_to_retry(self, attempt: int, of: int, delay: float) -> None:
        """The engine waits `delay` seconds before try `attempt` of `of`: the user sees it counting."""
        self.retry = {"attempt": attempt, "of": of, "in_seconds": math.ceil(delay)}
        self._send(force=True)

    def retrying(self) -> None:
        """The wait is over and the next try starts."""
        if self.retry is not None:
            self.retry = None
            self._send(force=True)

    def set_status(self, status: Status, error: str | None = None) -> None:
        if status == self.status and error == self.error:
            return
        self.status, self.error = status, error
        if status.finished:
            self.retry = None
        if status == Status.COMPLETED and self.total_bytes is not None:
            self.downloaded_bytes = self.total_bytes
        self._send(force=True)

    def announce(self) -> None:
        """Send the current state now (a newly queued task)."""
        self._send(force=True)

    def advance(self, downloaded: int, total: int | None) -> None:
        now = time.monotonic()
        then, before = self._last_sample
        if now - then >= 0.25:
            rate = (downloaded - before) / (now - then) if then else 0.0
            self.speed = rate if not self.speed else 0.7 * self.speed + 0.3 * rate
            self._last_sample = (now, downloaded)
        self.downloaded_bytes, self.total_bytes = downloaded, total
        self._send(force=False)

    def _send(self, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_emit < self.interval:
            self._send_later(self.interval - (now - self._last_emit))
            return
        self._last_emit = now
        self.emit(PROGRESS_EVENT, self.payload())
        if self.on_change is not None:
            self.on_change(self)

    def _send_later(self, delay: float) -> None:
        """A throttled update is not lost: the latest state goes out when the interval is over, so a
        download that stalls right after some bytes arrived does not show the older figure meanwhile."""
        if self._trailing is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._trailing = loop.call_later(max(0.0, delay), self._send_trailing)

    def _send_trailing(self) -> None:
        self._trailing = None
        if self.status == Status.DOWNLOADING:
            self._send(force=True)


@dataclass(eq=False)
class BatchTask:
    """Download All: one task id for many files, each of which runs through the shared queue."""

    items: list[FileTask]
    emit: Emit
    interval: float = 0.5
    id: str = field(default_factory=new_task_id)
    _last_emit: float = 0.0
    _last_status: Status | None = None

    @property
    def status(self) -> Status:
        statuses = {item.status for item in self.items}
        unfinished = {s for s in statuses if not s.finished}
        if unfinished:
            if unfinished == {Status.PAUSED}:
                return Status.PAUSED
            busy = statuses & {Status.DOWNLOADING, Status.VERIFYING}
            return Status.DOWNLOADING if busy or Status.COMPLETED in statuses else Status.WAITING
        if statuses == {Status.COMPLETED}:
            return Status.COMPLETED
        return Status.FAILED if Status.FAILED in statuses else Status.CANCELLED

    def payload(self) -> dict:
        """One pass over the items (a Download All may hold thousands and the snapshot lists every batch)."""
        total = downloaded = completed = cancelled = 0
        speed = 0.0
        failed: list[FileTask] = []
        for item in self.items:
            total += item.total_bytes or item.resource.size or 0
            downloaded += item.downloaded_bytes
            if item.status == Status.COMPLETED:
                completed += 1
            elif item.status == Status.FAILED:
                failed.append(item)
            elif item.status == Status.CANCELLED:
                cancelled += 1
            elif item.status == Status.DOWNLOADING:
                speed += item.speed_now
        status = self.status
        return {
            "task_id": self.id,
            "kind": "batch",
            "filename": f"{len(self.items)} files",
            "status": status.value,
            "progress": 100.0 if status == Status.COMPLETED else round(100.0 * downloaded / total, 2) if total else 0.0,
            "downloaded_bytes": downloaded,
            "total_bytes": total or None,
            "speed": round(speed),
            "eta_seconds": eta(total, downloaded, speed) if status == Status.DOWNLOADING else None,
            "completed_count": completed,
            "failed_count": len(failed),
            "cancelled_count": cancelled,
            "total_count": len(self.items),
            "items": [item.id for item in self.items],
            "error": f"{len(failed)} of {len(self.items)} downloads failed" if failed else None,
            "retryable": status.finished and (cancelled > 0 or any(item.retryable for item in failed)),
        }

    def item_changed(self, item: FileTask) -> None:
        status = self.status
        now = time.monotonic()
        # A file that ends always counts at once (the sidebar's "(2/4)"): only byte progress is throttled.
        if status == self._last_status and not item.status.finished and now - self._last_emit < self.interval:
            return
        self._last_status, self._last_emit = status, now
        self.emit(PROGRESS_EVENT, self.payload())
