"""Download engine benchmark: throughput against curl, event-loop lag, and peak memory.

    .venv/bin/python bench/download_bench.py [--size-gib 1] [--rss-size-gib 2] [--runs 3]

Prints figures; it is not a test. One run:

1. makes (once, then reused from $BENCH_DIR or a temp dir) files of random bytes and their SHA-256;
2. serves them from a separate process on loopback (aiohttp `FileResponse`: sendfile, Range);
3. times `curl`, `curl && sha256sum`, `curl && sync FILE` (information only) and the engine
   (download + SHA-256 + fsync + atomic rename, submit to COMPLETED, a fresh process per run),
   rotating the order every run; `sync` runs before every measurement so no run pays for the
   previous run's write-back;
4. measures the lag of the event loop the engine shares with a ComfyUI-like aiohttp app while
   3 downloads run at once, and the latency of that app's route seen from another process;
5. measures peak RSS growth of a fresh process during one large download;
6. prints a summary table (targets are informational: exit status 1 only if the engine failed).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import http.client
import json
import math
import os
import resource
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

GIB = 1 << 30
MIB = 1 << 20
MB = 1_000_000
GEN_BLOCK = 16 * MIB
SCRIPT = Path(__file__).resolve()
ROUTE = "/api/download/models/{id}"

# Targets: (figure, comparison, threshold).
TARGET_ENGINE_VS_CURL = 0.95
TARGET_CURLSHA_VS_ENGINE = 1.5
TARGET_LAG_P99_MS = 20.0
TARGET_LAG_MAX_MS = 100.0
TARGET_RSS_GROWTH_MIB = 64.0


# -- small helpers ------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def mb_per_s(size: int, seconds: float) -> float:
    return size / MB / seconds


def human_size(size: int) -> str:
    return f"{size / GIB:g} GiB" if size >= GIB else f"{size / MIB:g} MiB"


def proc_status(pid: str = "self") -> dict[str, int]:
    """VmRSS / VmHWM (bytes) of a process, from /proc."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, amount, _unit = line.split()
                values[name.rstrip(":")] = int(amount) * 1024
    return values


# -- 1. the source files ------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    path: Path
    size: int
    sha256: str


