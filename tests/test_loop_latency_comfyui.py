"""ComfyUI's event loop stays responsive while the pathological graph is read by several requests (issue 11.3).

Six requests at once, six times each, post the ~167 KiB nested-subgraph chain to /civitai/missing; a probe
GETs /system_stats every 10 ms meanwhile. The load may add at most 200 ms to the probe's p99 over the same
server's idle p99 (the worse of a window just before and one just after, as long as the load): the loop is never
blocked for long. The issue's target, p99 <= 50 ms, is not met yet (92 ms measured on a quiet machine: the lane
thread holds the GIL); `bench/loop_latency_bench.py` prints the figure against it. (Before: 5–8 s per request,
and a full garbage collection of ComfyUI's objects, 1.4–2.4 s, triggered by the parse: see cpu_lane.py.)

On the newest host only: 0.3.75's /system_stats itself reads requirements.txt line by line and scans
site-packages (`importlib.metadata.version`) on the loop, and each of those calls gives up the GIL and waits
up to 5 ms to get it back from any busy thread (ComfyUI's own prompt worker too): its latency measures that
handler, not whether the loop is blocked.
"""

from __future__ import annotations

import json

import pytest

from tests.harness.loop_probe import measure
from tests.harness.provision_comfyui import NEWEST_HOST
from tests.pathological_graph import subgraph_chain

pytestmark = pytest.mark.asyncio
P99_BOUND_MS = 200


async def test_system_stats_answers_quickly_while_six_requests_read_the_pathological_graph(comfyui_servers):
    comfyui = comfyui_servers(f"comfyui-{NEWEST_HOST}", NEWEST_HOST)
    body = json.dumps({"workflow": subgraph_chain(500)}).encode()
    before = (await measure(comfyui.url, None, interval=0.01, idle_seconds=3)).summary()
    loaded = await measure(comfyui.url, "/civitai/missing", body, concurrency=6, rounds=6, interval=0.01)
    figures = loaded.summary()
    after = (await measure(comfyui.url, None, interval=0.01, idle_seconds=3)).summary()
    noise_ms = max(before["probe_p99_ms"], after["probe_p99_ms"])
    print(f"idle p99 {noise_ms:.0f} ms; under load: {figures}")
    assert set(loaded.statuses) == {200}
    assert figures["probes"] >= 20, figures
    assert figures["probe_p99_ms"] <= P99_BOUND_MS + noise_ms, (before, figures, after)
