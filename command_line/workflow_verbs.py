"""scan, script and download: workflow files checked against a models folder (on this disk, or a running
ComfyUI's), their missing models given sources, then a curl script or the downloads themselves."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from tqdm import tqdm

from ..civitai_utils.download_tasks import Status
from ..civitai_utils.model_folders import ModelFolders
from ..civitai_utils.running_comfyui import RunningComfyUI
from ..civitai_utils.settings import api_bases
from ..civitai_utils.standalone_services import LocalDisk, StandaloneServices
from ..civitai_utils.url_policy import UrlPolicy
from ..pipeline.reports.download_script import ScriptEntry, render_script
from ..pipeline.reports.scan_report import ScanReport
from ..pipeline.shapes.model_names import UnsafeTarget
from ..pipeline.sources.local_step import local_answer
from ..pipeline.sources.resolution_chain import resolve_missing_all
from ..pipeline.workflows.loader_rules import LoaderRules
from ..pipeline.workflows.scan import scan
from .output import JsonOutput, print_report

EXIT_OK, EXIT_MISSING = 0, 1
PROGRESS_EVENT = "civitai.download.progress"
SKIPPED_EVENT = "civitai-sidebar.skipped"
POLL_SECONDS = 0.5  # how often a ComfyUI without a socket is asked
QUIET_SECONDS = 5.0  # how long a socket may stay silent before the task list is asked
FINISHED = {status.value for status in Status if status.finished}


class UsageError(Exception):
    """Bad input: exit code 2, nothing written."""


class Failed(Exception):
    """The work could not be done (an image Civitai does not show, a ComfyUI that does not answer): exit 1."""


def check_usage(args) -> None:
    """Refuse contradictory options before any ComfyUI or source is asked."""
    if args.comfyui_url and args.object_info:
        raise UsageError("give --object-info or --comfyui-url, not both")
    if args.command == "script" and args.comfyui_url and args.models_dir is None and args.comfyui is None:
        raise UsageError("script writes paths under a models folder: give --models-dir or --comfyui too")
    if args.command == "download" and args.concurrency < 1:
        raise UsageError("--concurrency must be 1 or more")
    if args.command == "download" and args.comfyui_url and (args.segments is not None or args.limit_rate is not None):
        raise UsageError(
            "--segments and --limit-rate shape downloads done here; a running ComfyUI uses its own settings"
            " (Settings → Civitai → Downloads)"
        )


def _models_dir(args) -> Path | None:
    """The models folder given (or ./models); None when a running ComfyUI's folders are used and none is given."""
    if args.models_dir:
        models = args.models_dir
    elif args.comfyui:
        models = args.comfyui / "models"
    elif getattr(args, "comfyui_url", None):
        return None
    else:
        models = Path("models")
    if not models.is_dir():
        raise UsageError(f"no models folder at {models}: give --comfyui DIR, --models-dir DIR or --comfyui-url URL")
    return models.resolve()


def _saved_object_info(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        object_info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot read {path}: {error}") from None
    if not isinstance(object_info, dict):
        raise UsageError(f"{path} is not an object_info answer (a JSON object of node types)")
    return object_info


def _rules(object_info: dict | None, inventory: dict[str, list[str]]) -> LoaderRules:
    if object_info is None:
        return LoaderRules.static()
    return LoaderRules.from_object_info(object_info, inventory, fallback=LoaderRules.static())


def scan_workflows(
    args, live_object_info: dict | None = None, live_inventory: dict | None = None
) -> tuple[ScanReport, LocalDisk]:
    """The scan, with a running ComfyUI's node definitions and folder lists when given (else the disk's)."""
    models_dir = _models_dir(args)
    custom_nodes = [str(args.comfyui / "custom_nodes")] if args.comfyui else []
    # Without a local models folder nothing is on this disk: a path that does not exist lists no files.
    disk = LocalDisk.at(models_dir or Path("models").resolve() / "absent", custom_nodes)
    inventory = live_inventory if live_inventory is not None else disk.inventory()
    object_info = live_object_info if live_object_info is not None else _saved_object_info(args.object_info)
    # The node types an object_info lists are the installed ones; without it none are judged.
    known_nodes = set(object_info) if object_info is not None else None
    return scan(args.paths, inventory, _rules(object_info, inventory), known_nodes), disk


def _document(report: ScanReport, out: JsonOutput, extra: dict | None = None) -> None:
    if out.enabled:
        out.document({**json.loads(report.as_json()), **(extra or {})})


def _write_reports(report: ScanReport, directory: Path | None) -> None:
    if directory is None:
        return
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "missing-models.json").write_text(report.as_json(), encoding="utf-8")
    (directory / "missing-models.md").write_text(report.as_markdown(), encoding="utf-8")