def ensure_source(directory: Path, size: int) -> SourceFile:
    """A file of `size` random bytes and its SHA-256, made once and reused."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"random-{size}.bin"
    digest_path = path.with_name(path.name + ".sha256")
    if path.is_file() and path.stat().st_size == size and digest_path.is_file():
        return SourceFile(path, size, digest_path.read_text().split()[0])
    print(f"generating {human_size(size)} of random bytes in {path} ...", flush=True)
    started = time.perf_counter()
    hasher = hashlib.sha256()
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as stream:
        left = size
        while left:
            block = os.urandom(min(GEN_BLOCK, left))
            hasher.update(block)
            stream.write(block)
            left -= len(block)
    os.replace(temporary, path)
    digest = hasher.hexdigest()
    digest_path.write_text(f"{digest}  {path.name}\n")
    print(f"  done in {time.perf_counter() - started:.1f} s, sha256 {digest}", flush=True)
    return SourceFile(path, size, digest)


# -- 2. the file server (a separate process) ----------------------------------------------------


def serve_main(files: dict[str, str]) -> None:
    """Child process: serve each file at /api/download/models/<id> until terminated."""
    from aiohttp import web

    async def download(request: web.Request) -> web.StreamResponse:
        path = files.get(request.match_info["id"])
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "application/octet-stream"})

    async def run() -> None:
        app = web.Application()
        app.router.add_get(ROUTE.format(id="{id}"), download)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(runner, sock).start()
        print(sock.getsockname()[1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(run())


class FileServer:
    def __init__(self, files: dict[int, Path]):
        self.files = {str(k): str(v) for k, v in files.items()}
        self.process: subprocess.Popen | None = None
        self.port = 0

    def url(self, model_id: int) -> str:
        return f"http://127.0.0.1:{self.port}" + ROUTE.format(id=model_id)

    def __enter__(self) -> FileServer:
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), "_serve", json.dumps(self.files)], stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.process.kill()
            raise RuntimeError("the file server did not start")
        self.port = int(line)
        return self

    def __exit__(self, *_exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- the engine, in a fresh child process ------------------------------------------------------


def engine_main(config: dict) -> None:
    """Child process: run the engine on `config["count"]` downloads; print one JSON line of results.

    mode "speed": timings only; "rss": also VmRSS sampled every 50 ms and VmHWM; "lag": also a
    ComfyUI-like aiohttp app on the same loop (its port printed first) and a loop-lag probe."""
    import logging

    sys.path.insert(0, str(SCRIPT.parent))
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
    changed = asyncio.Event()

    def emit(_event: str, payload: dict) -> None:
        json.dumps(payload)  # what ComfyUI's send_sync does with it
        if payload.get("kind") == "file":
            times.setdefault(payload["task_id"], {}).setdefault(payload["status"], time.perf_counter())
            changed.set()

    bases = ApiBases(civitai=f"http://127.0.0.1:{port}", huggingface="http://127.0.0.1:9")
    engine = DownloadEngine(
        folders=ModelFolders({"checkpoints": ([str(checkpoints)], {".safetensors"})}),
        http=OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={})),
        emit=emit,
        concurrency=max(3, config["count"]),
    )
    result: dict = {}
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
            }
            for task in tasks
        ],
    )
    return result


@dataclass
class EngineRun:
    result: dict = field(default_factory=dict)
    wall: float = 0.0
    failure: str | None = None
    pings: list[tuple[float, float]] = field(default_factory=list)


def run_engine(config: dict) -> EngineRun:
    """One fresh engine process; in lag mode also pings its app's route from this process."""
    run = EngineRun()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), "_engine", json.dumps(config)], stdout=subprocess.PIPE, text=True
    )
    stop = threading.Event()
    pinger = None
    if config["mode"] == "lag":
        line = process.stdout.readline()
        try:
            app_port = json.loads(line)["app_port"]
        except (ValueError, KeyError):
            app_port = None
        if app_port is not None:
            pinger = threading.Thread(target=_ping, args=(app_port, stop, run.pings), daemon=True)
            pinger.start()
    output, _ = process.communicate()
    run.wall = time.perf_counter() - started
    stop.set()
    if pinger is not None:
        pinger.join()
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        run.failure = f"the engine process exited with status {process.returncode}"
        return run
    run.result = json.loads(lines[-1])
    failed = [t for t in run.result["tasks"] if t["status"] != "completed"]
    if failed:
        run.failure = f"{failed[0]['status']}: {failed[0]['error']}"
    return run


def _ping(port: int, stop: threading.Event, pings: list[tuple[float, float]]) -> None:
    """Another process's view of ComfyUI: GET the route every 20 ms, keep-alive, record latency."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        started = time.perf_counter()
        try:
            connection.request("GET", "/civitai/downloads")
            connection.getresponse().read()
        except (OSError, http.client.HTTPException):
            break  # the app has stopped
        pings.append((time.monotonic(), time.perf_counter() - started))
        stop.wait(0.02)
    connection.close()


# -- 3. throughput ------------------------------------------------------------------------------


@dataclass
class Bench:
    work: Path
    server: FileServer
    failures: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # figure, value, target, verdict

    def row(self, figure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        self.rows.append((figure, value, target, verdict))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _shell(command: str, cpu: list[float] | None = None) -> tuple[float, str]:
    """Run a shell command; its wall time, its output, and (appended to `cpu`) its CPU seconds."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, shell=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"`{command}` failed ({done.returncode}): {done.stderr.strip()}")
    if cpu is not None:
        cpu.append(_children_cpu() - cpu_before)
    return seconds, done.stdout


