"""Files already on this machine and the catalogs ComfyUI ships, in the resolution chain (real clients, fakes).

The same bytes under another name are used, not downloaded again; a precision variant is only offered; a
catalog's link is resolved by the host it names, and only an exact name in the loader's folder is confident.
"""

from __future__ import annotations

import json
import os

import pytest
from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient
from civitai_sidebar.civitai_utils.hash_cache import HashCache
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.local_lookup import ThreadedLocalLookup
from civitai_sidebar.civitai_utils.local_models import LocalModels
from civitai_sidebar.civitai_utils.model_catalogs import ModelCatalogs
from civitai_sidebar.civitai_utils.model_folders import ModelFolders
from civitai_sidebar.civitai_utils.retry import RetryPolicy
from civitai_sidebar.civitai_utils.settings import api_bases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.shapes.workflow_models import ModelReference
from civitai_sidebar.pipeline.sources.precision_variants import variants
from civitai_sidebar.pipeline.sources.resolution_chain import resolve_missing

EXTENSIONS = {".safetensors", ".gguf", ".pt", ".pth"}


@pytest.fixture
async def clients(fake_services):
    bases = api_bases(fake_services.env())
    http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={}))
    retry = RetryPolicy(attempts=2, base_delay=0.01)
    yield CivitaiClient(http, bases.civitai, retry), HuggingFaceClient(http, bases.huggingface, retry)
    await http.close()


@pytest.fixture
def machine(tmp_path):
    """A models/ tree with vae, loras and diffusion_models, a hash cache, and a custom_nodes folder."""
    table = {name: ([str(tmp_path / "models" / name)], EXTENSIONS) for name in ("vae", "loras", "diffusion_models")}
    for name in table:
        (tmp_path / "models" / name).mkdir(parents=True)
    models = LocalModels(ModelFolders(table), HashCache(tmp_path / "private"))
    return tmp_path, models, ThreadedLocalLookup(models)


def ref(name: str, folder: str, **fields) -> ModelReference:
    node_type = {"loras": "LoraLoader", "vae": "VAELoader"}.get(folder, "UNETLoader")
    return ModelReference(name=name, folder=folder, node_id="7", node_type=node_type, **fields)


async def test_the_same_bytes_under_another_name_are_used_instead_of_a_download(clients, fake_services, machine):
    root, _, local = machine
    data = b"relinked vae weights " * 4096
    fake_services.hf.add_file("acme/relink", "relink-vae.safetensors", data=data)
    (root / "models" / "vae" / "old").mkdir()
    (root / "models" / "vae" / "old" / "my copy.safetensors").write_bytes(data)
    (root / "models" / "vae" / "same-size-other.safetensors").write_bytes(b"x" * len(data))
    link = "https://huggingface.co/acme/relink/resolve/main/relink-vae.safetensors"
    answer = await resolve_missing(ref("relink-vae.safetensors", "vae", url=link), *clients, local=local)
    assert answer.resolved and not answer.needs_confirmation and answer.confidence == 1.0
    assert answer.already_downloaded and answer.local_path == "old/my copy.safetensors"
    assert answer.evidence.startswith("Already on this machine: vae/old/my copy.safetensors has the same SHA-256")
    assert '"Use this file"' in answer.evidence


async def test_a_workflow_hash_already_cached_needs_no_source_at_all(clients, fake_services, machine):
    root, models, local = machine
    data = b"cached lora " * 1000
    path = root / "models" / "loras" / "styles" / "renamed-style.safetensors"
    path.parent.mkdir()
    path.write_bytes(data)
    sha = models.hashes.sha256(path)  # as an earlier lookup left it in the cache
    answer = await resolve_missing(ref("original-style.safetensors", "loras", hash=sha), *clients, local=local)
    assert answer.resolved and answer.already_downloaded and answer.local_path == "styles/renamed-style.safetensors"
    assert "has the SHA-256 the workflow records" in answer.evidence
    assert fake_services.requests.entries(server="civitai") == []  # nothing asked: the file is here


async def test_a_file_in_another_folder_with_the_same_bytes_is_pointed_at_not_relinked(clients, fake_services, machine):
    root, _, local = machine
    data = b"a unet in the wrong place " * 2000
    fake_services.hf.add_file("acme/unets", "placed-unet.safetensors", data=data)
    (root / "models" / "loras" / "stray.safetensors").write_bytes(data)
    link = "https://huggingface.co/acme/unets/resolve/main/placed-unet.safetensors"
    answer = await resolve_missing(ref("placed-unet.safetensors", "diffusion_models", url=link), *clients, local=local)
    assert answer.resolved and not answer.already_downloaded and answer.local_path is None
    assert "It sits in loras/ and this loader reads diffusion_models/: move or link it there." in answer.evidence


