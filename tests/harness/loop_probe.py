"""How long ComfyUI's event loop takes to answer /system_stats while other requests load it (issue 11.3).

`measure` sends `concurrency` workers, each posting `body` to `route` `rounds` times back to back, while a
probe GETs /system_stats every `interval` seconds; it returns the probe's latencies and the loaded requests'
times and statuses. Shared by the test (a p99 bound) and bench/loop_latency_bench.py (the figures).

The probe runs in a process of its own (`python -m tests.harness.loop_probe URL INTERVAL`, until its stdin
closes): in the load generator's process its timings also held that process's own loop, GIL and collections.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field

import aiohttp


@dataclass
class LoopFigures:
    probe_seconds: list[float] = field(default_factory=list)
    request_seconds: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)

    @staticmethod
    def percentile(values: list[float], fraction: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")

    def summary(self) -> dict[str, float]:
        probe = [seconds * 1000 for seconds in self.probe_seconds]
        requests = [seconds * 1000 for seconds in self.request_seconds]
        return {
            "probes": len(probe),
            "probe_p50_ms": self.percentile(probe, 0.50),
            "probe_p99_ms": self.percentile(probe, 0.99),
            "probe_max_ms": max(probe, default=float("nan")),
            "requests": len(requests),
            "request_median_ms": statistics.median(requests) if requests else float("nan"),
            "request_max_ms": max(requests, default=float("nan")),
        }


def _probe_until_stdin_closes(base_url: str, interval: float) -> None:
    """The probe process: GET /system_stats on one kept-alive connection; print the latencies as JSON."""
    import http.client
    import json
    import sys
    import threading
    from urllib.parse import urlsplit

    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    seconds = []
    print("ready", flush=True)
    while not stop.is_set():
        started = time.perf_counter()
        connection.request("GET", "/system_stats")
        connection.getresponse().read()
        seconds.append(time.perf_counter() - started)
        time.sleep(interval)
    print(json.dumps(seconds), flush=True)


async def _start_probe(base_url: str, interval: float) -> asyncio.subprocess.Process:
    import sys
    from pathlib import Path

    probe = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.harness.loop_probe", base_url, str(interval),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert (await probe.stdout.readline()).strip() == b"ready"
    return probe


async def _stop_probe(probe: asyncio.subprocess.Process) -> list[float]:
    import json

    output, _ = await probe.communicate(b"")
    return json.loads(output.decode().strip().splitlines()[-1])


async def measure(
    base_url: str,
    route: str | None,
    body: bytes = b"",
    *,
    concurrency: int = 6,
    rounds: int = 3,
    interval: float = 0.02,
    idle_seconds: float = 2.0,
) -> LoopFigures:
    """Probe latency under the load (or, with route None, for `idle_seconds` of no load)."""
    figures = LoopFigures()
    headers = {"Content-Type": "application/json"}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as session:

        async def worker() -> None:
            for _ in range(rounds):
                started = time.perf_counter()
                async with session.post(f"{base_url}/api{route}", data=body, headers=headers) as answer:
                    await answer.read()
                figures.request_seconds.append(time.perf_counter() - started)
                figures.statuses.append(answer.status)

        probe = await _start_probe(base_url, interval)
        if route is None:
            await asyncio.sleep(idle_seconds)
        else:
            await asyncio.gather(*(worker() for _ in range(concurrency)))
        figures.probe_seconds = await _stop_probe(probe)
    return figures


if __name__ == "__main__":
    import sys

    _probe_until_stdin_closes(sys.argv[1], float(sys.argv[2]))
