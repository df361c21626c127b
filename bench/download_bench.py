"""Download engine benchmark: throughput against curl and aria2c, event-loop lag, and peak memory.

    .venv/bin/python bench/download_bench.py [--size-gib 1] [--rss-size-gib 2] [--runs 3]
        [--capped-size-mib 512] [--cap-mbps 40] [--delay-ms 0] [--sections throughput,capped,lag,rss,segmented]

Prints figures; it is not a test. One run:

1. makes (once, then reused from $BENCH_DIR or a temp dir) files of random bytes and their SHA-256;
2. serves them from separate processes on loopback (download_server.py): one uncapped (aiohttp
   `FileResponse`: sendfile, Range), one capped per connection like a CDN (a token bucket per
   response, optionally a delay before each answer);
3. uncapped: times `curl`, `curl && sha256sum`, `curl && sync FILE` (information only) and the engine
   (download + SHA-256 + fsync + atomic rename, submit to COMPLETED, a fresh process per run),
   automatic and with 1 segment, rotating the order every run; `sync` runs before every
   measurement so no run pays for the previous run's write-back;
4. capped: times curl, `aria2c -x1/-x4/-x8` (and -x8 with its SHA-256 check) and the engine with
   1, 4, 8 segments and automatic; ratios against aria2c -x8;
5. measures the lag of the event loop the engine shares with a ComfyUI-like aiohttp app while
   3 downloads run at once, and the latency of that app's route seen from another process;
6. measures peak RSS growth of a fresh process during one large download;
7. measures lag and RSS during one 8-segment download of the large file from the capped server;
8. prints a summary table (targets are informational: exit status 1 only if the engine failed).
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import math
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from download_engine_child import engine_supports_segments
from download_server import FileServer

GIB = 1 << 30
MIB = 1 << 20
MB = 1_000_000
GEN_BLOCK = 16 * MIB
ENGINE_CHILD = Path(__file__).resolve().with_name("download_engine_child.py")
# the engine's own defaults, not the caller's environment, unless the bench sets them
ENGINE_ENVIRONMENT_OVERRIDES = ("CIVITAI_SIDEBAR_SEGMENTS", "CIVITAI_SIDEBAR_BANDWIDTH_LIMIT")
SECTIONS = ("throughput", "capped", "lag", "rss", "segmented")

# Targets: (figure, comparison, threshold).
TARGET_ENGINE_VS_CURL = 0.95
TARGET_CURLSHA_VS_ENGINE = 1.5
TARGET_AUTOMATIC_VS_ONE_SEGMENT = 0.95  # "not slower", within this machine's run-to-run noise
TARGET_SEGMENTS_VS_ARIA2C = 1.0
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


# -- 2. the engine, in a fresh child process (download_engine_child.py) ----------------------------


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
    environment = {k: v for k, v in os.environ.items() if k not in ENGINE_ENVIRONMENT_OVERRIDES}
    process = subprocess.Popen(
        [sys.executable, str(ENGINE_CHILD), json.dumps(config)], stdout=subprocess.PIPE, text=True, env=environment
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
    server: FileServer  # uncapped
    capped: FileServer | None = None  # a per-connection cap, like a CDN
    segments_supported: bool = False  # this engine's TransferSettings has `segments`
    failures: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # figure, value, target, verdict

    def row(self, figure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        self.rows.append((figure, value, target, verdict))

    def engine_config(
        self, server: FileServer, model_id: int, source: SourceFile, mode: str = "speed", count: int = 1, **extra
    ) -> dict:
        """The engine child's configuration; `segments` only reaches an engine that has that setting."""
        config = {"mode": mode, "port": server.port, "url": server.url(model_id), "size": source.size}
        config |= {"sha256": source.sha256, "models_dir": str(self.work / "models"), "count": count}
        if not self.segments_supported:
            extra.pop("segments", None)
        return config | extra


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


def segments_name(segments: int) -> str:
    return "engine automatic" if segments == 0 else f"engine {segments} segment{'s' if segments > 1 else ''}"


def engine_variant(
    bench: Bench, server: FileServer, model_id: int, source: SourceFile, name: str, runs: list[EngineRun], **extra
) -> Callable[[], float]:
    """A timed variant: one fresh engine process, submit -> COMPLETED (SHA-256 verified); NaN when it failed."""

    def timed() -> float:
        run = run_engine(bench.engine_config(server, model_id, source, **extra))
        runs.append(run)
        if run.failure:
            bench.failures.append(f"{name} run {len(runs)}: {run.failure}")
            return math.nan
        task = run.result["tasks"][0]
        if Path(task["path"]).stat().st_size != source.size:
            bench.failures.append(f"{name} run {len(runs)}: the final file has the wrong size")
        return run.result["seconds"]

    return timed