async def test_a_precision_variant_is_offered_never_taken(clients, fake_services, machine):
    root, _, local = machine
    (root / "models" / "diffusion_models" / "flux1-dev-fp8_e4m3fn.safetensors").write_bytes(b"w")
    (root / "models" / "diffusion_models" / "flux1-schnell.safetensors").write_bytes(b"w")
    answer = await resolve_missing(ref("flux1-dev.safetensors", "diffusion_models"), *clients, local=local)
    assert answer.needs_confirmation and answer.confidence < 0.5
    assert answer.local_path == "flux1-dev-fp8_e4m3fn.safetensors"
    assert "another precision or format of the same model" in answer.evidence


def test_variant_names_cover_the_usual_tags_and_not_other_models():
    listed = ["umt5_xxl_fp16.safetensors", "sub/umt5_xxl-Q8_0.gguf", "umt5_xl.safetensors", "umt5_xxl.pt"]
    assert variants("umt5_xxl_fp8_e4m3fn_scaled.safetensors", listed) == listed[:2] + ["umt5_xxl.pt"]
    assert variants("clip_l.safetensors", ["clip_g.safetensors", "clip_l.safetensors"]) == []


def manager_list(root, models: list[dict], recheck_seconds: float = 30.0) -> ModelCatalogs:
    folder = root / "custom_nodes" / "ComfyUI-Manager"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model-list.json").write_text(json.dumps({"models": models}))
    return ModelCatalogs(lambda: [str(root / "custom_nodes")], recheck_seconds)


async def test_a_manager_catalog_link_is_resolved_by_hugging_face_and_says_where_it_came_from(
    clients, fake_services, machine
):
    root, _, local = machine
    added = fake_services.hf.add_file("acme/cat", "split_files/vae/catalog_vae.safetensors", size=90_000)
    link = "https://huggingface.co/acme/cat/resolve/main/split_files/vae/catalog_vae.safetensors"
    entry = {"name": "Catalog VAE", "type": "VAE", "save_path": "default", "filename": "catalog_vae.safetensors"}
    catalogs = manager_list(root, [{**entry, "url": link}])
    answer = await resolve_missing(ref("catalog_vae.safetensors", "vae"), *clients, catalog=catalogs, local=local)
    assert answer.resolved and not answer.needs_confirmation and answer.confidence == 0.95
    assert answer.sha256 == added.sha256() and answer.size == 90_000
    assert answer.evidence.startswith("From ComfyUI-Manager's model list (Catalog VAE): it lists catalog_vae")
    assert fake_services.requests.entries(server="civitai") == []  # a catalog hit comes before a name search
    # The same name listed for another folder is only offered.
    other = await resolve_missing(ref("catalog_vae.safetensors", "loras"), *clients, catalog=catalogs)
    assert other.needs_confirmation and "for vae/, not loras/" in other.evidence


async def test_the_catalog_index_is_rebuilt_when_the_manager_list_changes(machine):
    root = machine[0]
    catalogs = manager_list(root, [{"filename": "a.safetensors", "url": "https://x/a", "type": "lora"}], 0.0)
    assert [e.folder for e in await catalogs.entries("a.safetensors")] == ["loras"]
    path = root / "custom_nodes" / "ComfyUI-Manager" / "model-list.json"
    path.write_text(json.dumps({"models": [{"filename": "b.pt", "url": "https://x/b", "save_path": "vae/sd"}]}))
    os.utime(path, ns=(1, 1))
    assert await catalogs.entries("a.safetensors") == []
    [entry] = await catalogs.entries("b.pt")
    assert (entry.folder, entry.name) == ("vae", "sd/b.pt")


async def test_a_catalog_link_to_an_unknown_host_is_not_followed(clients, fake_services, machine):
    root = machine[0]
    catalogs = manager_list(
        root, [{"filename": "x_gfpgan.pth", "url": "https://github.com/x/y/raw/x_gfpgan.pth", "type": "upscale"}]
    )
    answer = await resolve_missing(ref("x_gfpgan.pth", "upscale_models"), *clients, catalog=catalogs)
    assert not answer.resolved and "a host this pack does not follow" in answer.reason


async def test_catalogs_that_link_different_files_under_one_name_are_only_offered(clients, fake_services, machine):
    root = machine[0]
    fake_services.hf.add_file("acme/one", "twin_vae.safetensors", data=b"one" * 1000)
    fake_services.hf.add_file("acme/two", "twin_vae.safetensors", data=b"two" * 1000)
    entry = {"type": "VAE", "save_path": "default", "filename": "twin_vae.safetensors"}
    catalogs = manager_list(
        root,
        [
            {**entry, "name": "One", "url": "https://huggingface.co/acme/one/resolve/main/twin_vae.safetensors"},
            {**entry, "name": "Two", "url": "https://huggingface.co/acme/two/resolve/main/twin_vae.safetensors"},
        ],
    )
    answer = await resolve_missing(ref("twin_vae.safetensors", "vae"), *clients, catalog=catalogs)
    assert answer.needs_confirmation and answer.confidence == 0.5
    assert "the catalogs link 2 different files of this name" in answer.evidence
