"""Hugging Face by name, against the fake Hub populated like the real one (`hf_world`) and the real clients.

A workflow without links names `umt5_xxl_fp8_e4m3fn_scaled.safetensors`: the Hub's search and tree listing find
the one file of that name, with its size, SHA-256 and commit. Decoys (the same name with other bytes, a renamed
copy, a lone upload, a library's generic name) are never confident; a gated repository gives the page where its
terms are accepted; a second lookup asks the Hub nothing; Civitai by name comes after and stays unsure.
"""

from __future__ import annotations

import re

import pytest
from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.retry import RetryPolicy
from civitai_sidebar.civitai_utils.settings import api_bases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.shapes.workflow_models import ModelReference
from civitai_sidebar.pipeline.sources.hf_search import MAX_SEARCHES, MAX_TREES, TRUSTED_ORGS
from civitai_sidebar.pipeline.sources.hf_search_words import search_words
from civitai_sidebar.pipeline.sources.resolution_chain import resolve_missing

from tests.fakes import hf_world

HF_TOKEN = "test-hf-token"
COMMIT_PIN = re.compile(r"/resolve/[0-9a-f]{40}/")


class Clients:
    def __init__(self, http: OutboundHttp, civitai: CivitaiClient, hf: HuggingFaceClient):
        self.http, self.civitai, self.hf = http, civitai, hf

    async def resolve(self, name: str, folder: str, node_type: str = "CLIPLoader"):
        ref = ModelReference(name=name, folder=folder, node_id="7", node_type=node_type)
        return await resolve_missing(ref, self.civitai, self.hf)


@pytest.fixture
async def world(fake_services):
    hf_world.populate(fake_services.hf)
    made: list[OutboundHttp] = []

    def clients(hf_token: str | None = None) -> Clients:
        bases = api_bases(fake_services.env())
        http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={"HF_TOKEN": hf_token} if hf_token else {}))
        made.append(http)
        retry = RetryPolicy(attempts=2, base_delay=0.01)
        return Clients(
            http, CivitaiClient(http, bases.civitai, retry), HuggingFaceClient(http, bases.huggingface, retry)
        )

    yield clients
    for http in made:
        await http.close()


def hf_requests(fake_services) -> list:
    return fake_services.requests.entries(server="hf")


def test_search_words_drop_precision_and_try_what_repository_ids_write():
    assert search_words("flux1-dev-fp8.safetensors")[0] == "flux1-dev"
    assert {"wan_2.1", "wan2.1"} <= set(search_words("wan_2.1_vae.safetensors"))
    assert "stable-cascade" in search_words("stable_cascade_stage_b.safetensors")
    assert search_words("qwen_image_Q4_K_M.gguf")[0] == "qwen_image"
    assert search_words("clip_l.safetensors") == ["clip_l", "clip-l", "clip"]
    assert search_words("ae.safetensors") == []  # too short to search for


async def test_fake_search_matches_repo_ids_only_with_author_limit_paging_and_file_lists(world, fake_services):
    clients = world()
    found = await clients.hf.search_models("WAN_2.1", limit=50)
    ids = [r.repo_id for r in found]
    assert "Comfy-Org/Wan_2.1_ComfyUI_repackaged" in ids and "someuser/wan_2.1_vae-backup" in ids
    assert ids[0].startswith("Comfy-Org/") and all(r.files is None for r in found)  # most downloaded first
    assert await clients.hf.search_models("wan_2.1_vae.safetensors") == []  # file names are not searched
    official = await clients.hf.search_models(None, author="comfyanonymous", limit=1000, files=True)
    assert official and all(r.owner == "comfyanonymous" for r in official)
    assert any("t5xxl_fp16.safetensors" in r.files for r in official)
    [first_page] = hf_requests(fake_services)[-1:]
    assert "full=true" in first_page.path_qs
    url = f"{fake_services.urls.hf_endpoint}/api/models?search=comfy-org&limit=2"
    async with (await clients.http.session()).get(url) as response:
        assert response.status == 200 and len(await response.json()) == 2
        assert 'rel="next"' in response.headers["Link"] and "cursor=2" in response.headers["Link"]


async def test_tree_listing_follows_link_pages(world, fake_services, monkeypatch):
    from tests.fakes import huggingface

    monkeypatch.setattr(huggingface, "TREE_PAGE_SIZE", 10)
    tree = await world().hf.list_tree("Comfy-Org/Wan_2.2_ComfyUI_Repackaged")
    repo = fake_services.hf.get("Comfy-Org/Wan_2.2_ComfyUI_Repackaged")
    assert {f.path for f in tree.files} == set(repo.files)  # every page read
    assert tree.commit == repo.commit and len(hf_requests(fake_services)) > 2
    vae = next(f for f in tree.files if f.name == "wan_2.1_vae.safetensors")
    assert vae.sha256 == repo.files[vae.path].sha256() and vae.size == repo.files[vae.path].size


