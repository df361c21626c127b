"""The resolution chain for a model a workflow needs, against the fakes with the real clients.

Link, then hash, then name, then a linked Hugging Face repository; every answer placed where the
workflow's loader looks, under the name the workflow writes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.model_folders import ModelFolders
from civitai_sidebar.civitai_utils.retry import RetryPolicy
from civitai_sidebar.civitai_utils.settings import api_bases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.shapes.route_schemas import DownloadableFile
from civitai_sidebar.pipeline.shapes.workflow_models import ModelReference
from civitai_sidebar.pipeline.sources.civitai_links import CivitaiLink, parse_civitai_url
from civitai_sidebar.pipeline.sources.resolution_chain import kind_of_folder, resolve_missing, resolve_missing_all

HF_TOKEN = "test-hf-token"
CIVITAI_KEY = "test-civitai-key"
GATED = "black-forest-labs/FLUX.1-dev"
UNKNOWN_SHA = "ab" * 32
WILD = Path(__file__).parent / "wild"


class Clients:
    def __init__(self, http: OutboundHttp, civitai: CivitaiClient, hf: HuggingFaceClient):
        self.http, self.civitai, self.hf = http, civitai, hf

    async def resolve(self, ref: ModelReference):
        return await resolve_missing(ref, self.civitai, self.hf)


@pytest.fixture
async def make_clients(fake_services):
    made: list[OutboundHttp] = []

    def make(hf_token: str | None = None, civitai_key: str | None = None) -> Clients:
        bases = api_bases(fake_services.env())  # the fake's storage and CDN are the local origins downloads reach
        environ = {"HF_TOKEN": hf_token} if hf_token else {}
        if civitai_key:
            environ["CIVITAI_API_KEY"] = civitai_key
        http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ=environ))
        made.append(http)
        retry = RetryPolicy(attempts=2, base_delay=0.01)
        return Clients(
            http, CivitaiClient(http, bases.civitai, retry), HuggingFaceClient(http, bases.huggingface, retry)
        )

    yield make
    for http in made:
        await http.close()


def ref(name: str, folder: str | None = "checkpoints", **fields) -> ModelReference:
    node_type = {"loras": "LoraLoader", "vae": "VAELoader"}.get(folder or "", "CheckpointLoaderSimple")
    return ModelReference(name=name, folder=folder, node_id="4", node_type=node_type, **fields)


def civitai_requests(fake_services, path: str) -> list:
    return fake_services.requests.entries(server="civitai", path_prefix=path)


# -- a. the workflow's own link ---------------------------------------------------------------------


async def test_a_hugging_face_link_gives_size_and_sha256_under_the_workflows_name(
    make_clients, fake_services, tmp_path
):
    added = fake_services.hf.add_file("acme/vaes", "vae/pretty_vae_fp16.safetensors", size=200_000)
    hf = fake_services.urls.hf_endpoint
    link = f"{hf}/acme/vaes/resolve/main/vae/pretty_vae_fp16.safetensors"
    resource = await make_clients().resolve(ref("SDXL\\my vae.safetensors", "vae", url=link))
    assert resource.resolved and not resource.needs_confirmation and resource.confidence == 1.0
    assert resource.url == link and resource.size == 200_000 and resource.sha256 == added.sha256()
    assert resource.evidence.startswith("The workflow's own link")
    # Saved where VAELoader looks, under the name the workflow loads, and the evidence says so.
    assert (resource.folder, resource.subfolder, resource.filename) == ("vae", "SDXL", "my vae.safetensors")
    assert "Saved as my vae.safetensors" in resource.evidence and "pretty_vae_fp16.safetensors" in resource.evidence
    folders = ModelFolders({"vae": ([str(tmp_path / "models" / "vae")], {".safetensors"})})
    request = DownloadableFile.model_validate(resource.model_dump())  # what /civitai/download takes
    target = folders.resolve(request.folder, request.filename, request.subfolder)
    assert target.path == tmp_path / "models" / "vae" / "SDXL" / "my vae.safetensors"
    assert fake_services.requests.entries(server="civitai") == []  # a sure link needs nothing else


async def test_a_blob_link_on_huggingface_co_is_asked_at_the_configured_endpoint(make_clients, fake_services):
    added = fake_services.hf.add_file("acme/vaes", "ae.safetensors", size=70_000)
    link = "https://huggingface.co/acme/vaes/blob/main/ae.safetensors"
    resource = await make_clients().resolve(ref("ae.safetensors", "vae", url=link))
    assert resource.resolved and resource.sha256 == added.sha256()
    assert resource.url == f"{fake_services.urls.hf_endpoint}/acme/vaes/resolve/main/ae.safetensors"
    assert "Saved as" not in resource.evidence  # same name: nothing to explain
    [head] = fake_services.requests.entries(server="hf")
    assert (head.method, head.path) == ("HEAD", "/acme/vaes/resolve/main/ae.safetensors")


async def test_a_gated_link_without_token_says_so_and_with_token_resolves(make_clients, fake_services):
    link = f"https://huggingface.co/{GATED}/resolve/main/ae.safetensors"
    blocked = await make_clients().resolve(ref("flux_dev_ae.safetensors", "vae", url=link))
    assert not blocked.resolved and blocked.needs_key
    assert blocked.reason.startswith(f"{GATED} is a gated Hugging Face repository: accept its terms at")
    assert "Also tried: Hugging Face's search" in blocked.reason  # the other steps still ran
    assert "Civitai's search" in blocked.reason
    assert blocked.url.endswith(f"/{GATED}/resolve/main/ae.safetensors")
    granted = await make_clients(hf_token=HF_TOKEN).resolve(ref("flux_dev_ae.safetensors", "vae", url=link))
    assert granted.resolved and not granted.needs_key and granted.sha256 and granted.confidence == 1.0


async def test_a_missing_hugging_face_file_falls_through_and_is_named_in_the_reason(make_clients, fake_services):
    link = "https://huggingface.co/stabilityai/sdxl-vae/resolve/main/gone_vae_q7.safetensors"
    resource = await make_clients().resolve(ref("gone_vae_q7.safetensors", "vae", url=link))
    assert not resource.resolved and not resource.needs_key
    assert "no file gone_vae_q7.safetensors in stabilityai/sdxl-vae (404)" in resource.reason
    assert "Civitai's search for a vae named" in resource.reason


async def test_a_civitai_download_link_without_query_takes_the_primary_file(make_clients, fake_services):
    version = fake_services.catalog.add_version(
        model_name="Quartz Mix",
        model_type="Checkpoint",
        files=[
            {"name": "quartzMix_v10.safetensors"},
            {"name": "quartzMix_v10_pruned.ckpt", "type": "Pruned Model", "format": "PickleTensor"},
        ],
    )
    link = f"https://civitai.com/api/download/models/{version.id}"
    resource = await make_clients().resolve(ref("quartz.safetensors", url=link))
    primary = version.primary_file
    assert resource.resolved and resource.confidence == 1.0 and resource.model_version_id == version.id
    assert resource.sha256 == primary.hashes().sha256.lower() and resource.size == primary.size
    base = fake_services.urls.civitai_api_base
    assert resource.url == f"{base}/api/download/models/{version.id}?fileId={primary.id}"  # exactly that file
    assert resource.filename == "quartz.safetensors" and "the source calls it quartzMix_v10.safetensors" in (
        resource.evidence
    )
    assert resource.kind == "checkpoint" and not resource.needs_key


async def test_a_civitai_download_link_with_a_query_takes_that_file(make_clients, fake_services):
    version = fake_services.catalog.add_version(
        model_name="Quartz Mix",
        model_type="Checkpoint",
        files=[
            {"name": "quartzMix_v10.safetensors"},
            {"name": "quartzMix_v10_pruned.ckpt", "type": "Pruned Model", "format": "PickleTensor"},
        ],
        require_auth=True,
    )
    pruned = next(f for f in version.files if f.type == "Pruned Model")
    base = fake_services.urls.civitai_api_base
    link = f"{base}/api/download/models/{version.id}?type=Pruned%20Model&format=PickleTensor"
    resource = await make_clients().resolve(ref("quartzMix_v10_pruned.ckpt", url=link))
    assert resource.resolved and resource.sha256 == pruned.hashes().sha256.lower()
    assert resource.url == f"{base}/api/download/models/{version.id}?fileId={pruned.id}"
    assert resource.needs_key  # the version needs a login and no key is configured
    by_id = await make_clients().resolve(
        ref("x.ckpt", url=f"{base}/api/download/models/{version.id}?fileId={pruned.id}")
    )
    assert by_id.sha256 == pruned.hashes().sha256.lower()


def test_civitai_links_and_airs_name_a_version():
    assert parse_civitai_url("https://civitai.com/api/download/models/12?type=Model&format=SafeTensor&token=s") == (
        CivitaiLink(12, file_type="Model", format="SafeTensor")
    )
    assert parse_civitai_url("https://civitai.com/models/5/some-name?modelVersionId=77") == CivitaiLink(77)
    assert parse_civitai_url("urn:air:sdxl:checkpoint:civitai:827184@2514310+2402203") == CivitaiLink(2514310, 2402203)
    assert parse_civitai_url("https://civitai.com/models/5") is None
    for site in ("civitai.red", "www.civitai.red", "civitai.green", "www.civitai.green", "www.civitai.com"):
        assert parse_civitai_url(f"https://{site}/api/download/models/12?fileId=3") == CivitaiLink(12, file_id=3)
        assert parse_civitai_url(f"https://{site}/models/5?modelVersionId=77") == CivitaiLink(77)
    assert parse_civitai_url("https://civitai.red.example/api/download/models/12") is None
    assert parse_civitai_url("https://image.civitai.com/api/download/models/12") is None
    assert parse_civitai_url("https://example.com/api/download/models/12") is None
    assert kind_of_folder("upscale_models") == "upscaler" and kind_of_folder("unet") == "diffusion_model"


async def test_a_link_to_another_host_is_not_followed(make_clients, fake_services):
    link = "https://example.com/files/strange_thing_q4.safetensors"
    resource = await make_clients().resolve(ref("strange_thing_q4.safetensors", "loras", url=link))
    assert not resource.resolved
    assert "points to example.com, which is neither Civitai nor Hugging Face; it was not followed" in resource.reason
    # Hugging Face is only searched by name (repository search and listings), never asked for the link's file.
    assert all(entry.path.startswith("/api/models") for entry in fake_services.requests.entries(server="hf"))


async def test_a_link_for_a_loader_no_rule_knows_is_kept_but_not_placed(make_clients, fake_services):
    link = "https://huggingface.co/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors"
    resource = await make_clients().resolve(
        ModelReference(name="odd.safetensors", folder=None, node_id="9", node_type="SomeCustomLoader", url=link)
    )
    assert not resource.resolved and resource.url.endswith("/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors")
    assert resource.reason.startswith("No rule says which models folder SomeCustomLoader reads")


# -- b. the workflow's hash -------------------------------------------------------------------------


async def test_a_known_sha256_resolves_on_civitai(make_clients, fake_services):
    version = fake_services.catalog.add_version(model_name="Velvet Lines", files=[{"name": "velvetLines.safetensors"}])
    sha = version.primary_file.hashes().sha256
    resource = await make_clients().resolve(
        ref("styles/velvet.safetensors", "loras", hash=sha.lower(), hash_type="SHA256")
    )
    assert resource.resolved and resource.confidence == 1.0 and not resource.needs_confirmation
    assert resource.model_version_id == version.id and resource.sha256 == sha.lower()
    assert resource.evidence.startswith("Civitai knows the workflow's SHA256 hash")
    assert (resource.folder, resource.subfolder, resource.filename) == ("loras", "styles", "velvet.safetensors")
    assert civitai_requests(fake_services, "/api/v1/models?") == []  # no name search needed


async def test_an_unknown_hash_falls_through_to_the_name_and_says_so(make_clients, fake_services):
    fake_services.catalog.add_version(model_name="Velvet Lines", files=[{"name": "velvetLines.safetensors"}])
    resource = await make_clients().resolve(
        ref("velvetLines.safetensors", "loras", hash=UNKNOWN_SHA, hash_type="SHA256")
    )
    # Found by its exact name, but its SHA-256 is not the one the workflow records: offered, never taken unasked.
    assert resource.resolved and resource.needs_confirmation and resource.confidence == 0.5
    assert "Civitai knows no file with the workflow's SHA256 hash" in resource.evidence
    assert "differs from the hash the workflow records" in resource.evidence


# -- c. the name ------------------------------------------------------------------------------------


async def test_an_exact_file_name_is_certain_and_a_near_one_needs_confirmation(make_clients, fake_services):
    version = fake_services.catalog.add_version(
        model_name="Quokka Glow", files=[{"name": "quokka_glow_v2.safetensors"}]
    )
    exact = await make_clients().resolve(ref("quokka_glow_v2.safetensors", "loras"))
    assert exact.resolved and not exact.needs_confirmation and exact.confidence == 1.0
    assert exact.model_version_id == version.id and "exactly this name" in exact.evidence
    near = await make_clients().resolve(ref("quokka_glow.safetensors", "loras"))
    assert near.resolved and near.needs_confirmation and near.confidence < 0.9
    assert near.filename == "quokka_glow.safetensors" and near.model_version_id == version.id


async def test_the_name_search_keeps_to_the_type_the_folder_implies(make_clients, fake_services):
    fake_services.catalog.add_version(
        model_name="Ocelot Base", model_type="Checkpoint", files=[{"name": "ocelot_base.safetensors"}]
    )
    as_lora = await make_clients().resolve(ref("ocelot_base.safetensors", "loras"))
    assert not as_lora.resolved
    [search] = civitai_requests(fake_services, "/api/v1/models?")[:1]
    assert "types=LORA" in search.path_qs
    assert (await make_clients().resolve(ref("ocelot_base.safetensors"))).resolved


async def test_a_file_in_another_format_is_only_offered_and_the_same_format_preferred(make_clients, fake_services):
    fake_services.catalog.add_version(model_name="Mole Mix", model_type="Checkpoint", files=[{"name": "moleMix.ckpt"}])
    other_format = await make_clients().resolve(ref("moleMix.safetensors"))
    assert other_format.resolved and other_format.needs_confirmation
    assert "it is a .ckpt file and the workflow loads a .safetensors" in other_format.evidence
    fake_services.catalog.add_version(
        model_name="Vole Mix",
        model_type="Checkpoint",
        files=[{"name": "voleMix.ckpt", "primary": True}, {"name": "voleMix.safetensors", "type": "Pruned Model"}],
    )
    same_format = await make_clients().resolve(ref("voleMix.safetensors"))
    assert same_format.resolved and not same_format.needs_confirmation
    assert "voleMix.safetensors has exactly this name" in same_format.evidence


# -- d. a linked repository, and nothing at all ----------------------------------------------------


async def test_a_linked_repository_with_the_exact_file_name_resolves(make_clients, fake_services):
    added = fake_services.hf.add_file("acme/rare-vae", "vae/rarevae_q9.safetensors", size=90_000)
    link = "https://huggingface.co/acme/rare-vae/tree/main/vae"
    resource = await make_clients().resolve(ref("rarevae_q9.safetensors", "vae", url=link))
    assert resource.resolved and resource.confidence == 0.95 and resource.sha256 == added.sha256()
    assert "repository acme/rare-vae, which has a file named exactly vae/rarevae_q9.safetensors" in resource.evidence
    assert "Civitai's search" in resource.evidence  # the name search came first and found nothing


async def test_nothing_found_lists_every_attempt(make_clients, fake_services):
    resource = await make_clients().resolve(
        ref("nowhere_to_be_found_zq.safetensors", "loras", url="https://huggingface.co/acme/empty", hash="1234567890")
    )
    assert not resource.resolved and resource.url is None
    assert resource.reason.startswith("No download source found for loras/nowhere_to_be_found_zq.safetensors.")
    for attempt in ("AutoV2 hash 1234567890", "Civitai's search for a lora named", "repository acme/empty"):
        assert attempt in resource.reason
    assert (resource.folder, resource.filename) == ("loras", "nowhere_to_be_found_zq.safetensors")


async def test_many_references_are_answered_in_order(make_clients, fake_services):
    fake_services.catalog.add_version(model_name="Quokka Glow", files=[{"name": "quokka_glow_v2.safetensors"}])
    clients = make_clients()
    refs = [ref("nowhere_to_be_found_zq.safetensors", "loras"), ref("quokka_glow_v2.safetensors", "loras")]
    answers = await resolve_missing_all(refs, clients.civitai, clients.hf)
    assert [a.resolved for a in answers] == [False, True] and answers[1].filename == "quokka_glow_v2.safetensors"


async def test_a_name_that_cannot_be_a_file_is_refused_before_asking_anyone(make_clients, fake_services):
    resource = await make_clients().resolve(ref("..\\..\\evil.safetensors", "loras"))
    assert not resource.resolved and "cannot be saved as a model file" in resource.reason
    assert len(fake_services.requests) == 0


async def test_a_link_whose_file_differs_from_the_hash_gives_way_to_the_hash(make_clients, fake_services):
    fake_services.hf.add_file("acme/vaes", "other.safetensors", size=50_000)
    version = fake_services.catalog.add_version(
        model_name="Heron VAE", model_type="VAE", files=[{"name": "heron.safetensors", "type": "VAE"}]
    )
    sha = version.primary_file.hashes().sha256
    link = "https://huggingface.co/acme/vaes/resolve/main/other.safetensors"
    resource = await make_clients().resolve(ref("heron.safetensors", "vae", url=link, hash=sha, hash_type="SHA256"))
    assert resource.resolved and resource.model_version_id == version.id and not resource.needs_confirmation
    assert "differs from the workflow's hash" in resource.evidence


# -- keys ------------------------------------------------------------------------------------------


async def test_each_key_goes_only_to_its_own_api_never_to_the_cdn_or_storage(make_clients, fake_services):
    clients = make_clients(hf_token=HF_TOKEN, civitai_key=CIVITAI_KEY)
    version = fake_services.catalog.add_version(model_name="Lynx Ink", files=[{"name": "lynx_ink.safetensors"}])
    from_hf = await clients.resolve(
        ref("flux_ae.safetensors", "vae", url=f"https://huggingface.co/{GATED}/resolve/main/ae.safetensors")
    )
    from_civitai = await clients.resolve(
        ref("lynx.safetensors", "loras", url=f"https://civitai.com/api/download/models/{version.id}")
    )
    for resource in (from_hf, from_civitai):  # download both the way the engine does, redirects and all
        response = await clients.http.request("GET", resource.url)
        async with response:
            assert response.status == 200
            assert hashlib.sha256(await response.read()).hexdigest() == resource.sha256
    log = fake_services.requests
    assert {e.header("Authorization") for e in log.entries(server="hf")} == {f"Bearer {HF_TOKEN}"}
    assert {e.header("Authorization") for e in log.entries(server="civitai")} == {f"Bearer {CIVITAI_KEY}"}
    assert log.entries(server="cdn") and log.entries(server="storage")
    for entry in log.entries(server="cdn") + log.entries(server="storage"):
        assert entry.header("Authorization") is None
        assert HF_TOKEN not in entry.path_qs and CIVITAI_KEY not in entry.path_qs


async def test_a_workflow_link_civitai_answers_404_to_is_downloaded_by_file_id(make_clients, fake_services, http):
    """tests/wild/item5-multifile-version-type-query-404.json: the version's own ?type=&format=&fp= link 404s."""
    seen = json.loads((WILD / "item5-multifile-version-type-query-404.json").read_text())
    version = fake_services.catalog.add_version(
        version_id=seen["version_id"],
        model_name="GonzaLomo Krea 2",
        model_type="Checkpoint",
        version_name="v2.0",
        files=seen["files"],
        file_queries_404=True,
    )
    base = fake_services.urls.civitai_api_base
    as_written = seen["workflow_link"].replace("https://civitai.com", base)
    async with http.get(as_written, allow_redirects=False) as answer:
        assert answer.status == 404  # what Civitai did
    int8 = next(f for f in version.files if f.id == 3036509)
    resource = await make_clients().resolve(
        ref("krea2_int8.safetensors", "diffusion_models", url=seen["workflow_link"])
    )
    assert resource.resolved and resource.sha256 == int8.hashes().sha256.lower()
    assert resource.url == f"{base}/api/download/models/{version.id}?fileId=3036509"
    async with http.get(resource.url, allow_redirects=False) as answer:
        assert answer.status == 307 and "Int8" in answer.headers["Location"]
