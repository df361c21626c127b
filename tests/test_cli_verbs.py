"""Every verb of the command line as a user runs it: versioned JSON documents, JSON-lines progress, exit codes,
nothing written unasked, keys never shown (`python -m pipeline`, the same door as the installed command)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import socket
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB
from tests.test_cli import REPO, cli, loader, write_graph

IMAGE = "26962948"  # a fixture image: SDXL checkpoint, two LoRAs, a VAE and an embedding


def cli_in(folder: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The command line run from another folder (`python <pack>/pipeline ...`), to see what it writes there."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_KEY", "HF_TOKEN")}
    command = [sys.executable, str(REPO / "pipeline"), *args]
    env = {**clean, **(env or {})}
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture
def models(tmp_path) -> Path:
    (tmp_path / "models" / "checkpoints").mkdir(parents=True)
    return tmp_path / "models"


def test_a_plain_scan_writes_no_report_and_report_dir_writes_both(tmp_path, models):
    workflow = write_graph(tmp_path / "wf.json", loader(1, "LoraLoader", "need.safetensors"))
    before = files_under(tmp_path)
    for args in ((), ("--json",)):
        done = cli_in(tmp_path, "scan", str(workflow), "--models-dir", str(models), *args)
        assert done.returncode == 1, done.stderr
    assert files_under(tmp_path) == before
    done = cli_in(tmp_path, "scan", str(workflow), "--models-dir", str(models), "--report-dir", str(tmp_path / "out"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["missing-models.json", "missing-models.md"]


def test_download_json_streams_progress_lines_and_ends_with_one_document(tmp_path, models, fake_services):
    fake_services.hf.add_file("acme/vae", "acme_vae.safetensors", size=MiB)
    link = "https://huggingface.co/acme/vae/resolve/main/acme_vae.safetensors"
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "VAELoader", "acme_vae.safetensors", models=[{"name": "acme_vae.safetensors", "url": link}]),
    )
    env = {**fake_services.env(), "HF_TOKEN": "test-hf-token"}
    done = cli_in(tmp_path, "download", "--json", str(workflow), "--models-dir", str(models), env=env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/download@1"
    assert answer["downloads"] == [
        {"filename": "acme_vae.safetensors", "folder": "vae", "path": "acme_vae.safetensors", "status": "completed",
         "error": None}
    ]  # fmt: skip
    events = [json.loads(line) for line in done.stderr.splitlines()]
    assert {event["event"] for event in events} == {"civitai.download.progress"}
    assert events[-1]["status"] == "completed" and events[-1]["downloaded_bytes"] == MiB
    assert (models / "vae" / "acme_vae.safetensors").stat().st_size == MiB
    assert "test-hf-token" not in done.stdout + done.stderr
    assert not (tmp_path / "missing-models.json").exists()


def test_script_and_check_only_answer_json_with_their_schema(tmp_path, models, fake_services):
    workflow = write_graph(tmp_path / "wf.json", loader(1, "LoraLoader", "setsunaTokage_v10.safetensors"))
    env = {**fake_services.env(), "CIVITAI_API_KEY": "test-civitai-key"}
    script = tmp_path / "get.sh"
    written = cli("script", "--json", str(workflow), "--models-dir", str(models), "-o", str(script), env=env)
    answer = json.loads(written.stdout)
    assert written.returncode == 1 and answer["schema"] == "civitai-sidebar/script@1"
    assert answer["script"] == str(script) and answer["download_count"] == 1
    assert "test-civitai-key" not in written.stdout + written.stderr + script.read_text()
    check = cli("download", "--json", "--check-only", str(workflow), "--models-dir", str(models), env=env)
    answer = json.loads(check.stdout)
    assert check.returncode == 1 and answer["schema"] == "civitai-sidebar/download@1"
    assert answer["models"][0]["resource"]["filename"] == "setsunaTokage_v10.safetensors"
    assert not (models / "loras").exists()


def test_resolve_shows_the_images_parameters_and_which_models_are_on_disk(tmp_path, models, fake_services):
    first = cli("resolve", IMAGE, "--models-dir", str(models), "--json", env=fake_services.env())
    checkpoint = next(r for r in json.loads(first.stdout)["resources"] if r["kind"] == "checkpoint")
    (models / "checkpoints" / checkpoint["filename"]).write_bytes(b"weights")
    done = cli("resolve", f"https://civitai.com/images/{IMAGE}", "--models-dir", str(models), env=fake_services.env())
    assert done.returncode == 0, done.stderr
    assert f"image {IMAGE}" in done.stdout
    assert "seed 3150861441, steps 20, cfg 7.0, sampler DPM++ 2M Karras, width 1152, height 1536" in done.stdout
    assert f"present   checkpoints/{checkpoint['filename']}" in done.stdout
    assert "missing   loras/add-detail-xl.safetensors weight 1.0  <- http" in done.stdout


def test_resolve_says_what_is_wrong_with_bad_input_and_unknown_images(fake_services):
    not_civitai = cli("resolve", "https://example.com/images/5", env=fake_services.env())
    assert not_civitai.returncode == 2 and "That is not a Civitai link" in not_civitai.stderr
    assert not_civitai.stdout == ""
    unknown = cli("resolve", "999999999", "--json", env=fake_services.env())
    assert unknown.returncode == 1
    assert json.loads(unknown.stdout) == {
        "schema": "civitai-sidebar/resolve@1",
        "error": "Civitai shows no image 999999999: it may have been deleted, be private, or the ID may be wrong.",
    }


def test_generate_writes_an_api_workflow_naming_the_files_on_disk(tmp_path, models, fake_services):
    (models / "checkpoints" / "sdxl").mkdir()
    (models / "checkpoints" / "sdxl" / "boleromix_XL_V1.3.safetensors").write_bytes(b"w")
    output = tmp_path / "workflow.json"
    done = cli("generate", IMAGE, "--models-dir", str(models), "-o", str(output), "--json", env=fake_services.env())
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/generate@1" and answer["workflow_type"] == "txt2img"
    assert answer["node_count"] == len(answer["workflow"]) and answer["output"] == str(output)
    workflow = json.loads(output.read_text())
    assert workflow == answer["workflow"]
    nodes = {node["class_type"]: node["inputs"] for node in workflow.values()}
    assert nodes["CheckpointLoaderSimple"]["ckpt_name"] == "sdxl/boleromix_XL_V1.3.safetensors"
    assert (nodes["KSampler"]["seed"], nodes["KSampler"]["sampler_name"]) == (3150861441, "dpmpp_2m")
    (tmp_path / "elsewhere").mkdir()  # no models/ here: nothing on disk
    plain = cli_in(tmp_path / "elsewhere", "generate", IMAGE, env=fake_services.env())
    assert json.loads(plain.stdout) == {**workflow, "1": {**workflow["1"], "inputs": {
        "ckpt_name": "boleromix_XL_V1.3.safetensors"}}}  # fmt: skip
    assert "warning: " in plain.stderr


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_status_without_a_comfyui_says_so_and_a_bad_url_is_a_usage_error():
    down = cli("status", "--comfyui-url", f"http://127.0.0.1:{closed_port()}", "--json")
    assert down.returncode == 1 and "no ComfyUI answers at http://127.0.0.1:" in json.loads(down.stdout)["error"]
    bad = cli("status", "--comfyui-url", "ftp://somewhere")
    assert bad.returncode == 2 and "--comfyui-url wants http://host:port" in bad.stderr


def test_a_download_that_finds_no_source_exits_1_and_contradictions_are_usage_errors(tmp_path, models, fake_services):
    workflow = write_graph(tmp_path / "wf.json", loader(1, "LoraLoader", "nobody-has-this-file.safetensors"))
    done = cli("download", "--json", str(workflow), "--models-dir", str(models), env=fake_services.env())
    answer = json.loads(done.stdout)
    assert done.returncode == 1 and answer["downloads"] == [] and not answer["models"][0]["resource"]["resolved"]
    url = f"http://127.0.0.1:{closed_port()}"
    both = cli("scan", str(workflow), "--comfyui-url", url, "--object-info", str(workflow))
    assert both.returncode == 2 and "not both" in both.stderr
    script = cli("script", str(workflow), "--comfyui-url", url, "-o", str(tmp_path / "get.sh"))
    assert script.returncode == 2 and "give --models-dir or --comfyui too" in script.stderr
    assert not (tmp_path / "get.sh").exists()


def test_download_on_a_terminal_draws_progress_bars(tmp_path, models, fake_services):
    fake_services.hf.add_file("acme/tty-vae", "tty_vae.safetensors", size=MiB)
    link = "https://huggingface.co/acme/tty-vae/resolve/main/tty_vae.safetensors"
    workflow = write_graph(
        tmp_path / "wf.json",
        loader(1, "VAELoader", "tty_vae.safetensors", models=[{"name": "tty_vae.safetensors", "url": link}]),
    )
    done, drawn = download_on_a_terminal(workflow, models, fake_services.env(), columns=120)
    assert done.returncode == 0, drawn
    assert "tty_vae.safetensors: 100%" in drawn and "1.00M/1.00M" in drawn
    assert b"downloaded vae/tty_vae.safetensors" in done.stdout


def download_on_a_terminal(
    workflow: Path, models: Path, env: dict, columns: int
) -> tuple[subprocess.CompletedProcess, str]:
    """`download` with stderr on a pseudo-terminal of that width (so tqdm draws its bars): (the run, what it drew)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    clean = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_KEY", "HF_TOKEN")}
    drawn = bytearray()

    def read_terminal() -> None:
        with os.fdopen(leader, "rb", buffering=0) as terminal, contextlib.suppress(OSError):  # EIO: the end
            while chunk := terminal.read(65536):
                drawn.extend(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()  # read while it runs, so a full terminal buffer never blocks the command
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "download", str(workflow), "--models-dir", str(models)],
        cwd=REPO, env={**clean, **env}, stdout=subprocess.PIPE, stderr=follower, timeout=120,
    )  # fmt: skip
    os.close(follower)
    reader.join(timeout=10)
    return done, drawn.decode(errors="replace")
