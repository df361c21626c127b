"""The download bench's engine side: a fresh process runs the pack's DownloadEngine and reports timings.

    python bench/download_engine_child.py '{"mode": "speed", "port": ..., "url": ..., "size": ..., ...}'

prints one JSON line of results (in "lag" mode, a line with the app's port first). A fresh process per
run keeps one run's memory, threads and caches out of the next.

mode "speed": timings only; "rss": also VmRSS sampled every 50 ms and VmHWM; "lag": also a ComfyUI-like
aiohttp app on the same loop and a loop-lag probe. `segments` (an int; 0 = automatic; absent = the
engine's default) is passed as `TransferSettings(segments=...)` when this engine has that field.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import resource
import socket
import sys
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def proc_status(pid: str = "self") -> dict[str, int]:
    """VmRSS / VmHWM (bytes) of a process, from /proc."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, amount, _unit = line.split()
                values[name.rstrip(":")] = int(amount) * 1024
    return values


def file_bytes_read() -> int:
    """Bytes this process has read with read()/pread() (rchar): file read-backs, not socket receives
    (asyncio receives with recv(), which rchar does not count)."""
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("rchar:"))


def transfer_settings(segments: int | None):
    """The engine's TransferSettings with `segments` when it has that field; (settings, supported)."""
    from civitai_sidebar.civitai_utils.transfer import TransferSettings

    supported = "segments" in {f.name for f in dataclasses.fields(TransferSettings)}
    if segments is None or not supported:
        return TransferSettings(), supported
    return TransferSettings(segments=segments), supported


def engine_supports_segments() -> bool:
    """Whether this checkout's TransferSettings has `segments` (imports the pack into the caller)."""
    sys.path.insert(0, str(BENCH_DIR))
    from pack_import import import_pack

    import_pack()
    return transfer_settings(None)[1]


def engine_main(config: dict) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    from pack_import import import_pack

    logging.basicConfig(level=logging.WARNING, format="engine: %(message)s")
    import_pack()
    print(json.dumps(asyncio.run(_engine_run(config))), flush=True)


async def _engine_run(config: dict) -> dict:
    from aiohttp import web
    from civitai_sidebar.civitai_utils.download_engine import DownloadEngine
    from civitai_sidebar.civitai_utils.download_tasks import Status
    from civitai_sidebar.civitai_utils.http_client import OutboundHttp
    from civitai_sidebar.civitai_utils.keys import KeyStore
    from civitai_sidebar.civitai_utils.model_folders import ModelFolders
    from civitai_sidebar.civitai_utils.settings import ApiBases
    from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
    from civitai_sidebar.pipeline.shapes.route_schemas import DownloadableFile

    mode, port = config["mode"], config["port"]
    checkpoints = Path(config["models_dir"]) / "checkpoints"
    checkpoints.mkdir(parents=True, exist_ok=True)
    times: dict[str, dict[str, float]] = {}
    connections: dict[str, int] = {}  # most connections a file used at once, from its progress events
    changed = asyncio.Event()

    def emit(_event: str, payload: dict) -> None:
        json.dumps(payload)  # what ComfyUI's send_sync does with it
        if payload.get("kind") == "file":
            times.setdefault(payload["task_id"], {}).setdefault(payload["status"], time.perf_counter())
            if isinstance(payload.get("connections"), int):
                connections[payload["task_id"]] = max(connections.get(payload["task_id"], 0), payload["connections"])
            changed.set()

    settings, segments_supported = transfer_settings(config.get("segments"))
    bases = ApiBases(civitai=f"http://127.0.0.1:{port}", huggingface="http://127.0.0.1:9")
    engine = DownloadEngine(
        folders=ModelFolders({"checkpoints": ([str(checkpoints)], {".safetensors"})}),
        http=OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={})),
        emit=emit,
        settings=settings,
        concurrency=max(3, config["count"]),
    )
    result: dict = {"segments_supported": segments_supported}
    loop = asyncio.get_running_loop()

    # lag mode: the app ComfyUI would be serving, and a probe of the loop's punctuality
    lags: list[tuple[float, float]] = []  # (monotonic, lag seconds)
    probing = True

    async def probe() -> None:
        while probing:
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append((time.monotonic(), time.perf_counter() - before - 0.01))

    runner = None
    if mode == "lag":

        async def downloads_route(_request: web.Request) -> web.Response:
            return web.json_response({"downloads": engine.snapshot()})

        app = web.Application()
        app.router.add_get("/civitai/downloads", downloads_route)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(runner, sock).start()
        print(json.dumps({"app_port": sock.getsockname()[1]}), flush=True)
        prober = loop.create_task(probe())
        await asyncio.sleep(config.get("idle_seconds", 1.0))  # idle baseline

    # rss mode: sample VmRSS every 50 ms from a thread, and reset VmHWM to the current RSS
    samples: list[int] = []
    sampling = threading.Event()
    if mode == "rss":
        with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        result["rss_baseline"] = proc_status()["VmRSS"]

        def sample() -> None:
            while not sampling.wait(0.05):
                samples.append(proc_status()["VmRSS"])

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()

    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    read_before = file_bytes_read()
    started_mono = time.monotonic()
    started = time.perf_counter()
    tasks = [
        engine.submit(
            DownloadableFile(
                folder="checkpoints",
                filename=f"bench-{i}.safetensors",
                url=config["url"],
                size=config["size"],
                sha256=config["sha256"],
            )
        )
        for i in range(config["count"])
    ]
    while not all(task.status.finished for task in tasks):
        await changed.wait()
        changed.clear()
    ended = time.perf_counter()
    ended_mono = time.monotonic()
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    result["file_bytes_read"] = file_bytes_read() - read_before
    # the bytes flow until the last task starts verifying (then: drain, fsync, rename)
    received_mono = started_mono + max(times.get(t.id, {}).get("verifying", ended) - started for t in tasks)

    if mode == "rss":
        sampling.set()
        sampler.join()
        status = proc_status()
        result["rss_samples_peak"] = max(samples + [status["VmRSS"]])
        result["rss_hwm"] = status["VmHWM"]
        result["rss_sample_count"] = len(samples)
    if mode == "lag":
        probing = False
        await prober
        await runner.cleanup()
        result["lags_idle"] = [lag for at, lag in lags if at < started_mono]
        result["lags_receiving"] = [lag for at, lag in lags if started_mono <= at <= received_mono]
        result["lags_finishing"] = [lag for at, lag in lags if received_mono < at <= ended_mono]
    await engine.close()

    result.update(
        seconds=ended - started,
        window=[started_mono, received_mono, ended_mono],
        cpu_seconds=(cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime),
        tasks=[
            {
                "status": task.status.value,
                "error": task.error,
                "path": str(task.target.path),
                # submit -> DOWNLOADING (.part opened) -> VERIFYING (all bytes received) -> COMPLETED
                "phases": {s: times.get(task.id, {}).get(s, ended) - started for s in ("downloading", "verifying")},
                "completed": times.get(task.id, {}).get(Status.COMPLETED.value, ended) - started,
                "connections_max": connections.get(task.id),
            }
            for task in tasks
        ],
    )
    return result


if __name__ == "__main__":
    engine_main(json.loads(sys.argv[1]))
