"""The download queue: a concurrency limit, one task per target, cancel, and restart recovery.

Requests are checked (target folder and name, URL) before anything touches the disk, so a refused
request changes nothing. Running downloads are asyncio tasks on ComfyUI's own loop; their file
work happens on worker threads (see part_file.py).

Every request costs time in proportion to what it asks, not to what the queue already holds: unfinished
tasks are indexed by target, the queue skips cancelled tasks instead of searching for them, the journal
takes one small record per change, finished tasks age out (the newest `keep_finished` stay listed), and
at most `max_unfinished` tasks wait at once (more is refused with a sentence, HTTP 429).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..pipeline.shapes.download_errors import DownloadFailed
from ..pipeline.shapes.route_schemas import DownloadableFile
from . import leftovers
from .download_journal import DownloadJournal
from .download_tasks import BatchTask, Emit, FileTask, Status
from .http_client import OutboundHttp
from .model_folders import DownloadTarget, ModelFolders
from .part_file import remove_part_files
from .transfer import Transfer, TransferSettings, WrongDigests, provisional_path
from .url_policy import without_query

log = logging.getLogger("civitai_sidebar")


class UnknownTask(KeyError):
    pass


class NothingToRetry(Exception):
    """Retry asked of a task that is running or done; the message says which state it is in."""


class NotPausable(Exception):
    """Pause or Resume asked of a task that has finished; the message says which state it is in."""


class QueueFull(Exception):
    """More downloads asked for than the queue takes; the message says how many and what to do."""


Checked = tuple[DownloadableFile, str, DownloadTarget | None]  # a resource, its source URL, its target
MAX_UNFINISHED = 5000
KEEP_FINISHED = 500
KEEP_FINISHED_BATCHES = 50


class DownloadEngine:
    def __init__(
        self,
        *,
        folders: ModelFolders,
        http: OutboundHttp,
        emit: Emit,
        journal: DownloadJournal | None = None,
        settings: TransferSettings | None = None,
        concurrency: int = 2,
        on_completed: Callable[[DownloadTarget], None] | None = None,
        max_unfinished: int = MAX_UNFINISHED,
        keep_finished: int = KEEP_FINISHED,
    ):
        self.folders = folders
        self.http = http
        self.emit = emit
        self.journal = journal or DownloadJournal(None)
        self.settings = settings or TransferSettings()
        self.concurrency = max(1, concurrency)
        self.on_completed = on_completed
        self.max_unfinished = max_unfinished
        self.keep_finished = keep_finished
        self.files: dict[str, FileTask] = {}
        self.batches: dict[str, BatchTask] = {}
        self._unfinished: dict[object, FileTask] = {}  # by dedupe key, as it was when the task was made
        self._index_keys: dict[str, object] = {}  # task id -> its key in _unfinished (a later name changes it)
        self._batches_by_items: dict[tuple[str, ...], BatchTask] = {}
        self._finished_order: deque[str] = deque()  # ids of finished tasks, oldest first
        self._queue: deque[FileTask] = deque()  # may hold cancelled tasks: skipped when their turn comes
        self._running: dict[str, tuple[asyncio.Task, Transfer]] = {}
        self._wrong_digests = WrongDigests()
        self._closing = False

    # -- asking --------------------------------------------------------------------------------

    def _dedupe_key(self, resource: DownloadableFile, source_url: str, target: DownloadTarget | None) -> object:
        if target is not None:
            return target.path
        return (resource.folder, resource.subfolder, source_url)

    def _key_of(self, task: FileTask) -> object:
        return self._dedupe_key(task.resource, task.source_url, task.target)

    def _active_task_for(self, key: object) -> FileTask | None:
        task = self._unfinished.get(key)
        return task if task is not None and not task.status.finished else None

    def _check_room(self, wanted: int) -> None:
        if len(self._unfinished) + wanted > self.max_unfinished:
            raise QueueFull(
                f"{len(self._unfinished)} downloads are already queued or running and at most "
                f"{self.max_unfinished} may be: wait for some to finish or cancel them, then ask for "
                f"{'this one' if wanted == 1 else f'these {wanted}'} again."
            )

    def _prepare(self, resource: DownloadableFile) -> tuple[str, DownloadTarget | None]:
        """Check a request completely (raises UnsafeTarget / UnsafeUrl) before anything happens."""
        source_url = self.http.policy.check_source(resource.url)
        if resource.filename:
            return source_url, self.folders.resolve(resource.folder, resource.filename, resource.subfolder)
        self.folders.resolve(resource.folder, "name-check.safetensors", resource.subfolder)  # folder + subfolder
        return source_url, None

    def submit(self, resource: DownloadableFile, *, task_id: str | None = None, paused: bool = False) -> FileTask:
        """Queue one file; the same target asked again while it runs is the same task. `paused`: a download paused
        before a restart, listed as it was and not started."""
        source_url, target = self._prepare(resource)
        existing = self._active_task_for(self._dedupe_key(resource, source_url, target))
        if existing is not None:
            if existing.pause_requested and not paused:
                self.resume(existing.id)  # asking for a paused download again means: go on with it
            return existing
        self._check_room(1)
        task = self._new_task(resource, source_url, target, task_id)
        if paused:
            task.pause_requested, task.status = True, Status.PAUSED
            task.announce()
        else:
            self._enqueue(task)
        return task

    def check_all(self, resources: list[DownloadableFile]) -> list[Checked]:
        """Check every resource (URL policy, target folder and name, which reads the disk); raises on the first
        refused one. Safe on a worker thread: it reads the policy and the folders and changes nothing."""
        return [(resource, *self._prepare(resource)) for resource in resources]

    def submit_batch(self, resources: list[DownloadableFile], checked: list[Checked] | None = None) -> BatchTask:
        """Queue many files as one task; every resource is checked before any is queued (`checked`: already
        done by `check_all`, off the event loop)."""
        prepared = checked if checked is not None else self.check_all(resources)
        new_keys = {self._dedupe_key(*p) for p in prepared} - self._unfinished.keys()
        self._check_room(len(new_keys))
        items: dict[str, FileTask] = {}  # by id: a resource listed twice is one item
        created: list[FileTask] = []
        for resource, source_url, target in prepared:
            task = self._active_task_for(self._dedupe_key(resource, source_url, target))
            if task is None:
                task = self._new_task(resource, source_url, target, None)
                created.append(task)
            items.setdefault(task.id, task)
        for task in items.values():
            if task.pause_requested:
                self.resume(task.id)  # Download All again goes on with what was paused
        same = self._batches_by_items.get(tuple(items))
        if not created and same is not None and not same.status.finished:
            return same  # the same Download All asked again while it runs
        batch = self._new_batch(list(items.values()))
        for task in created:
            self._enqueue(task)
        batch.item_changed(batch.items[0])
        return batch

    def _new_batch(self, items: list[FileTask], batch_id: str | None = None) -> BatchTask:
        """A batch over these tasks; each task also reports its changes to it (a task may be in several)."""
        batch = BatchTask(items, self.emit, **({"id": batch_id} if batch_id else {}))
        self._forget_old_batches()
        self.batches[batch.id] = batch
        self._batches_by_items[tuple(task.id for task in items)] = batch
        for task in items:
            task.batch_id = task.batch_id or batch.id
            task.on_change = _also(task.on_change, batch.item_changed)
        return batch

    def _new_task(self, resource, source_url, target, task_id) -> FileTask:
        task = FileTask(resource=resource, source_url=source_url, target=target, emit=self.emit)
        if task_id:
            task.id = task_id
        self.files[task.id] = task
        key = self._key_of(task)
        self._unfinished[key] = task
        self._index_keys[task.id] = key
        return task

    def _enqueue(self, task: FileTask) -> None:
        self._queue.append(task)
        task.announce()
        self.journal.add(
            {
                "id": task.id,
                "batch_id": task.batch_id,
                "resource": task.resource.model_dump() | {"url": task.source_url},
            }
        )
        self._start_ready()

    def _finished(self, task: FileTask) -> None:
        """A task reached completed, failed or cancelled: out of the index and the journal, into the history."""
        key = self._index_keys.pop(task.id, None)
        if self._unfinished.get(key) is task:
            del self._unfinished[key]
        self._finished_order.append(task.id)
        while len(self._finished_order) > self.keep_finished:
            old = self.files.get(self._finished_order.popleft())
            if old is not None and old.status.finished:
                del self.files[old.id]

    def _forget_old_batches(self) -> None:
        """Keep the newest finished batches only (a batch lists its files; old ones are history)."""
        finished = [b for b in self.batches.values() if b.status.finished]
        for batch in finished[: max(0, len(finished) - KEEP_FINISHED_BATCHES)]:
            del self.batches[batch.id]
            key = tuple(task.id for task in batch.items)
            if self._batches_by_items.get(key) is batch:
                del self._batches_by_items[key]

    # -- running -------------------------------------------------------------------------------

    def _start_ready(self) -> None:
        while not self._closing and self._queue and len(self._running) < self.concurrency:
            task = self._queue.popleft()
            if task.status != Status.WAITING:
                continue  # cancelled while it waited
            transfer = Transfer(task, self.http, self.folders, self.settings, self._wrong_digests)
            runner = asyncio.get_running_loop().create_task(self._run(task, transfer))
            self._running[task.id] = (runner, transfer)

    async def _run(self, task: FileTask, transfer: Transfer) -> None:
        try:
            await transfer.run()
        except asyncio.CancelledError:
            if task.cancel_requested:
                task.set_status(Status.CANCELLED)
            elif task.pause_requested:
                task.set_status(Status.PAUSED)
            elif not self._closing:
                raise
        except DownloadFailed as failure:
            log.warning("[Civitai Sidebar] %s failed: %s", task.filename, failure)
            task.fail(str(failure), retryable=failure.retryable, needs_key=failure.needs_key)
        except Exception as error:  # a bug must not leave the task "downloading" forever
            log.exception(
                "[Civitai Sidebar] %s failed unexpectedly (%s)", task.filename, without_query(task.source_url)
            )
            task.fail(f"Unexpected error: {type(error).__name__}. See ComfyUI's log.", retryable=True)
        else:
            task.set_status(Status.COMPLETED)
            log.info("[Civitai Sidebar] downloaded %s/%s", task.target.folder, task.target.relative_name)
            if self.on_completed is not None:
                self.on_completed(task.target)
        finally:
            task.connections = 0
            self._running.pop(task.id, None)
            if not self._closing and task.status.finished:
                self._finished(task)
                self.journal.done([task.id])
            if task.status == Status.PAUSED and not task.pause_requested:
                self._queue_again(task)  # resumed while it was stopping
            if not self._closing:
                self._start_ready()

    # -- cancelling ----------------------------------------------------------------------------

    def cancel(self, task_id: str) -> list[str]:
        """Cancel a file task, or every unfinished file of a batch; returns the ids cancelled."""
        if task_id in self.batches:
            items = self.batches[task_id].items
            return self._forget_failed([t for t in items if t.status == Status.FAILED]) + self._cancel_files(items)
        if task_id not in self.files:
            raise UnknownTask(task_id)
        task = self.files[task_id]
        return self._forget_failed([task]) if task.status == Status.FAILED else self._cancel_files([task])

    def cancel_all(self) -> list[str]:
        return self._cancel_files(list(self._unfinished.values()))

    def _forget_failed(self, tasks: list[FileTask]) -> list[str]:
        """Cancelling a failed card forgets it: the bytes it kept for a Retry go too (cancel_all leaves them)."""
        for task in tasks:
            task.set_status(Status.CANCELLED)
            asyncio.get_running_loop().create_task(self._forget_part_of(task))
        return [task.id for task in tasks]

    async def _forget_part_of(self, task: FileTask) -> None:
        """Remove the partial files of a task that will not run again (a queued task cancelled after a
        restart, a failed one forgotten), unless another task now downloads the same file."""
        if self._active_task_for(self._key_of(task)) is not None:
            return
        for final_path in self._part_paths_of(task.resource, task.source_url, task.target):
            await asyncio.to_thread(remove_part_files, final_path)

    def _part_paths_of(self, resource: DownloadableFile, source_url: str, target: DownloadTarget | None) -> list[Path]:
        """The final paths whose partial files a task may have written (a nameless one writes provisionally)."""
        paths = [target.path] if target is not None else []
        if not resource.filename and self.folders.get(resource.folder) is not None:
            paths.append(provisional_path(self.folders, resource, source_url))
        return paths

    async def sweep_leftovers(self) -> list[Path]:
        """Start-up: delete the pack's partial files that neither the journal nor a task will resume."""
        try:
            return await asyncio.to_thread(self._sweep_sync)
        except Exception:  # tidying up must never keep ComfyUI from starting
            log.exception("[Civitai Sidebar] the sweep for leftover partial downloads failed")
            return []

    def _sweep_sync(self) -> list[Path]:
        in_use: set[Path] = set()
        for entry in self.journal.load():
            try:
                resource = DownloadableFile.model_validate(entry["resource"])
                source_url, target = self._prepare(resource)
            except ValueError:
                continue  # resume_unfinished will refuse it too: its leftovers are orphans
            in_use.update(self._part_paths_of(resource, source_url, target))
        for task in list(self.files.values()):
            in_use.update(self._part_paths_of(task.resource, task.source_url, task.target))
        roots = [self.folders.get(name).download_root for name in self.folders.names()]
        removed = leftovers.sweep(roots, in_use)
        if removed:
            log.info("[Civitai Sidebar] removed %d leftover partial download(s)", len(removed))
        return removed

    def _cancel_files(self, tasks: list[FileTask]) -> list[str]:
        """Cancel these tasks in one pass: one journal record and one file job for all the waiting ones."""
        cancelled, waiting = [], []
        for task in tasks:
            if task.status.finished:
                continue
            task.cancel_requested = True
            cancelled.append(task.id)
            if not self._stop_running(task):  # stays in the queue as cancelled; _start_ready skips it
                task.set_status(Status.CANCELLED)
                self._finished(task)
                waiting.append(task)
        if waiting:
            self.journal.done([task.id for task in waiting])
            for task in waiting:
                asyncio.get_running_loop().create_task(self._forget_part_of(task))
        return cancelled

    def _stop_running(self, task: FileTask) -> bool:
        """Stop the task's transfer if it runs (its flags say what _run makes of it); False if it was not running."""
        running = self._running.get(task.id)
        if running is None:
            return False
        runner, transfer = running
        transfer.stop.set()  # a long hash of an earlier .part ends too
        runner.cancel()
        return True

    # -- pausing -------------------------------------------------------------------------------

    def _files_of(self, task_id: str) -> list[FileTask]:
        if task_id in self.batches:
            return self.batches[task_id].items
        if task_id not in self.files:
            raise UnknownTask(task_id)
        task = self.files[task_id]
        if task.status.finished:
            raise NotPausable(f"{task.filename} is {task.status.value}: there is nothing to pause or resume")
        return [task]

    def pause(self, task_id: str | None = None) -> list[str]:
        """Pause a file, a batch's unfinished files, or (no id) every unfinished download; returns the ids paused.
        A paused download keeps its bytes and its place in the list, and stays paused across a restart."""
        tasks = list(self._unfinished.values()) if task_id is None else self._files_of(task_id)
        paused = []
        for task in tasks:
            if task.status.finished or task.pause_requested:
                continue
            task.pause_requested = True
            paused.append(task.id)
            if not self._stop_running(task):  # a running one keeps its .part, and _run marks it paused
                task.set_status(Status.PAUSED)
        self.journal.paused(paused, True)
        return paused

    def resume(self, task_id: str | None = None) -> list[str]:
        """Resume a paused file, a batch's paused files, or (no id) every paused download; returns the ids resumed."""
        tasks = list(self._unfinished.values()) if task_id is None else self._files_of(task_id)
        resumed = []
        for task in tasks:
            if not task.pause_requested:
                continue
            task.pause_requested = False
            resumed.append(task.id)
            if task.status == Status.PAUSED and task.id not in self._running:
                self._queue_again(task)
            # still stopping: _run queues it again once the transfer has closed its files
        self.journal.paused(resumed, False)
        self._start_ready()
        return resumed

    def _queue_again(self, task: FileTask) -> None:
        task.set_status(Status.WAITING)
        self._queue.append(task)

    # -- retrying ------------------------------------------------------------------------------

    def to_retry(self, task_id: str) -> tuple[bool, list[DownloadableFile]]:
        """What Retry of a failed or cancelled task (or of a batch's failed and cancelled files) asks again, from
        the source the task had: (whether it was a batch, the resources). The caller submits them, so a batch's
        targets can be checked off the event loop first."""
        if task_id in self.batches:
            again = [t for t in self.batches[task_id].items if t.status in (Status.FAILED, Status.CANCELLED)]
            if not again:
                raise NothingToRetry("nothing in this Download All failed or was cancelled: nothing to retry")
            return True, [_resource_again(t) for t in again]
        task = self.files.get(task_id)
        if task is None:
            raise UnknownTask(task_id)
        if task.status not in (Status.FAILED, Status.CANCELLED):
            raise NothingToRetry(f"{task.filename} is {task.status.value}: nothing to retry")
        return False, [_resource_again(task)]

    # -- state ---------------------------------------------------------------------------------

    def snapshot(self) -> list[dict]:
        return [task.payload() for task in self.tasks_now()]

    def tasks_now(self) -> list[FileTask | BatchTask]:
        """Every task, files then batches, as a list taken now: their payloads can then be built off the loop
        (5,000 rows take ~50 ms to build and as long to encode)."""
        return [*self.files.values(), *self.batches.values()]

    def set_concurrency(self, limit: int) -> None:
        self.concurrency = max(1, limit)
        self._start_ready()

    def set_segments(self, segments: int) -> None:
        """Connections per file for the downloads that start from now on (0: as many as help, up to 8)."""
        self.settings = replace(self.settings, segments=max(0, segments))

    def set_bandwidth_limit(self, bytes_per_second: int) -> None:
        """The cap over every download and connection, at once for those running too (0: none)."""
        self.settings.bandwidth.set_rate(bytes_per_second)

    def resume_unfinished(self) -> int:
        """Queue again what a stopped ComfyUI left unfinished; returns how many."""
        resumed: dict[str | None, list[FileTask]] = {}
        for entry in self.journal.load():
            try:
                resource = DownloadableFile.model_validate(entry["resource"])
                task = self.submit(resource, task_id=entry.get("id"), paused=entry.get("paused") is True)
            except ValueError as refused:
                log.warning("[Civitai Sidebar] not resuming a download: %s", refused)
                continue
            resumed.setdefault(entry.get("batch_id"), []).append(task)
        for batch_id, items in resumed.items():
            if batch_id:
                self._new_batch(items, batch_id)
        return sum(len(items) for items in resumed.values())

    async def close(self) -> None:
        """ComfyUI is stopping: stop transfers but keep their .part files and the journal for resume."""
        self._closing = True
        runners = [runner for runner, _ in self._running.values()]
        for runner in runners:
            runner.cancel()
        await asyncio.gather(*runners, return_exceptions=True)
        await asyncio.to_thread(self.journal.wait)
        await self.http.close()


def _resource_again(task: FileTask) -> DownloadableFile:
    """The task's resource as it was queued (its URL without credentials, the name it was given)."""
    named = {"filename": task.target.filename} if task.target is not None else {}
    return task.resource.model_copy(update={"url": task.source_url, **named})


def _also(first: Callable[[FileTask], None] | None, second: Callable[[FileTask], None]) -> Callable[[FileTask], None]:
    def both(task: FileTask) -> None:
        if first is not None:
            first(task)
        second(task)

    return both
