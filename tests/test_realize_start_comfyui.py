"""Start ready: `make run LOCK=...` (tests/harness/run_comfyui.py --lock) realizes the lock into the run's models
folder before ComfyUI starts; and a realized file (a hard link into the store) is what the real ComfyUI lists and
what the sidebar's own download of that file finds already there (a hard-linked model is no planted link)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

from tests.downloads_helpers import sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.harness.comfyui import free_port
from tests.harness.provision_comfyui import NEWEST_HOST
from tests.realize_helpers import civitai_locked, hf_locked, realize, realize_env, served, write_lock
from tests.test_cli import REPO

STARTED = "ComfyUI with the Civitai Sidebar:"


def test_make_run_with_a_lock_starts_comfyui_ready_with_the_files_linked(tmp_path, fake_services, comfyui_installs):
    comfyui_installs(NEWEST_HOST)  # provisioned before the start is timed
    lora, vae = civitai_locked(fake_services), hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora, vae)
    base, store, port = tmp_path / "run", tmp_path / "store", free_port()
    command = [sys.executable, "-m", "tests.harness.run_comfyui", "--port", str(port), "--base-dir", str(base),
               "--comfyui", NEWEST_HOST, "--lock", str(lock), "--store", str(store)]  # fmt: skip
    run = subprocess.Popen(command, cwd=REPO, env=realize_env(fake_services, None), stdout=subprocess.PIPE,
                           text=True, start_new_session=True)  # fmt: skip
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not (lines and lines[-1].startswith(STARTED)):
            line = run.stdout.readline()
            if not line:
                break
            lines.append(line)
        printed = "".join(lines)
        assert STARTED in printed and "2 model(s): 0 present, 2 linked (2 downloaded" in printed, printed
        assert printed.index("2 model(s)") < printed.index(STARTED)  # realized before ComfyUI started
        for model in (lora, vae):
            placed = base / "models" / model["folder"] / model["name"]
            assert os.stat(placed).st_nlink == 2 and sha256_of(placed) == model["sha256"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/object_info/LoraLoader") as answer:
            assert lora["name"] in json.dumps(json.loads(answer.read()))
    finally:
        os.killpg(run.pid, signal.SIGTERM)
        run.wait(30)


def test_make_run_with_a_lock_that_cannot_be_realized_does_not_start_comfyui(tmp_path, fake_services):
    missing = civitai_locked(fake_services)
    missing["sources"] = [{"kind": "civitai", "model_version_id": 987654321}]
    lock = write_lock(tmp_path / "models.lock.json", missing)
    command = [sys.executable, "-m", "tests.harness.run_comfyui", "--port", str(free_port()), "--base-dir",
               str(tmp_path / "run"), "--lock", str(lock)]  # fmt: skip
    done = subprocess.run(command, cwd=REPO, env=realize_env(fake_services, None), capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode != 0
    assert "failed" in done.stdout and "ComfyUI was not started" in done.stderr
    assert STARTED not in done.stdout


async def test_a_realized_file_is_found_by_the_sidebar_which_downloads_nothing(comfyui, fake_services, tmp_path):
    lora = civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora)
    models = comfyui.base_dir / "models"
    done = realize(str(lock), "--models-dir", str(models), "--store", str(tmp_path / "store"),
                   env=realize_env(fake_services, tmp_path), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert os.stat(models / "loras" / lora["name"]).st_nlink == 2
    version = lora["sources"][0]["model_version_id"]
    resource = {"folder": "loras", "filename": lora["name"], "sha256": lora["sha256"], "size": lora["size"],
                "url": f"{fake_services.urls.civitai_api_base}/api/download/models/{version}"}  # fmt: skip
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(resource))
    assert task["status"] == "completed", task
    assert len(served(fake_services, lora)) == 1  # the realized file was taken as it is
    # (the folder is shared with other tests, which leave planted .part links of their own)
    assert os.stat(models / "loras" / lora["name"]).st_nlink == 2 and not list(
        (models / "loras").glob(lora["name"] + ".part*")
    )
    with urllib.request.urlopen(comfyui.url + "/api/object_info/LoraLoader") as answer:
        assert lora["name"] in json.dumps(json.loads(answer.read()))
