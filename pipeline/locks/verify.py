"""Is each locked model on this machine, and is it the locked file? Present, missing or wrong, with a sentence.

Pure: the disk's facts come in as `SeenFile`s (civitai_utils/lock_disk.py stats each file and reads its SHA-256
through the hash cache only when its size is the locked one, so a wrong size is wrong without hashing).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from ..shapes.lock_file import LockedModel, LockFile
from ..shapes.seen_files import SeenFile

State = Literal["present", "missing", "wrong"]
STATES: tuple[State, ...] = ("present", "missing", "wrong")


class ModelCheck(BaseModel):
    folder: str
    name: str
    sha256: str
    size: int
    state: State
    detail: str | None = None
    path: str | None = None


def check_model(model: LockedModel, seen: SeenFile | None) -> ModelCheck:
    """One locked model judged from what the disk showed."""
    facts = {"folder": model.folder, "name": model.name, "sha256": model.sha256, "size": model.size}
    if seen is None or seen.path is None:
        why = seen.problem if seen is not None and seen.problem else f"no file {model.folder}/{model.name}"
        return ModelCheck(**facts, state="missing", detail=why)
    if seen.size != model.size:
        why = f"{seen.size} bytes, the lock says {model.size}"
        return ModelCheck(**facts, state="wrong", detail=why, path=seen.path)
    if seen.sha256 is None:
        why = seen.problem or "its SHA-256 could not be read"
        return ModelCheck(**facts, state="wrong", detail=why, path=seen.path)
    if seen.sha256 != model.sha256:
        why = f"SHA-256 {seen.sha256[:12]}…, the lock says {model.sha256[:12]}…"
        return ModelCheck(**facts, state="wrong", detail=why, path=seen.path)
    return ModelCheck(**facts, state="present", path=seen.path)


def verify_answer(lock: LockFile, seen: list[SeenFile]) -> dict:
    """The answer every door gives: each model's state, the counts, and whether the machine is complete."""
    by_place = {(s.folder, s.name): s for s in seen}
    checks = [check_model(model, by_place.get((model.folder, model.name))) for model in lock.models]
    summary = {state: sum(check.state == state for check in checks) for state in STATES}
    return {
        "models": [check.model_dump() for check in checks],
        "summary": summary,
        "complete": summary["present"] == len(checks),
    }
