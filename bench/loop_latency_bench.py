"""ComfyUI's event-loop latency while the pack reads the pathological graph (issue 11.3), in a real ComfyUI.

    .venv/bin/python bench/loop_latency_bench.py                     # newest host, 6 × 6 requests, 500-deep chain
    .venv/bin/python bench/loop_latency_bench.py --host 0.3.75 --loras 10000 --concurrency 6 --rounds 6

Starts a private ComfyUI (the provisioned host, its own temp base directory; `--loras N` puts N empty LoRA
files in it so the presence check has a big folder to match against), then measures /system_stats latency
from a separate probe process every 10 ms: idle, then while `--concurrency` clients each post the ~167 KiB
nested-subgraph chain to /civitai/missing `--rounds` times. Target: p99 under load <= 50 ms (on a quiet
machine; the idle figures show how loud this one is). It prints figures and exits 0.

Measured 2026-12-02 on 2 cores with other work running (idle p99 8–20 ms): graphs read on a thread inside
ComfyUI, p99 106–118 ms; answers encoded off the loop, 76–92 ms; read in the worker process, 8–35 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.harness.comfyui import ComfyUIServer  # noqa: E402
from tests.harness.loop_probe import measure  # noqa: E402
from tests.harness.provision_comfyui import NEWEST_HOST, ensure_comfyui  # noqa: E402
from tests.pathological_graph import size_kib, subgraph_chain  # noqa: E402

TARGET_P99_MS = 50


def show(label: str, figures: dict) -> None:
    line = f"{label:<12} probes {figures['probes']:>4}  p50 {figures['probe_p50_ms']:7.1f} ms"
    line += f"  p99 {figures['probe_p99_ms']:7.1f} ms  max {figures['probe_max_ms']:7.1f} ms"
    if figures["requests"]:
        line += f"   requests {figures['requests']}: median {figures['request_median_ms']:.0f} ms"
        line += f", max {figures['request_max_ms']:.0f} ms"
    print(line, flush=True)


async def run(url: str, body: bytes, concurrency: int, rounds: int) -> None:
    show("idle", (await measure(url, None, interval=0.01, idle_seconds=3)).summary())
    for round_number in range(3):
        loaded = await measure(url, "/civitai/missing", body, concurrency=concurrency, rounds=rounds, interval=0.01)
        figures = loaded.summary()
        show(f"load #{round_number + 1}", figures)
        if set(loaded.statuses) != {200}:
            print(f"  statuses: {sorted(set(loaded.statuses))}")
    show("idle again", (await measure(url, None, interval=0.01, idle_seconds=3)).summary())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default=NEWEST_HOST, help="the provisioned ComfyUI version")
    parser.add_argument("--depth", type=int, default=500, help="subgraphs in the chain (500: ~167 KiB)")
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--loras", type=int, default=0, help="empty LoRA files to put in the models folder")
    args = parser.parse_args()
    graph = subgraph_chain(args.depth)
    body = json.dumps({"workflow": graph}).encode()
    with tempfile.TemporaryDirectory(prefix="civitai-loop-bench-") as base:
        loras = Path(base) / "models" / "loras"
        loras.mkdir(parents=True)
        for index in range(args.loras):
            (loras / f"sub{index % 50}").mkdir(exist_ok=True)
            (loras / f"sub{index % 50}" / f"lora-{index}.safetensors").touch()
        server = ComfyUIServer(ensure_comfyui(args.host), Path(base)).start()
        try:
            print(
                f"ComfyUI {args.host}, chain {args.depth} deep ({size_kib(graph):.0f} KiB), {args.loras} LoRA files, "
                f"{args.concurrency} clients × {args.rounds} requests; target p99 <= {TARGET_P99_MS} ms"
            )
            asyncio.run(run(server.url, body, args.concurrency, args.rounds))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
