"""Models on disk under any extension or subfolder: /civitai/resolve finds them, and every loader value
/civitai/generate writes is a name the real ComfyUI's own lists hold (issue 9, failure 4).

One private ComfyUI for the module, so the files placed here meet no other test's files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.comfy_judge import only, rejected_by_comfyui
from tests.comfy_lists import values_not_in_comfyui_lists
from tests.conftest import TEST_TUNING
from tests.downloads_helpers import MiB, civitai_model, model_path, payload
from tests.harness.comfy_client import ComfyClient
from tests.harness.comfyui import ComfyUIServer

pytestmark = pytest.mark.asyncio

WILD = Path(__file__).parent / "wild"
FIXTURE_IMAGES = (469632, 9173928, 717937, 123156450, 100000001, 26962948)


@pytest.fixture(scope="module")
def own_comfyui(comfyui_install, tmp_path_factory, fake_services_session):
    server = ComfyUIServer(
        comfyui_install, tmp_path_factory.mktemp("comfyui-on-disk"), env={**fake_services_session.env(), **TEST_TUNING}
    )
    server.start()
    yield server
    server.stop()


def put(server: ComfyUIServer, folder: str, name: str, content: bytes = b"") -> Path:
    path = server.base_dir / "models" / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


async def resolve(client: ComfyClient, image_id: int) -> dict:
    status, answer = await client.post("/civitai/resolve", {"image_id": image_id})
    assert status == 200, answer
    return answer


async def generate(client: ComfyClient, resolved: dict) -> dict:
    body = {"metadata": resolved["metadata"], "resources": resolved["resources"]}
    status, generated = await client.post("/civitai/generate", body)
    assert status == 200, generated
    return generated


def assert_comfyui_can_run(server: ComfyUIServer, workflow: dict) -> None:
    """Every name is in ComfyUI's live lists, and /prompt has nothing to say either."""
    assert values_not_in_comfyui_lists(server.url, workflow) == []
    assert rejected_by_comfyui(server, workflow) == {}


def kind(resolved: dict, wanted: str) -> dict:
    [resource] = [r for r in resolved["resources"] if r["kind"] == wanted]
    return resource


async def test_an_a1111_upscaler_named_without_extension_is_the_pth_on_disk(own_comfyui, fake_services):
    image = json.loads((WILD / "c-a1111-hires-upscaler-without-extension.json").read_text())
    fake_services.gallery.add_image(image)
    put(own_comfyui, "upscale_models", "4x-UltraSharp.pth")
    put(own_comfyui, "checkpoints", "mistoonAnime_v10.safetensors")
    async with ComfyClient(own_comfyui.url) as client:
        resolved = await resolve(client, image["id"])
        generated = await generate(client, resolved)
    upscaler = kind(resolved, "upscaler")
    assert (upscaler["already_downloaded"], upscaler["local_path"]) == (True, "4x-UltraSharp.pth")
    assert only(generated["workflow"], "UpscaleModelLoader")[1]["inputs"]["model_name"] == "4x-UltraSharp.pth"
    assert not [w for w in generated["warnings"] if "4x-UltraSharp" in w]
    assert_comfyui_can_run(own_comfyui, generated["workflow"])


async def test_the_images_own_upscaler_name_beats_a_differently_named_civitai_file(start_comfyui, fake_services):
    """Civitai's 4x-UltraSharp is `4xUltrasharp_4xUltrasharpV10.pt`; the user's copy is `4x-UltraSharp.pth`.
    A ComfyUI of its own: the module's one keeps Civitai's earlier answer to this search for its lifetime."""
    own_comfyui = start_comfyui(env=fake_services.env())
    image = json.loads((WILD / "c-a1111-hires-upscaler-without-extension.json").read_text())
    fake_services.gallery.add_image(image)
    fake_services.catalog.add_version(
        model_name="4x-Ultrasharp",
        model_type="Upscaler",
        version_id=880125843,
        base_model="Other",
        files=[{"name": "4xUltrasharp_4xUltrasharpV10.pt", "format": "PickleTensor"}],
    )
    put(own_comfyui, "upscale_models", "4x-UltraSharp.pth")
    put(own_comfyui, "checkpoints", "mistoonAnime_v10.safetensors")
    async with ComfyClient(own_comfyui.url) as client:
        resolved = await resolve(client, image["id"])
        generated = await generate(client, resolved)
    upscaler = kind(resolved, "upscaler")
    assert upscaler["filename"] == "4xUltrasharp_4xUltrasharpV10.pt"  # what Civitai would download
    assert (upscaler["already_downloaded"], upscaler["local_path"]) == (True, "4x-UltraSharp.pth")
    assert only(generated["workflow"], "UpscaleModelLoader")[1]["inputs"]["model_name"] == "4x-UltraSharp.pth"
    assert_comfyui_can_run(own_comfyui, generated["workflow"])


