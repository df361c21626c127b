"""The lock file's shape: what `lock` writes reads back the same, and a hand-edited or hostile file is refused with
a sentence before anything acts on it."""

from __future__ import annotations

import json

import pytest
from civitai_sidebar.pipeline.shapes.lock_file import (
    LOCK_SCHEMA,
    CivitaiSource,
    HuggingFaceSource,
    LockedModel,
    LockFile,
    UnpinnedModel,
)

SHA = "ab" * 32


def a_lock() -> LockFile:
    hf = HuggingFaceSource(repo="Comfy-Org/x", revision="1" * 40, path="split_files/vae/v.safetensors")
    civitai = CivitaiSource(model_version_id=9)
    return LockFile(
        models=[
            LockedModel(folder="vae", name="sub/v.safetensors", sha256=SHA, size=12, sources=[hf]),
            LockedModel(folder="loras", name="a.safetensors", sha256="cd" * 32, size=3, sources=[civitai]),
        ],
        unpinned=[UnpinnedModel(folder="checkpoints", name="mystery.ckpt", reason="no source names this file")],
    )


def test_a_written_lock_reads_back_the_same_and_is_stably_ordered():
    text = a_lock().dumps()
    assert LockFile.parse(text) == LockFile.parse(LockFile.parse(text).dumps())
    document = json.loads(text)
    assert document["schema"] == LOCK_SCHEMA
    assert [m["folder"] for m in document["models"]] == ["loras", "vae"]
    assert document["models"][1]["sources"][0]["revision"] == "1" * 40


def entry(**changes) -> dict:
    return {"folder": "vae", "name": "v.safetensors", "sha256": SHA, "size": 1, "sources": [], **changes}


@pytest.mark.parametrize(
    ("document", "says"),
    [
        ({"models": []}, 'no "schema"'),
        ({"schema": "civitai-sidebar/models-lock@9", "models": []}, "schema"),
        ({"schema": LOCK_SCHEMA, "models": [entry(name="../../etc/passwd.safetensors")]}, "relative path"),
        ({"schema": LOCK_SCHEMA, "models": [entry(name="C:/x.safetensors")]}, "models.0.name"),
        ({"schema": LOCK_SCHEMA, "models": [entry(name="notes.txt")]}, "no model file extension"),
        ({"schema": LOCK_SCHEMA, "models": [entry(sha256="XYZ")]}, "models.0.sha256"),
        ({"schema": LOCK_SCHEMA, "models": [entry(size=-1)]}, "models.0.size"),
        ({"schema": LOCK_SCHEMA, "models": [entry(), entry(sha256="cd" * 32)]}, "locked to two different files"),
        ({"schema": LOCK_SCHEMA, "models": [entry(sources=[{"kind": "ftp", "url": "x"}])]}, "models.0.sources.0"),
        ({"schema": LOCK_SCHEMA, "models": [], "extra": 1}, "extra"),
    ],
)
def test_a_bad_lock_is_refused_with_a_sentence(document, says):
    with pytest.raises(ValueError, match="not a civitai-sidebar/models-lock@1 file") as refused:
        LockFile.parse(json.dumps(document))
    assert says in str(refused.value)
