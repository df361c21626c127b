"""Time a warm `verify` of 20,000 locked files against `sha256sum -c` on the same files (target: under 1 s).

    .venv/bin/python bench/verify_bench.py                  # 20,000 files of 4 KiB, 5 runs
    .venv/bin/python bench/verify_bench.py --files 2000 --size 65536 --runs 3

Makes the files once under `--dir` (default /tmp/civitai-sidebar-bench/verify), with a lock of them and a
`sha256sum` check list, then runs the verify once cold (every file read, the hash cache filled and saved), then
`--runs` warm runs, each a fresh hash cache object reading the saved cache as a new process would: the lock
parsed from its text, every file stat'ed, each SHA-256 taken from the cache (path, size, mtime), the answer built.
The reference is `sha256sum -c --quiet` on the same files (it reads every byte each time). It prints the figures
and their ratio, and exits 0 (1 if a verify found a file not present).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.pack_import import import_pack  # noqa: E402

TARGET_SECONDS = 1.0


def make_files(root: Path, count: int, size: int) -> tuple[Path, Path]:
    """`count` files under models/loras/<group>/ with distinct bytes; the lock and the sha256sum list."""
    lock_path, sums_path = root / "models.lock.json", root / "SHA256SUMS"
    marker = root / f".made-{count}-{size}"
    if marker.exists():
        return lock_path, sums_path
    models, sums = [], []
    for index in range(count):
        name = f"group{index // 1000:02d}/file{index:05d}.safetensors"
        data = (index.to_bytes(8, "little") * (size // 8 + 1))[:size]
        path = root / "models" / "loras" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        models.append({"folder": "loras", "name": name, "sha256": digest, "size": size})
        sums.append(f"{digest}  models/loras/{name}")
    lock_path.write_text(json.dumps({"schema": "civitai-sidebar/models-lock@1", "models": models}))
    sums_path.write_text("\n".join(sums) + "\n")
    marker.touch()
    return lock_path, sums_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--size", type=int, default=4096, help="bytes per file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/civitai-sidebar-bench/verify"))
    args = parser.parse_args()
    root = args.dir / f"{args.files}x{args.size}"
    root.mkdir(parents=True, exist_ok=True)
    lock_path, sums_path = make_files(root, args.files, args.size)

    import_pack()
    from civitai_sidebar.civitai_utils.hash_cache import HashCache
    from civitai_sidebar.civitai_utils.lock_disk import seen_files
    from civitai_sidebar.civitai_utils.standalone_folders import standalone_folders
    from civitai_sidebar.pipeline.locks.verify import verify_answer
    from civitai_sidebar.pipeline.shapes.lock_file import LockFile

    folders, cache_dir = standalone_folders(root / "models"), root / "cache"
    (cache_dir / "hash_cache.json").unlink(missing_ok=True)

    def verify() -> dict:
        lock = LockFile.parse(lock_path.read_bytes())
        return verify_answer(lock, seen_files(lock, folders, HashCache(cache_dir)))

    start = time.perf_counter()
    cold = verify()
    cold_seconds = time.perf_counter() - start
    warm, warm_cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        answer = verify()
        warm.append(time.perf_counter() - start)
        warm_cpu.append(time.process_time() - start_cpu)
    reference, reference_cpu = [], []
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(["sha256sum", "-c", "--quiet", str(sums_path)], cwd=root, check=True)
        reference.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        reference_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)

    median, reference_median = statistics.median(warm), statistics.median(reference)
    print(f"{args.files} files of {args.size} bytes ({args.files * args.size / 2**20:.0f} MiB), {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")  # fmt: skip
    print(f"verify, cold (every file read, cache saved):   {cold_seconds:7.3f} s")
    target = f"(target < {TARGET_SECONDS} s)"
    print(f"verify, warm (hash cache):        wall best {min(warm):6.3f} s, median {median:6.3f} s; "
          f"CPU median {statistics.median(warm_cpu):6.3f} s  {target}")  # fmt: skip
    print(f"sha256sum -c --quiet (reference): wall best {min(reference):6.3f} s, median {reference_median:6.3f} s; "
          f"CPU median {statistics.median(reference_cpu):6.3f} s")  # fmt: skip
    print(f"ratio sha256sum / warm verify (wall medians): {reference_median / median:.2f}x")
    print(f"warm verify {'meets' if median < TARGET_SECONDS else 'MISSES'} the target; summary {answer['summary']}")
    return 0 if cold["complete"] and answer["complete"] else 1


if __name__ == "__main__":
    sys.exit(main())
