"""The command line: the missing-models half of the pack without ComfyUI or a browser.

    python -m pipeline scan WORKFLOWS... --comfyui ~/ComfyUI         # report what is missing
    python -m pipeline script WORKFLOWS... --models-dir /models -o get-models.sh
    python -m pipeline download WORKFLOWS... --comfyui ~/ComfyUI [--check-only]

Exit codes: 0 every model present (or downloaded), 1 something missing or failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from tqdm import tqdm

from ..civitai_utils.download_tasks import Status
from ..civitai_utils.model_folders import ModelFolders
from ..civitai_utils.settings import api_bases
from ..civitai_utils.standalone_services import LocalDisk, StandaloneServices
from ..civitai_utils.url_policy import UrlPolicy
from .reports.download_script import ScriptEntry, render_script
from .reports.scan_report import ScanReport
from .shapes.model_names import UnsafeTarget
from .sources.local_step import local_answer
from .sources.resolution_chain import resolve_missing_all
from .workflows.loader_rules import LoaderRules
from .workflows.scan import scan

EXIT_OK, EXIT_MISSING, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("scan", "report the models the workflows need and which are missing"),
        ("script", "write a bash script that downloads the missing models with curl"),
        ("download", "find and download the missing models into the models folder"),
    ):
        command = commands.add_parser(name, help=helptext, description=helptext)
        command.add_argument("paths", nargs="+", type=Path, help="workflow .json/.png/.webp files or folders")
        where = command.add_mutually_exclusive_group()
        where.add_argument("--comfyui", type=Path, help="a ComfyUI folder (its models/ is used)")
        where.add_argument("--models-dir", type=Path, help="a ComfyUI models folder")
        command.add_argument("--object-info", type=Path, help="object_info.json saved from a running ComfyUI")
        command.add_argument("--json", action="store_true", help="print JSON instead of lines")
        command.add_argument("--report-dir", type=Path, default=Path("."), help="where missing-models.json/.md go")
        if name == "script":
            command.add_argument("-o", "--output", type=Path, default=Path("download-models.sh"))
        if name == "download":
            command.add_argument("--check-only", action="store_true", help="resolve and report, download nothing")
            command.add_argument("--concurrency", type=int, default=2)
    return parser


def _models_dir(args) -> Path:
    if args.models_dir:
        models = args.models_dir
    elif args.comfyui:
        models = args.comfyui / "models"
    else:
        models = Path("models")
    if not models.is_dir():
        raise UsageError(f"no models folder at {models}: give --comfyui DIR or --models-dir DIR")
    return models.resolve()


def _object_info(args) -> dict | None:
    if not args.object_info:
        return None
    try:
        object_info = json.loads(args.object_info.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot read {args.object_info}: {error}") from None
    if not isinstance(object_info, dict):
        raise UsageError(f"{args.object_info} is not an object_info answer (a JSON object of node types)")
    return object_info


def _rules(object_info: dict | None, inventory: dict[str, list[str]]) -> LoaderRules:
    if object_info is None:
        return LoaderRules.static()
    return LoaderRules.from_object_info(object_info, inventory, fallback=LoaderRules.static())


def _print_report(report: ScanReport, as_json: bool) -> None:
    if as_json:
        print(report.as_json())
        return
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for finding in report.findings:
        verdict, reference = finding.verdict, finding.verdict.reference
        line = f"{verdict.status:<9} {reference.folder}/{reference.name}"
        if verdict.message:
            line += f"  ({verdict.message})"
        elif verdict.resource is not None:
            line += "  " + _source_words(verdict.resource)
        print(line)
    for node_type in sorted(report.custom_nodes):
        advice = report.advice(node_type)
        print(f"{'update' if advice.core else 'no pack':<9} node type {node_type}: {advice.message}")
    print(
        f"{len(report.workflows)} workflow(s), {len(report.findings)} model(s): {report.count('present')} present, "
        f"{report.count('missing')} missing, {report.count('elsewhere')} in another folder"
    )


def _source_words(resource) -> str:
    """Where the file comes from (or which local file to use), how sure, and why."""
    if resource.already_downloaded and resource.local_path:
        head = f"= use {resource.folder}/{resource.local_path}"
    elif resource.resolved:
        head = f"<- {resource.url}"
    else:
        return f"({resource.reason})"
    sure = "check first" if resource.needs_confirmation else "sure"
    confidence = f"confidence {resource.confidence:.2f}, " if resource.confidence is not None else ""
    return f"{head}  [{confidence}{sure}] {resource.evidence or ''}".rstrip()


def _write_reports(report: ScanReport, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "missing-models.json").write_text(report.as_json(), encoding="utf-8")
    (directory / "missing-models.md").write_text(report.as_markdown(), encoding="utf-8")


async def _map_locally(report: ScanReport, disk: LocalDisk) -> None:
    """The scan's answer for missing files this machine already has (same cached SHA-256, or a variant)."""
    finder = disk.finder()
    for finding in report.findings:
        if finding.verdict.status == "missing":
            finding.verdict.resource = await local_answer(finding.verdict.reference, finder)


