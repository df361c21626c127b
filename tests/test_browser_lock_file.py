"""In Chromium, on every host/frontend pair: "Export lock file" saves the open workflow's models.lock.json exactly as
POST /civitai/lock answers it, with a toast of what was pinned and why not; "Verify a lock file" shows a lock's models
present, missing and wrong on this machine; a broken lock file gets the server's sentence inline."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest

from pipeline.shapes.lock_file import LOCK_SCHEMA, LockFile
from tests.browser_runner import run_scenario
from tests.test_local_and_catalogs_comfyui import decode_with

ROUTES = Path(__file__).resolve().parents[1] / "civitai_routes.py"

pytestmark = pytest.mark.skipif(
    "/civitai/lock" not in ROUTES.read_text(encoding="utf-8"), reason="route /civitai/lock absent in civitai_routes.py"
)


def two_vae_decodes(first: str, second: str) -> dict:
    prompt = decode_with(first)
    for node_id, node in decode_with(second).items():
        inputs = {k: [str(int(v[0]) + 10), v[1]] if isinstance(v, list) else v for k, v in node["inputs"].items()}
        prompt[str(int(node_id) + 10)] = {**node, "inputs": inputs}
    return prompt


def locked(name: str, data: bytes) -> dict:
    return {"folder": "vae", "name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "sources": []}


def test_export_and_verify_a_lock_file_from_the_sidebar(ui_comfyui, fake_services):
    tag = uuid.uuid4().hex[:8]
    vae = ui_comfyui.base_dir / "models" / "vae"
    vae.mkdir(parents=True, exist_ok=True)
    present, wrong, missing = (f"lock-{kind}-{tag}.safetensors" for kind in ("present", "wrong", "missing"))
    present_data = f"locked vae {tag} ".encode() * 2000
    (vae / present).write_bytes(present_data)
    (vae / wrong).write_bytes(b"not the locked bytes")
    verify_lock = {
        "schema": LOCK_SCHEMA,
        "models": [locked(present, present_data), locked(wrong, b"the locked bytes"), locked(missing, b"gone")],
        "unpinned": [],
    }
    broken_lock = {"schema": LOCK_SCHEMA, "models": [{**locked(present, present_data), "sha256": "not-a-hash"}]}

    result = run_scenario(
        "lock_file",
        ui_comfyui,
        PROMPT_JSON=json.dumps(two_vae_decodes(present, missing)),
        VERIFY_LOCK_JSON=json.dumps(verify_lock),
        BROKEN_LOCK_JSON=json.dumps(broken_lock),
    )

    # Export: the saved file is the route's lock, as text (2-space indent, final newline), and a valid lock file.
    lock = result["lockAnswer"]["lock"]
    assert result["savedName"] == "models.lock.json"
    assert result["savedText"] == json.dumps(lock, indent=2, ensure_ascii=False) + "\n"
    parsed = LockFile.parse(result["savedText"])
    assert result["savedText"] == parsed.dumps()  # byte for byte what the command line writes
    assert [(m.folder, m.name, m.sha256) for m in parsed.models if m.name == present] == [
        ("vae", present, hashlib.sha256(present_data).hexdigest())
    ]
    assert [m.name for m in parsed.unpinned] == [missing]
    summary = result["lockAnswer"]["summary"]
    pinned_words = f"{summary['pinned']} model{'' if summary['pinned'] == 1 else 's'} pinned, 1 not"
    toasts = [text for text in result["exportToasts"] if pinned_words in text]
    assert len(toasts) == 1, result["exportToasts"]
    first_sentence = parsed.unpinned[0].reason.split(". ")[0]
    assert f"vae/{missing}: {first_sentence}" in toasts[0]
    assert f"no source is known (another machine cannot fetch them): vae/{present}" in toasts[0]  # only here

    # Verify: each model's state on this machine, problems first, and the command that fixes them.
    states = [(row["state"], row["name"]) for row in result["rows"]]
    assert states == [("wrong", wrong), ("missing", missing), ("present", present)]
    assert result["summary"] == "1 present · 1 missing · 1 wrong"
    assert "civitai-sidebar realize farm.lock.json …" in result["realize"]

    # A broken lock file: the server's sentence, inline, and no list.
    assert "sha256" in result["brokenError"]
    assert result["rowsAfterBroken"] == 0
    assert not [error for error in result["consoleErrors"] if "civitai" in error.lower()]
