"""Near names and extension-less names from the wild, clicked through in real Chromium (pinned and newest frontend).

fashionGirl_v53 is wanted, Civitai only has fashionGirl_v51: the card shows both names and waits for a click,
and Download All leaves it alone. `embedding:EasyNegative_v2` (no extension), accepted with "Use this",
lands in models/embeddings with the source's extension.
"""

from __future__ import annotations

import asyncio
import json
import uuid

from tests.browser_runner import run_scenario
from tests.conftest import NEWEST_FRONTEND_ONLY
from tests.downloads_helpers import MiB, sha256_of
from tests.harness.comfy_client import ComfyClient
from tests.wild_catalog import add_fashion_girl, wild_workflow

EASYNEGATIVE_VERSION_ID = 9208  # the fake's copy of Civitai's real EasyNegative (easynegative.safetensors)


def workflow_with(exact_name: str) -> dict:
    """The wild fashionGirl workflow, plus a prompt naming the embedding and a LoRA Civitai has by its very name."""
    workflow = wild_workflow("a-fashiongirl-v53.json")
    [lora] = workflow["nodes"]
    prompt = wild_workflow("a-easynegative-no-extension.json")["nodes"][0]
    prompt = {**prompt, "id": 2, "widgets_values": ["lowres, embedding:EasyNegative_v2"]}
    exact = {**lora, "id": 3, "pos": [100, 400], "widgets_values": [exact_name, 1.0, 1.0]}
    return {**workflow, "nodes": [lora, prompt, exact], "last_node_id": 3}


def file_tasks(comfyui) -> dict[str, str]:
    """Every file download the server knows: task id -> file name."""

    async def ask() -> dict:
        async with ComfyClient(comfyui.url) as client:
            return await client.get("/civitai/downloads")

    status, answer = asyncio.run(ask())
    assert status == 200
    return {task["task_id"]: task["filename"] for task in answer["tasks"] if task["kind"] == "file"}


@NEWEST_FRONTEND_ONLY
def test_a_near_name_waits_for_a_click_and_an_extensionless_name_lands_with_an_extension(ui_comfyui, fake_services):
    add_fashion_girl(fake_services)
    exact_name = f"wild-exact-{uuid.uuid4().hex[:8]}.safetensors"
    unique = 10_000_000 + uuid.uuid4().int % 80_000_000
    fake_services.catalog.add_version(
        version_id=unique, model_name=exact_name.removesuffix(".safetensors"),
        files=[{"name": exact_name, "size": MiB, "id": unique}],
    )  # fmt: skip
    models = ui_comfyui.base_dir / "models"
    near_path = models / "loras" / "fashionGirl_v53.safetensors"
    embedding_path = models / "embeddings" / "EasyNegative_v2.safetensors"
    before = file_tasks(ui_comfyui)
    try:
        result = run_scenario(
            "wild_names",
            ui_comfyui,
            WORKFLOW_JSON=json.dumps(workflow_with(exact_name)),
            NEAR_FILE="fashionGirl_v53.safetensors",
            EMBEDDING_FILE="EasyNegative_v2.safetensors",
            EXACT_FILE=exact_name,
            FAKE_CIVITAI_URL=fake_services.urls.civitai_api_base,
        )
        names = result["names"]
        assert (names["wanted"], names["source"]) == ("fashionGirl_v53.safetensors", "fashionGirl_v51.safetensors")
        assert "The workflow loads:" in names["labels"] and "Civitai has:" in names["labels"]
        assert names["savedAs"] == ("“Use this” saves it as fashionGirl_v53.safetensors, the name the workflow loads.")
        # Download All took the exact name only: the near match is still waiting, and was never queued.
        assert (result["nearAfterDownloadAll"], result["embeddingAfterDownloadAll"]) == ("confirm", "confirm")
        assert (models / "loras" / exact_name).is_file() and not near_path.exists()
        queued = {name for task_id, name in file_tasks(ui_comfyui).items() if task_id not in before}
        assert queued == {exact_name, "EasyNegative_v2.safetensors"}
        easynegative = fake_services.catalog.versions[EASYNEGATIVE_VERSION_ID].primary_file
        assert sha256_of(embedding_path) == easynegative.hashes().sha256.lower()
    finally:
        for path in (near_path, embedding_path, models / "loras" / exact_name):
            path.unlink(missing_ok=True)
