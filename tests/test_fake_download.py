"""``/api/download/models/{id}``: the reference §7.2 decision table, and the 307 to the storage host."""

from __future__ import annotations

import hashlib
from urllib.parse import unquote, urlsplit

pytest_plugins = ["tests.fakes.pytest_plugin"]

KEY = "test-civitai-key"
BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"}
LOGIN_MESSAGE = "The creator of this asset requires you to be logged in to download it"


async def fetch(http, url, **kwargs):
    async with http.get(url, allow_redirects=False, **kwargs) as response:
        body = await response.read()
        if response.content_type == "application/json":
            return response.status, response.headers, await response.json()
        return response.status, response.headers, body


def login_required(fake_services, version_id=1387174):
    fake_services.catalog.set_flags(version_id, require_auth=True)
    return f"{fake_services.urls.civitai_api_base}/api/download/models/{version_id}"


async def test_download_redirects_to_storage_and_the_bytes_match_the_reported_hash(fake_services, http):
    base = fake_services.urls.civitai_api_base
    _, _, version = await fetch(http, f"{base}/api/v1/model-versions/1387174")
    [reported] = version["files"]
    async with http.head(version["downloadUrl"], allow_redirects=False) as response:  # HEAD runs the GET handler
        assert response.status == 307 and response.headers["Location"].startswith(fake_services.urls.storage)
    status, headers, _ = await fetch(http, version["downloadUrl"])
    assert status == 307
    assert headers["Cache-Control"] == "no-store, max-age=0"
    location = headers["Location"]
    assert location.startswith(fake_services.urls.storage + "/")
    assert urlsplit(location).port != urlsplit(base).port
    assert "X-Amz-Expires=86400" in location and "X-Amz-Signature=" in location
    disposition = 'attachment; filename="' + reported["name"] + '"'
    assert f"response-content-disposition={disposition}" in unquote(location)

    status, headers, body = await fetch(http, location)
    assert status == 200
    assert headers["Content-Type"] == "application/octet-stream"
    assert headers["Accept-Ranges"] == "bytes"
    assert headers["Content-Disposition"] == disposition
    assert len(body) == reported["sizeKB"] * 1024
    assert hashlib.sha256(body).hexdigest().upper() == reported["hashes"]["SHA256"]
    header_end = 8 + int.from_bytes(body[:8], "little")
    assert hashlib.sha256(body[header_end:]).hexdigest()[:12].upper() == reported["hashes"]["AutoV3"]


async def test_login_required_without_a_valid_key_is_401_json(fake_services, http):
    url = login_required(fake_services)
    expected = {"error": "Unauthorized", "message": LOGIN_MESSAGE}
    for headers in ({}, {"Authorization": "Bearer wrong-key"}, {"Authorization": KEY}):  # no scheme word: no key
        status, response_headers, body = await fetch(http, url, headers=headers)
        assert (status, body) == (401, expected)
        assert response_headers["Cache-Control"] == "no-store, max-age=0"
    assert (await fetch(http, url + "?token=wrong"))[:3:2] == (401, expected)


async def test_key_by_header_with_any_scheme_word_or_by_token_query(fake_services, http):
    url = login_required(fake_services)
    for headers, suffix in (
        ({"Authorization": f"Bearer {KEY}"}, ""),
        ({"Authorization": f"Token {KEY}"}, ""),
        ({}, f"?token={KEY}"),
    ):
        status, response_headers, _ = await fetch(http, url + suffix, headers=headers)
        assert status == 307, (headers, suffix)
        assert response_headers["Location"].startswith(fake_services.urls.storage)
    # ?token= is ignored when an Authorization header is present (reference §1).
    status, _, _ = await fetch(http, f"{url}?token={KEY}", headers={"Authorization": "Bearer nope"})
    assert status == 401


async def test_browser_is_redirected_to_the_login_page(fake_services, http):
    url = login_required(fake_services)
    status, headers, _ = await fetch(http, url, headers=BROWSER)
    assert status == 307
    assert headers["Location"] == "/login?returnUrl=%2Fmodel-versions%2F1387174&reason=download-auth"
    async with http.get(url, headers=BROWSER) as response:  # following it lands on an HTML page, 200
        assert response.status == 200
        assert response.content_type == "text/html"
        assert (await response.text()).startswith("<!DOCTYPE html>")


