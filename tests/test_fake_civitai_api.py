"""The fake Civitai REST API answers like the reference (§1-§6): fixtures, real hashes, errors, paging."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from tests.fakes.catalog import load_fixture

pytest_plugins = ["tests.fakes.pytest_plugin"]

KEY = "test-civitai-key"
PUBLIC_CACHE = "public, s-maxage=300, stale-while-revalidate=150"


async def fetch(http, url, **kwargs):
    async with http.get(url, allow_redirects=False, **kwargs) as response:
        body = await response.read()
        data = json.loads(body) if response.content_type == "application/json" else body
        return response.status, response.headers, data


def real_sha256(catalog_file) -> str:
    digest = hashlib.sha256()
    for chunk in catalog_file.content.iter_bytes():
        digest.update(chunk)
    return digest.hexdigest().upper()


def without(mapping: dict, *keys: str) -> dict:
    return {k: v for k, v in mapping.items() if k not in keys}


# ------------------------------------------------------------------------------------------ versions


async def test_model_version_fixture_is_served_with_real_hashes_and_sizes(fake_services, http):
    fixture = load_fixture("civitai_model-versions_2.json")
    base = fake_services.urls.civitai_api_base
    status, headers, body = await fetch(http, f"{base}/api/v1/model-versions/{fixture['id']}")
    assert status == 200
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert without(body, "files", "downloadUrl") == without(fixture, "files", "downloadUrl")
    assert body["downloadUrl"] == f"{base}/api/download/models/{fixture['id']}"
    [served] = body["files"]
    [original] = fixture["files"]
    assert without(served, "sizeKB", "hashes", "downloadUrl") == without(original, "sizeKB", "hashes", "downloadUrl")
    catalog_file = fake_services.catalog.files[original["id"]]
    sha = real_sha256(catalog_file)
    assert served["hashes"]["SHA256"] == sha != original["hashes"]["SHA256"]
    assert served["hashes"]["AutoV2"] == sha[:10]
    assert served["hashes"]["BLAKE3"] == original["hashes"]["BLAKE3"]  # kept: not computable with hashlib
    assert served["sizeKB"] * 1024 == catalog_file.size
    assert list(served) == list(original)  # key order kept


def fixture_versions() -> list[tuple[int, set[int]]]:
    """Every (version id, file ids) in the version and model fixtures."""
    found: dict[int, set[int]] = {}
    for name in ("civitai_model-versions_1.json", "civitai_model-versions_2.json", "civitai_by-hash_1.json"):
        version = load_fixture(name)
        found.setdefault(version["id"], set()).update(f["id"] for f in version["files"])
    models = [load_fixture(f"civitai_models-id_{n}.json") for n in (1, 2, 3)]
    models += load_fixture("civitai_models_1.json")["items"] + load_fixture("civitai_models_2.json")["items"]
    for model in models:
        for version in model["modelVersions"]:
            found.setdefault(version["id"], set()).update(f["id"] for f in version["files"])
    return sorted(found.items())


async def test_every_fixture_version_and_file_is_served(fake_services, http):
    base = fake_services.urls.civitai_api_base
    for version_id, file_ids in fixture_versions():
        status, _, body = await fetch(http, f"{base}/api/v1/model-versions/{version_id}")
        assert status == 200, version_id
        assert {f["id"] for f in body["files"]} == file_ids
        assert sum(f["primary"] for f in body["files"]) == 1
        for served in body["files"]:
            assert served["hashes"]["SHA256"] == real_sha256(fake_services.catalog.files[served["id"]])


async def test_model_version_errors(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, headers, body = await fetch(http, f"{base}/api/v1/model-versions/424242")
    assert (status, body) == (404, {"error": "Model not found"})
    status, _, body = await fetch(http, f"{base}/api/v1/model-versions/abc")
    assert status == 400 and "expected number" in body["error"]
    fake_services.catalog.set_flags(1387174, published=False)
    status, _, body = await fetch(http, f"{base}/api/v1/model-versions/1387174")
    assert (status, body) == (404, {"error": "Model not found"})


# -------------------------------------------------------------------------------------------- models


async def test_models_by_id_serves_fixtures_with_primary_only_on_the_primary_file(fake_services, http):
    base = fake_services.urls.civitai_api_base
    for number in (1, 2, 3):
        fixture = load_fixture(f"civitai_models-id_{number}.json")
        status, headers, body = await fetch(http, f"{base}/api/v1/models/{fixture['id']}")
        assert status == 200
        assert headers["Cache-Control"] == PUBLIC_CACHE
        assert without(body, "modelVersions") == without(fixture, "modelVersions")
        assert [v["id"] for v in body["modelVersions"]] == [v["id"] for v in fixture["modelVersions"]]
        for served, original in zip(body["modelVersions"], fixture["modelVersions"], strict=True):
            primaries = {f["id"]: f.get("primary", "absent") for f in served["files"]}
            expected = {f["id"]: f.get("primary", "absent") for f in original["files"]}
            assert primaries == expected
            assert all(value in (True, "absent") for value in primaries.values())


async def test_non_primary_download_url_keeps_its_query(fake_services, http):
    base = fake_services.urls.civitai_api_base
    _, _, body = await fetch(http, f"{base}/api/v1/models/1102")
    v3 = next(v for v in body["modelVersions"] if v["id"] == 1292)
    urls = {f["name"]: f["downloadUrl"] for f in v3["files"]}
    assert urls["synthwavepunk_v3Alpha.ckpt"] == f"{base}/api/download/models/1292?type=Model&format=PickleTensor"
    assert urls["synthwavepunk_v3Alpha.safetensors"] == f"{base}/api/download/models/1292"


async def test_models_by_id_errors(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, _, body = await fetch(http, f"{base}/api/v1/models/777777")
    assert (status, body) == (404, {"error": "No model with id 777777"})
    status, _, body = await fetch(http, f"{base}/api/v1/models/not-a-number")
    assert status == 400 and isinstance(body["error"], str)


async def test_models_list_validation_and_auth_errors(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, _, body = await fetch(http, f"{base}/api/v1/models?limit=101")
    assert status == 400
    assert body["error"]["name"] == "ZodError"
    [issue] = json.loads(body["error"]["message"])
    assert (issue["code"], issue["path"], issue["maximum"]) == ("too_big", ["limit"], 100)
    assert (await fetch(http, f"{base}/api/v1/models?limit=100"))[0] == 200
    status, _, body = await fetch(http, f"{base}/api/v1/models?query=meina&page=1")
    assert (status, body) == (400, {"error": "Cannot use page param with query search. Use cursor-based pagination."})
    for param in ("favorites=true", "hidden=false"):
        status, _, body = await fetch(http, f"{base}/api/v1/models?{param}")
        assert (status, body) == (401, {"error": "Unauthorized"})
        status, headers, _ = await fetch(
            http, f"{base}/api/v1/models?{param}", headers={"Authorization": f"Bearer {KEY}"}
        )
        assert status == 200 and "Cache-Control" not in headers  # authenticated answers are not cacheable
    status, _, body = await fetch(http, f"{base}/api/v1/models?limit=100&page=11")
    assert (status, body) == (429, {"error": "You've requested too many pages, please use cursors instead"})
    status, _, body = await fetch(http, f"{base}/api/v1/models?types=NotAType")
    assert status == 400 and body["error"]["name"] == "ZodError"


async def test_models_query_types_and_cursor_paging(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, _, body = await fetch(http, f"{base}/api/v1/models?query=MEINA")
    assert status == 200 and [m["name"] for m in body["items"]] == ["MeinaMix"]
    _, _, body = await fetch(http, f"{base}/api/v1/models?query=setsunaTokage_v10")  # matches a file name
    assert [m["type"] for m in body["items"]] == ["LORA"]
    _, _, body = await fetch(http, f"{base}/api/v1/models?types=LORA&types=Checkpoint&limit=100")
    assert {m["type"] for m in body["items"]} == {"LORA", "Checkpoint"}
    _, _, single = await fetch(http, f"{base}/api/v1/models?types=VAE")
    assert {m["type"] for m in single["items"]} == {"VAE"}

    for first_url in (f"{base}/api/v1/models?limit=3", f"{base}/api/v1/models?limit=2&query=xl"):
        seen: list[int] = []
        url = first_url
        while url:
            status, _, page = await fetch(http, url)
            assert status == 200
            seen += [m["id"] for m in page["items"]]
            assert ("nextCursor" in page["metadata"]) == ("nextPage" in page["metadata"])
            url = page["metadata"].get("nextPage")
        _, _, everything = await fetch(http, first_url.replace("limit=3", "limit=100").replace("limit=2", "limit=100"))
        assert seen == [m["id"] for m in everything["items"]]
        assert len(seen) == len(set(seen)) > 3


async def test_models_list_marks_only_the_primary_file(fake_services, http):
    base = fake_services.urls.civitai_api_base
    _, _, body = await fetch(http, f"{base}/api/v1/models?limit=100&types=LORA")
    ocean = next(m for m in body["items"] if m["id"] == 1810669)
    files = ocean["modelVersions"][0]["files"]
    assert [f.get("primary", "absent") for f in files] == ["absent", True]
    _, _, body = await fetch(http, f"{base}/api/v1/models?limit=100&types=LORA&primaryFileOnly=true")
    ocean = next(m for m in body["items"] if m["id"] == 1810669)
    assert [f["name"] for f in ocean["modelVersions"][0]["files"]] == ["Ocean_dream_Floating_underwater.safetensors"]


# ------------------------------------------------------------------------------------------ by-hash


async def test_by_hash_finds_real_hashes_in_any_case(fake_services, http):
    base = fake_services.urls.civitai_api_base
    catalog_file = fake_services.catalog.files[1289799]
    sha = real_sha256(catalog_file)
    data = catalog_file.content.read(0, catalog_file.size)
    header_end = 8 + int.from_bytes(data[:8], "little")
    autov3 = hashlib.sha256(data[header_end:]).hexdigest()[:12]
    for candidate in (sha, sha.lower(), sha[:10], sha[:10].lower(), autov3, autov3.upper()):
        status, headers, body = await fetch(http, f"{base}/api/v1/model-versions/by-hash/{candidate}")
        assert (status, body["id"]) == (200, 1387174), candidate
        assert headers["Cache-Control"] == "public, s-maxage=3600, stale-while-revalidate=150"
    assert (await fetch(http, f"{base}/api/v1/model-versions/by-hash/{sha[:9]}"))[0] == 404  # no prefix match


async def test_by_hash_finds_the_fixtures_original_hashes(fake_services, http):
    base = fake_services.urls.civitai_api_base
    fixture = load_fixture("civitai_by-hash_1.json")
    for kind, value in fixture["files"][0]["hashes"].items():
        status, _, body = await fetch(http, f"{base}/api/v1/model-versions/by-hash/{value.lower()}")
        assert (status, body["id"]) == (200, fixture["id"]), kind
    # Duplicate alias hashes resolve to the earliest published version (reference §6.1).
    _, _, body = await fetch(http, f"{base}/api/v1/model-versions/by-hash/2FB183E3")
    holders = [
        v
        for v in load_fixture("civitai_models-id_3.json")["modelVersions"]
        if v["files"][0]["hashes"]["AutoV1"] == "2FB183E3"
    ]
    assert body["id"] == min(holders, key=lambda v: v["publishedAt"])["id"]


async def test_by_hash_not_found_and_bulk(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, _, body = await fetch(http, f"{base}/api/v1/model-versions/by-hash/0123456789")
    assert (status, body) == (404, {"error": "Model not found"})
    known = real_sha256(fake_services.catalog.files[1289799])
    async with http.post(f"{base}/api/v1/model-versions/by-hash", json=[known.lower(), "0" * 64]) as response:
        assert response.status == 200
        assert [v["id"] for v in await response.json()] == [1387174]
    async with http.post(f"{base}/api/v1/model-versions/by-hash", json=["not-a-hash"]) as response:
        assert response.status == 400


# -------------------------------------------------------------------------------------------- images


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
async def test_each_image_fixture_is_served_by_image_id(fake_services, http, number):
    base = fake_services.urls.civitai_api_base
    fixture = load_fixture(f"civitai_images_{number}.json")["items"][0]
    url = f"{base}/api/v1/images?imageId={fixture['id']}&nsfw=X"
    status, headers, body = await fetch(http, url)
    assert status == 200 and headers["Cache-Control"] == PUBLIC_CACHE
    [item] = body["items"]
    assert item["meta"] is None  # withMeta defaults to false
    for key, value in fixture.items():
        if key not in ("meta", "_truncated"):
            assert item[key] == value, key
    assert "_truncated" not in json.dumps(body)

    _, _, nested = await fetch(http, url + "&withMeta=true")
    meta = nested["items"][0]["meta"]
    assert set(meta) == {"id", "meta"} and meta["id"] == fixture["id"]  # legacy imageId path
    _, _, flat = await fetch(http, url + "&withMeta=true&flatMeta=true")
    assert flat["items"][0]["meta"] == meta["meta"]
    original = fixture["meta"]
    if set(original) == {"id", "meta"}:
        original = original["meta"]
    expected = {k: v for k, v in original.items() if k != "_truncated"}
    assert meta["meta"] == expected


async def test_placeholders_of_image_fixture_2_are_kept_verbatim(fake_services, http):
    base = fake_services.urls.civitai_api_base
    _, _, body = await fetch(http, f"{base}/api/v1/images?imageId=9173928&nsfw=Soft&withMeta=true&flatMeta=true")
    assert body["items"][0]["meta"]["prompt"] == "..."


async def test_image_lookup_edge_cases(fake_services, http):
    base = fake_services.urls.civitai_api_base
    status, _, body = await fetch(http, f"{base}/api/v1/images?imageId=1")
    assert (status, body) == (200, {"items": [], "metadata": {}})
    # Default browsing level is PG only: the "Soft" image of fixture 2 is hidden without nsfw.
    assert (await fetch(http, f"{base}/api/v1/images?imageId=9173928"))[2]["items"] == []
    status, _, body = await fetch(http, f"{base}/api/v1/images?sort=foo")
    assert status == 400 and body["error"]["name"] == "ZodError"
    assert json.loads(body["error"]["message"])[0]["path"] == ["sort"]
    for bad in ("period=Decade", "limit=201", "limit=abc", "type=gif"):
        assert (await fetch(http, f"{base}/api/v1/images?{bad}"))[0] == 400, bad
    status, _, body = await fetch(http, f"{base}/api/v1/images?limit=200&page=6")
    assert (status, body) == (429, {"error": "You've requested too many pages, please use cursors instead"})


async def test_feed_path_uses_flat_meta_and_cursor_paging(fake_services, http):
    base = fake_services.urls.civitai_api_base
    _, _, body = await fetch(http, f"{base}/api/v1/images?modelVersionId=345685&nsfw=X&withMeta=true")
    [item] = body["items"]
    assert item["id"] == 9173928 and "civitaiResources" in item["meta"]  # flat on the feed path
    url = f"{base}/api/v1/images?limit=2&nsfw=X&sort=Newest"
    seen = []
    while url:
        _, _, page = await fetch(http, url)
        seen += [i["id"] for i in page["items"]]
        url = page["metadata"].get("nextPage")
        assert url is None or "cursor=" in url
    dates = {i.id: i.item["createdAt"] for i in fake_services.gallery.all()}
    assert seen == sorted(dates, key=lambda i: (dates[i], i), reverse=True)


async def test_images_503_injection_then_success(fake_services, http):
    base = fake_services.urls.civitai_api_base
    fake_services.faults.fail_next("civitai", 503, times=1, match="/api/v1/images")
    status, headers, body = await fetch(http, f"{base}/api/v1/images?imageId=469632")
    assert (status, headers["Retry-After"], headers["Cache-Control"]) == (503, "2", "no-store")
    assert body == {"error": "Image search is temporarily overloaded — please retry."}
    assert (await fetch(http, f"{base}/api/v1/images?imageId=469632"))[0] == 200


# --------------------------------------------------------------------- image references all resolve


def image_references(item: dict) -> tuple[set[str], set[int], set[str]]:
    """(hashes, version ids, names) an image points at, from every place reference §2.5 lists."""
    meta = item.get("meta") or {}
    if set(meta) == {"id", "meta"}:
        meta = meta["meta"] or {}
    hashes = set((meta.get("hashes") or {}).values()) | set((meta.get("TI hashes") or {}).values())
    hashes |= {r["hash"] for r in meta.get("resources") or [] if r.get("hash")}
    if meta.get("Model hash"):
        hashes.add(meta["Model hash"])
    hashes = {h.removeprefix("0x") for h in hashes}
    ids = set(item.get("modelVersionIds") or []) | {r["modelVersionId"] for r in meta.get("civitaiResources") or []}
    names = {r["name"] for r in meta.get("resources") or [] if r.get("name")}
    names |= set(re.findall(r"<lora:([^:>]+):", meta.get("prompt") or ""))
    names |= {name.rsplit(".", 1)[0] for name in meta.get("models") or []}
    names |= set(meta.get("TI hashes") or {})
    for key in ("Model", "Hires upscaler", "VAE"):
        if meta.get(key):
            names.add(meta[key].removesuffix(".safetensors"))
    return hashes, ids, names


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
async def test_every_image_reference_resolves_to_a_downloadable_version(fake_services, http, number):
    base = fake_services.urls.civitai_api_base
    item = load_fixture(f"civitai_images_{number}.json")["items"][0]
    hashes, ids, names = image_references(item)
    versions = []
    for value in hashes:
        status, _, body = await fetch(http, f"{base}/api/v1/model-versions/by-hash/{value}")
        assert status == 200, value
        versions.append(body)
    for version_id in ids:
        status, _, body = await fetch(http, f"{base}/api/v1/model-versions/{version_id}")
        assert status == 200, version_id
        versions.append(body)
    for name in names:
        _, _, body = await fetch(http, f"{base}/api/v1/models", params={"query": name})
        assert body["items"], name
        versions.append(body["items"][0]["modelVersions"][0])
    assert versions
    for version in versions:
        status, headers, _ = await fetch(http, version["downloadUrl"])
        assert status == 307 and headers["Location"].startswith(fake_services.urls.storage)


async def test_verbs_cors_and_cache_headers(fake_services, http):
    base = fake_services.urls.civitai_api_base
    async with http.post(f"{base}/api/v1/model-versions/1318") as response:  # MixedAuthEndpoint
        assert (response.status, await response.json()) == (405, {"error": "Method not allowed"})
    async with http.head(f"{base}/api/v1/models/1102") as response:  # PublicEndpoint runs GET for HEAD
        assert response.status == 200
    async with http.options(f"{base}/api/v1/images") as response:
        assert response.status == 200 and response.headers["Access-Control-Allow-Origin"] == "*"
    _, headers, _ = await fetch(http, f"{base}/api/v1/model-versions/1318")
    assert headers["Cache-Control"] == PUBLIC_CACHE and headers["Access-Control-Allow-Origin"] == "*"
    _, headers, _ = await fetch(http, f"{base}/api/v1/model-versions/1318?token={KEY}")
    assert "Cache-Control" not in headers
