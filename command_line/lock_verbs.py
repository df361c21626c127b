"""lock and verify: a `models.lock.json` written from workflows (or a Civitai image) and the files on disk, and a
models folder checked against one. Schemas `civitai-sidebar/lock@1` and `civitai-sidebar/verify@1`: docs/cli.md."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from ..civitai_utils.lock_disk import hash_places, seen_files
from ..civitai_utils.running_comfyui import RunningComfyUI
from ..civitai_utils.standalone_services import LocalDisk, StandaloneServices
from ..pipeline.images.flow import resolve_image
from ..pipeline.images.pasted_ref import parse_pasted
from ..pipeline.locks.build import LockBuild, lock_findings
from ..pipeline.locks.verify import verify_answer
from ..pipeline.shapes.image_generation import ResolvedResource
from ..pipeline.shapes.lock_file import LockFile
from ..pipeline.sources.resolution_chain import resolve_missing_all
from .output import JsonOutput
from .workflow_verbs import UsageError, check_usage, scan_workflows

EXIT_OK, EXIT_MISSING = 0, 1
DEFAULT_LOCK = Path("models.lock.json")


def add_lock_verbs(commands, output: argparse.ArgumentParser, add_models_place: Callable) -> None:
    helptext = "write models.lock.json: the exact model files the workflows (or a Civitai image) need, by SHA-256"
    lock = commands.add_parser("lock", help=helptext, description=helptext, parents=[output])
    lock.add_argument("paths", nargs="*", type=Path, help="workflow .json/.png/.webp files or folders")
    lock.add_argument("--image", help="a Civitai image ID or link: lock the models it used")
    add_models_place(lock)
    lock.add_argument("--comfyui-url", help="a running ComfyUI (http://host:port): its node definitions and folders")
    lock.add_argument("--object-info", type=Path, help="object_info.json saved from a running ComfyUI")
    lock.add_argument("-o", "--output", type=Path, default=DEFAULT_LOCK, help=f"default {DEFAULT_LOCK}")
    helptext = "check a models folder against a lock file: each model present, missing or wrong (size or SHA-256)"
    verify = commands.add_parser("verify", help=helptext, description=helptext, parents=[output])
    verify.add_argument("lock", type=Path, help="a models.lock.json")
    add_models_place(verify)


def _check_lock_usage(args) -> None:
    """Everything refusable is refused before any source is asked or any file written (exit 2)."""
    if not args.paths and not args.image:
        raise UsageError("give workflow files or folders, or --image ID_OR_LINK")
    if args.image is not None:
        try:
            named = parse_pasted(args.image)
        except ValueError as bad:
            raise UsageError(str(bad)) from None
        if not isinstance(named, int):
            raise UsageError("--image needs a Civitai image ID or link, not a model")
    if args.output.is_dir():
        raise UsageError(f"{args.output} is a folder: give the lock file's path with -o")
    if not args.output.parent.is_dir():
        raise UsageError(f"no folder {args.output.parent} to write {args.output.name} into")
    check_usage(args)


def _image_disk(args) -> LocalDisk:
    models = args.models_dir or (args.comfyui / "models" if args.comfyui else Path("models"))
    if (args.models_dir or args.comfyui) and not models.is_dir():
        raise UsageError(f"no models folder at {models}")
    return LocalDisk.at(models.resolve() if models.is_dir() else models.resolve() / "absent")


async def _scanned(args):
    if not args.paths:
        return [], [], _image_disk(args)
    if not args.comfyui_url:
        report, disk = scan_workflows(args)
    else:
        async with RunningComfyUI.open(args.comfyui_url) as comfyui:
            report, disk = scan_workflows(args, await comfyui.object_info(), await comfyui.inventory())
    return [finding.verdict for finding in report.findings], report.problems, disk


async def _build(args) -> LockBuild:
    verdicts, problems, disk = await _scanned(args)
    async with StandaloneServices.open(disk) as services:
        missing = [v for v in verdicts if v.status == "missing"]
        found = await resolve_missing_all(
            [v.reference for v in missing], services.civitai, services.huggingface, services.catalogs, disk.finder()
        )
        for verdict, resource in zip(missing, found, strict=True):
            verdict.resource = resource
        resources: list[ResolvedResource] = []
        if args.image:
            answer = await resolve_image(args.image, services.civitai, disk.finder())
            resources = [ResolvedResource.model_validate(r) for r in answer.get("resources", [])]

        async def hash_files(places):
            return await asyncio.to_thread(hash_places, disk.models, places)

        build = await lock_findings(verdicts, resources, hash_files, services.civitai, services.huggingface)
    build.notes = problems + build.notes
    return build


def _sources_words(model) -> str:
    words = []
    for source in model.sources:
        if source.kind == "huggingface":
            words.append(f"huggingface {source.repo}@{source.revision[:10]}")
        elif source.kind == "civitai":
            file = f" file {source.file_id}" if source.file_id else ""
            words.append(f"civitai version {source.model_version_id}{file}")
        else:
            words.append(source.url)
    return ", ".join(words) or "no known source"


async def lock(args, out: JsonOutput) -> int:
    _check_lock_usage(args)
    build = await _build(args)
    args.output.write_text(build.lock.dumps(), encoding="utf-8")
    answer = build.answer()
    if out.enabled:
        out.document({**answer, "output": str(args.output)})
    else:
        for note in build.notes:
            print(f"note: {note}", file=sys.stderr)
        for model in build.lock.models:
            print(f"{'locked':<9} {model.folder}/{model.name}  {model.sha256[:12]}…  ({_sources_words(model)})")
        for model in build.lock.unpinned:
            print(f"{'unpinned':<9} {model.folder}/{model.name}: {model.reason}")
        summary = build.summary()
        print(f"wrote {args.output}: {summary['pinned']} locked ({summary['without_source']} without a known "
              f"source), {summary['unpinned']} unpinned")  # fmt: skip
    return EXIT_OK if build.complete else EXIT_MISSING


def _verify_disk(args) -> LocalDisk:
    models = args.models_dir or (args.comfyui / "models" if args.comfyui else Path("models"))
    if not models.is_dir():
        raise UsageError(f"no models folder at {models}: give --models-dir DIR or --comfyui DIR")
    return LocalDisk.at(models.resolve())


def read_lock(path: Path) -> LockFile:
    try:
        text = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return LockFile.parse(text)
    except ValueError as bad:
        raise UsageError(f"{path}: {bad}") from None


async def verify(args, out: JsonOutput) -> int:
    locked = read_lock(args.lock)
    disk = _verify_disk(args)
    seen = await asyncio.to_thread(seen_files, locked, disk.folders, disk.models.hashes)
    answer = verify_answer(locked, seen)
    if out.enabled:
        out.document({"lock": str(args.lock), "models_dir": str(disk.models_dir), **answer})
    else:
        for model in answer["models"]:
            detail = f"  ({model['detail']})" if model["detail"] else ""
            print(f"{model['state']:<9} {model['folder']}/{model['name']}{detail}")
        summary = answer["summary"]
        print(f"{len(answer['models'])} locked model(s): {summary['present']} present, {summary['missing']} missing, "
              f"{summary['wrong']} wrong")  # fmt: skip
    return EXIT_OK if answer["complete"] else EXIT_MISSING
