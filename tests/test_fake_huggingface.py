"""The Hugging Face hub and CDN fakes follow the resolve protocol of reference §12."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qs, quote, urlsplit

import aiohttp

from tests.fakes import huggingface

pytest_plugins = ["tests.fakes.pytest_plugin"]

TOKEN = "test-hf-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GATED = "black-forest-labs/FLUX.1-dev"


async def head(http, url, **kwargs):
    async with http.head(url, allow_redirects=False, **kwargs) as response:
        return response.status, response.headers


async def test_lfs_file_head_redirects_to_the_cdn_with_linked_etag_and_size(fake_services, http):
    hf_file = fake_services.hf.add_file("acme/weights", "unet/model weights.safetensors", size=300_000)
    url = f"{fake_services.urls.hf_endpoint}/acme/weights/resolve/main/{quote('unet/model weights.safetensors')}"
    status, headers = await head(http, url)
    assert status == 302
    assert re.fullmatch(r"[0-9a-f]{40}", headers["X-Repo-Commit"])
    location = headers["Location"]
    assert location.startswith(fake_services.urls.cdn + "/")
    disposition = parse_qs(urlsplit(location).query)["response-content-disposition"][0]
    assert (
        disposition == "inline; filename*=UTF-8''model%20weights.safetensors; filename=\"model weights.safetensors\";"
    )
    async with http.get(location) as response:
        assert response.status == 200
        assert response.headers["Content-Disposition"] == disposition
        body = await response.read()
    assert headers["X-Linked-Etag"] == f'"{hashlib.sha256(body).hexdigest()}"'
    assert int(headers["X-Linked-Size"]) == len(body) == hf_file.size
    async with http.get(url) as response:  # GET follows to the same bytes
        assert await response.read() == body


async def test_non_lfs_file_answers_200_with_the_git_blob_etag(fake_services, http):
    fake_services.hf.add_file("acme/weights", "config.json", data=b'{"hidden_size": 8}\n')
    url = f"{fake_services.urls.hf_endpoint}/acme/weights/resolve/main/config.json"
    status, headers = await head(http, url)
    assert status == 200
    assert headers["ETag"] == '"' + hashlib.sha1(b'blob 19\0{"hidden_size": 8}\n').hexdigest() + '"'
    assert int(headers["Content-Length"]) == 19
    assert re.fullmatch(r"[0-9a-f]{40}", headers["X-Repo-Commit"])
    async with http.get(url, headers={"Range": "bytes=2-12"}) as response:
        assert response.status == 206 and await response.read() == b'{"hidden_size": 8}\n'[2:13]


async def test_gated_repo_needs_a_granted_token(fake_services, http):
    url = f"{fake_services.urls.hf_endpoint}/{GATED}/resolve/main/ae.safetensors"
    async with http.get(url, allow_redirects=False) as response:
        assert response.status == 401
        assert response.headers["X-Error-Code"] == "GatedRepo"
        message = (
            f"Access to model {GATED} is restricted. You must have access to it and be authenticated to access it. "
            "Please log in."
        )
        assert await response.json() == {"error": message}
        assert response.headers["X-Error-Message"] == message
    assert (await head(http, url, headers=AUTH))[0] == 302
    fake_services.hf.add_repo(GATED, gated=True, approved_tokens=set())
    status, headers = await head(http, url, headers=AUTH)
    assert (status, headers["X-Error-Code"]) == (403, "GatedRepo")
    assert f"Visit https://huggingface.co/{GATED} to ask for access." in headers["X-Error-Message"]


async def test_invalid_token_private_and_missing_repos(fake_services, http):
    hub = fake_services.urls.hf_endpoint
    status, headers = await head(
        http, f"{hub}/stabilityai/sdxl-vae/resolve/main/config.json", headers={"Authorization": "Bearer hf_wrong"}
    )
    assert status == 401 and headers["X-Error-Message"] == "Invalid credentials in Authorization header"
    fake_services.hf.add_file("acme/private", "model.safetensors", private=True)
    status, headers = await head(http, f"{hub}/acme/private/resolve/main/model.safetensors")
    assert (status, headers["X-Error-Code"]) == (401, "RepoNotFound")
    assert (await head(http, f"{hub}/acme/private/resolve/main/model.safetensors", headers=AUTH))[0] == 302
    status, headers = await head(http, f"{hub}/acme/nothing/resolve/main/model.safetensors")
    assert (status, headers["X-Error-Code"]) == (401, "RepoNotFound")
    status, headers = await head(http, f"{hub}/acme/nothing/resolve/main/model.safetensors", headers=AUTH)
    assert (status, headers["X-Error-Code"]) == (404, "RepoNotFound")
    status, headers = await head(http, f"{hub}/stabilityai/sdxl-vae/resolve/main/missing.bin")
    assert (status, headers["X-Error-Code"]) == (404, "EntryNotFound")
    assert re.fullmatch(r"[0-9a-f]{40}", headers["X-Repo-Commit"])
    status, headers = await head(http, f"{hub}/stabilityai/sdxl-vae/resolve/v9/config.json")
    assert (status, headers["X-Error-Code"]) == (404, "RevisionNotFound")


async def test_revisions_by_commit_and_encoded_branch_and_repo_types(fake_services, http):
    hub = fake_services.urls.hf_endpoint
    repo = fake_services.hf.get("stabilityai/sdxl-vae")
    repo.branches["refs/pr/1"] = repo.commit
    for revision in (repo.commit, "refs%2Fpr%2F1"):
        status, headers = await head(http, f"{hub}/stabilityai/sdxl-vae/resolve/{revision}/config.json")
        assert (status, headers["X-Repo-Commit"]) == (200, repo.commit)
    fake_services.hf.add_file("acme/data", "train.parquet", size=5000, lfs=True, repo_type="dataset")
    assert (await head(http, f"{hub}/datasets/acme/data/resolve/main/train.parquet"))[0] == 302
    assert (await head(http, f"{hub}/acme/data/resolve/main/train.parquet"))[0] == 401  # not a model repo
    fake_services.hf.add_file("gpt2", "model.safetensors")  # legacy one-segment repo id
    assert (await head(http, f"{hub}/gpt2/resolve/main/model.safetensors"))[0] == 302


async def test_raw_returns_the_lfs_pointer(fake_services, http):
    hf_file = fake_services.hf.add_file("acme/weights", "model.safetensors", size=4096)
    async with http.get(f"{fake_services.urls.hf_endpoint}/acme/weights/raw/main/model.safetensors") as response:
        pointer = await response.read()
    assert pointer.startswith(b"version https://git-lfs.github.com/spec/v1\noid sha256:")
    assert f"size {hf_file.size}".encode() in pointer


async def test_cdn_ranges_signature_and_switches(fake_services, http):
    hf_file = fake_services.hf.add_file("acme/weights", "model.safetensors", size=200_000)
    _, headers = await head(http, f"{fake_services.urls.hf_endpoint}/acme/weights/resolve/main/model.safetensors")
    location = headers["Location"]
    expected = hf_file.content.read(0, hf_file.size)
    async with http.get(location, headers={"Range": "bytes=1000-1999"}) as response:
        assert response.status == 206
        assert response.headers["Content-Range"] == f"bytes 1000-1999/{hf_file.size}"
        assert await response.read() == expected[1000:2000]
    async with http.get(location, headers={"Range": f"bytes={hf_file.size}-"}) as response:
        assert response.status == 416
    async with http.get(location.replace("Signature=", "Signature=f")) as response:
        assert response.status == 403
    async with http.get(location, headers=AUTH) as response:  # accepted by default (real behaviour unknown)
        assert response.status == 200
    fake_services.config.cdn_reject_authorization = True
    async with http.get(location, headers=AUTH) as response:
        assert response.status == 400
    fake_services.faults.ignore_range("cdn", times=1)
    async with http.get(location, headers={"Range": "bytes=5-"}) as response:
        assert response.status == 200 and await response.read() == expected
    fake_services.clock.advance(3600 + 5)
    async with http.get(location) as response:
        assert response.status == 403


async def test_tree_lists_lfs_entries_and_pages_with_link(fake_services, http, monkeypatch):
    fake_services.hf.add_file("acme/tree", "README.md")
    weights = fake_services.hf.add_file("acme/tree", "unet/diffusion_pytorch_model.safetensors", size=9000)
    url = f"{fake_services.urls.hf_endpoint}/api/models/acme/tree/tree/main"
    async with http.get(url) as response:
        entries = await response.json()
    assert [(e["type"], e["path"]) for e in entries] == [("directory", "unet"), ("file", "README.md")]
    async with http.get(url + "?recursive=true") as response:
        entries = {e["path"]: e for e in await response.json()}
    lfs = entries["unet/diffusion_pytorch_model.safetensors"]["lfs"]
    body = weights.content.read(0, weights.size)
    assert lfs == {"oid": hashlib.sha256(body).hexdigest(), "size": 9000, "pointerSize": len(weights.pointer())}
    readme_content = fake_services.hf.get("acme/tree").files["README.md"].content
    readme = readme_content.read(0, readme_content.size)
    assert entries["README.md"]["oid"] == hashlib.sha1(b"blob %d\0" % len(readme) + readme).hexdigest()

    monkeypatch.setattr(huggingface, "TREE_PAGE_SIZE", 2)
    paths, next_url = [], url + "?recursive=true"
    while next_url:
        async with http.get(next_url) as response:
            paths += [e["path"] for e in await response.json()]
            link = response.headers.get("Link")
        next_url = re.match(r'<([^>]+)>; rel="next"', link).group(1) if link else None
    assert paths == list(entries)


async def test_paths_info_and_relative_redirect_for_small_files(fake_services, http):
    hub = fake_services.urls.hf_endpoint
    form = aiohttp.FormData([("paths", "config.json"), ("paths", "sdxl_vae.safetensors"), ("paths", "nope")])
    async with http.post(f"{hub}/api/models/stabilityai/sdxl-vae/paths-info/main", data=form) as response:
        assert [e["path"] for e in await response.json()] == ["config.json", "sdxl_vae.safetensors"]
    fake_services.config.hf_relative_redirect_small_files = True
    status, headers = await head(http, f"{hub}/stabilityai/sdxl-vae/resolve/main/config.json")
    assert status == 307 and headers["Location"].startswith("/api/resolve-cache/models/stabilityai/sdxl-vae/")
    async with http.get(f"{hub}/stabilityai/sdxl-vae/resolve/main/config.json") as response:
        assert response.status == 200 and response.headers["ETag"] == headers["ETag"]
