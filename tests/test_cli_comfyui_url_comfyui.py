"""`--comfyui-url`: the command line takes a running ComfyUI's live node definitions and folders, queues the
downloads in it (its own folders) and follows them to the end; `status` shows that ComfyUI's downloads."""

from __future__ import annotations

import json
import uuid

from tests.downloads_helpers import MiB
from tests.test_cli import cli, loader, write_graph


def test_scan_learns_custom_loaders_folders_and_node_types_from_the_running_comfyui(comfyui, tmp_path):
    have = f"have-{uuid.uuid4().hex[:8]}.safetensors"
    (comfyui.base_dir / "models" / "loras").mkdir(parents=True, exist_ok=True)
    (comfyui.base_dir / "models" / "loras" / have).write_bytes(b"lora")
    workflow = write_graph(
        tmp_path / "wf.json",
        {"id": 1, "type": "FancyModelLoader", "widgets_values": [1.0, "wanted-fancy.safetensors"]},
        loader(2, "LoraLoader", have),
        {"id": 3, "type": "NoPackHasThisNode", "widgets_values": []},
    )
    done = cli("scan", "--json", str(workflow), "--comfyui-url", comfyui.url)
    assert done.returncode == 1, done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/scan@1"
    verdicts = {(m["reference"]["folder"], m["reference"]["name"]): m["status"] for m in answer["models"]}
    assert verdicts == {("fancy_models", "wanted-fancy.safetensors"): "missing", ("loras", have): "present"}
    assert [node["type"] for node in answer["custom_nodes"]] == ["NoPackHasThisNode"]


def test_download_queues_in_the_running_comfyui_and_follows_it_to_the_end(comfyui, fake_services, tmp_path):
    name = f"remote-vae-{uuid.uuid4().hex[:8]}.safetensors"
    fake_services.hf.add_file("acme/remote-vae", name, size=2 * MiB)
    link = f"https://huggingface.co/acme/remote-vae/resolve/main/{name}"
    workflow = write_graph(
        tmp_path / "wf.json", loader(1, "VAELoader", name, models=[{"name": name, "url": link}])
    )  # fmt: skip
    done = cli("download", "--json", str(workflow), "--comfyui-url", comfyui.url, env=fake_services.env())
    assert done.returncode == 0, done.stdout + done.stderr
    answer = json.loads(done.stdout)
    assert answer["schema"] == "civitai-sidebar/download@1"
    assert [(d["folder"], d["filename"], d["status"]) for d in answer["downloads"]] == [("vae", name, "completed")]
    landed = comfyui.base_dir / "models" / "vae" / name
    assert landed.stat().st_size == 2 * MiB  # in the ComfyUI's own folder: no models folder was given here
    events = [json.loads(line) for line in done.stderr.splitlines()]
    assert events and all(event["event"] == "civitai.download.progress" for event in events)
    batch = [event for event in events if event["kind"] == "batch"]
    files = [event for event in events if event["kind"] == "file"]
    assert batch[-1]["status"] == "completed" and batch[-1]["completed_count"] == 1
    assert files[-1]["status"] == "completed" and files[-1]["downloaded_bytes"] == 2 * MiB

    status = cli("status", "--json", "--comfyui-url", comfyui.url)
    tasks = json.loads(status.stdout)
    # This ComfyUI is shared with other tests: any failed download there, and the exit code says so.
    assert status.returncode == int(any(task["status"] == "failed" for task in tasks["tasks"])), status.stderr
    assert tasks["schema"] == "civitai-sidebar/status@1"
    assert any(task.get("filename") == name and task["status"] == "completed" for task in tasks["tasks"])
    plain = cli("status", "--comfyui-url", comfyui.url)
    assert f"completed   100.0% vae/{name}" in plain.stdout


def test_generate_names_the_checkpoint_as_the_running_comfyui_lists_it(comfyui, fake_services, tmp_path):
    listed = comfyui.base_dir / "models" / "checkpoints" / "from-civitai" / "boleromix_XL_V1.3.safetensors"
    listed.parent.mkdir(parents=True, exist_ok=True)
    listed.write_bytes(b"weights")
    try:
        done = cli("generate", "--json", "26962948", "--comfyui-url", comfyui.url, env=fake_services.env())
    finally:  # the shared ComfyUI's other tests resolve this image with its checkpoint missing
        listed.unlink()
    assert done.returncode == 0, done.stderr
    nodes = {node["class_type"]: node["inputs"] for node in json.loads(done.stdout)["workflow"].values()}
    assert nodes["CheckpointLoaderSimple"]["ckpt_name"] == "from-civitai/boleromix_XL_V1.3.safetensors"