async def _map_locally(report: ScanReport, disk: LocalDisk) -> None:
    """The scan's answer for missing files this machine already has (same cached SHA-256, or a variant)."""
    finder = disk.finder()
    for finding in report.findings:
        if finding.verdict.status == "missing":
            finding.verdict.resource = await local_answer(finding.verdict.reference, finder)


async def _find_sources(report: ScanReport, services: StandaloneServices) -> None:
    """A source for every missing model: this machine first, the catalogs this Python has (ComfyUI's templates
    when run with ComfyUI's Python), then Civitai and Hugging Face (keys from the environment)."""
    missing = [f for f in report.findings if f.verdict.status == "missing"]
    references = [f.verdict.reference for f in missing]
    resolved = await resolve_missing_all(
        references, services.civitai, services.huggingface, services.catalogs, services.disk.finder()
    )
    for finding, resource in zip(missing, resolved, strict=True):
        finding.verdict.resource = resource


def _skip(out: JsonOutput, word: str, resource, why: str) -> None:
    if out.enabled:
        out.event(SKIPPED_EVENT, {"reason": word, "folder": resource.folder, "filename": resource.filename, "why": why})
    else:
        print(f"{word:<9} {resource.folder}/{resource.filename}: {why}", file=sys.stderr)


def _wanted(report: ScanReport, out: JsonOutput):
    """Each missing model's source that Download All would take (confident, not on disk, not blocked)."""
    for finding in report.findings:
        resource = finding.verdict.resource
        if finding.verdict.status != "missing" or resource is None or not resource.resolved:
            continue
        if resource.already_downloaded:
            _skip(out, "on disk", resource, resource.evidence or "already on this machine")
        elif resource.needs_confirmation:
            _skip(out, "skipped", resource, resource.evidence or "found by name only: check it first")
        elif resource.blocked:
            _skip(out, "skipped", resource, resource.blocked)
        else:
            yield resource


def _with_targets(resources, folders: ModelFolders, out: JsonOutput):
    """(resource, target) with each target checked safe inside the models folder."""
    for resource in resources:
        try:
            yield resource, folders.resolve(resource.folder, resource.filename or "", resource.subfolder)
        except UnsafeTarget as refused:
            _skip(out, "skipped", resource, str(refused))


def _write_script(report: ScanReport, disk: LocalDisk, output: Path, out: JsonOutput) -> dict:
    policy, models_dir = UrlPolicy(api_bases()), disk.models_dir
    entries = [
        ScriptEntry(
            service=policy.key_service_for(resource.url) or "other",
            url=resource.url,
            target=str(target.path.relative_to(models_dir))
            if target.path.is_relative_to(models_dir)
            else str(target.path),
            sha256=resource.sha256,
        )
        for resource, target in _with_targets(_wanted(report, out), disk.folders, out)
    ]
    output.write_text(render_script(entries, str(models_dir), output.name), encoding="utf-8")
    output.chmod(0o755)
    if not out.enabled:
        print(f"wrote {output} ({len(entries)} download(s))")
    return {"script": str(output), "download_count": len(entries)}


class Progress:
    """Download progress: JSON lines with `--json`, tqdm bars on a terminal, else nothing until the end."""

    # tqdm's own rate and time left are left out: the engine's (smoothed, and none while paused) are in the postfix.
    BAR_FORMAT = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]"

    def __init__(self, out: JsonOutput):
        self.out = out
        self.bars: dict[str, tqdm] | None = {} if not out.enabled and sys.stderr.isatty() else None

    def show(self, event: str, payload: dict) -> None:
        if self.out.enabled:
            self.out.event(event, payload)
        if self.bars is None or payload.get("kind") == "batch":
            return
        bar = self.bars.get(payload["task_id"])
        if bar is None:
            bar = self.bars[payload["task_id"]] = tqdm(
                desc=payload["filename"], unit="B", unit_scale=True, unit_divisor=1024, bar_format=self.BAR_FORMAT
            )
        bar.total = payload["total_bytes"] or bar.total
        bar.n = payload["downloaded_bytes"]
        bar.set_postfix_str(progress_note(payload), refresh=True)

    def close(self) -> None:
        for bar in (self.bars or {}).values():
            bar.close()


