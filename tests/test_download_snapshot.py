"""What GET /civitai/downloads and the progress events say about a task: speed, time left, where it lands,
and a batch's totals; and that a snapshot of 5,000 tasks stays cheap."""

from __future__ import annotations

import time
from pathlib import Path

from civitai_sidebar.civitai_utils.download_tasks import STALLED_AFTER, BatchTask, FileTask, Status
from civitai_sidebar.civitai_utils.model_folders import DownloadTarget
from civitai_sidebar.pipeline.shapes.route_schemas import DownloadableFile

GB = 1024**3


def file_task(name: str = "a.safetensors", *, size: int | None = 4 * GB, subfolder: str = "") -> FileTask:
    resource = DownloadableFile(
        folder="loras", filename=name, subfolder=subfolder, url="https://civitai.com/x", size=size
    )
    target = DownloadTarget("loras", subfolder, name, Path("/models/loras") / subfolder / name)
    return FileTask(resource=resource, source_url=resource.url, target=target, emit=lambda _event, _payload: None)


def downloading(task: FileTask, done: int, total: int | None, speed: float, *, quiet_for: float = 0.0) -> FileTask:
    """A task in the state the engine leaves it in after bytes arrived `quiet_for` seconds ago."""
    task.status, task.downloaded_bytes, task.total_bytes, task.speed = Status.DOWNLOADING, done, total, speed
    task._last_sample = (time.monotonic() - quiet_for, done)
    return task


def test_a_running_file_says_its_speed_and_the_seconds_left():
    task = downloading(file_task(), GB, 4 * GB, 100 * 1024**2)  # 3 GB left at 100 MB/s
    payload = task.payload()
    assert payload["speed"] == 100 * 1024**2
    assert payload["eta_seconds"] == 31  # 30.72 s, rounded up: never "0 s left" while bytes remain


def test_no_time_left_is_guessed_without_a_size_or_a_speed_or_once_it_ends():
    assert downloading(file_task(), GB, None, 1e6).payload()["eta_seconds"] is None
    assert downloading(file_task(), GB, 4 * GB, 0).payload()["eta_seconds"] is None
    task = downloading(file_task(), GB, 4 * GB, 1e6)
    task.status = Status.VERIFYING
    assert task.payload()["eta_seconds"] is None


def test_a_stalled_download_shows_no_stale_speed_or_time_left():
    payload = downloading(file_task(), GB, 4 * GB, 100 * 1024**2, quiet_for=STALLED_AFTER + 1).payload()
    assert (payload["speed"], payload["eta_seconds"]) == (0, None)


def test_the_location_is_the_path_comfyui_shows_folder_subfolder_and_name():
    assert file_task("b.safetensors", subfolder="styles").payload()["location"] == "loras/styles/b.safetensors"
    assert file_task("c.safetensors").payload()["location"] == "loras/c.safetensors"


def test_a_batch_counts_its_files_by_outcome_and_adds_up_bytes_speed_and_time_left():
    items = [file_task(f"f{i}.safetensors", size=GB) for i in range(4)]
    items[0].status, items[0].downloaded_bytes, items[0].total_bytes = Status.COMPLETED, GB, GB
    items[1].status = Status.FAILED
    downloading(items[2], GB // 2, GB, 64 * 1024**2)
    batch = BatchTask(items, emit=lambda _event, _payload: None)
    payload = batch.payload()
    assert (payload["total_count"], payload["completed_count"], payload["failed_count"]) == (4, 1, 1)
    assert payload["cancelled_count"] == 0
    assert payload["total_bytes"] == 4 * GB and payload["downloaded_bytes"] == GB + GB // 2
    assert payload["speed"] == 64 * 1024**2
    assert payload["eta_seconds"] == 40  # 2.5 GB left at 64 MB/s
    assert payload["retryable"] is False  # still running: Retry comes when it has ended


def test_an_ended_batch_with_a_cancelled_file_offers_retry():
    items = [file_task("x.safetensors"), file_task("y.safetensors")]
    items[0].status, items[1].status = Status.COMPLETED, Status.CANCELLED
    payload = BatchTask(items, emit=lambda _event, _payload: None).payload()
    assert payload["status"] == "cancelled" and payload["retryable"] is True and payload["eta_seconds"] is None


def test_a_snapshot_of_5000_tasks_and_their_batch_is_cheap():
    tasks = [downloading(file_task(f"m{i}.safetensors"), i * 1000, 4 * GB, 1e6) for i in range(5000)]
    batch = BatchTask(tasks, emit=lambda _event, _payload: None)
    started = time.perf_counter()
    rows = [task.payload() for task in tasks] + [batch.payload()]
    took = time.perf_counter() - started
    assert len(rows) == 5001 and rows[-1]["total_count"] == 5000
    assert took < 0.25, f"a 5,000-task snapshot took {took * 1000:.0f} ms"