def measure_throughput(bench: Bench, source: SourceFile, runs: int) -> None:
    url = bench.server.url(1)
    out = bench.work / "curl-output.bin"
    models = bench.work / "models"
    q_out, q_url = shlex.quote(str(out)), shlex.quote(url)

    def checked(seconds: float) -> float:
        if out.stat().st_size != source.size:
            raise RuntimeError(f"curl wrote {out.stat().st_size} bytes, not {source.size}")
        return seconds

    curl_cpu: list[float] = []

    def curl() -> float:
        seconds, _ = _shell(f"curl -s -o {q_out} {q_url}", curl_cpu)
        return checked(seconds)

    def curl_sha() -> float:
        seconds, printed = _shell(f"curl -s -o {q_out} {q_url} && sha256sum {q_out}")
        if printed.split()[0] != source.sha256:
            raise RuntimeError("curl + sha256sum: the digest does not match")
        return checked(seconds)

    def curl_sync() -> float:
        seconds, _ = _shell(f"curl -s -o {q_out} {q_url} && sync {q_out}")
        return checked(seconds)

    engine_runs: list[EngineRun] = []

    def engine() -> float:
        run = run_engine(
            {"mode": "speed", "port": bench.server.port, "url": url, "size": source.size, "sha256": source.sha256}
            | {"models_dir": str(models), "count": 1}
        )
        engine_runs.append(run)
        if run.failure:
            bench.failures.append(f"engine run {len(engine_runs)}: {run.failure}")
            return math.nan
        task = run.result["tasks"][0]
        if Path(task["path"]).stat().st_size != source.size:
            bench.failures.append(f"engine run {len(engine_runs)}: the final file has the wrong size")
        return run.result["seconds"]

    variants = {"curl": curl, "curl && sha256sum": curl_sha, "curl && sync FILE": curl_sync, "engine": engine}
    times: dict[str, list[float]] = {name: [] for name in variants}
    print(f"\n== throughput: {human_size(source.size)} over loopback, {runs} run(s), order rotated each run ==")
    _shell(f"cat {shlex.quote(str(source.path))} > /dev/null && curl -s -o /dev/null {q_url}")  # warm cache/server
    names = list(variants)
    for index in range(runs):
        order = names[index % len(names) :] + names[: index % len(names)]
        parts = []
        for name in order:
            os.sync()  # no run pays for an earlier run's write-back
            seconds = variants[name]()
            times[name].append(seconds)
            parts.append(f"{name} {seconds:.2f} s")
            out.unlink(missing_ok=True)
            shutil.rmtree(models, ignore_errors=True)
        print(f"  run {index + 1}: " + " | ".join(parts), flush=True)

    for name, values in times.items():
        good = [v for v in values if not math.isnan(v)]
        if good:
            rate = mb_per_s(source.size, statistics.median(good))
            print(f"  {name:<18} {spread(good)}  ->  {rate:.0f} MB/s")
    good_engine = [r for r in engine_runs if not r.failure]
    if not good_engine:
        bench.row("engine throughput", "FAILED", "", False)
        return
    download = statistics.median(r.result["tasks"][0]["phases"]["verifying"] for r in good_engine)
    total = statistics.median(r.result["tasks"][0]["completed"] for r in good_engine)
    opened = statistics.median(r.result["tasks"][0]["phases"]["downloading"] for r in good_engine)
    wall = statistics.median(r.wall for r in good_engine)
    engine_cpu = statistics.median(r.result["cpu_seconds"] for r in good_engine)
    print(
        f"  engine phases (median): open .part {opened * 1000:.0f} ms, receive+write+hash {download:.2f} s "
        f"({mb_per_s(source.size, download):.0f} MB/s), drain+fsync+rename {total - download:.2f} s; "
        f"process wall incl. start-up {wall:.2f} s"
    )
    print(
        f"  CPU time (user+sys, median): curl {statistics.median(curl_cpu):.2f} s, "
        f"engine process {engine_cpu:.2f} s (submit -> COMPLETED, all threads)"
    )

    curl_t = statistics.median(times["curl"])
    curl_sha_t = statistics.median(times["curl && sha256sum"])
    curl_sync_t = statistics.median(times["curl && sync FILE"])
    engine_t = statistics.median([r.result["seconds"] for r in good_engine])
    ratio = curl_t / engine_t
    faster = curl_sha_t / engine_t
    print(f"  engine / curl throughput:          {ratio:.2f}x  (target >= {TARGET_ENGINE_VS_CURL}x)")
    print(f"  (curl && sha256sum) / engine time: {faster:.2f}x  (target >= {TARGET_CURLSHA_VS_ENGINE}x)")
    print(f"  (curl && sync FILE) / engine time: {curl_sync_t / engine_t:.2f}x  (information: curl made durable)")
    print(f"  engine receive phase / curl:       {curl_t / download:.2f}x  (information: the engine without its fsync)")
    bench.row("curl throughput", f"{mb_per_s(source.size, curl_t):.0f} MB/s")
    bench.row("engine throughput (submit -> COMPLETED)", f"{mb_per_s(source.size, engine_t):.0f} MB/s")
    bench.row(
        "engine / curl throughput", f"{ratio:.2f}x", f">= {TARGET_ENGINE_VS_CURL}x", ratio >= TARGET_ENGINE_VS_CURL
    )
    bench.row(
        "(curl && sha256sum) / engine time",
        f"{faster:.2f}x",
        f">= {TARGET_CURLSHA_VS_ENGINE}x",
        faster >= TARGET_CURLSHA_VS_ENGINE,
    )
    bench.row("(curl && sync FILE) / engine time", f"{curl_sync_t / engine_t:.2f}x")
    bench.row("engine receive phase (no fsync) / curl", f"{curl_t / download:.2f}x")


