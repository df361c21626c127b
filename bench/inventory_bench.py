"""How fast the pack sees what is in the models folders: 20,000 files, against `find` and `sha256sum`.

    .venv/bin/python bench/inventory_bench.py [--files 20000] [--runs 5]

Figures: listing every model folder (the inventory the missing-models check compares against),
hashing them all once (cold), and looking every hash up again from the persistent hash cache in a
fresh process state (warm), which is what a second lookup of "is this SHA-256 already here" costs.
Targets: inventory <= 0.5 s, warm re-scan <= 0.2 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pack_import import import_pack  # noqa: E402

import_pack()
from civitai_sidebar.civitai_utils.hash_cache import HashCache  # noqa: E402
from civitai_sidebar.civitai_utils.local_models import LocalModels  # noqa: E402
from civitai_sidebar.civitai_utils.standalone_folders import CORE_FOLDERS, standalone_folders  # noqa: E402


def make_tree(models: Path, count: int) -> None:
    folders = list(CORE_FOLDERS)
    for index in range(count):
        folder = folders[index % len(folders)]
        sub = f"set{index % 40}" if index % 3 else ""
        path = models / CORE_FOLDERS[folder][0] / sub / f"model-{index:05d}.safetensors"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(index.to_bytes(4, "little") * 64)


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def show(label: str, times: list[float], target: float | None = None) -> float:
    median = statistics.median(times)
    verdict = "" if target is None else ("PASS" if median <= target else "MISS")
    spread = f"(min {min(times):.3f}, max {max(times):.3f})"
    print(f"  {label:<46} {median:8.3f} s {spread:<24} {f'target <= {target} s' if target else '':<18} {verdict}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="inventory-bench-") as root:
        models, cache = Path(root) / "models", Path(root) / "cache"
        make_tree(models, args.files)
        folders = standalone_folders(models)
        layout = "a third of them at the top, the rest in 40 subfolders"
        print(f"{args.files} model files in {len(CORE_FOLDERS)} folders ({layout})")

        def inventory() -> int:
            local = LocalModels(folders, HashCache(None))
            return sum(len(local.files(name)) for name in folders.names())

        assert inventory() == args.files
        find = show("find models -type f (reference)", timed(lambda: subprocess.run(
            ["find", str(models), "-type", "f"], capture_output=True, check=True), args.runs))  # fmt: skip
        ours = show("inventory of every model folder", timed(inventory, args.runs), 0.5)

        def hash_everything(hashes: HashCache) -> None:
            local = LocalModels(folders, hashes)
            for name in folders.names():
                for file in local.files(name):
                    hashes.sha256(file.path, file.size, file.mtime_ns)
            hashes.flush()

        cold = HashCache(cache)
        show("hash every file once (cold)", timed(lambda: hash_everything(cold), 1))
        sha = show("sha256sum on every file (reference)", timed(lambda: subprocess.run(
            f"find {models} -type f -print0 | xargs -0 sha256sum > /dev/null", shell=True, check=True), 1))  # fmt: skip
        warm = show(
            "re-scan: every hash from the warm cache", timed(lambda: hash_everything(HashCache(cache)), args.runs), 0.2
        )
        assert HashCache(cache).sha256(next(models.rglob("*.safetensors")))  # the cache answers
        print(f"  ratios: inventory / find = {ours / find:.2f}x, warm re-scan / sha256sum = {warm / sha:.3f}x")


if __name__ == "__main__":
    main()
