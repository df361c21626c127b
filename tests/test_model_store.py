"""The store's claims between processes and machines, with real files: a fresh claim held elsewhere is waited for
(its object appears, nothing is fetched twice); a stale one (no refresh for the stale time, another host) is taken
over and the bytes it left are resumed; objects never appear partial; a damaged object is moved aside."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from pathlib import Path

from civitai_sidebar.civitai_utils.hash_cache import HashCache
from civitai_sidebar.civitai_utils.model_store import ModelStore

BYTES = os.urandom(300_000)
SHA = hashlib.sha256(BYTES).hexdigest()


def _store(tmp_path: Path, stale_after: float = 60.0) -> ModelStore:
    store = ModelStore(tmp_path / "store", HashCache(tmp_path / "cache"), stale_after=stale_after)
    store.prepare()
    return store


def _plant_claim(store: ModelStore, host: str, age: float) -> Path:
    claim = store.claim_path(SHA)
    claim.write_text(json.dumps({"host": host, "pid": 1, "time": time.time() - age}))
    os.utime(claim, (time.time() - age, time.time() - age))
    return claim


async def test_a_fresh_claim_elsewhere_is_waited_for_and_nothing_is_fetched(tmp_path):
    store = _store(tmp_path)
    _plant_claim(store, "other-machine", age=0)
    fetched = []

    async def fetch(part: Path, size: int, sha256: str) -> str:
        fetched.append(sha256)
        return "civitai"

    async def the_other_machine_finishes() -> None:
        await asyncio.sleep(0.5)
        part = store.root / "tmp" / "other.part"
        part.write_bytes(BYTES)
        store.object_path(SHA).parent.mkdir(parents=True)
        os.link(part, store.object_path(SHA))
        os.unlink(store.claim_path(SHA))

    got, _ = await asyncio.gather(store.ensure(SHA, len(BYTES), fetch), the_other_machine_finishes())
    assert got == "waited" and fetched == []


async def test_a_stale_claim_of_another_machine_is_taken_over_and_its_bytes_resumed(tmp_path):
    store = _store(tmp_path, stale_after=1.0)
    _plant_claim(store, "crashed-machine", age=5)
    store.part_path(SHA).write_bytes(BYTES[:100_000])  # what the crashed machine had received
    seen_part = []

    async def fetch(part: Path, size: int, sha256: str) -> str:
        seen_part.append(part.stat().st_size)
        with open(part, "ab") as rest:
            rest.write(BYTES[part.stat().st_size :])
        return "huggingface"

    assert await store.ensure(SHA, len(BYTES), fetch) == "huggingface"
    assert seen_part == [100_000]
    assert store.object_path(SHA).read_bytes() == BYTES
    assert not store.claim_path(SHA).exists() and not list((store.root / "tmp").iterdir())


async def test_a_damaged_object_is_moved_aside_and_fetched_again(tmp_path):
    store = _store(tmp_path)
    store.object_path(SHA).parent.mkdir(parents=True)
    store.object_path(SHA).write_bytes(b"x" * len(BYTES))

    async def fetch(part: Path, size: int, sha256: str) -> str:
        part.write_bytes(BYTES)
        return "mirror"

    assert await store.ensure(SHA, len(BYTES), fetch) == "mirror"
    assert store.object_path(SHA).read_bytes() == BYTES
    assert [p.read_bytes()[:1] for p in (store.root / "corrupt").iterdir()] == [b"x"]
    assert store.corrupted == [SHA]