# -- 4. event-loop lag --------------------------------------------------------------------------


def measure_lag(bench: Bench, source: SourceFile, count: int = 3) -> None:
    print(f"\n== event-loop lag: {count} x {human_size(source.size)} at once, same loop as an aiohttp app ==")
    models = bench.work / "models"
    os.sync()
    run = run_engine(
        {"mode": "lag", "port": bench.server.port, "url": bench.server.url(1), "size": source.size}
        | {"sha256": source.sha256, "models_dir": str(models), "count": count, "idle_seconds": 1.0}
    )
    shutil.rmtree(models, ignore_errors=True)
    if run.failure:
        bench.failures.append(f"lag run: {run.failure}")
        bench.row("loop lag p99 (3 downloads receiving)", "FAILED", f"<= {TARGET_LAG_P99_MS:g} ms", False)
        return
    result = run.result
    seconds = result["seconds"]
    start, received, end = result["window"]
    print(
        f"  {count} downloads took {seconds:.2f} s ({mb_per_s(count * source.size, seconds):.0f} MB/s together), "
        f"all bytes in after {received - start:.2f} s "
        f"({mb_per_s(count * source.size, received - start):.0f} MB/s); per file: "
        + ", ".join(f"{t['completed']:.2f} s" for t in result["tasks"])
    )

    def line(what: str, values: list[float], unit: str) -> None:
        if values:
            print(
                f"  {what:<44} p50 {percentile(values, 50):6.2f} ms, p99 {percentile(values, 99):6.2f} ms, "
                f"max {max(values):6.2f} ms ({len(values)} {unit})"
            )

    busy = [lag * 1000 for lag in result["lags_receiving"]]
    line("loop lag, idle (1 s before):", [lag * 1000 for lag in result["lags_idle"]], "probes of 10 ms")
    line("loop lag, receiving (all 3 at full speed):", busy, "probes of 10 ms")
    line("loop lag, finishing (drain, fsync, rename):", [lag * 1000 for lag in result["lags_finishing"]], "probes")
    pings = [lat * 1000 for at, lat in run.pings if start <= at <= received]
    line("GET /civitai/downloads from another process:", pings, "requests while receiving")
    if not busy:
        bench.row("loop lag p99 (3 downloads receiving)", "no probes", f"<= {TARGET_LAG_P99_MS:g} ms", False)
        return
    p50, p99, top = percentile(busy, 50), percentile(busy, 99), max(busy)
    what = "loop lag {} (3 downloads receiving)"
    bench.row(what.format("p50"), f"{p50:.2f} ms")
    bench.row(what.format("p99"), f"{p99:.2f} ms", f"<= {TARGET_LAG_P99_MS:g} ms", p99 <= TARGET_LAG_P99_MS)
    bench.row(what.format("max"), f"{top:.2f} ms", f"<= {TARGET_LAG_MAX_MS:g} ms", top <= TARGET_LAG_MAX_MS)
    if pings:
        bench.row("route latency p99 (other process, receiving)", f"{percentile(pings, 99):.2f} ms")


