"""The command-line door, `civitai-sidebar` (or `python -m pipeline` in the pack's folder): parse the command,
call the services the sidebar uses, shape the answer. Verbs, JSON schemas and exit codes: docs/cli.md.

    civitai-sidebar scan WORKFLOWS... --comfyui ~/ComfyUI          # which models are missing
    civitai-sidebar resolve 26962948                               # a Civitai image's parameters and models
    civitai-sidebar generate 26962948 -o workflow.json             # ... as a ComfyUI API workflow
    civitai-sidebar download WORKFLOWS... --models-dir /models     # find and fetch the missing models
    civitai-sidebar status --comfyui-url http://127.0.0.1:8188     # the downloads of a running ComfyUI
    civitai-sidebar lock WORKFLOWS... --models-dir /models         # models.lock.json: the exact files, by SHA-256
    civitai-sidebar verify models.lock.json --models-dir /models   # is each locked file there, and right
    civitai-sidebar realize models.lock.json --models-dir /models --store /mnt/store   # make the machine match
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

from .civitai_utils.running_comfyui import ComfyUIUnreachable, RunningComfyUI, comfyui_base_url
from .civitai_utils.standalone_services import LocalDisk, StandaloneServices
from .command_line.lock_verbs import add_lock_verbs, lock, verify
from .command_line.output import JsonOutput, print_image, print_tasks
from .command_line.realize_verb import check_request, print_realized, realize_request
from .command_line.transfer_flags import add_transfer_flags
from .command_line.workflow_verbs import Failed, UsageError, act_on_workflows, check_usage, scan_workflows
from .pipeline.generation.build_workflow import build_workflow
from .pipeline.images.flow import ImageNotFound, resolve_image
from .pipeline.images.pasted_ref import parse_pasted
from .pipeline.shapes.civitai_types import CivitaiError
from .pipeline.shapes.image_generation import GenerateRequest
from .pipeline.sources.pasted_model import ModelNotFound

EXIT_OK, EXIT_MISSING, EXIT_USAGE = 0, 1, 2
PROG = "civitai-sidebar"
DEFAULT_COMFYUI_URL = "http://127.0.0.1:8188"


def _add_models_place(command: argparse.ArgumentParser) -> None:
    where = command.add_mutually_exclusive_group()
    where.add_argument("--comfyui", type=Path, help="a ComfyUI folder (its models/ is used)")
    where.add_argument("--models-dir", type=Path, help="a ComfyUI models folder")


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="VERB")
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--json", action="store_true", help="print one JSON document (schema in docs/cli.md)")

    for name, helptext in (
        ("scan", "report the models the workflows need and which are missing"),
        ("script", "write a bash script that downloads the missing models with curl"),
        ("download", "find and download the missing models into the models folder"),
    ):
        command = commands.add_parser(name, help=helptext, description=helptext, parents=[output])
        command.add_argument("paths", nargs="+", type=Path, help="workflow .json/.png/.webp files or folders")
        _add_models_place(command)
        command.add_argument("--object-info", type=Path, help="object_info.json saved from a running ComfyUI")
        command.add_argument(
            "--comfyui-url",
            help="a running ComfyUI (http://host:port): its node definitions and folders"
            + (", and it does the downloading" if name == "download" else ""),
        )
        command.add_argument("--report-dir", type=Path, help="write missing-models.json/.md into this folder")
        if name == "script":
            command.add_argument("-o", "--output", type=Path, default=Path("download-models.sh"))
        if name == "download":
            command.add_argument("--check-only", action="store_true", help="resolve and report, download nothing")
            command.add_argument("--concurrency", type=int, default=2)
            add_transfer_flags(command)

    for name, helptext in (
        ("resolve", "a Civitai image's generation parameters and the models it used (and which are on disk)"),
        ("generate", "a Civitai image made into a ComfyUI API-format workflow"),
    ):
        command = commands.add_parser(name, help=helptext, description=helptext, parents=[output])
        command.add_argument("image", help="a Civitai image ID or link (https://civitai.com/images/123)")
        _add_models_place(command)
        if name == "generate":
            command.add_argument("--comfyui-url", help="a running ComfyUI: name the models as its folders list them")
            command.add_argument("-o", "--output", type=Path, help="write the workflow here (default: stdout)")

    status = commands.add_parser(
        "status", help="the downloads of a running ComfyUI", description="the downloads of a running ComfyUI",
        parents=[output],
    )  # fmt: skip
    status.add_argument("--comfyui-url", default=DEFAULT_COMFYUI_URL, help=f"default {DEFAULT_COMFYUI_URL}")
    add_lock_verbs(commands, output, _add_models_place)
    realize = commands.add_parser(
        "realize", help="make the model folders match a lock file (through a content-addressed store)",
        description="make the model folders match a lock file (through a content-addressed store)", parents=[output],
    )  # fmt: skip
    realize.add_argument("lock", type=Path, help="a models.lock.json")
    _add_models_place(realize)
    realize.add_argument("--store", type=Path, help="the store folder (may be shared by many machines)")
    realize.add_argument("--mirror", help="an HTTP(S) mirror keyed by SHA-256 (<URL>/sha256/ab/<hex>), tried first")
    realize.add_argument("--replace", action="store_true", help="move a wrong file aside instead of refusing")
    realize.add_argument("--publish-to-mirror", type=Path, help="also lay the store's objects out in this folder")
    mcp = commands.add_parser("mcp", help="serve the same tools to an agent over MCP (stdio)")
    mcp.add_argument("--models-dir", type=Path, help="the ComfyUI models folder the tools use by default")
    return parser


def _optional_disk(args) -> LocalDisk:
    """The models folder given, or ./models; a folder that is not there means nothing is on disk."""
    models = args.models_dir or (args.comfyui / "models" if args.comfyui else Path("models"))
    if (args.models_dir or args.comfyui) and not models.is_dir():
        raise UsageError(f"no models folder at {models}")
    custom_nodes = [str(args.comfyui / "custom_nodes")] if args.comfyui else []
    return LocalDisk.at(models.resolve(), custom_nodes)


def _check_input(args) -> None:
    """Bad input is refused before anything is asked or written (exit 2)."""
    try:
        if getattr(args, "comfyui_url", None):
            args.comfyui_url = comfyui_base_url(args.comfyui_url)
        if args.command in ("resolve", "generate"):
            named = parse_pasted(args.image)
            if args.command == "generate" and not isinstance(named, int):
                raise UsageError("generate needs a Civitai image ID or link, not a model")
    except ValueError as bad:
        raise UsageError(str(bad)) from None


async def _resolve(args, out: JsonOutput) -> int:
    async with StandaloneServices.open(_optional_disk(args)) as services:
        answer = await resolve_image(args.image, services.civitai, services.disk.finder())
    if out.enabled:
        out.document(answer)
    else:
        print_image(answer)
    return EXIT_OK


async def _generate(args, out: JsonOutput) -> int:
    disk = _optional_disk(args)
    async with StandaloneServices.open(disk) as services:
        answer = await resolve_image(args.image, services.civitai, services.disk.finder())
    if args.comfyui_url:
        async with RunningComfyUI.open(args.comfyui_url) as comfyui:
            inventory = await comfyui.inventory()
    else:
        inventory = disk.inventory()
    request = GenerateRequest.model_validate({"metadata": answer["metadata"], "resources": answer["resources"]})
    try:
        built = build_workflow(request.metadata, request.resources, inventory)
    except ValueError as impossible:
        raise Failed(f"no workflow for image {answer['image']['id']}: {impossible}") from None
    document = {"image_id": answer["image"]["id"], **built.model_dump()}
    if args.output:
        args.output.write_text(json.dumps(built.workflow, indent=2), encoding="utf-8")
        document["output"] = str(args.output)
    if out.enabled:
        out.document(document)
        return EXIT_OK
    for warning in built.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.output:
        print(f"wrote {args.output} ({built.workflow_type}, {built.node_count} nodes)")
    else:
        print(json.dumps(built.workflow, indent=2))
    return EXIT_OK


async def _status(args, out: JsonOutput) -> int:
    async with RunningComfyUI.open(args.comfyui_url) as comfyui:
        tasks = await comfyui.downloads()
    if out.enabled:
        out.document({"comfyui_url": args.comfyui_url, "tasks": tasks})
    else:
        print_tasks(tasks)
    return EXIT_MISSING if any(task.get("status") == "failed" for task in tasks) else EXIT_OK


def _mcp(models_dir: Path | None) -> int:
    if models_dir is not None and not models_dir.is_dir():
        print(f"{PROG}: error: no models folder at {models_dir}", file=sys.stderr)
        return EXIT_USAGE
    try:
        from .civitai_mcp import serve
    except ImportError as missing:
        why = f"the MCP server cannot start here ({missing}); install the `mcp` package."
        print(f"{PROG}: error: {why}", file=sys.stderr)
        return EXIT_USAGE
    serve(models_dir)
    return EXIT_OK


async def _workflows(args, out: JsonOutput) -> int:
    check_usage(args)
    if not args.comfyui_url:
        return await act_on_workflows(args, *scan_workflows(args), out)
    async with RunningComfyUI.open(args.comfyui_url) as comfyui:
        live = await comfyui.object_info(), await comfyui.inventory()
        report, disk = scan_workflows(args, *live)
        return await act_on_workflows(args, report, disk, out, comfyui)


async def _realize(args, out: JsonOutput) -> int:
    models = args.models_dir or (args.comfyui / "models" if args.comfyui else None)
    request = check_request(args.lock, models, args.store, args.mirror, args.replace, args.publish_to_mirror)
    answer = await realize_request(request)
    if out.enabled:
        out.document(answer)
    else:
        print_realized(answer)
    return EXIT_OK if answer["complete"] else EXIT_MISSING


VERBS = {"scan": _workflows, "script": _workflows, "download": _workflows, "resolve": _resolve,
         "generate": _generate, "status": _status, "lock": lock, "verify": verify, "realize": _realize}  # fmt: skip


def run(argv: list[str] | None = None, prog: str = PROG) -> int:
    parser = _parser(prog)
    args = parser.parse_args(argv)
    if args.command == "mcp":
        return _mcp(args.models_dir)
    out = JsonOutput(args.command, args.json)
    try:
        _check_input(args)
        return asyncio.run(VERBS[args.command](args, out))
    except (UsageError, FileNotFoundError) as error:
        parser.exit(EXIT_USAGE, f"{prog}: error: {error}\n")
    except (Failed, ImageNotFound, ModelNotFound, CivitaiError, ComfyUIUnreachable) as failure:
        out.failed(str(failure))
        print(f"{prog}: {failure}", file=sys.stderr)
        return EXIT_MISSING


def main(prog: str = PROG) -> None:
    """The console script `civitai-sidebar` (and `python -m pipeline`)."""
    try:
        sys.exit(run(prog=prog))
    except BrokenPipeError:  # `civitai-sidebar resolve ... | head` stopped reading: end quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_MISSING)
