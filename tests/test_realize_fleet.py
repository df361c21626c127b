"""A fleet sharing one store: realize runs at once on two "machines" (separate model folders) download each file
once, never show a partial file, and a realize killed mid-download is finished by the next run without
downloading again what it had finished (the fake's request log counts every file body served)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from tests.downloads_helpers import sha256_of
from tests.realize_helpers import (
    MiB,
    civitai_locked,
    hf_locked,
    realize,
    realize_command,
    realize_env,
    served,
    write_lock,
)


def _machine(root: Path) -> Path:
    for folder in ("loras", "vae"):
        (root / "models" / folder).mkdir(parents=True)
    return root / "models"


class PartialWatcher:
    """Samples the store's objects and the model folders' files while runs go on: any one with a size other than
    its locked size is a partial file someone could have read."""

    def __init__(self, roots: list[Path], sizes: dict[str, int]):
        self.roots, self.sizes = roots, sizes
        self.seen_partial: list[str] = []
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for root in self.roots:
                for path in root.rglob("*"):
                    wanted = self.sizes.get(path.name)
                    if wanted is None:
                        continue
                    try:
                        size = path.stat().st_size
                    except FileNotFoundError:
                        continue
                    if size != wanted:
                        self.seen_partial.append(f"{path} {size}/{wanted}")
            self.samples += 1
            time.sleep(0.005)

    def __enter__(self) -> PartialWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def test_four_runs_on_two_machines_sharing_a_store_download_each_file_once(tmp_path, fake_services):
    models = [civitai_locked(fake_services, size=3 * MiB), hf_locked(fake_services, size=3 * MiB)]
    models += [civitai_locked(fake_services, size=2 * MiB), hf_locked(fake_services, size=2 * MiB)]
    fake_services.faults.slow("storage", bytes_per_second=4 * MiB)
    fake_services.faults.slow("cdn", bytes_per_second=4 * MiB)
    lock = write_lock(tmp_path / "models.lock.json", *models)
    store = tmp_path / "store"
    machines = [_machine(tmp_path / "m1"), _machine(tmp_path / "m2")]
    sizes = {m["name"]: m["size"] for m in models} | {m["sha256"]: m["size"] for m in models}
    with PartialWatcher([store / "sha256", *machines], sizes) as watcher:
        runs = [
            subprocess.Popen(
                realize_command(str(lock), "--models-dir", str(machines[i % 2]), "--store", str(store), "--json"),
                cwd=tmp_path,
                env=realize_env(fake_services, tmp_path),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for i in range(4)
        ]
        outputs = [run.communicate(timeout=180) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, stderr
        assert json.loads(stdout)["complete"] is True
    for model in models:
        assert len(served(fake_services, model)) == 1, model["name"]
    sources = [m["source"] for stdout, _ in outputs for m in json.loads(stdout)["models"]]
    assert sum(source in ("civitai", "huggingface") for source in sources) == len(models)  # the others waited
    assert watcher.samples > 10 and watcher.seen_partial == []
    for machine in machines:
        for model in models:
            assert sha256_of(machine / model["folder"] / model["name"]) == model["sha256"]
        check = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json",
                        env=realize_env(fake_services, tmp_path), cwd=tmp_path)  # fmt: skip
        assert {m["state"] for m in json.loads(check.stdout)["models"]} == {"present"}
    assert not list((store / "claims").iterdir()) and not list((store / "tmp").iterdir())


def test_a_realize_killed_mid_download_is_finished_without_downloading_again(tmp_path, fake_services):
    done_first, stalled = civitai_locked(fake_services, size=MiB), hf_locked(fake_services, size=4 * MiB)
    fake_services.faults.stall("cdn", after_bytes=MiB + MiB // 2, seconds=None, match=stalled["name"])
    lock = write_lock(tmp_path / "models.lock.json", done_first, stalled)
    machine, store = _machine(tmp_path / "m"), tmp_path / "store"
    env = realize_env(fake_services, tmp_path)
    run = subprocess.Popen(
        realize_command(str(lock), "--models-dir", str(machine), "--store", str(store)),
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    part = store / "tmp" / f"{stalled['sha256']}.part"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        finished = (machine / "loras" / done_first["name"]).exists()
        if finished and part.exists() and part.stat().st_size >= MiB:
            break
        time.sleep(0.05)
    else:
        run.kill()
        raise AssertionError("the first run never got to the stalled file")
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    kept = part.stat().st_size
    assert (store / "claims" / f"{stalled['sha256']}.claim").exists()  # the dead run's claim is still there
    fake_services.faults.clear()

    again = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(served(fake_services, done_first)) == 1
    first, resumed = served(fake_services, stalled)
    assert first.header("Range") is None and resumed.header("Range") == f"bytes={kept}-"
    assert sha256_of(machine / "vae" / stalled["name"]) == stalled["sha256"]
    assert not list((store / "claims").iterdir()) and not list((store / "tmp").iterdir())