def run_rotated(
    variants: dict[str, Callable[[], float]], runs: int, clean_up: Callable[[], None]
) -> dict[str, list[float]]:
    """Each variant `runs` times, the order rotated every run; `sync` before each, `clean_up` after."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for index in range(runs):
        order = names[index % len(names) :] + names[: index % len(names)]
        parts = []
        for name in order:
            os.sync()  # no run pays for an earlier run's write-back
            seconds = variants[name]()
            times[name].append(seconds)
            parts.append(f"{name} {seconds:.2f} s")
            clean_up()
        print(f"  run {index + 1}: " + " | ".join(parts), flush=True)
    return times


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
    one_segment_runs: list[EngineRun] = []
    engine_name = segments_name(0) if bench.segments_supported else "engine"
    variants = {"curl": curl, "curl && sha256sum": curl_sha, "curl && sync FILE": curl_sync}
    variants[engine_name] = engine_variant(bench, bench.server, 1, source, engine_name, engine_runs, segments=0)
    if bench.segments_supported:
        name = segments_name(1)
        variants[name] = engine_variant(bench, bench.server, 1, source, name, one_segment_runs, segments=1)
    print(f"\n== throughput: {human_size(source.size)} over loopback, {runs} run(s), order rotated each run ==")
    if not bench.segments_supported:
        print("  segments: not supported by this engine (the engine's one stream only)")
    _shell(f"cat {shlex.quote(str(source.path))} > /dev/null && curl -s -o /dev/null {q_url}")  # warm cache/server

    def clean_up() -> None:
        out.unlink(missing_ok=True)
        shutil.rmtree(models, ignore_errors=True)

    times = run_rotated(variants, runs, clean_up)
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
        f"  {engine_name} phases (median): open .part {opened * 1000:.0f} ms, receive+write+hash {download:.2f} s "
        f"({mb_per_s(source.size, download):.0f} MB/s), drain+fsync+rename {total - download:.2f} s; "
        f"process wall incl. start-up {wall:.2f} s{connections_used(good_engine)}"
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
    bench.row(f"{engine_name} throughput (submit -> COMPLETED)", f"{mb_per_s(source.size, engine_t):.0f} MB/s")
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
    good_one = [r.result["seconds"] for r in one_segment_runs if not r.failure]
    if good_one:
        one_t = statistics.median(good_one)
        versus = one_t / engine_t
        print(f"  engine automatic / 1 segment:      {versus:.2f}x  (target >= {TARGET_AUTOMATIC_VS_ONE_SEGMENT}x)")
        bench.row("engine 1 segment throughput (loopback)", f"{mb_per_s(source.size, one_t):.0f} MB/s")
        bench.row("engine 1 segment / curl throughput", f"{curl_t / one_t:.2f}x")
        bench.row(
            "engine automatic / 1 segment (loopback)",
            f"{versus:.2f}x",
            f">= {TARGET_AUTOMATIC_VS_ONE_SEGMENT}x",
            versus >= TARGET_AUTOMATIC_VS_ONE_SEGMENT,
        )


def connections_used(runs: list[EngineRun]) -> str:
    """The most connections a run's progress events reported while downloading (a short download may end
    before its first progress event: then nothing is said)."""
    used = [r.result["tasks"][0].get("connections_max") or 0 for r in runs]
    return f"; at most {max(used)} connection(s)" if max(used, default=0) > 0 else ""


# -- 4. the capped server: curl, aria2c, the engine's segments ----------------------------------


def aria2c_command(url: str, out: Path, connections: int, sha256: str | None = None) -> str:
    """aria2c with `connections` per server and as many splits, 1 MiB minimum split, no preallocation."""
    parts = ["aria2c", "--no-conf", "-q", f"-x{connections}", f"-s{connections}", "-k1M", "--file-allocation=none"]
    parts += ["--allow-overwrite=true", "--auto-file-renaming=false", "-d", str(out.parent), "-o", out.name]
    if sha256:
        parts.append(f"--checksum=sha-256={sha256}")
    return shlex.join([*parts, url])


def measure_capped(bench: Bench, source: SourceFile, runs: int, model_id: int = 3) -> None:
    server = bench.capped
    rate, delay = server.config["rate"], server.config["delay"]
    url = server.url(model_id)
    out = bench.work / "capped-output.bin"
    models = bench.work / "models"
    print(
        f"\n== capped server: {human_size(source.size)}, {rate / MB:g} MB/s per connection, "
        f"{delay * 1000:g} ms before each answer, {runs} run(s), order rotated each run =="
    )
    cpu: dict[str, list[float]] = {}
    broken: list[str] = []

    def tool(name: str, command: str) -> Callable[[], float]:
        def timed() -> float:
            try:
                seconds, _ = _shell(command, cpu.setdefault(name, []))
                if out.stat().st_size != source.size:
                    raise RuntimeError(f"wrote {out.stat().st_size} bytes, not {source.size}")
            except (RuntimeError, OSError) as error:
                broken.append(f"{name}: {error}")
                return math.nan
            return seconds

        return timed

    variants = {"curl": tool("curl", shlex.join(["curl", "-s", "-o", str(out), url]))}
    if shutil.which("aria2c"):
        for connections in (1, 4, 8):
            variants[f"aria2c -x{connections}"] = tool(f"aria2c -x{connections}", aria2c_command(url, out, connections))
        checked = aria2c_command(url, out, 8, source.sha256)
        variants["aria2c -x8 --checksum"] = tool("aria2c -x8 --checksum", checked)
    else:
        print("  aria2c: not installed (`apt-get install -y aria2`, see bench/README.md): its rows are skipped")
    engine_runs: dict[str, list[EngineRun]] = {}
    if bench.segments_supported:
        for segments in (1, 4, 8, 0):
            name = segments_name(segments)
            runs_of = engine_runs.setdefault(name, [])
            variants[name] = engine_variant(bench, server, model_id, source, name, runs_of, segments=segments)
    else:
        print("  segments: not supported by this engine (the engine's one stream only)")
        runs_of = engine_runs.setdefault("engine (one stream)", [])
        variants["engine (one stream)"] = engine_variant(bench, server, model_id, source, "engine", runs_of)
    _shell(f"cat {shlex.quote(str(source.path))} > /dev/null")  # the source in the page cache

    def clean_up() -> None:
        out.unlink(missing_ok=True)
        shutil.rmtree(models, ignore_errors=True)

    times = run_rotated(variants, runs, clean_up)
    for message in broken:
        print(f"  FAILED {message}")
    for name, runs_of in engine_runs.items():
        cpu[name] = [r.result["cpu_seconds"] for r in runs_of if not r.failure]

    def median_of(name: str) -> float:
        good = [v for v in times.get(name, []) if not math.isnan(v)]
        return statistics.median(good) if good else math.nan

    references = {name: median_of(name) for name in ("aria2c -x8", "aria2c -x8 --checksum")}
    table = "  {:<22} {:>26} {:>6} {:>13} {:>17} {:>7}"
    print(table.format("variant", "seconds: median (min, max)", "MB/s", "x aria2c -x8", "x -x8 --checksum", "CPU s"))
    for name, values in times.items():
        good = [v for v in values if not math.isnan(v)]
        if not good:
            print(f"  {name:<22} failed")
            continue
        median = statistics.median(good)
        ratios = [f"{ref / median:.2f}x" if not math.isnan(ref) else "-" for ref in references.values()]
        cpu_seconds = f"{statistics.median(cpu[name]):.2f}" if cpu.get(name) else "-"
        timing = f"{median:.2f} ({min(good):.2f}, {max(good):.2f})"
        print(table.format(name, timing, f"{mb_per_s(source.size, median):.0f}", *ratios, cpu_seconds))
        bench.row(
            f"capped: {name}",
            f"{mb_per_s(source.size, median):.0f} MB/s ({mb_per_s(source.size, max(good)):.0f}-"
            f"{mb_per_s(source.size, min(good)):.0f})",
        )
    for name, runs_of in engine_runs.items():
        good = [r for r in runs_of if not r.failure]
        if good:
            read_back = statistics.median(r.result["file_bytes_read"] for r in good)
            print(
                f"  {name}: read back {read_back / MIB:.1f} MiB from files during the download "
                f"({read_back / source.size:.0%} of the file){connections_used(good)}"
            )

    headline = segments_name(8) if bench.segments_supported else "engine (one stream)"
    engine_t = median_of(headline)
    if math.isnan(engine_t):
        bench.row(f"capped: {headline} / aria2c -x8", "FAILED", f">= {TARGET_SEGMENTS_VS_ARIA2C}x", False)
        return
    for reference, time_of in references.items():
        if math.isnan(time_of):
            continue
        ratio = time_of / engine_t
        is_target = reference == "aria2c -x8"
        bench.row(
            f"capped: {headline} / {reference}",
            f"{ratio:.2f}x",
            f">= {TARGET_SEGMENTS_VS_ARIA2C}x" if is_target else "",
            (ratio >= TARGET_SEGMENTS_VS_ARIA2C) if is_target else None,
        )
    automatic_t = median_of(segments_name(0))
    if not math.isnan(automatic_t) and not math.isnan(references["aria2c -x8"]):
        bench.row(f"capped: {segments_name(0)} / aria2c -x8", f"{references['aria2c -x8'] / automatic_t:.2f}x")


# -- 5. event-loop lag --------------------------------------------------------------------------


def measure_lag(
    bench: Bench,
    source: SourceFile,
    server: FileServer,
    model_id: int,
    count: int = 3,
    segments: int | None = None,
    label: str = "3 downloads receiving",
) -> None:
    print(f"\n== event-loop lag ({label}): {count} x {human_size(source.size)}, same loop as an aiohttp app ==")
    models = bench.work / "models"
    os.sync()
    extra = {"idle_seconds": 1.0} | ({} if segments is None else {"segments": segments})
    run = run_engine(bench.engine_config(server, model_id, source, mode="lag", count=count, **extra))
    shutil.rmtree(models, ignore_errors=True)
    if run.failure:
        bench.failures.append(f"lag run ({label}): {run.failure}")
        bench.row(f"loop lag p99 ({label})", "FAILED", f"<= {TARGET_LAG_P99_MS:g} ms", False)
        return
    result = run.result
    seconds = result["seconds"]
    start, received, end = result["window"]
    print(
        f"  {count} download(s) took {seconds:.2f} s ({mb_per_s(count * source.size, seconds):.0f} MB/s together), "
        f"all bytes in after {received - start:.2f} s "
        f"({mb_per_s(count * source.size, received - start):.0f} MB/s); per file: "
        + ", ".join(f"{t['completed']:.2f} s" for t in result["tasks"])
        + connections_used([run])
    )

    def line(what: str, values: list[float], unit: str) -> None:
        if values:
            print(
                f"  {what:<44} p50 {percentile(values, 50):6.2f} ms, p99 {percentile(values, 99):6.2f} ms, "
                f"max {max(values):6.2f} ms ({len(values)} {unit})"
            )

    busy = [lag * 1000 for lag in result["lags_receiving"]]
    line("loop lag, idle (1 s before):", [lag * 1000 for lag in result["lags_idle"]], "probes of 10 ms")
    line("loop lag, receiving (all at full speed):", busy, "probes of 10 ms")
    line("loop lag, finishing (drain, fsync, rename):", [lag * 1000 for lag in result["lags_finishing"]], "probes")
    pings = [lat * 1000 for at, lat in run.pings if start <= at <= received]
    line("GET /civitai/downloads from another process:", pings, "requests while receiving")
    if not busy:
        bench.row(f"loop lag p99 ({label})", "no probes", f"<= {TARGET_LAG_P99_MS:g} ms", False)
        return
    p50, p99, top = percentile(busy, 50), percentile(busy, 99), max(busy)
    what = "loop lag {} (" + label + ")"
    bench.row(what.format("p50"), f"{p50:.2f} ms")
    bench.row(what.format("p99"), f"{p99:.2f} ms", f"<= {TARGET_LAG_P99_MS:g} ms", p99 <= TARGET_LAG_P99_MS)
    bench.row(what.format("max"), f"{top:.2f} ms", f"<= {TARGET_LAG_MAX_MS:g} ms", top <= TARGET_LAG_MAX_MS)
    if pings:
        bench.row(f"route latency p99 (other process, {label})", f"{percentile(pings, 99):.2f} ms")


# -- 6. peak RSS --------------------------------------------------------------------------------


def measure_rss(
    bench: Bench, source: SourceFile, server: FileServer, model_id: int, segments: int | None = None, label: str = ""
) -> None:
    what = human_size(source.size) + (f", {label}" if label else "")
    print(f"\n== peak RSS growth: one {what} download in a fresh process ==")
    models = bench.work / "models"
    os.sync()
    extra = {} if segments is None else {"segments": segments}
    run = run_engine(bench.engine_config(server, model_id, source, mode="rss", **extra))
    shutil.rmtree(models, ignore_errors=True)
    if run.failure:
        bench.failures.append(f"rss run ({what}): {run.failure}")
        bench.row(f"peak RSS growth ({what})", "FAILED", f"<= {TARGET_RSS_GROWTH_MIB:g} MiB", False)
        return
    result = run.result
    baseline = result["rss_baseline"]
    sampled = (result["rss_samples_peak"] - baseline) / MIB
    hwm = (result["rss_hwm"] - baseline) / MIB
    growth = max(sampled, hwm)
    print(
        f"  took {result['seconds']:.2f} s ({mb_per_s(source.size, result['seconds']):.0f} MB/s); "
        f"RSS baseline {baseline / MIB:.1f} MiB{connections_used([run])}"
    )
    print(
        f"  peak growth: {sampled:.1f} MiB sampled every 50 ms ({result['rss_sample_count']} samples), "
        f"{hwm:.1f} MiB by VmHWM (reset to the baseline just before submit)"
    )
    bench.row(
        f"peak RSS growth ({what})",
        f"{growth:.1f} MiB",
        f"<= {TARGET_RSS_GROWTH_MIB:g} MiB",
        growth <= TARGET_RSS_GROWTH_MIB,
    )


# -- 7. the summary -----------------------------------------------------------------------------


def print_summary(bench: Bench) -> None:
    header = ("figure", "value", "target", "result")
    widths = [max(len(str(r[i])) for r in [header, *bench.rows]) for i in range(4)]
    print("\n== summary ==")
    for line in [header, tuple("-" * w for w in widths), *bench.rows]:
        print("  " + "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    for failure in bench.failures:
        print(f"  ENGINE FAILURE: {failure}")


def parse_sections(text: str) -> set[str]:
    chosen = {name.strip() for name in text.split(",") if name.strip()}
    unknown = chosen - set(SECTIONS)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {SECTIONS}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-gib", type=float, default=1.0, help="file size for throughput and lag (default 1)")
    parser.add_argument(
        "--rss-size-gib", type=float, default=2.0, help="file size for the RSS and segmented tests (default 2)"
    )
    parser.add_argument("--capped-size-mib", type=float, default=512, help="file size on the capped server (512)")
    parser.add_argument("--cap-mbps", type=float, default=40, help="capped server: MB/s per connection (default 40)")
    parser.add_argument("--delay-ms", type=float, default=0, help="capped server: delay before each answer (0)")
    parser.add_argument("--runs", type=int, default=3, help="runs per throughput variant (default 3)")
    parser.add_argument(
        "--sections", type=parse_sections, default=set(SECTIONS), help=f"comma list of {','.join(SECTIONS)} (all)"
    )
    parser.add_argument("--dir", help="cache and work directory (default $BENCH_DIR, else a temp dir)")
    args = parser.parse_args()
    for tool in ("curl", "sha256sum", "sync"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is needed")
    if args.cap_mbps <= 0 or args.delay_ms < 0:
        parser.error("--cap-mbps must be above 0 and --delay-ms not below 0")

    root = Path(args.dir or os.environ.get("BENCH_DIR") or Path(tempfile.gettempdir()) / "civitai-sidebar-bench")
    sections = args.sections
    print(f"bench directory {root} (random files are cached there; outputs are deleted)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s); sections: {', '.join(sorted(sections))}")
    sizes = {1: int(args.size_gib * GIB), 2: int(args.rss_size_gib * GIB), 3: int(args.capped_size_mib * MIB)}
    needed = {1: {"throughput", "lag"}, 2: {"rss", "segmented"}, 3: {"capped"}}
    sources = {k: ensure_source(root / "source", sizes[k]) for k in sizes if needed[k] & sections}
    paths = {k: source.path for k, source in sources.items()}
    os.sync()
    work = Path(tempfile.mkdtemp(prefix="work-", dir=root))  # same file system as the sources
    segments_supported = engine_supports_segments()
    try:
        with FileServer(paths) as server, FileServer(paths, rate=args.cap_mbps * MB, delay=args.delay_ms / 1000) as cdn:
            bench = Bench(work, server, cdn, segments_supported)
            if not segments_supported:
                bench.row("segments", "not supported by this engine")
            if "throughput" in sections:
                measure_throughput(bench, sources[1], max(1, args.runs))
            if "capped" in sections:
                measure_capped(bench, sources[3], max(1, args.runs))
            if "lag" in sections:
                measure_lag(bench, sources[1], server, 1, segments=1)
            if "rss" in sections:
                measure_rss(bench, sources[2], server, 2, segments=1, label="1 segment")
            if "segmented" in sections and not segments_supported:
                print("\n== segmented lag and RSS: segments: not supported by this engine (skipped) ==")
            elif "segmented" in sections:
                label = "1 x 8 segments, capped server"
                measure_lag(bench, sources[2], cdn, 2, count=1, segments=8, label=label)
                measure_rss(bench, sources[2], cdn, 2, segments=8, label=label)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_summary(bench)
    return 1 if bench.failures else 0


if __name__ == "__main__":
    sys.exit(main())