# -- 5. peak RSS --------------------------------------------------------------------------------


def measure_rss(bench: Bench, source: SourceFile) -> None:
    print(f"\n== peak RSS growth: one {human_size(source.size)} download in a fresh process ==")
    models = bench.work / "models"
    os.sync()
    run = run_engine(
        {"mode": "rss", "port": bench.server.port, "url": bench.server.url(2), "size": source.size}
        | {"sha256": source.sha256, "models_dir": str(models), "count": 1}
    )
    shutil.rmtree(models, ignore_errors=True)
    if run.failure:
        bench.failures.append(f"rss run: {run.failure}")
        bench.row("peak RSS growth", "FAILED", f"<= {TARGET_RSS_GROWTH_MIB:g} MiB", False)
        return
    result = run.result
    baseline = result["rss_baseline"]
    sampled = (result["rss_samples_peak"] - baseline) / MIB
    hwm = (result["rss_hwm"] - baseline) / MIB
    growth = max(sampled, hwm)
    print(
        f"  took {result['seconds']:.2f} s ({mb_per_s(source.size, result['seconds']):.0f} MB/s); "
        f"RSS baseline {baseline / MIB:.1f} MiB"
    )
    print(
        f"  peak growth: {sampled:.1f} MiB sampled every 50 ms ({result['rss_sample_count']} samples), "
        f"{hwm:.1f} MiB by VmHWM (reset to the baseline just before submit)"
    )
    bench.row(
        f"peak RSS growth ({human_size(source.size)})",
        f"{growth:.1f} MiB",
        f"<= {TARGET_RSS_GROWTH_MIB:g} MiB",
        growth <= TARGET_RSS_GROWTH_MIB,
    )


# -- 6. the summary -----------------------------------------------------------------------------


def print_summary(bench: Bench) -> None:
    header = ("figure", "value", "target", "result")
    widths = [max(len(str(r[i])) for r in [header, *bench.rows]) for i in range(4)]
    print("\n== summary ==")
    for line in [header, tuple("-" * w for w in widths), *bench.rows]:
        print("  " + "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    for failure in bench.failures:
        print(f"  ENGINE FAILURE: {failure}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-gib", type=float, default=1.0, help="file size for throughput and lag (default 1)")
    parser.add_argument("--rss-size-gib", type=float, default=2.0, help="file size for the RSS test (default 2)")
    parser.add_argument("--runs", type=int, default=3, help="runs per throughput variant (default 3)")
    parser.add_argument("--dir", help="cache and work directory (default $BENCH_DIR, else a temp dir)")
    args = parser.parse_args()
    for tool in ("curl", "sha256sum", "sync"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is needed")

    root = Path(args.dir or os.environ.get("BENCH_DIR") or Path(tempfile.gettempdir()) / "civitai-sidebar-bench")
    size, rss_size = int(args.size_gib * GIB), int(args.rss_size_gib * GIB)
    print(f"bench directory {root} (random files are cached there; outputs are deleted)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)")
    small = ensure_source(root / "source", size)
    large = ensure_source(root / "source", rss_size)
    os.sync()
    work = Path(tempfile.mkdtemp(prefix="work-", dir=root))  # same file system as the sources
    try:
        with FileServer({1: small.path, 2: large.path}) as server:
            bench = Bench(work, server)
            measure_throughput(bench, small, max(1, args.runs))
            measure_lag(bench, small)
            measure_rss(bench, large)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_summary(bench)
    return 1 if bench.failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "_serve":
        serve_main(json.loads(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "_engine":
        engine_main(json.loads(sys.argv[2]))
    else:
        sys.exit(main())