async def test_a_file_found_by_search_is_confident_with_size_sha256_and_a_pinned_commit(world, fake_services):
    resource = await world().resolve("umt5_xxl_fp8_e4m3fn_scaled.safetensors", "text_encoders")
    assert resource.resolved and not resource.needs_confirmation and resource.confidence == 0.9
    path = "split_files/text_encoders/umt5_xxl_fp8_e4m3fn_scaled.safetensors"
    owners = [r for r in fake_services.hf.repos.values() if path in r.files]
    assert owners and resource.sha256 == owners[0].files[path].sha256() and resource.size == owners[0].files[path].size
    assert COMMIT_PIN.search(resource.url) and resource.url.endswith(path)
    assert resource.evidence.startswith("Hugging Face search: Comfy-Org/")
    assert "named exactly umt5_xxl_fp8_e4m3fn_scaled.safetensors" in resource.evidence
    assert (resource.folder, resource.filename) == ("text_encoders", "umt5_xxl_fp8_e4m3fn_scaled.safetensors")
    # The pinned URL downloads exactly those bytes' metadata.
    info = await world().hf.file_info(resource.model_name, path, resource.url.split("/resolve/")[1].split("/")[0])
    assert info.sha256 == resource.sha256


async def test_the_same_name_with_other_bytes_elsewhere_is_never_confident(world):
    clients = world()
    vae = await clients.resolve("wan_2.1_vae.safetensors", "vae", "VAELoader")
    assert vae.resolved and vae.needs_confirmation and vae.confidence < 0.5
    assert "/Comfy-Org/Wan_2." in vae.url and "/split_files/vae/" in vae.url  # the best ranked first
    assert "2 other repositories have the same file (same SHA-256)" in vae.evidence  # Wan 2.1, 2.2, JoyAI
    assert "someuser/wan_2.1_vae-backup/wan_2.1_vae.safetensors" in vae.evidence
    assert "Check which one the workflow means" in vae.evidence
    assert "mirror-bot" not in (vae.url + vae.evidence)  # a renamed copy is not a file of that name
    lone = await clients.resolve("t5xxl_fp8.safetensors", "text_encoders")
    assert lone.resolved and lone.needs_confirmation and "anon/t5xxl-mirror" in lone.url
    assert "Nothing says this repository is the model's home" in lone.evidence
    generic = await clients.resolve("diffusion_pytorch_model.safetensors", "controlnet", "ControlNetLoader")
    assert not generic.resolved or generic.needs_confirmation


async def test_a_gated_repository_gives_the_page_to_accept_its_terms(world, fake_services):
    blocked = await world().resolve("sd3_medium.safetensors", "checkpoints", "CheckpointLoaderSimple")
    assert not blocked.resolved and blocked.needs_key
    repo = "stabilityai/stable-diffusion-3-medium"
    assert blocked.reason.startswith(
        f"sd3_medium.safetensors is in the gated Hugging Face repository {repo}: "
        f"accept its terms at https://huggingface.co/{repo}, then add a Hugging Face token in Settings"
    )
    granted = await world(hf_token=HF_TOKEN).resolve("sd3_medium.safetensors", "checkpoints", "CheckpointLoaderSimple")
    assert granted.resolved and not granted.needs_confirmation and COMMIT_PIN.search(granted.url)
    assert granted.sha256 == fake_services.hf.get(repo).files["sd3_medium.safetensors"].sha256()


async def test_a_second_lookup_asks_the_hub_nothing_and_one_lookup_is_bounded(world, fake_services):
    clients = world()
    first = await clients.resolve("clip_l.safetensors", "text_encoders")
    asked = len(hf_requests(fake_services))
    assert first.resolved and not first.needs_confirmation
    assert 0 < asked <= len(search_words("clip_l.safetensors", MAX_SEARCHES)) + len(TRUSTED_ORGS) + MAX_TREES
    again = await clients.resolve("clip_l.safetensors", "text_encoders")
    assert again.url == first.url and len(hf_requests(fake_services)) == asked


async def test_hugging_face_by_name_comes_before_civitai_which_stays_unsure_on_a_near_name(world, fake_services):
    fake_services.catalog.add_version(
        model_name="Clip L mirror", model_type="TextualInversion", files=[{"name": "clip_l.safetensors"}]
    )
    clients = world()
    resource = await clients.resolve("clip_l.safetensors", "text_encoders")
    assert resource.evidence.startswith("Hugging Face search:") and not resource.needs_confirmation
    fake_services.catalog.add_version(model_name="Moonlit Ink", files=[{"name": "moonlit_ink_v2.safetensors"}])
    near = await clients.resolve("moonlit_ink.safetensors", "loras", "LoraLoader")
    assert near.resolved and near.needs_confirmation and "Hugging Face's search for" in near.evidence
