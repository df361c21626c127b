"""Bad download requests against the real ComfyUI: a 4xx `{error}` each, and the disk exactly as it was."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.downloads_helpers import MiB, civitai_model, model_path, payload
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


def disk_state(server) -> list[tuple[str, int]]:
    """Every file and folder a download could touch (models and custom nodes), with sizes."""
    found = []
    for top in ("models", "custom_nodes"):
        for path in sorted((server.base_dir / top).rglob("*")):
            found.append((str(path.relative_to(server.base_dir)), path.lstat().st_size if path.is_file() else -1))
    return found


def good(fake) -> dict:
    return {
        "folder": "loras",
        "filename": "ok.safetensors",
        "url": f"{fake.urls.civitai_api_base}/api/download/models/1",
    }


BAD_RESOURCES = {
    "traversal in the file name": {"filename": "../../custom_nodes/evil/__init__.py"},
    "traversal with backslashes": {"filename": "..\\..\\custom_nodes\\evil.safetensors"},
    "a dot-dot file name": {"filename": ".."},
    "a code file": {"filename": "evil.py"},
    "traversal in the subfolder": {"subfolder": "../../custom_nodes"},
    "an absolute subfolder": {"subfolder": "/tmp"},
    "custom_nodes as the folder": {"folder": "custom_nodes", "filename": "evil.safetensors"},
    "configs as the folder": {"folder": "configs", "filename": "evil.yaml"},
    "a folder that does not exist": {"folder": "../../etc"},
    "an absolute folder": {"folder": "/etc"},
    "a file:// URL": {"url": "file:///etc/passwd"},
    "a plain http URL to Civitai": {"url": "http://civitai.com/api/download/models/1"},
    "another host": {"url": "https://evil.example/?civitai.com"},
    "a private address": {"url": "https://169.254.169.254/latest/meta-data"},
    "a bad sha256": {"sha256": "not-a-hash"},
    "a negative size": {"size": -1},
}


@pytest.mark.parametrize("case", list(BAD_RESOURCES))
async def test_a_bad_resource_is_refused_and_changes_nothing(comfyui, fake_services, case):
    before = disk_state(comfyui)
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post(
            "/civitai/download", {"resource": {**good(fake_services), **BAD_RESOURCES[case]}}
        )
        status_all, answer_all = await client.post(
            "/civitai/download-all",
            {"resources": [good(fake_services), {**good(fake_services), **BAD_RESOURCES[case]}]},
        )
        _, listing = await client.get("/civitai/downloads")
    assert status == 400 and answer["error"], answer
    assert status_all == 400 and answer_all["error"]
    assert all(task["filename"] != "ok.safetensors" or task["status"] != "waiting" for task in listing["tasks"])
    assert disk_state(comfyui) == before


async def test_a_symlink_inside_a_model_folder_that_leads_outside_is_refused(comfyui, fake_services):
    loras = comfyui.base_dir / "models" / "loras"
    loras.mkdir(parents=True, exist_ok=True)
    link = loras / "shared"
    if not link.exists():
        os.symlink(comfyui.base_dir / "custom_nodes", link)
    try:
        before = disk_state(comfyui)
        async with ComfyClient(comfyui.url) as client:
            status, answer = await client.post(
                "/civitai/download", {"resource": {**good(fake_services), "subfolder": "shared"}}
            )
        after = disk_state(comfyui)
    finally:  # the shared ComfyUI's other tests would otherwise walk its custom_nodes as a LoRA folder
        link.unlink()
    assert status == 400 and "symlink" in answer["error"]
    assert after == before


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"{not json", "application/json", 400),
        (b'{"resource": "x"}', "application/json", 400),
        (b'{"resources": []}', "application/json", 400),
        (b'{"resource": {}, "extra": 1}', "application/json", 400),
        (b"resource=x", "application/x-www-form-urlencoded", 415),
        (b'{"resource": {"folder": "loras"}}', "text/plain", 415),
        (b'{"pad": "' + b"x" * (3 * MiB) + b'"}', "application/json", 413),
    ],
)
async def test_malformed_bodies_get_a_clear_4xx(comfyui, body, content_type, status):
    before = disk_state(comfyui)
    async with ComfyClient(comfyui.url) as client:
        for route in (
            "/civitai/download",
            "/civitai/download-all",
            "/civitai/download-cancel",
            "/civitai/settings/keys",
        ):
            got, answer = await client.post(route, body, content_type=content_type)
            assert got == status, (route, answer)
            assert isinstance(answer["error"], str) and answer["error"]
    assert disk_state(comfyui) == before


async def test_cancelling_an_unknown_task_is_a_404(comfyui):
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/download-cancel", {"task_id": "nope"})
    assert status == 404 and "nope" in answer["error"]


async def test_a_content_disposition_name_is_reduced_to_a_safe_plain_name(comfyui, fake_services):
    version = fake_services.catalog.add_version(
        model_name="Sneaky", files=[{"name": "../../custom_nodes/sneaky.safetensors", "size": MiB}]
    )
    code = fake_services.catalog.add_version(
        model_name="Code", files=[{"name": "../../custom_nodes/evil.py", "size": 1000}]
    )
    base = fake_services.urls.civitai_api_base
    async with ComfyClient(comfyui.url) as client:
        sneaky = await client.wait_for(
            await client.download({"folder": "loras", "url": f"{base}/api/download/models/{version.id}"})
        )
        evil = await client.wait_for(
            await client.download({"folder": "loras", "url": f"{base}/api/download/models/{code.id}"})
        )
    assert sneaky["status"] == "completed" and sneaky["path"] == "sneaky.safetensors"
    assert (comfyui.base_dir / "models" / "loras" / "sneaky.safetensors").is_file()
    assert evil["status"] == "failed" and "unsafely" in evil["error"]
    assert not list((comfyui.base_dir / "custom_nodes").rglob("sneaky*"))
    assert not list(comfyui.base_dir.rglob("evil.py"))


@pytest.fixture
def tiny_disk(comfyui):
    """The session ComfyUI's upscale_models folder on a 4 MiB tmpfs (needs root to mount)."""
    folder = comfyui.base_dir / "models" / "upscale_models"
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


async def test_not_enough_disk_space_fails_before_writing(comfyui, fake_services, tiny_disk):
    resource = civitai_model(fake_services, size=8 * MiB, folder="upscale_models", model_type="Upscaler")
    unsized = {k: v for k, v in payload(resource).items() if k != "size"}
    async with ComfyClient(comfyui.url) as client:
        known = await client.wait_for(await client.download(payload(resource)))
        await client.post("/civitai/download-cancel", {"cancel_all": True})
        learned = await client.wait_for(await client.download(unsized))
    for task in (known, learned):
        assert task["status"] == "failed"
        assert task["error"].startswith("Not enough disk space in upscale_models/: needs 8.0 MB, ")
        assert task["error"].endswith(" MB free.")
    assert list(tiny_disk.iterdir()) == []
    assert not model_path(comfyui, resource).exists()