async def test_site_wide_login_requirement(fake_services, http):
    fake_services.config.require_auth_for_all_downloads = True
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/1318"
    assert (await fetch(http, url))[0] == 401
    assert (await fetch(http, url, headers={"Authorization": f"Bearer {KEY}"}))[0] == 307


async def test_early_access_until_the_deadline(fake_services, http):
    fake_services.catalog.set_flags(1387174, early_access_deadline="2099-01-01T00:00:00.000Z")
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/1387174"
    status, _, body = await fetch(http, url, headers={"Authorization": f"Bearer {KEY}"})
    assert status == 403
    assert body == {
        "error": "Early Access",
        "deadline": "2099-01-01T00:00:00.000Z",
        "message": "This asset is in Early Access. You can use Buzz access it now!",
    }
    status, headers, _ = await fetch(http, url, headers=BROWSER)
    assert (status, headers["Location"]) == (307, "/model-versions/1387174")
    _, _, version = await fetch(http, f"{fake_services.urls.civitai_api_base}/api/v1/model-versions/1387174")
    assert version["earlyAccessEndsAt"] == "2099-01-01T00:00:00.000Z"
    fake_services.clock.advance(100 * 365 * 86400)
    assert (await fetch(http, url))[0] == 307


async def test_archived_disabled_unpublished_and_missing(fake_services, http):
    base = fake_services.urls.civitai_api_base
    cases = [
        ({"archived": True}, 410, {"error": "Model archived, not available for download"}),
        (
            {"downloads_disabled": True},
            401,
            {"error": "Unauthorized", "message": "The creator of this asset has disabled downloads on this file"},
        ),
        ({"published": False}, 404, {"error": "File not found"}),
    ]
    for flags, status, body in cases:
        fake_services.reset()
        fake_services.catalog.set_flags(1387174, **flags)
        got_status, _, got_body = await fetch(http, f"{base}/api/download/models/1387174")
        assert (got_status, got_body) == (status, body), flags
        browser_status, headers, browser_body = await fetch(
            http, f"{base}/api/download/models/1387174", headers=BROWSER
        )
        assert browser_status == status
        if flags == {"downloads_disabled": True}:
            assert browser_body == body  # same JSON for browsers
        else:
            assert headers["Content-Type"].startswith("text/plain") and browser_body == body["error"].encode()
    assert (await fetch(http, f"{base}/api/download/models/123456789"))[:3:2] == (404, {"error": "File not found"})
    fake_services.reset()
    fake_services.catalog.set_flags(1387174, archived=True)
    _, _, version = await fetch(http, f"{base}/api/v1/model-versions/1387174")
    assert version["files"] == [] and "downloadUrl" not in version and version["model"]["mode"] == "Archived"


async def test_file_selection_by_type_format_and_file_id(fake_services, http):
    base = fake_services.urls.civitai_api_base

    async def served_name(query):
        status, headers, _ = await fetch(http, f"{base}/api/download/models/1292{query}")
        if status != 307:
            return status
        return unquote(headers["Location"]).split('filename="')[1].split('"')[0]

    assert await served_name("") == "synthwavepunk_v3Alpha.safetensors"
    assert await served_name("?type=Model&format=PickleTensor") == "synthwavepunk_v3Alpha.ckpt"
    assert await served_name("?format=SafeTensor&size=full&fp=fp16") == "synthwavepunk_v3Alpha.safetensors"
    assert await served_name("?fileId=5149") == "synthwavepunk_v3Alpha.ckpt"
    assert await served_name("?type=VAE") == 404
    assert await served_name("?format=GGUF") == 404
    assert await served_name("?size=pruned") == 404
    assert await served_name("?fileId=289") == 404  # a file of another version
    for bad in ("?type=Bogus", "?format=zip", "?size=huge", "?fileId=x"):
        status, headers, body = await fetch(http, f"{base}/api/download/models/1292{bad}", headers=BROWSER)
        assert status == 400 and isinstance(body["error"], str), bad  # JSON even for browsers
    status, _, body = await fetch(http, f"{base}/api/download/models/abc")
    assert status == 400 and "expected number" in body["error"]


