"""The lock's rules, with the real Civitai and Hugging Face clients against the fake: a guess by name is never locked,
a link that serves another file is not made a source, `main` becomes a commit; and verify's verdicts."""

from __future__ import annotations

import hashlib
import re

import pytest
from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient
from civitai_sidebar.civitai_utils.http_client import OutboundHttp
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.settings import ApiBases
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy
from civitai_sidebar.pipeline.locks.build import OnDisk, ToFind, build_lock
from civitai_sidebar.pipeline.locks.verify import check_model
from civitai_sidebar.pipeline.shapes.image_generation import ResolvedResource
from civitai_sidebar.pipeline.shapes.lock_file import LockedModel
from civitai_sidebar.pipeline.shapes.seen_files import SeenFile

from tests.downloads_helpers import MiB


@pytest.fixture
async def clients(fake_services):
    bases = ApiBases(fake_services.urls.civitai_api_base, fake_services.urls.hf_endpoint)
    http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={}))
    yield CivitaiClient(http, bases.civitai), HuggingFaceClient(http, bases.huggingface)
    await http.close()


def resource(**fields) -> ResolvedResource:
    return ResolvedResource.model_validate({"folder": "loras", "kind": "lora", "name": "x", **fields})


@pytest.mark.asyncio
async def test_a_guess_by_name_is_never_locked_even_with_a_hash(clients):
    guess = resource(url="https://example.com/x.safetensors", filename="x.safetensors", sha256="a" * 64, size=10,
                     needs_confirmation=True)  # fmt: skip
    build = await build_lock([], [ToFind("loras", "x.safetensors", guess)], *clients)
    assert build.lock.models == [] and not build.complete
    [unpinned] = build.lock.unpinned
    assert "guess by name" in unpinned.reason


@pytest.mark.asyncio
async def test_a_source_without_a_sha256_is_not_locked_and_a_plain_url_with_one_is(clients):
    unknown = resource(url="https://example.com/a.safetensors", filename="a.safetensors", size=10)
    known = resource(url="https://example.com/b.safetensors", filename="b.safetensors", sha256="B" * 64, size=10)
    build = await build_lock(
        [], [ToFind("loras", "a.safetensors", unknown), ToFind("loras", "b.safetensors", known)], *clients
    )
    assert [(m.name, m.reason.split(":")[0]) for m in build.lock.unpinned] == [
        ("a.safetensors", "no source gives its SHA-256")
    ]
    [locked] = build.lock.models
    assert (locked.sha256, [s.model_dump() for s in locked.sources]) == (
        "b" * 64, [{"kind": "url", "url": "https://example.com/b.safetensors"}]
    )  # fmt: skip


@pytest.mark.asyncio
async def test_a_workflow_link_serving_another_file_is_no_source_of_the_file_on_disk(clients, fake_services):
    served = fake_services.hf.add_file("acme/other", "model.safetensors", size=MiB)
    link = f"{fake_services.urls.hf_endpoint}/acme/other/resolve/main/model.safetensors"
    mine = OnDisk("loras", "model.safetensors", hashlib.sha256(b"mine").hexdigest(), 4, link=link)
    same = OnDisk("vae", "model.safetensors", served.sha256(), MiB, link=link)
    build = await build_lock([mine, same], [], *clients)
    by_folder = {m.folder: m for m in build.lock.models}
    assert by_folder["loras"].sources == [] and build.without_source == ["loras/model.safetensors"]
    assert any("serves another file" in note for note in build.notes)
    [source] = by_folder["vae"].sources
    assert source.repo == "acme/other" and re.fullmatch(r"[0-9a-f]{40}", source.revision)


def test_verify_reads_size_first_then_the_sha256():
    model = LockedModel(folder="loras", name="a/x.safetensors", sha256="a" * 64, size=10)
    assert check_model(model, None)["state"] == "missing"
    assert check_model(model, SeenFile("loras", "a/x.safetensors"))["detail"] == "no file loras/a/x.safetensors"
    short = check_model(model, SeenFile("loras", "a/x.safetensors", path="a/x.safetensors", size=9))
    assert (short["state"], short["detail"]) == ("wrong", "9 bytes, the lock says 10")
    other = check_model(model, SeenFile("loras", "a/x.safetensors", path="a/x.safetensors", size=10, sha256="b" * 64))
    assert other["state"] == "wrong" and other["detail"].startswith("SHA-256 bbbbbbbbbbbb")
    right = check_model(model, SeenFile("loras", "a/x.safetensors", path="a/x.safetensors", size=10, sha256="a" * 64))
    assert (right["state"], right["detail"], right["path"]) == ("present", None, "a/x.safetensors")
    why = "this machine has no loras/ model folder"
    assert check_model(model, SeenFile("loras", "a/x.safetensors", problem=why))["detail"] == why


@pytest.mark.asyncio
async def test_a_token_a_link_carried_is_never_written_into_the_lock(clients):
    link = "https://me:secret-pass@example.com/x.safetensors?token=secret-token&v=2#frag"
    known = resource(url=link, filename="x.safetensors", sha256="c" * 64, size=10)
    build = await build_lock([], [ToFind("loras", "x.safetensors", known)], *clients)
    text = build.lock.dumps()
    assert "secret" not in text and "https://example.com/x.safetensors?v=2" in text
