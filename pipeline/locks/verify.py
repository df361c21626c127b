"""Is each locked model on this machine, and is it the locked file? Present, missing or wrong, with a sentence.

Pure: the disk's facts come in as `SeenFile`s (civitai_utils/lock_disk.py stats each file and reads its SHA-256
through the hash cache only when its size is the locked one, so a wrong size is wrong without hashing).
"""

from __future__ import annotations

from typing import Literal, TypedDict

from ..shapes.lock_file import LockedModel, LockFile
from ..shapes.seen_files import SeenFile

State = Literal["present", "missing", "wrong"]
STATES: tuple[State, ...] = ("present", "missing", "wrong")


class ModelCheck(TypedDict):
    """One model's line of the answer (a plain dict: 20,000 of them are built in a few milliseconds)."""

    folder: str
    name: str
    sha256: str
    size: int
    state: State
    detail: str | None
    path: str | None


def _check(model: LockedModel, state: State, detail: str | None = None, path: str | None = None) -> ModelCheck:
    return {"folder": model.folder, "name": model.name, "sha256": model.sha256, "size": model.size,
            "state": state, "detail": detail, "path": path}  # fmt: skip


def check_model(model: LockedModel, seen: SeenFile | None) -> ModelCheck:
    """One locked model judged from what the disk showed."""
    if seen is None or seen.path is None:
        why = seen.problem if seen is not None and seen.problem else f"no file {model.folder}/{model.name}"
        return _check(model, "missing", why)
    if seen.size != model.size:
        return _check(model, "wrong", f"{seen.size} bytes, the lock says {model.size}", seen.path)
    if seen.sha256 is None:
        return _check(model, "wrong", seen.problem or "its SHA-256 could not be read", seen.path)
    if seen.sha256 != model.sha256:
        why = f"SHA-256 {seen.sha256[:12]}…, the lock says {model.sha256[:12]}…"
        return _check(model, "wrong", why, seen.path)
    return _check(model, "present", path=seen.path)


def verify_answer(lock: LockFile, seen: list[SeenFile]) -> dict:
    """The answer every door gives: each model's state, the counts, and whether the machine is complete."""
    by_place = {(s.folder, s.name): s for s in seen}
    checks = [check_model(model, by_place.get((model.folder, model.name))) for model in lock.models]
    summary = {state: sum(check["state"] == state for check in checks) for state in STATES}
    return {
        "models": checks,
        "summary": summary,
        "complete": summary["present"] == len(checks),
    }
