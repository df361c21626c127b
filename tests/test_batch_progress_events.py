"""A Download All batch reports each finished file at once, however fast files finish one after another."""

from __future__ import annotations

from civitai_sidebar.civitai_utils.download_tasks import BatchTask, FileTask, Status
from civitai_sidebar.pipeline.shapes.route_schemas import DownloadableFile


def file_task(emit, name: str) -> FileTask:
    resource = DownloadableFile(
        folder="loras", filename=name, url=f"https://civitai.com/api/download/models/{len(name)}"
    )
    return FileTask(resource=resource, source_url=resource.url, target=None, emit=emit)


def test_every_finished_file_is_counted_in_an_event_even_within_the_throttle_interval():
    events: list[dict] = []
    emit = lambda _type, payload: events.append(payload)  # noqa: E731
    items = [file_task(emit, f"f{i}.safetensors") for i in range(4)]
    batch = BatchTask(items, emit, interval=60.0)  # nothing but a finish may beat this throttle
    for item in items:
        item.status = Status.DOWNLOADING
    batch.item_changed(items[0])
    for item in items[:2]:
        item.status = Status.COMPLETED
        batch.item_changed(item)
    items[2].downloaded_bytes = 10  # bytes only: throttled
    batch.item_changed(items[2])

    batch_events = [e for e in events if e["kind"] == "batch"]
    assert [e["completed_count"] for e in batch_events] == [0, 1, 2]
    assert batch_events[-1]["status"] == "downloading" and batch_events[-1]["total_count"] == 4