async def test_download_limiter_429_uses_the_civitai_message(fake_services, http):
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/1387174"
    fake_services.faults.rate_limit_next("civitai", times=2, retry_after=7, match="/api/download/")
    for _ in range(2):
        status, headers, body = await fetch(http, url)
        assert (status, headers["Retry-After"]) == (429, "7")
        assert body == {
            "error": "We've noticed an unusual amount of downloading from your account. "
            "Contact support@civitai.com or come back later."
        }
    assert (await fetch(http, url))[0] == 307


async def test_non_ascii_filename_reaches_content_disposition(fake_services, http):
    version = fake_services.catalog.add_version(model_name="Café LoRA", files=[{"name": "café_ロラ.safetensors"}])
    status, headers, _ = await fetch(http, f"{fake_services.urls.civitai_api_base}/api/download/models/{version.id}")
    assert status == 307
    async with http.get(headers["Location"]) as response:
        assert response.status == 200
        raw = dict(response.raw_headers)[b"Content-Disposition"]
        assert raw.decode("utf-8") == 'attachment; filename="café_ロラ.safetensors"'


async def test_a_multi_file_version_downloads_its_other_files_only_by_file_id(fake_services, http):
    """2026 (reference §15): some multi-file versions answer 404 to the very ?type=&format= links they list."""
    base = fake_services.urls.civitai_api_base
    _, _, version = await fetch(http, f"{base}/api/v1/model-versions/991018")
    files = version["files"]
    assert [f["type"] for f in files] == ["Model", "Pruned Model", "Model", "VAE", "Config"]
    assert {f["metadata"]["format"] for f in files} == {"SafeTensor", "PickleTensor", "Other"}
    assert [f["primary"] for f in files] == [True, False, False, False, False]
    for reported in files:
        if reported["primary"]:
            assert (await fetch(http, reported["downloadUrl"]))[0] == 307
        else:
            assert "?type=" in reported["downloadUrl"]
            assert (await fetch(http, reported["downloadUrl"]))[::2] == (404, {"error": "File not found"})
        status, headers, _ = await fetch(http, f"{base}/api/download/models/991018?fileId={reported['id']}")
        assert status == 307
        _, _, body = await fetch(http, headers["Location"])
        assert hashlib.sha256(body).hexdigest().upper() == reported["hashes"]["SHA256"]


async def test_a_query_several_files_fit_names_no_file(fake_services, http):
    version = fake_services.catalog.add_version(
        model_name="Krea Twin",
        model_type="Checkpoint",
        files=[
            {"name": "krea_bf16.safetensors", "fp": "bf16", "primary": True},
            {"name": "krea_fp8_a.safetensors", "fp": "fp8"},
            {"name": "krea_fp8_b.safetensors", "fp": "fp8"},
            {"name": "krea_int8.safetensors", "fp": "int8"},
        ],
    )
    base = f"{fake_services.urls.civitai_api_base}/api/download/models/{version.id}"
    fp8_b = version.files[2]
    assert (await fetch(http, f"{base}?type=Model&format=SafeTensor&fp=fp8"))[0] == 404  # two files fit
    assert (await fetch(http, f"{base}?type=Model&format=SafeTensor"))[0] == 307  # the primary fits
    status, headers, _ = await fetch(http, f"{base}?type=Model&format=SafeTensor&fp=int8")  # exactly one fits
    assert status == 307 and "krea_int8.safetensors" in unquote(headers["Location"])
    status, headers, _ = await fetch(http, f"{base}?type=Model&fp=fp8&fileId={fp8_b.id}")  # fileId bypasses
    assert status == 307 and "krea_fp8_b.safetensors" in unquote(headers["Location"])


def test_links_on_any_civitai_site_are_served_from_the_fake():
    from tests.fakes.catalog import _rebase

    base = "http://127.0.0.1:8190"
    for site in ("civitai.com", "civitai.red", "www.civitai.red", "civitai.green", "www.civitai.green"):
        assert _rebase(f"https://{site}/api/download/models/1?fileId=2", base) == (
            f"{base}/api/download/models/1?fileId=2"
        )
    assert _rebase("https://civitai.red.example/x", base) == "https://civitai.red.example/x"
    assert _rebase("https://image.civitai.com/x.jpeg", base) == "https://image.civitai.com/x.jpeg"