async def test_a_file_resolved_before_it_was_on_disk_is_named_as_comfyui_lists_it(own_comfyui, fake_services):
    """The sidebar resolves, the user then puts the files in subfolders under other extensions, then generates."""
    lora = civitai_model(fake_services, size=64 * 1024)
    version_id = int(lora["url"].rsplit("/", 1)[1])
    image_id = 880500000 + version_id % 100_000
    fake_services.gallery.add_image(
        id=image_id,
        meta={
            "prompt": "a lighthouse, c_wild_neg",
            "negativePrompt": "blurry",
            "Model": "c_wild_photo_v2",
            "Hires upscaler": "c_wild_4x_esrgan",
            "Hires upscale": "2",
            "civitaiResources": [{"type": "lora", "modelVersionId": version_id, "weight": 0.6}],
            "resources": [{"type": "embed", "name": "c_wild_neg"}],
        },
    )
    async with ComfyClient(own_comfyui.url) as client:
        resolved = await resolve(client, image_id)
        stem = lora["filename"].removesuffix(".safetensors")
        put(own_comfyui, "checkpoints", "SD 1.5/photo/c_wild_photo_v2.ckpt")
        put(own_comfyui, "loras", f"styles/{stem}.pt")
        put(own_comfyui, "upscale_models", "esrgan/c_wild_4x_esrgan.pth")
        put(own_comfyui, "embeddings", "neg/c_wild_neg.pt")
        generated = await generate(client, resolved)
    nodes = {node["class_type"]: node["inputs"] for node in generated["workflow"].values()}
    assert nodes["CheckpointLoaderSimple"]["ckpt_name"] == "SD 1.5/photo/c_wild_photo_v2.ckpt"
    assert nodes["LoraLoader"]["lora_name"] == f"styles/{stem}.pt"
    assert nodes["UpscaleModelLoader"]["model_name"] == "esrgan/c_wild_4x_esrgan.pth"
    positive = next(n for n in generated["workflow"].values() if n["_meta"]["title"] == "Positive prompt")
    assert positive["inputs"]["text"] == "a lighthouse, embedding:neg/c_wild_neg"
    assert not [w for w in generated["warnings"] if "has no" in w], generated["warnings"]
    assert_comfyui_can_run(own_comfyui, generated["workflow"])


async def test_a_safetensors_name_takes_another_extension_only_when_one_file_or_the_hash_says_so(
    own_comfyui, fake_services
):
    lora = civitai_model(fake_services, size=2 * MiB)
    version_id = int(lora["url"].rsplit("/", 1)[1])
    image_id = 880600000 + version_id % 100_000
    fake_services.gallery.add_image(
        id=image_id,
        meta={
            "prompt": "a cat",
            "Model": "c_wild_ambiguity_ckpt",
            "civitaiResources": [{"type": "lora", "modelVersionId": version_id, "weight": 0.8}],
        },
    )
    put(own_comfyui, "checkpoints", "c_wild_ambiguity_ckpt.safetensors")
    stem = lora["filename"].removesuffix(".safetensors")
    async with ComfyClient(own_comfyui.url) as client:
        one = put(own_comfyui, "loras", f"{stem}.ckpt")
        single = await resolve(client, image_id)
        other = put(own_comfyui, "loras", f"{stem}.bin")
        ambiguous = await resolve(client, image_id)
        ambiguous_workflow = await generate(client, ambiguous)
        task = await client.wait_for(await client.download(payload(lora)))
        assert task["status"] == "completed"
        one.unlink()
        other.unlink()
        put(own_comfyui, "loras", f"{stem}.ckpt")  # an empty decoy beside the real bytes under .pt
        model_path(own_comfyui, lora).rename(own_comfyui.base_dir / "models" / "loras" / f"{stem}.pt")
        by_hash = await resolve(client, image_id)
    assert (kind(single, "lora")["already_downloaded"], kind(single, "lora")["local_path"]) == (True, f"{stem}.ckpt")
    assert kind(ambiguous, "lora")["already_downloaded"] is False
    assert only(ambiguous_workflow["workflow"], "LoraLoader")[1]["inputs"]["lora_name"] == lora["filename"]
    assert any(lora["filename"] in w and "models/loras" in w for w in ambiguous_workflow["warnings"])
    assert (kind(by_hash, "lora")["already_downloaded"], kind(by_hash, "lora")["local_path"]) == (True, f"{stem}.pt")


@pytest.mark.parametrize("image_id", FIXTURE_IMAGES)
async def test_every_fixture_image_with_its_files_in_subfolders_names_only_listed_files(
    own_comfyui, fake_services, image_id
):
    """Each resource placed as a user keeps it: in a subfolder, under Civitai's file name or the image's name,
    every other one with another extension (.ckpt, or .pt for an embedding)."""
    async with ComfyClient(own_comfyui.url) as client:
        before = await resolve(client, image_id)
        for index, resource in enumerate(before["resources"]):
            name = resource["filename"] or f"{resource['name']}.safetensors"
            if index % 2:
                name = name.rsplit(".", 1)[0] + (".pt" if resource["folder"] == "embeddings" else ".ckpt")
            put(own_comfyui, resource["folder"], f"c-{image_id}/{name}")
        after = await resolve(client, image_id)
        generated = await generate(client, after)
    for resource in after["resources"]:
        assert resource["already_downloaded"], resource
    assert_comfyui_can_run(own_comfyui, generated["workflow"])
    assert not [w for w in generated["warnings"] if "has no" in w], generated["warnings"]
