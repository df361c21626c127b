"""ComfyUI's event loop stays responsive while the pathological graph is read by several requests (issue 11.3).

Six requests at once, six times each, post the ~167 KiB nested-subgraph chain to /civitai/missing; a probe
GETs /system_stats every 10 ms meanwhile. The probe's p99 under load must stay within the issue's 50 ms over the
same server's idle p99 (the worse of a window just before and one just after, as long as the load), which absorbs
how loud the machine is. The graphs are read in a worker process (detection_child.py): on a thread inside ComfyUI
the loop waited for the GIL and the p99 was 90–110 ms; before any of this, 5–8 s per request and a full garbage
collection of ComfyUI's objects, 1.4–2.4 s. `bench/loop_latency_bench.py` prints the figures.

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
P99_BOUND_MS = 50


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
