"""Hugging Face by name through the real ComfyUI (both hosts): POST /civitai/missing, then /civitai/sources.

A VAE the workflow names without any link is found by the Hub's search in a ComfyUI repackaging repository,
with its size, SHA-256 and a download pinned to the commit, and the answer says where it came from and how
sure it is; a second file of that name with other bytes elsewhere makes the answer one to confirm.
Names are unique per test: the ComfyUI process keeps its Hub answers for a while, across tests.
"""

from __future__ import annotations

import re

import pytest

from tests.fakes import hf_world
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio


def vae_workflow(name: str) -> dict:
    node = {"id": 1, "type": "VAELoader", "mode": 0, "widgets_values": [name], "properties": {}}
    return {"last_node_id": 1, "last_link_id": 0, "nodes": [node], "links": [], "version": 0.4}


def host_tag(comfyui) -> str:
    """A per-host part of the file name, so one host's cached answers never meet the other's."""
    return re.sub(r"\W", "_", comfyui.frontend_label)


async def sources_for(comfyui, name: str) -> dict:
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": vae_workflow(name)})
        assert status == 200, answer
        [model] = answer["models"]
        assert model["status"] == "missing"
        status, found = await client.post("/civitai/sources", {"references": [model["reference"]]})
    assert status == 200, found
    [resource] = found["resources"]
    return resource


async def test_a_vae_without_link_is_found_by_hugging_face_search(comfyui, fake_services):
    hf_world.populate(fake_services.hf)
    name = f"zephyr_{host_tag(comfyui)}_vae.safetensors"
    repo = "Comfy-Org/Zephyr_ComfyUI_repackaged"
    fake_services.hf.add_repo(repo, downloads=50_000)
    added = fake_services.hf.add_file(repo, f"split_files/vae/{name}", size=123_457)
    resource = await sources_for(comfyui, name)
    assert resource["resolved"] and not resource["needs_confirmation"] and resource["confidence"] == 0.9
    assert resource["sha256"] == added.sha256() and resource["size"] == 123_457
    commit = fake_services.hf.get(repo).commit
    assert resource["url"].endswith(f"/{repo}/resolve/{commit}/split_files/vae/{name}")
    assert resource["evidence"].startswith(f"Hugging Face search: {repo} has a file named exactly {name}")
    assert (resource["folder"], resource["filename"]) == ("vae", name)
    searches = [e for e in fake_services.requests.entries(server="hf") if e.path == "/api/models"]
    assert searches and re.search(r"search=zephyr", searches[0].path_qs)


async def test_a_second_file_of_that_name_makes_it_one_to_confirm(comfyui, fake_services):
    name = f"zephyr_decoy_{host_tag(comfyui)}_vae.safetensors"
    fake_services.hf.add_repo("Comfy-Org/Zephyr_Decoy_ComfyUI_repackaged", downloads=50_000)
    fake_services.hf.add_file("Comfy-Org/Zephyr_Decoy_ComfyUI_repackaged", f"split_files/vae/{name}")
    fake_services.hf.add_file("someone/zephyr_decoy-reupload", name)
    resource = await sources_for(comfyui, name)
    assert resource["resolved"] and resource["needs_confirmation"] and resource["confidence"] < 0.5, str(resource)
    assert "/Comfy-Org/Zephyr_Decoy_ComfyUI_repackaged/" in resource["url"]
    assert f"someone/zephyr_decoy-reupload/{name}" in resource["evidence"]
