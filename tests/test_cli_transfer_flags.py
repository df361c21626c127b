"""`download --segments N --limit-rate RATE` as a user runs them against the fake services: bad values refused before
anything is fetched, the cap honoured, and the terminal bar saying the speed and time left the engine measures."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB, sha256_of
from tests.test_cli import REPO, cli, loader, write_graph
from tests.test_cli_verbs import closed_port, download_on_a_terminal, files_under


@pytest.fixture
def models(tmp_path) -> Path:
    (tmp_path / "models" / "vae").mkdir(parents=True)
    return tmp_path / "models"


def vae_workflow(tmp_path: Path, fake_services, name: str, size: int) -> tuple[Path, str]:
    """A workflow whose one VAE the fake Hugging Face serves (`size` bytes); returns it and the file's SHA-256."""
    served = fake_services.hf.add_file(f"acme/{name}", f"{name}.safetensors", size=size)
    link = f"https://huggingface.co/acme/{name}/resolve/main/{name}.safetensors"
    graph = loader(1, "VAELoader", f"{name}.safetensors", models=[{"name": f"{name}.safetensors", "url": link}])
    return write_graph(tmp_path / f"{name}.json", graph), served.sha256()


def test_bad_segments_and_rates_are_usage_errors_and_nothing_is_fetched(tmp_path, models, fake_services):
    workflow, _ = vae_workflow(tmp_path, fake_services, "refused-vae", MiB)
    for flags, says in (
        (["--segments", "17"], "argument --segments: 0 (automatic) to 16 connections, not '17'"),
        (["--segments", "-1"], "argument --segments: 0 (automatic) to 16 connections, not '-1'"),
        (["--segments", "four"], "argument --segments: 0 (automatic) to 16 connections, not 'four'"),
        (["--limit-rate", "fast"], "argument --limit-rate: bytes per second, optionally with K, M or G"),
        (["--limit-rate=-1M"], "argument --limit-rate: bytes per second"),
        (["--limit-rate", "10T"], "argument --limit-rate: bytes per second"),
    ):
        done = cli("download", str(workflow), "--models-dir", str(models), *flags, env=fake_services.env())
        assert done.returncode == 2 and says in done.stderr, (flags, done.stderr)
    url = f"http://127.0.0.1:{closed_port()}"
    there = cli("download", str(workflow), "--comfyui-url", url, "--limit-rate", "1M", env=fake_services.env())
    assert there.returncode == 2 and "a running ComfyUI uses its own settings" in there.stderr
    assert files_under(models) == ["vae"]


def test_download_on_a_terminal_shows_the_engines_speed_and_time_left(tmp_path, models, fake_services):
    workflow, _ = vae_workflow(tmp_path, fake_services, "slow-tty-vae", 3 * MiB)
    fake_services.faults.slow(None, MiB)  # Hugging Face and the CDN it may redirect to
    done, text = download_on_a_terminal(workflow, models, fake_services.env(), columns=160)  # wide enough for the note
    assert done.returncode == 0, text
    assert "slow-tty-vae.safetensors: 100%" in text and "3.00M/3.00M" in text
    # The engine's smoothed speed (about the 1 MiB/s the fake sends) and time left, in the bar's note.
    notes = re.findall(r"downloading, (\d+(?:\.\d+)?)([kM])B/s, 00:0\d left", text)
    speeds = [float(value) * (1024 if unit == "M" else 1) for value, unit in notes]
    assert speeds and all(300 <= speed <= 1800 for speed in speeds), text[-2000:]


def timed_progress(workflow: Path, models: Path, env: dict, *flags: str) -> tuple[int, list[tuple[float, dict]]]:
    """`download --json` with its progress lines stamped as they arrive: (exit code, [(seconds, event)])."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_KEY", "HF_TOKEN")}
    command = [sys.executable, "-m", "pipeline", "download", "--json", str(workflow), "--models-dir", str(models)]
    process = subprocess.Popen(
        [*command, *flags], cwd=REPO, env={**clean, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    events = [(time.monotonic(), json.loads(line)) for line in process.stderr if line.startswith("{")]
    process.stdout.read()
    return process.wait(timeout=120), events


def test_limit_rate_caps_the_download_and_the_file_is_whole(tmp_path, models, fake_services):
    size = 6 * MiB
    workflow, sha256 = vae_workflow(tmp_path, fake_services, "capped-vae", size)
    code, events = timed_progress(workflow, models, fake_services.env(), "--limit-rate", "1M")
    assert code == 0
    files = [(at, event) for at, event in events if event.get("kind") == "file"]
    # From the first MiB on (past the quarter-second burst the cap allows) to the end: 1 MiB/s within 10 %.
    since, start_bytes = next((at, e["downloaded_bytes"]) for at, e in files if e["downloaded_bytes"] >= MiB)
    ended = next(at for at, event in files if event["status"] == "completed")
    rate = (size - start_bytes) / (ended - since)
    assert 0.9 * MiB <= rate <= 1.1 * MiB, f"{rate / MiB:.3f} MiB/s under a cap of 1 MiB/s"
    speeds = [event["speed"] for _, event in files if event["status"] == "downloading" and event["speed"]]
    assert 0.8 * MiB <= speeds[-1] <= 1.1 * MiB, speeds  # the speed shown settles at the cap (smoothed from the burst)
    assert sha256_of(models / "vae" / "capped-vae.safetensors") == sha256


def test_segments_split_a_slow_download_over_that_many_connections(tmp_path, models, fake_services):
    size = 80 * MiB  # above the 64 MiB from which the engine may use several connections
    workflow, sha256 = vae_workflow(tmp_path, fake_services, "split-vae", size)
    fake_services.faults.slow(None, 4 * MiB)  # per connection: one stream would take 20 s
    started = time.monotonic()
    code, events = timed_progress(workflow, models, fake_services.env(), "--segments", "4")
    took = time.monotonic() - started
    assert code == 0
    connections = {event.get("connections") for _, event in events if event.get("status") == "downloading"}
    assert 4 in connections, connections
    assert took < 15, took  # four 4 MiB/s connections: about 5 s of transfer, not 20
    assert sha256_of(models / "vae" / "split-vae.safetensors") == sha256
