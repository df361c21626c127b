"""`make run`: ComfyUI with this pack on a fixed loopback port, until Ctrl-C.

With --demo the offline fake Civitai/Hugging Face starts too and the pack is pointed at it, so every
flow can be tried without an account or the internet. With --lock the run's models folder is first made to match
that models.lock.json (`civitai-sidebar realize`, through the store --store, default <base-dir>/store): ComfyUI
starts ready, or not at all when a model could not be realized.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ..fakes.state import FakeUrls
from .comfyui import PACK_DIR, ComfyUIServer
from .provision_comfyui import HOSTS, NEWEST_HOST, ensure_comfyui

DEMO_CIVITAI_PORT = 8190


def start_fake_services() -> tuple[subprocess.Popen, dict]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes", "--port", str(DEMO_CIVITAI_PORT)],
        cwd=PACK_DIR,
        stdout=subprocess.PIPE,
        text=True,
    )
    first_line = process.stdout.readline()
    try:
        return process, json.loads(first_line)
    except ValueError:
        process.terminate()
        raise SystemExit(f"the fake Civitai/HF did not start: {first_line!r}") from None


def realize_before_start(lock: Path, models_dir: Path, store: Path, env: dict) -> None:
    """`civitai-sidebar realize` into the run's models folder, its summary printed; exits when it is incomplete."""
    models_dir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pipeline", "realize", str(lock), "--models-dir", str(models_dir)]
    done = subprocess.run([*command, "--store", str(store)], cwd=PACK_DIR, env={**os.environ, **env})
    if done.returncode != 0:
        raise SystemExit(f"realize {lock} did not complete (exit {done.returncode}): ComfyUI was not started")


def _stop_like_ctrl_c(_signal, _frame) -> None:
    """`kill` (SIGTERM) stops ComfyUI and the fake too, as Ctrl-C does."""
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8188)
    parser.add_argument("--base-dir", type=Path, default=PACK_DIR / ".run")
    parser.add_argument("--demo", action="store_true", help="also start the offline fake Civitai/HF")
    parser.add_argument("--lock", type=Path, help="realize this models.lock.json into the models folder first")
    parser.add_argument("--store", type=Path, help="the model store for --lock (default: <base-dir>/store)")
    parser.add_argument("--comfyui", choices=list(HOSTS), default=NEWEST_HOST, help="which ComfyUI to run")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _stop_like_ctrl_c)

    env, fake = {}, None
    if args.demo:
        fake, urls = start_fake_services()
        env = FakeUrls(**urls).env()
        print(f"Demo: fake Civitai at {env['CIVITAI_API_BASE']}, fake Hugging Face at {env['HF_ENDPOINT']}")
    if args.lock:
        base = args.base_dir.resolve()
        try:
            realize_before_start(args.lock.resolve(), base / "models", (args.store or base / "store").resolve(), env)
        except SystemExit:
            if fake:
                fake.terminate()
            raise
    install = ensure_comfyui(args.comfyui)
    server = ComfyUIServer(install, args.base_dir.resolve(), port=args.port, env=env, test_packs=False)
    try:
        server.start()
        print(f"ComfyUI with the Civitai Sidebar: {server.url}  (log: {server.log_path}; Ctrl-C stops)")
        while server.process and server.process.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if fake:
            fake.terminate()
            fake.wait(10)


if __name__ == "__main__":
    main()
