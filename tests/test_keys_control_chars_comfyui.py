"""Keys holding a line break or another control character (issue 11.10), through the real ComfyUI.

Such a key, stored, went into every later request's Authorization header and broke it (or smuggled a
header in). The settings route refuses it with a sentence and changes nothing; a bad key already in the
environment or the keys file is ignored with a log line that never shows the key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.downloads_helpers import civitai_model, payload
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio
WILD = Path(__file__).parent / "wild"
SMUGGLED = WILD.joinpath("11-10-key-with-crlf-header.txt").read_text().rstrip("\n")
BAD_KEYS = {
    "CR/LF and a smuggled header": SMUGGLED,
    "a bare line feed inside": "abc\ndef",
    "a NUL byte": "abc\x00def",
    "a tab": "abc\tdef",
    "DEL": "abc\x7fdef",
    "a Unicode line separator": "abc\u2028def",
    "a non-ASCII letter": "ключ",
    "a space inside": "abc def",
}


def keys_file(server) -> Path:
    return server.base_dir / "user" / "__civitai_sidebar" / "api_keys.json"


def snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("case", list(BAD_KEYS))
async def test_a_key_with_a_control_character_is_refused_with_a_sentence(comfyui, case):
    before = snapshot(keys_file(comfyui))
    async with ComfyClient(comfyui.url) as client:
        _, health_before = await client.get("/civitai/health")
        for service in ("civitai", "huggingface"):
            status, answer = await client.post("/civitai/settings/keys", {service: BAD_KEYS[case]})
            assert status == 400, (service, answer)
            assert service in answer["error"] and "key" in answer["error"], answer
            assert BAD_KEYS[case] not in answer["error"]
        _, health_after = await client.get("/civitai/health")
    assert snapshot(keys_file(comfyui)) == before
    assert health_after["keys"] == health_before["keys"]


async def test_a_pasted_key_with_a_trailing_newline_is_stored_without_it(comfyui, fake_services):
    resource = civitai_model(fake_services, require_auth=True)
    async with ComfyClient(comfyui.url) as client:
        status, answer = await client.post("/civitai/settings/keys", {"civitai": " test-civitai-key\r\n"})
        assert status == 200, answer
        task = await client.wait_for(await client.download(payload(resource)))
        await client.post("/civitai/settings/keys", {"civitai": None})
    assert task["status"] == "completed", task
    calls = fake_services.requests.entries(server="civitai", path_prefix="/api/download/")
    assert calls[-1].header("Authorization") == "Bearer test-civitai-key"


async def test_bad_keys_in_the_environment_and_the_file_are_ignored_with_a_log_line(
    start_comfyui, fake_services, tmp_path
):
    base_dir = tmp_path / "base"
    private = base_dir / "user" / "__civitai_sidebar"
    private.mkdir(parents=True)
    (private / "api_keys.json").write_text(json.dumps({"huggingface": "hf-from-file\r\nX-Evil: 1"}))
    server = start_comfyui(env={**fake_services.env(), "CIVITAI_API_KEY": SMUGGLED}, base_dir=base_dir)
    resource = civitai_model(fake_services, require_auth=True)
    async with ComfyClient(server.url) as client:
        status, health = await client.get("/civitai/health")
        task = await client.wait_for(await client.download(payload(resource)))
    assert status == 200 and health["keys"] == {"civitai": False, "huggingface": False}
    assert task["status"] == "failed" and "needs an API key" in task["error"], task
    assert all("X-Evil" not in str(r.headers) for r in fake_services.requests.entries())
    log = server.log_text()
    assert "CIVITAI_API_KEY" in log and "api_keys.json" in log
    for secret in ("X-Evil", "smuggled", "hf-from-file"):
        assert secret not in log
