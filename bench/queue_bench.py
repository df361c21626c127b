"""Queued downloads in a real ComfyUI: per-call latency, ComfyUI's RSS, and cancel_all (issue 11.4).

    .venv/bin/python bench/queue_bench.py                       # 10 x 500 queued, then cancel_all
    .venv/bin/python bench/queue_bench.py --batches 3 --size 200 --comfyui 0.3.75

Starts the fake Civitai (its storage stalls every body, so two downloads hang and the rest stay queued)
and a private ComfyUI (the newest host unless told) with this pack, posts `--batches` Download All calls of
`--size` files each, then one more to see the cap's answer, then `cancel_all`. Prints each call's latency and
ComfyUI's VmRSS (from /proc/<pid>/status) after it, the cancel time, and the RSS growth against the start.
Targets: RSS growth <= 150 MB after cancel_all; it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.fakes.server import running_in_thread  # noqa: E402
from tests.harness.comfyui import ComfyUIServer  # noqa: E402
from tests.harness.provision_comfyui import NEWEST_HOST, ensure_comfyui  # noqa: E402

RSS_TARGET_MB = 150


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def batch(url: str, size: int) -> dict:
    tag = uuid.uuid4().hex[:8]
    return {"resources": [{"folder": "loras", "filename": f"q-{tag}-{i}.safetensors", "url": url} for i in range(size)]}


async def probe_system_stats(http: aiohttp.ClientSession, base: str, samples: list[float]) -> None:
    """ComfyUI's own /system_stats every 20 ms: how long its loop keeps a plain request waiting."""
    while True:
        began = time.perf_counter()
        async with http.get(f"{base}/system_stats") as answer:
            await answer.read()
        samples.append(time.perf_counter() - began)
        await asyncio.sleep(0.02)


async def run(server: ComfyUIServer, url: str, batches: int, size: int) -> None:
    pid = server.process.pid
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=900)) as http:
        samples: list[float] = []
        probe = asyncio.create_task(probe_system_stats(http, server.url, samples))
        api = f"{server.url}/api/civitai"
        async with http.get(f"{api}/downloads") as answer:
            await answer.read()
        start_rss = rss_mb(pid)
        print(f"start: RSS {start_rss:.0f} MB")
        latencies = []
        for number in range(1, batches + 1):
            began = time.perf_counter()
            async with http.post(f"{api}/download-all", json=batch(url, size)) as answer:
                status = answer.status
                await answer.read()
            latencies.append(time.perf_counter() - began)
            print(f"call {number:2d}: HTTP {status}, {latencies[-1] * 1000:7.0f} ms, RSS {rss_mb(pid):6.0f} MB")
        began = time.perf_counter()
        async with http.post(f"{api}/download-all", json=batch(url, size)) as answer:
            print(f"one more: HTTP {answer.status} in {(time.perf_counter() - began) * 1000:.0f} ms: "
                  f"{(await answer.json()).get('error', 'queued')}")  # fmt: skip
        began = time.perf_counter()
        async with http.get(f"{api}/downloads") as answer:
            listed = len((await answer.json())["tasks"])
        print(f"GET /downloads: {listed} entries in {(time.perf_counter() - began) * 1000:.0f} ms")
        began = time.perf_counter()
        async with http.post(f"{api}/download-cancel", json={"cancel_all": True}) as answer:
            cancelled = len((await answer.json()).get("cancelled", []))
        cancel_seconds = time.perf_counter() - began
        await asyncio.sleep(2)
        end_rss = rss_mb(pid)
        print(f"cancel_all: {cancelled} tasks in {cancel_seconds * 1000:.0f} ms")
        probe.cancel()
        print()
        samples.sort()
        p99 = samples[int(len(samples) * 0.99) - 1] if samples else float("nan")
        print(f"/system_stats meanwhile: {len(samples)} requests, p50 {samples[len(samples) // 2] * 1000:.0f} ms, "
              f"p99 {p99 * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms")  # fmt: skip
        print(f"per call: median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
        growth = end_rss - start_rss
        verdict = "ok" if growth <= RSS_TARGET_MB else "MISSED"
        print(f"RSS: {start_rss:.0f} -> {end_rss:.0f} MB (+{growth:.0f} MB; target <= +{RSS_TARGET_MB} MB: {verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--comfyui", default=NEWEST_HOST)
    args = parser.parse_args()
    with running_in_thread() as fake, tempfile.TemporaryDirectory(prefix="queue-bench-") as base:
        version = fake.catalog.add_version(model_name="Queued", files=[{"name": "q.safetensors", "size": 1 << 20}])
        fake.faults.stall("storage", after_bytes=1024, seconds=None, times=None)
        env = {**fake.env(), "CIVITAI_SIDEBAR_STALL_SECONDS": "600"}
        server = ComfyUIServer(ensure_comfyui(args.comfyui), Path(base), env=env).start()
        try:
            asyncio.run(run(server, f"{fake.urls.civitai_api_base}/api/download/models/{version.id}", args.batches,
                            args.size))  # fmt: skip
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