async def _resolve(report: ScanReport, services: StandaloneServices) -> None:
    """Find a source for every missing model: this machine first, the catalogs this Python has (ComfyUI's
    templates when run with ComfyUI's Python), then Civitai and Hugging Face (keys from the environment)."""
    missing = [f for f in report.findings if f.verdict.status == "missing"]
    references = [f.verdict.reference for f in missing]
    resolved = await resolve_missing_all(
        references, services.civitai, services.huggingface, services.catalogs, services.disk.finder()
    )
    for finding, resource in zip(missing, resolved, strict=True):
        finding.verdict.resource = resource


def _downloadable(report: ScanReport, folders: ModelFolders):
    """(finding, target) for each missing model with a confident source, its target checked safe."""
    for finding in report.findings:
        resource = finding.verdict.resource
        if finding.verdict.status != "missing" or resource is None or not resource.resolved:
            continue
        if resource.already_downloaded:
            print(f"on disk   {resource.folder}/{resource.filename}: {resource.evidence}", file=sys.stderr)
            continue
        if resource.needs_confirmation:
            print(f"skipped   {resource.folder}/{resource.filename}: {resource.evidence}", file=sys.stderr)
            continue
        if resource.blocked:
            print(f"skipped   {resource.folder}/{resource.filename}: {resource.blocked}", file=sys.stderr)
            continue
        try:
            target = folders.resolve(resource.folder, resource.filename or "", resource.subfolder)
        except UnsafeTarget as refused:
            print(f"skipped   {resource.folder}/{resource.filename}: {refused}", file=sys.stderr)
            continue
        yield finding, target


def _write_script(report: ScanReport, folders: ModelFolders, models_dir: Path, output: Path) -> int:
    policy = UrlPolicy(api_bases())
    entries = [
        ScriptEntry(
            service=policy.key_service_for(finding.verdict.resource.url) or "other",
            url=finding.verdict.resource.url,
            target=str(target.path.relative_to(models_dir))
            if target.path.is_relative_to(models_dir)
            else str(target.path),
            sha256=finding.verdict.resource.sha256,
        )
        for finding, target in _downloadable(report, folders)
    ]
    output.write_text(render_script(entries, str(models_dir), output.name), encoding="utf-8")
    output.chmod(0o755)
    print(f"wrote {output} ({len(entries)} download(s))")
    return len(entries)


async def _download(report: ScanReport, services: StandaloneServices, concurrency: int) -> bool:
    folders = services.disk.folders
    bars: dict[str, tqdm] = {}

    def show(_event: str, payload: dict) -> None:
        bar = bars.get(payload["task_id"])
        if bar is None:
            bar = bars[payload["task_id"]] = tqdm(
                desc=payload["filename"], unit="B", unit_scale=True, unit_divisor=1024
            )
        bar.total = payload["total_bytes"] or bar.total
        bar.n = payload["downloaded_bytes"]
        retry = payload.get("retry")
        state = payload["status"]
        if retry:
            state = f"retrying in {retry['in_seconds']} s, {retry['attempt']} of {retry['of']}"
        bar.set_postfix_str(state if not payload["error"] else payload["error"][:60], refresh=True)

    engine = services.download_engine(show, concurrency)
    try:
        tasks = [engine.submit(finding.verdict.resource) for finding, _ in _downloadable(report, folders)]
        while any(not task.status.finished for task in tasks):
            await asyncio.sleep(0.2)
    finally:
        await engine.close()
        for bar in bars.values():
            bar.close()
    for task in tasks:
        if task.status != Status.COMPLETED:
            print(f"failed    {task.filename}: {task.error}", file=sys.stderr)
    return all(task.status == Status.COMPLETED for task in tasks)


def run(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        models_dir = _models_dir(args)
        custom_nodes = [str(args.comfyui / "custom_nodes")] if args.comfyui else []
        disk = LocalDisk.at(models_dir, custom_nodes)
        inventory = disk.inventory()
        object_info = _object_info(args)
        # The node types a saved object_info lists are the installed ones; without it none are judged.
        known_nodes = set(object_info) if object_info is not None else None
        report = scan(args.paths, inventory, _rules(object_info, inventory), known_nodes)
    except (UsageError, FileNotFoundError) as error:
        parser.exit(EXIT_USAGE, f"{parser.prog}: error: {error}\n")
    if args.command in ("script", "download"):
        return asyncio.run(_resolve_and_act(args, report, disk))
    if report.count("missing"):
        asyncio.run(_map_locally(report, disk))
    _print_report(report, args.json)
    _write_reports(report, args.report_dir)
    return EXIT_OK if report.complete else EXIT_MISSING


async def _resolve_and_act(args, report: ScanReport, disk: LocalDisk) -> int:
    async with StandaloneServices.open(disk) as services:
        if report.count("missing"):
            await _resolve(report, services)
        _print_report(report, args.json)
        _write_reports(report, args.report_dir)
        if args.command == "script":
            _write_script(report, disk.folders, disk.models_dir, args.output)
        if args.command == "download" and not args.check_only and report.count("missing"):
            return EXIT_OK if await _download(report, services, args.concurrency) else EXIT_MISSING
    return EXIT_OK if report.complete else EXIT_MISSING
