"""`realize` from a SHA-256 mirror vs `curl` of the same files: medians of a few runs, and their ratio.

    .venv/bin/python bench/realize_bench.py [--files 50] [--size-mib 4] [--runs 3]

Prints figures; it is not a test. Files of random bytes are laid out as a mirror (`sha256/ab/<hex>`) in a temp
folder and served by python's http.server on loopback (a static server, as a bucket would be). Each run times,
from a fresh folder, `civitai-sidebar realize LOCK --mirror URL` (a fresh process: download, SHA-256 while
receiving, fsync, link into the store and the models folder; Python start-up included) against one `curl`
process fetching the same files (`--parallel --parallel-max 4`, as realize fetches four at once), and `curl` then
`sha256sum` of every file (the same check realize makes); `pipeline --help` times the command line's start-up
alone, so the figure without it is printed too. `sync` runs before each measurement.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PACK = Path(__file__).resolve().parents[1]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def make_mirror(folder: Path, files: int, size: int) -> list[dict]:
    models = []
    for index in range(files):
        data = os.urandom(size)
        sha = hashlib.sha256(data).hexdigest()
        path = folder / "sha256" / sha[:2] / sha
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        models.append({"folder": "loras", "name": f"bench-{index:03}.safetensors", "sha256": sha, "size": size})
    return models


def timed(command: list[str], **kwargs) -> float:
    subprocess.run(["sync"], check=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--size-mib", type=float, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = int(args.size_mib * 1024 * 1024)
    work = Path(tempfile.mkdtemp(prefix="realize-bench-"))
    try:
        models = make_mirror(work / "mirror", args.files, size)
        lock = work / "models.lock.json"
        lock.write_text(json.dumps({"schema": "civitai-sidebar/models-lock@1", "models": models}))
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(work / "mirror"))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}"
        env = {**os.environ, "CIVITAI_SIDEBAR_LOCAL_ORIGINS": url, "XDG_CACHE_HOME": str(work / "cache")}
        env.pop("CIVITAI_API_KEY", None), env.pop("HF_TOKEN", None)
        urls = [f"{url}/sha256/{m['sha256'][:2]}/{m['sha256']}" for m in models]
        times: dict[str, list[float]] = {"realize": [], "start-up only": [], "curl": [], "curl + sha256sum": []}
        for run in range(args.runs):
            out = work / f"run-{run}"
            (out / "models" / "loras").mkdir(parents=True)
            realize = [sys.executable, str(PACK / "pipeline"), "realize", str(lock), "--models-dir",
                       str(out / "models"), "--store", str(out / "store"), "--mirror", url]  # fmt: skip
            times["realize"].append(timed(realize, env=env))
            times["start-up only"].append(timed([sys.executable, str(PACK / "pipeline"), "--help"], env=env))
            curl = ["curl", "-sf", "--parallel", "--parallel-max", "4"]
            for index, file_url in enumerate(urls):
                curl += ["-o", str(out / "curl" / f"{index}"), file_url]
            (out / "curl").mkdir()
            times["curl"].append(timed(curl))
            shutil.rmtree(out / "curl")
            (out / "curl").mkdir()
            hashing = ["sh", "-c", " ".join(curl) + f" && sha256sum {out / 'curl'}/*"]
            times["curl + sha256sum"].append(timed(hashing))
            shutil.rmtree(out)
        server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = args.files * size / 1024 / 1024
    print(
        f"{args.files} files x {args.size_mib:g} MiB = {total:.0f} MiB from a loopback static mirror, {args.runs} runs"
    )
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        print(f"  {name:<18} median {median:6.2f} s  ({total / median:7.1f} MiB/s)  runs: "
              + ", ".join(f"{v:.2f}" for v in times[name]))  # fmt: skip
    print(
        f"  realize / curl = {medians['realize'] / medians['curl']:.2f}x;  "
        f"realize / (curl + sha256sum) = {medians['realize'] / medians['curl + sha256sum']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