def progress_note(payload: dict) -> str:
    """What a bar says after its bytes: "downloading, 12.3MB/s, 00:06 left, 8 connections", a retry's countdown,
    or the error."""
    if payload["error"]:
        return payload["error"][:60]
    retry = payload.get("retry")
    if retry:
        return f"retrying in {retry['in_seconds']} s, {retry['attempt']} of {retry['of']}"
    parts = [payload["status"]]
    if payload["status"] == Status.DOWNLOADING.value:
        if payload.get("speed"):
            parts.append(tqdm.format_sizeof(payload["speed"], "B/s", 1024))
        if payload.get("eta_seconds"):
            parts.append(f"{tqdm.format_interval(payload['eta_seconds'])} left")
        if (payload.get("connections") or 0) > 1:
            parts.append(f"{payload['connections']} connections")
    return ", ".join(parts)


def _outcome(tasks: list[dict], out: JsonOutput) -> tuple[bool, dict]:
    downloads = [
        {key: task.get(key) for key in ("filename", "folder", "path", "status", "error")}
        for task in tasks
        if task.get("kind") != "batch"
    ]
    if not out.enabled:
        for task in downloads:
            word = "downloaded" if task["status"] == Status.COMPLETED.value else task["status"]
            print(f"{word:<10} {task['folder']}/{task['path'] or task['filename']}  {task['error'] or ''}".rstrip())
    return all(task["status"] == Status.COMPLETED.value for task in downloads), {"downloads": downloads}


async def _download_here(report: ScanReport, services: StandaloneServices, args, out: JsonOutput):
    progress = Progress(out)
    engine = services.download_engine(
        progress.show, args.concurrency, segments=args.segments, bandwidth_limit=args.limit_rate
    )
    try:
        wanted = _with_targets(_wanted(report, out), services.disk.folders, out)
        tasks = [engine.submit(resource) for resource, _ in wanted]
        while any(not task.status.finished for task in tasks):
            await asyncio.sleep(0.2)
    finally:
        await engine.close()
        progress.close()
    return _outcome([task.payload() for task in tasks], out)


async def _download_there(report: ScanReport, comfyui: RunningComfyUI, out: JsonOutput):
    """Queue the downloads in the running ComfyUI (its folders, its key store) and follow them to the end over its
    WebSocket; when it is quiet for a while (or has no socket), its task list is asked instead."""
    wanted = [resource.model_dump() for resource in _wanted(report, out)]
    if not wanted:
        return True, {"downloads": []}
    progress, states = Progress(out), {}

    def seen(task: dict) -> None:
        mine = task["task_id"] == batch_id or task.get("batch_id") == batch_id
        if mine and states.get(task["task_id"]) != task:
            states[task["task_id"]] = task
            progress.show(PROGRESS_EVENT, task)

    try:
        async with comfyui.download_events() as events:
            batch_id = (await comfyui.queue_downloads(wanted))["task_id"]
            for task in await comfyui.downloads():  # what happened before the id was known
                seen(task)
            while states.get(batch_id, {}).get("status") not in FINISHED:
                event = await events.next(wait=QUIET_SECONDS if events.socket is not None else POLL_SECONDS)
                if event is not None:
                    seen(event)
                    continue
                tasks = await comfyui.downloads()
                if not any(task["task_id"] == batch_id for task in tasks):
                    raise Failed(f"the ComfyUI at {comfyui.base_url} lost the download batch {batch_id}")
                for task in tasks:
                    seen(task)
    finally:
        progress.close()
    items = [states[item] for item in states[batch_id].get("items", []) if item in states]
    return _outcome(items, out)


async def act_on_workflows(
    args, report: ScanReport, disk: LocalDisk, out: JsonOutput, comfyui: RunningComfyUI | None = None
) -> int:
    if args.command == "scan":
        if report.count("missing"):
            await _map_locally(report, disk)
        if out.enabled:
            _document(report, out)
        else:
            print_report(report)
        _write_reports(report, args.report_dir)
        return EXIT_OK if report.complete else EXIT_MISSING
    async with StandaloneServices.open(disk) as services:
        if report.count("missing"):
            await _find_sources(report, services)
        _write_reports(report, args.report_dir)
        if not out.enabled:
            print_report(report)  # the sources first, then what is done with them
        extra: dict = {}
        ok = report.complete
        if args.command == "script":
            extra = _write_script(report, disk, args.output, out)
        elif not args.check_only and report.count("missing"):
            if comfyui is not None:
                ok, extra = await _download_there(report, comfyui, out)
            else:
                ok, extra = await _download_here(report, services, args, out)
            # Done only when every missing model was downloaded (not when none could be).
            ok = ok and len(extra["downloads"]) == report.count("missing") and not report.custom_nodes
        _document(report, out, extra)
    return EXIT_OK if ok else EXIT_MISSING
