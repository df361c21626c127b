"""The Hugging Face file lookup against the fake hub: HEAD without following the CDN redirect (reference §12)."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import pytest
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.retry import RetryPolicy
from civitai_sidebar.civitai_utils.settings import ApiBases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.shapes.hf_urls import HfError, HfLocation, normalize_etag, parse_hf_url, resolve_url

TOKEN = "test-hf-token"
GATED = "black-forest-labs/FLUX.1-dev"


@pytest.fixture
async def make_hf(fake_services):
    made: list[OutboundHttp] = []

    def make(token: str | None = None, civitai_key: str | None = None) -> HuggingFaceClient:
        bases = ApiBases(fake_services.urls.civitai_api_base, fake_services.urls.hf_endpoint)
        environ = {"HF_TOKEN": token} if token else {}
        if civitai_key:
            environ["CIVITAI_API_KEY"] = civitai_key
        http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ=environ))
        made.append(http)
        return HuggingFaceClient(http, bases.huggingface, RetryPolicy(attempts=3, base_delay=0.01))

    yield make
    for http in made:
        await http.close()


def heads(fake_services, repo: str) -> list:
    return [e for e in fake_services.requests.entries(server="hf") if e.path.startswith(f"/{repo}/")]


# -- parsing links (no server) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://huggingface.co/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors?download=true",
            HfLocation("stabilityai/sdxl-vae", "model", "main", "sdxl_vae.safetensors"),
        ),
        (  # a blob page names the same file as its resolve link
            "https://huggingface.co/Comfy-Org/flux1/blob/main/split%20files/vae/ae.safetensors",
            HfLocation("Comfy-Org/flux1", "model", "main", "split files/vae/ae.safetensors"),
        ),
        ("https://hf.co/acme/w/resolve/v1.0/m.gguf", HfLocation("acme/w", "model", "v1.0", "m.gguf")),
        ("https://huggingface.co/gpt2/resolve/main/model.bin", HfLocation("gpt2", "model", "main", "model.bin")),
        (
            "https://huggingface.co/datasets/acme/data/resolve/main/x.safetensors",
            HfLocation("acme/data", "dataset", "main", "x.safetensors"),
        ),
        (
            "https://huggingface.co/spaces/acme/demo/blob/main/ckpt/y.pth",
            HfLocation("acme/demo", "space", "main", "ckpt/y.pth"),
        ),
        (
            "https://huggingface.co/acme/w/resolve/refs%2Fpr%2F1/m.safetensors",
            HfLocation("acme/w", "model", "refs/pr/1", "m.safetensors"),
        ),
        (
            "https://huggingface.co/acme/w/blob/refs/pr/12/sub/m.safetensors",
            HfLocation("acme/w", "model", "refs/pr/12", "sub/m.safetensors"),
        ),
        (
            "https://huggingface.co/acme/w/raw/main/m.safetensors",
            HfLocation("acme/w", "model", "main", "m.safetensors"),
        ),
        ("https://huggingface.co/acme/w", HfLocation("acme/w")),
        ("https://huggingface.co/acme/w/tree/main/vae", HfLocation("acme/w", "model", "main", None, "vae")),
        ("https://huggingface.co/datasets/acme/data", HfLocation("acme/data", "dataset")),
        ("https://example.com/acme/w/resolve/main/m.safetensors", None),
        ("http://huggingface.co/acme/w/resolve/main/m.safetensors", None),  # plain http is not the Hub
        ("https://huggingface.co/docs/hub/index", None),
        ("https://huggingface.co/acme/w/resolve/main/../../etc/passwd", None),
        ("https://huggingface.co/acme/w/discussions/3", None),
    ],
)
def test_links_people_paste_are_read(url, expected):
    assert parse_hf_url(url) == expected


def test_the_configured_endpoint_counts_as_the_hub_even_under_a_path():
    base = "http://127.0.0.1:9000/hf-mirror"
    assert parse_hf_url(f"{base}/acme/w/resolve/main/m.safetensors", base) == HfLocation(
        "acme/w", "model", "main", "m.safetensors"
    )
    assert parse_hf_url("http://127.0.0.1:9000/other/acme/w/resolve/main/m.safetensors", base) is None


def test_resolve_urls_quote_the_revision_whole_and_keep_the_path_slashes():
    url = resolve_url("https://huggingface.co", "acme/w", "sub dir/m.safetensors", "refs/pr/1", "dataset")
    assert url == "https://huggingface.co/datasets/acme/w/resolve/refs%2Fpr%2F1/sub%20dir/m.safetensors"
    assert normalize_etag('W/"abc"') == "abc" and normalize_etag('"abc"') == "abc" and normalize_etag(None) is None


# -- HEAD against the fake hub --------------------------------------------------------------------


async def test_an_lfs_file_reports_size_and_sha256_without_touching_the_cdn(make_hf, fake_services):
    added = fake_services.hf.add_file("acme/weights", "unet/model weights.safetensors", size=300_000)
    info = await make_hf().file_info("acme/weights", "unet/model weights.safetensors")
    assert info.size == 300_000 == added.size
    assert info.sha256 == added.sha256() and info.lfs
    assert re.fullmatch(r"[0-9a-f]{40}", info.commit)
    assert info.url == f"{fake_services.urls.hf_endpoint}/acme/weights/resolve/main/unet/model%20weights.safetensors"
    assert info.redirect_host == urlsplit(fake_services.urls.cdn).hostname
    assert info.filename == "model weights.safetensors"
    assert fake_services.requests.entries(server="cdn") == []  # the redirect is read, not followed
    [head] = heads(fake_services, "acme/weights")
    assert head.method == "HEAD" and head.header("Accept-Encoding") == "identity"


async def test_a_git_file_reports_its_length_and_blob_id_but_no_sha256(make_hf, fake_services):
    data = b'{"hidden_size": 8}\n'
    fake_services.hf.add_file("acme/weights", "config.json", data=data)
    info = await make_hf().file_info("acme/weights", "config.json")
    assert info.size == len(data) and not info.lfs
    assert info.etag == hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() and info.sha256 is None


async def test_a_relative_redirect_is_followed_once_and_the_resolve_url_kept(make_hf, fake_services):
    fake_services.config.hf_relative_redirect_small_files = True
    fake_services.hf.add_file("acme/weights", "notes.txt", data=b"hello")
    info = await make_hf().file_info("acme/weights", "notes.txt")
    assert info.size == 5 and info.url.endswith("/acme/weights/resolve/main/notes.txt")
    paths = [e.path for e in fake_services.requests.entries(server="hf")]
    assert paths[0] == "/acme/weights/resolve/main/notes.txt" and paths[1].startswith("/api/resolve-cache/")
    assert len(paths) == 2


async def test_revisions_are_sent_quoted_and_datasets_prefixed(make_hf, fake_services):
    repo = fake_services.hf.add_repo("acme/data", repo_type="dataset")
    fake_services.hf.add_file("acme/data", "x.safetensors", size=1000, repo_type="dataset")
    repo.branches["refs/pr/1"] = "1" * 40
    info = await make_hf().file_info("acme/data", "x.safetensors", "refs/pr/1", repo_type="dataset")
    assert info.commit == "1" * 40 and info.revision == "refs/pr/1"
    [head] = fake_services.requests.entries(server="hf")
    assert head.path == "/datasets/acme/data/resolve/refs%2Fpr%2F1/x.safetensors"


async def test_a_gated_repo_without_token_says_where_to_accept_the_terms(make_hf, fake_services):
    with pytest.raises(HfError) as refused:
        await make_hf().file_info(GATED, "ae.safetensors")
    assert (refused.value.status, refused.value.code, refused.value.needs_token) == (401, "GatedRepo", True)
    assert f"accept its terms at https://huggingface.co/{GATED}" in str(refused.value)
    assert "token" in str(refused.value)


async def test_a_gated_repo_with_a_granted_token_answers_and_the_token_stays_on_the_hub(make_hf, fake_services):
    info = await make_hf(token=TOKEN, civitai_key="test-civitai-key").file_info(GATED, "ae.safetensors")
    assert info.sha256 and info.size
    [head] = heads(fake_services, GATED)
    assert head.header("Authorization") == f"Bearer {TOKEN}"
    assert all("test-civitai-key" not in str(e.headers) for e in fake_services.requests.entries(server="hf"))


async def test_a_token_not_yet_approved_is_told_to_request_access(make_hf, fake_services):
    fake_services.hf.add_repo(GATED, gated=True, approved_tokens=set())
    with pytest.raises(HfError) as refused:
        await make_hf(token=TOKEN).file_info(GATED, "ae.safetensors")
    assert (refused.value.status, refused.value.code, refused.value.needs_token) == (403, "GatedRepo", False)
    assert f"request access at https://huggingface.co/{GATED}" in str(refused.value)


async def test_missing_files_revisions_and_repos_are_sentences(make_hf, fake_services):
    client = make_hf()
    with pytest.raises(HfError, match=r"no file vae/nothing\.safetensors in stabilityai/sdxl-vae \(404\)") as missing:
        await client.file_info("stabilityai/sdxl-vae", "vae/nothing.safetensors")
    assert (missing.value.status, missing.value.code) == (404, "EntryNotFound")
    with pytest.raises(HfError, match="no revision 'v9' of stabilityai/sdxl-vae") as revision:
        await client.file_info("stabilityai/sdxl-vae", "sdxl_vae.safetensors", "v9")
    assert revision.value.code == "RevisionNotFound"
    with pytest.raises(HfError, match="private or missing") as repo:
        await client.file_info("nobody/nothing", "x.safetensors")
    assert (repo.value.status, repo.value.code) == (401, "RepoNotFound")
    with pytest.raises(HfError, match=r"no repository nobody/nothing \(404\)"):
        await make_hf(token=TOKEN).file_info("nobody/nothing", "x.safetensors")


async def test_answers_and_refusals_are_cached_per_token(make_hf, fake_services):
    client = make_hf()
    await client.file_info("stabilityai/sdxl-vae", "sdxl_vae.safetensors")
    await client.file_info("stabilityai/sdxl-vae", "sdxl_vae.safetensors")
    assert len(heads(fake_services, "stabilityai/sdxl-vae")) == 1
    for _ in range(2):
        with pytest.raises(HfError):
            await client.file_info(GATED, "ae.safetensors")
    assert len(heads(fake_services, GATED)) == 1
    client.http.keys = KeyStore(None, environ={"HF_TOKEN": TOKEN})  # a token added since: asked again
    assert (await client.file_info(GATED, "ae.safetensors")).sha256
    assert len(heads(fake_services, GATED)) == 2


async def test_transient_failures_are_retried_and_not_cached(make_hf, fake_services):
    fake_services.faults.fail_next("hf", 503, times=1, retry_after=0)
    assert (await make_hf().file_info("stabilityai/sdxl-vae", "sdxl_vae.safetensors")).size
    assert len(heads(fake_services, "stabilityai/sdxl-vae")) == 2
    fake_services.faults.fail_next("hf", 502, times=None, retry_after=0)
    client = make_hf()
    with pytest.raises(HfError, match="HTTP 502") as failed:
        await client.file_info("stabilityai/sdxl-vae", "config.json")
    assert failed.value.status == 502
    fake_services.faults.clear()
    assert (await client.file_info("stabilityai/sdxl-vae", "config.json")).size
