"""POST /civitai/missing through the real ComfyUI: live node definitions, presence, sources, custom nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.downloads_helpers import MiB, sha256_of
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def node(node_id: int, node_type: str, values: list, **extra) -> dict:
    return {"id": node_id, "type": node_type, "mode": 0, "widgets_values": values, "properties": {}, **extra}


def graph(*nodes: dict) -> dict:
    return {"last_node_id": len(nodes), "last_link_id": 0, "nodes": list(nodes), "links": [], "version": 0.4}


async def missing(comfyui, workflow: dict) -> dict:
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": workflow, "sources": True})
    assert status == 200, answer
    return answer


def base_name(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def by_name(answer: dict) -> dict[str, dict]:
    return {m["reference"]["name"]: m for m in answer["models"]}


async def test_a_custom_loader_is_understood_from_its_live_node_definition(comfyui, fake_services):
    folder = comfyui.base_dir / "models" / "fancy_models"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fancy-present.safetensors").write_bytes(b"x")
    answer = await missing(
        comfyui,
        graph(
            node(1, "FancyModelLoader", [1.0, "wanted-fancy.safetensors"]),
            node(2, "FancyModelLoader", [0.5, "fancy-present.safetensors"]),
        ),
    )
    models = by_name(answer)
    wanted, present = models["wanted-fancy.safetensors"], models["fancy-present.safetensors"]
    assert wanted["reference"]["folder"] == "fancy_models" and wanted["reference"]["folder_evidence"] == "object_info"
    assert wanted["status"] == "missing"
    assert present["status"] == "present" and present["local_path"] == "fancy-present.safetensors"


async def test_a_file_in_the_wrong_folder_is_pointed_at_not_downloaded_again(comfyui, fake_services):
    checkpoints = comfyui.base_dir / "models" / "checkpoints"
    checkpoints.mkdir(parents=True, exist_ok=True)
    (checkpoints / "misplaced-unet.safetensors").write_bytes(b"x")
    answer = await missing(comfyui, graph(node(1, "UNETLoader", ["misplaced-unet.safetensors", "default"])))
    [model] = answer["models"]
    assert model["status"] == "elsewhere" and model["found_elsewhere"] == "checkpoints/misplaced-unet.safetensors"
    assert "found in checkpoints/, this loader reads diffusion_models/" in model["message"]


async def test_the_workflows_own_link_is_the_source_and_the_download_lands_where_it_looks(comfyui, fake_services):
    file = fake_services.hf.add_file("acme/ckpt", "acme-v1.safetensors", size=2 * MiB)
    link = "https://huggingface.co/acme/ckpt/resolve/main/acme-v1.safetensors"
    loader = node(
        1,
        "CheckpointLoaderSimple",
        ["sd15/acme-v1.safetensors"],
        properties={"models": [{"name": "acme-v1.safetensors", "url": link, "directory": "checkpoints"}]},
    )
    [model] = (await missing(comfyui, graph(loader)))["models"]
    resource = model["resource"]
    assert model["status"] == "missing" and resource["resolved"] and resource["confidence"] == 1.0
    assert resource["sha256"] == file.content.hashes().sha256.lower() and resource["size"] == 2 * MiB
    assert (resource["folder"], resource["subfolder"], resource["filename"]) == (
        "checkpoints",
        "sd15",
        "acme-v1.safetensors",
    )
    async with ComfyClient(comfyui.url) as client:
        task = await client.wait_for(await client.download(resource))
    assert task["status"] == "completed"
    assert sha256_of(comfyui.base_dir / "models" / "checkpoints" / "sd15" / "acme-v1.safetensors") == resource["sha256"]
    [after] = (await missing(comfyui, graph(loader)))["models"]
    assert after["status"] == "present" and after["local_path"] == "sd15/acme-v1.safetensors"


async def test_node_types_no_pack_provides_are_listed_apart(comfyui, fake_services):
    answer = await missing(
        comfyui,
        graph(node(1, "NoSuchPackLoader", ["x.safetensors"]), node(2, "Note", ["hello"]), node(3, "KSampler", [])),
    )
    assert [entry["type"] for entry in answer["custom_nodes"]] == ["NoSuchPackLoader"]
    assert answer["models"] == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside this checkout")
async def test_corpus_workflows_report_every_model_they_need(comfyui, fake_services):
    truths = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text().splitlines()]
    chosen = [t for t in truths if t["source"] == "comfyui_examples" and t["truth_complete"] and t["models"]][:8]
    assert chosen
    for truth in chosen:
        workflow = json.loads((CORPUS / truth["file"]).read_text())
        answer = await missing(comfyui, workflow)
        found = {(base_name(m["reference"]["name"]), m["reference"]["folder"]) for m in answer["models"]}
        expected = {(m["basename"], m["directory"]) for m in truth["models"]}
        if any(m["directory"] == "embeddings" for m in truth["models"]):
            continue  # embeddings compare without extension; the corpus test covers them
        assert found == expected, truth["file"]
        for model in answer["models"]:
            assert model["status"] in ("missing", "present", "elsewhere")
            if model["status"] == "missing":
                assert model["resource"] is not None and (model["resource"]["resolved"] or model["resource"]["reason"])
