"""`civitai-sidebar realize LOCK`: the command line's and the MCP tool's way to make a machine match a lock file.

Input is checked before anything is written (a bad lock, folder or mirror is a usage error); the answer is one
`civitai-sidebar/realize@1` document (docs/cli.md) or lines for people.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..civitai_utils.model_store import ModelStore
from ..civitai_utils.object_fetch import check_plain_url
from ..civitai_utils.realize import Realizer, summarize
from ..civitai_utils.settings import api_bases
from ..civitai_utils.standalone_services import LocalDisk, StandaloneServices
from ..civitai_utils.url_policy import UnsafeUrl, UrlPolicy
from ..pipeline.shapes.lock_file import LockFile
from .workflow_verbs import UsageError

MAX_LOCK_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RealizeRequest:
    lock_path: Path
    lock: LockFile
    models_dir: Path
    store: Path
    mirror: str | None = None
    replace: bool = False
    publish_to: Path | None = None


def read_lock(path: Path) -> LockFile:
    try:
        if path.stat().st_size > MAX_LOCK_BYTES:
            raise UsageError(f"{path} is larger than a lock file can be")
        return LockFile.parse(path.read_bytes())
    except OSError as error:
        raise UsageError(f"cannot read the lock file {path}: {error.strerror or error}") from None
    except ValueError as bad:
        raise UsageError(f"{path}: {bad}") from None


def check_request(
    lock_path: Path,
    models_dir: Path | None,
    store: Path | None,
    mirror: str | None = None,
    replace: bool = False,
    publish_to: Path | None = None,
) -> RealizeRequest:
    """Everything a realize needs, checked; UsageError (exit 2) before anything is written."""
    lock = read_lock(Path(lock_path))
    if models_dir is None:
        raise UsageError("say which models folder to realize into (--models-dir DIR or --comfyui DIR)")
    if not Path(models_dir).is_dir():
        raise UsageError(f"no models folder at {models_dir}")
    if store is None:
        raise UsageError("say where the model store is (--store DIR)")
    if os.path.lexists(store) and not Path(store).is_dir():
        raise UsageError(f"the store {store} exists and is not a folder")
    if publish_to is not None and os.path.lexists(publish_to) and not Path(publish_to).is_dir():
        raise UsageError(f"{publish_to} exists and is not a folder")
    if mirror:
        try:
            check_plain_url(UrlPolicy(api_bases()), mirror)
        except UnsafeUrl as unsafe:
            raise UsageError(f"the mirror URL is refused: {unsafe}") from None
    return RealizeRequest(
        Path(lock_path), lock, Path(models_dir).resolve(), Path(store).resolve(), mirror, replace,
        Path(publish_to).resolve() if publish_to else None,
    )  # fmt: skip


async def realize_request(request: RealizeRequest) -> dict:
    """Realize and answer the document's body (without its schema line)."""
    disk = LocalDisk.at(request.models_dir)
    hashes = disk.models.hashes
    store = ModelStore(request.store, hashes)
    async with StandaloneServices.open(disk) as services:
        realizer = Realizer(disk.folders, store, services.http, hashes, mirror=request.mirror, replace=request.replace)
        outcomes = await realizer.realize(request.lock)
        published = realizer.publish(request.lock, request.publish_to) if request.publish_to else None
    summary = summarize(outcomes)
    answer = {
        "lock": str(request.lock_path),
        "models_dir": str(request.models_dir),
        "store": str(request.store),
        "mirror": request.mirror,
        "models": [outcome.as_json() for outcome in outcomes],
        "unpinned": [{"folder": m.folder, "name": m.name, "reason": m.reason} for m in request.lock.unpinned],
        "summary": summary,
        "complete": summary["refused"] == 0 and summary["failed"] == 0,
    }
    if published is not None:
        answer["published"] = {"dir": str(request.publish_to), "objects": published}
    return answer


def print_realized(answer: dict) -> None:
    for model in answer["models"]:
        line = f"{model['state']:<8} {model['folder']}/{model['name']}"
        how = [word for word in (model["link"], model["source"] and f"from {model['source']}") if word]
        if model["adopted"]:
            how.append("adopted into the store")
        if model["moved_aside"]:
            how.append(f"the wrong file moved to {model['moved_aside']}")
        if how:
            line += f"  ({', '.join(how)})"
        if model["detail"]:
            line += f"  {model['detail']}"
        print(line)
    for model in answer["unpinned"]:
        print(f"{'unpinned':<8} {model['folder']}/{model['name']}  ({model['reason']})")
    s, count = answer["summary"], len(answer["models"])
    print(
        f"{count} model(s): {s['present']} present, {s['linked']} linked ({s['downloaded']} downloaded, "
        f"{s['from_mirror']} from the mirror), {s['adopted']} adopted, {s['refused']} refused, {s['failed']} failed"
        + (f"; {s['copies']} copied (no links possible)" if s["copies"] else "")
        + (f"; {s['symlinks']} symlinked (store on another filesystem)" if s["symlinks"] else "")
    )
    if "published" in answer:
        print(f"published {len(answer['published']['objects'])} object(s) to {answer['published']['dir']}")
