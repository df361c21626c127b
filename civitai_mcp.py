"""The agent door: an MCP server (stdio) over the same services as the routes and the command line.

    civitai-sidebar mcp [--models-dir DIR]      # or: python civitai_mcp.py [--models-dir DIR]

Each tool validates its arguments with the routes' pydantic models, calls the shared service, and answers the
same JSON the matching route answers; a refused input is a tool error with a sentence, never a crash. Keys come
only from the environment (CIVITAI_API_KEY, HF_TOKEN): no tool takes one and no answer holds one. Downloads run
in this process while it lives; `download_status` follows them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # `python civitai_mcp.py`: the pack imports relatively, so
    _here = Path(__file__).resolve().parent  # so its folder is loaded as a package first, as ComfyUI does
    _spec = importlib.util.spec_from_file_location(
        "civitai_sidebar", _here / "__init__.py", submodule_search_locations=[str(_here)]
    )
    _pack = importlib.util.module_from_spec(_spec)
    sys.modules["civitai_sidebar"] = _pack
    _spec.loader.exec_module(_pack)
    sys.exit(importlib.import_module("civitai_sidebar.civitai_mcp").main())

import argparse
import asyncio
import contextlib
import json
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError

from .civitai_utils.download_engine import DownloadEngine, NotPausable, QueueFull, UnknownTask
from .civitai_utils.download_tasks import FileTask, Status
from .civitai_utils.hash_cache import sha256_file
from .civitai_utils.lock_disk import hash_places, seen_files
from .civitai_utils.settings import download_tuning
from .civitai_utils.standalone_services import LocalDisk, StandaloneServices
from .civitai_utils.url_policy import UnsafeUrl
from .civitai_utils.version import PACK_VERSION
from .command_line.realize_verb import check_request, realize_request
from .command_line.workflow_verbs import UsageError
from .pipeline.generation.build_workflow import build_workflow
from .pipeline.images.flow import ImageNotFound, resolve_image
from .pipeline.locks.build import lock_findings
from .pipeline.locks.verify import verify_answer
from .pipeline.shapes.civitai_types import CivitaiError
from .pipeline.shapes.comfy_facts import ComfyFacts
from .pipeline.shapes.image_generation import GenerateRequest, ResolvedResource
from .pipeline.shapes.json_body import BadJson, describe_invalid, loads_strict, parse_body
from .pipeline.shapes.lock_file import LockFile
from .pipeline.shapes.model_names import UnsafeTarget
from .pipeline.shapes.route_schemas import (
    CancelRequest,
    DownloadableFile,
    MissingRequest,
    PauseRequest,
    ResolveRequest,
    VerifyRequest,
)
from .pipeline.shapes.workflow_models import MissingModel
from .pipeline.sources.download_blocks import nothing_to_download, split_blocked
from .pipeline.sources.missing_flow import add_sources
from .pipeline.sources.pasted_model import ModelNotFound
from .pipeline.workflows.detection import detect_missing
from .pipeline.workflows.scan import WORKFLOW_SUFFIXES, load_workflow

MODELS_DIR_VARIABLE = "CIVITAI_SIDEBAR_MODELS_DIR"
MAX_WORKFLOW_BYTES = 32 * 1024 * 1024  # as the /civitai/missing route
INSTALL_HINT = (
    "The MCP server needs the `mcp` package (the official MCP Python SDK), which the pack does not install for "
    "ComfyUI: pip install 'comfyui-civitai-sidebar[mcp]' (or: pip install 'mcp>=2.3,<3')."
)
# The tools' arguments, described for the agent (the routes' own models describe the rest).
ModelsDir = Annotated[
    str | None,
    Field(description=f"a ComfyUI models folder; default: the server's --models-dir, else ${MODELS_DIR_VARIABLE}"),
]
WorkflowArgument = Annotated[
    dict[str, Any] | str,
    Field(
        description="the workflow: a UI graph or API prompt as a JSON object (or its JSON text), "
        "or the path of a .json/.png/.webp file that holds one"
    ),
]
WantSources = Annotated[bool, Field(description="also look for a download source for each missing model")]
ImageId = Annotated[int | str, Field(description="a Civitai image ID or link (civitai.com, .red, .green)")]
Resources = Annotated[
    list[DownloadableFile],
    Field(
        min_length=1,
        max_length=500,
        description="files to download, as find_missing (models[].resource) or resolve_image (resources[]) "
        "answered them",
    ),
]
TaskIds = Annotated[
    list[str] | None,
    Field(max_length=500, description="the tasks to report; default: every download of this server"),
]
TaskId = Annotated[str | None, Field(max_length=64, description="the download to cancel")]
CancelAll = Annotated[bool, Field(description="cancel every unfinished download instead")]
PausedTask = Annotated[str | None, Field(max_length=64, description="the download to pause or resume")]
EveryTask = Annotated[bool, Field(description="every unfinished download instead")]
LockWorkflow = Annotated[
    dict[str, Any] | str | None,
    Field(description="a workflow to lock (as find_missing takes it: object, JSON text or .json/.png/.webp path)"),
]
LockImage = Annotated[int | str | None, Field(description="a Civitai image ID or link: lock the models it used")]
LockArgument = Annotated[
    dict[str, Any] | str,
    Field(description="the lock: its JSON object (as the lock tool answered it), its JSON text, or a file's path"),
]
LockPath = Annotated[str, Field(max_length=4096, description="the path of a models.lock.json")]
StoreDir = Annotated[str, Field(max_length=4096, description="the content-addressed store folder (may be shared)")]
MirrorUrl = Annotated[
    str | None, Field(max_length=4096, description="an HTTP(S) mirror keyed by SHA-256 (<URL>/sha256/ab/<hex>)")
]
Replace = Annotated[bool, Field(description="move a wrong file aside (<name>.wrong-<sha>) instead of refusing")]
PublishDir = Annotated[str | None, Field(max_length=4096, description="also lay the objects out in this folder")]


class Refused(Exception):
    """A tool input the door refuses; the message is the sentence the agent reads."""


class AgentDoor:
    """The tools' state: one set of services (HTTP session, clients, download queue) per models folder used."""

    def __init__(self, default_models_dir: Path | None = None):
        self.default_models_dir = default_models_dir
        self._stack = AsyncExitStack()
        self._services: dict[Path | None, StandaloneServices] = {}
        self._engines: dict[Path, DownloadEngine] = {}
        self._opening = asyncio.Lock()
        self._hashes: dict[str, str] = {}  # task id -> SHA-256 of a finished file no hash was given for

    async def close(self) -> None:
        await self._stack.aclose()

    def _models_dir(self, given: str | None, required: bool) -> Path | None:
        chosen = Path(given) if given else self.default_models_dir
        if chosen is None:
            if required:
                raise Refused(f"no models folder: give models_dir, or start the server with --models-dir DIR or "
                              f"${MODELS_DIR_VARIABLE}")  # fmt: skip
            return None
        try:
            folder = chosen.expanduser()
            found = folder.is_dir()
        except (OSError, ValueError, RuntimeError):  # a name too long, or an unknown ~user: no such folder either
            found = False
        if not found:
            raise Refused(f"no models folder at {str(chosen)[:200]!r}")
        return folder.resolve()

    async def services(self, models_dir: Path | None) -> StandaloneServices:
        """The services for a models folder, opened on first use and closed with the server; without a folder,
        an empty stand-in one (so nothing counts as on disk)."""
        async with self._opening:
            if models_dir not in self._services:
                if models_dir is None:
                    folder = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="civitai-mcp-")))
                else:
                    folder = models_dir
                disk = await asyncio.to_thread(LocalDisk.at, folder)
                self._services[models_dir] = await self._stack.enter_async_context(StandaloneServices.open(disk))
            return self._services[models_dir]

    async def engine(self, models_dir: Path) -> DownloadEngine:
        services = await self.services(models_dir)
        if models_dir not in self._engines:
            engine = services.download_engine(lambda _event, _payload: None, download_tuning().concurrency)
            self._stack.push_async_callback(engine.close)  # closed before its HTTP session
            self._engines[models_dir] = engine
        return self._engines[models_dir]

    # -- tools -----------------------------------------------------------------------------------

    async def find_missing(
        self,
        workflow: WorkflowArgument,
        models_dir: ModelsDir = None,
        sources: WantSources = True,
    ) -> dict:
        """Which models a ComfyUI workflow needs that the models folder lacks, each with a download source (the same
        file elsewhere on disk, the workflow's own link, Civitai by hash, Hugging Face or Civitai by name) and how
        sure that source is. A source with needs_confirmation is a match by name only: ask the user before
        downloading it. Answers like the sidebar's /civitai/missing: models[], custom_nodes[], notes[]."""
        folder = self._models_dir(models_dir, required=True)
        body = _missing_request(await _workflow_object(workflow), sources)
        services = await self.services(folder)
        disk = services.disk
        facts = ComfyFacts(node_definitions=lambda _types: {}, inventory=disk.inventory, installed_node_types=set)
        answer = await asyncio.to_thread(detect_missing, body.workflow, facts)
        answer["custom_nodes"] = []  # which packs are installed is only known inside ComfyUI
        if body.sources:
            await add_sources(answer, services.civitai, services.huggingface, services.catalogs, disk.finder())
        return {**answer, "models_dir": str(folder)}

    async def resolve_image(
        self,
        image_id: ImageId,
        models_dir: ModelsDir = None,
    ) -> dict:
        """A Civitai image's generation parameters (prompt, sampler, steps, seed, size...) and every model it used,
        each with its download (folder, file name, size, SHA-256, URL) and whether the models folder has it.
        A model link or AIR answers that model version instead. The same answer as the sidebar's image view."""
        body = _validated(ResolveRequest, {"image_id": image_id})
        services = await self.services(self._models_dir(models_dir, required=False))
        return await _resolved(body, services)

    async def generate_workflow(
        self,
        image_id: ImageId,
        models_dir: ModelsDir = None,
    ) -> dict:
        """A ComfyUI API-format workflow rebuilt from a Civitai image's parameters and models (txt2img, or
        txt2img-hires; LoRAs, embeddings, clip skip, VAE), its loaders naming the files the models folder has.
        Answers {workflow, workflow_type, node_count, warnings}, as the sidebar's Generate Workflow."""
        folder = self._models_dir(models_dir, required=False)
        services = await self.services(folder)
        resolved = await _resolved(_validated(ResolveRequest, {"image_id": image_id}), services)
        if resolved.get("kind") != "image":
            raise Refused("that link names a model, not an image: give a Civitai image ID or link")
        body = _validated(GenerateRequest, {"metadata": resolved["metadata"], "resources": resolved["resources"]})
        inventory = await asyncio.to_thread(services.disk.inventory) if folder is not None else None
        try:
            built = await asyncio.to_thread(build_workflow, body.metadata, body.resources, inventory)
        except ValueError as impossible:
            raise Refused(str(impossible)) from None
        return built.model_dump()

    async def download(
        self,
        resources: Resources,
        models_dir: ModelsDir = None,
    ) -> dict:
        """Start downloading files into the models folder, each into its own folder, checked against its SHA-256
        before it gets its name; answers at once with one task id per file (follow them with download_status).
        A file its source refuses (early access, archived, gated) is skipped with the reason."""
        folder = self._models_dir(models_dir, required=True)
        wanted, skipped = split_blocked(resources)
        if not wanted:
            raise Refused(nothing_to_download(skipped))
        engine = await self.engine(folder)
        await asyncio.to_thread(engine.check_all, wanted)  # every target checked before any is queued
        tasks = [engine.submit(resource) for resource in wanted]
        return {"tasks": [_task_state(task, self._hashes) for task in tasks], "skipped": skipped}

    async def download_status(
        self,
        task_ids: TaskIds = None,
    ) -> dict:
        """The state of downloads: status (waiting, downloading, paused, verifying, completed, failed, cancelled),
        progress, bytes, the error in words, and once completed the file's path and SHA-256."""
        if task_ids is None:
            tasks = [t for engine in self._engines.values() for t in engine.tasks_now() if isinstance(t, FileTask)]
        else:
            tasks = [self._task(task_id) for task_id in task_ids]
        for task in tasks:
            await self._hash_when_done(task)
        return {"tasks": [_task_state(task, self._hashes) for task in tasks]}

    async def cancel_download(
        self,
        task_id: TaskId = None,
        cancel_all: CancelAll = False,
    ) -> dict:
        """Cancel a download (its partial file is deleted), or every unfinished one; answers the ids cancelled."""
        body = _validated(CancelRequest, {"task_id": task_id, "cancel_all": cancel_all})
        if body.cancel_all:
            return {"cancelled": [i for engine in self._engines.values() for i in engine.cancel_all()]}
        if not body.task_id:
            raise Refused("give task_id, or cancel_all: true")
        return {"cancelled": self._engine_of(body.task_id).cancel(body.task_id)}

    async def pause_download(
        self,
        task_id: PausedTask = None,
        all: EveryTask = False,
    ) -> dict:
        """Pause a download, or every unfinished one: it stops, keeps its bytes and its place (status paused)
        until resume_download; answers the ids paused."""
        return {"paused": self._on_tasks(DownloadEngine.pause, task_id, all)}

    async def resume_download(
        self,
        task_id: PausedTask = None,
        all: EveryTask = False,
    ) -> dict:
        """Resume a paused download, or every paused one, from the bytes it has; answers the ids resumed."""
        return {"resumed": self._on_tasks(DownloadEngine.resume, task_id, all)}

    async def lock(
        self,
        workflow: LockWorkflow = None,
        image_id: LockImage = None,
        models_dir: ModelsDir = None,
    ) -> dict:
        """A models lock (schema civitai-sidebar/models-lock@1) for a workflow and/or a Civitai image: each model
        pinned by folder, name, SHA-256 and size with pinned sources (Hugging Face repo at a commit, Civitai version
        and file, else a URL). Files in the models folder are hashed (hash cache); missing ones are pinned from a sure
        source; name-only guesses and models without a SHA-256 are listed under unpinned with why. Writes nothing:
        answers {lock, summary: {pinned, unpinned, without_source}, notes}, as the sidebar's /civitai/lock."""
        if workflow is None and image_id is None:
            raise Refused("give a workflow, an image_id, or both")
        folder = self._models_dir(models_dir, required=workflow is not None)
        services = await self.services(folder)
        disk = services.disk
        verdicts: list[MissingModel] = []
        if workflow is not None:
            body = _missing_request(await _workflow_object(workflow), True)
            facts = ComfyFacts(node_definitions=lambda _types: {}, inventory=disk.inventory, installed_node_types=set)
            answer = await asyncio.to_thread(detect_missing, body.workflow, facts)
            await add_sources(answer, services.civitai, services.huggingface, services.catalogs, disk.finder())
            verdicts = [MissingModel.model_validate(model) for model in answer["models"]]
        resources: list[ResolvedResource] = []
        if image_id is not None:
            resolved = await _resolved(_validated(ResolveRequest, {"image_id": image_id}), services)
            if resolved.get("kind") != "image":
                raise Refused("that link names a model, not an image: give a Civitai image ID or link")
            resources = [ResolvedResource.model_validate(r) for r in resolved.get("resources", [])]

        async def hash_files(places):
            return await asyncio.to_thread(hash_places, disk.models, places)

        build = await lock_findings(verdicts, resources, hash_files, services.civitai, services.huggingface)
        return build.answer()

    async def verify(
        self,
        lock: LockArgument,
        models_dir: ModelsDir = None,
    ) -> dict:
        """Check the models folder against a lock: each locked model present, missing or wrong (its size, then its
        SHA-256 through the hash cache), with a sentence; summary {present, missing, wrong} and complete. Reads
        only. The same answer as the sidebar's /civitai/verify."""
        folder = self._models_dir(models_dir, required=True)
        locked = await _lock_object(lock)
        services = await self.services(folder)
        models = services.disk.models
        seen = await asyncio.to_thread(seen_files, locked, models.folders, models.hashes)
        return verify_answer(locked, seen)

    async def realize(
        self,
        lock: LockPath,
        store: StoreDir,
        models_dir: ModelsDir = None,
        mirror: MirrorUrl = None,
        replace: Replace = False,
        publish_to_mirror: PublishDir = None,
    ) -> dict:
        """Make the models folder match a lock file: each locked model verified in place, or taken from the store
        (fetched into it first: the mirror, then the lock's sources) and hard-linked into its folder. A wrong file
        is refused unless replace. Answers the command line's `civitai-sidebar/realize@1` document."""
        folder = self._models_dir(models_dir, required=True)
        try:
            request = check_request(Path(lock), folder, Path(store), mirror, replace,
                                    Path(publish_to_mirror) if publish_to_mirror else None)  # fmt: skip
        except UsageError as bad:
            raise Refused(str(bad)) from None
        return {"schema": "civitai-sidebar/realize@1", **await realize_request(request)}

    # -- helpers ---------------------------------------------------------------------------------

    def _engine_of(self, task_id: str) -> DownloadEngine:
        for engine in self._engines.values():
            if task_id in engine.files or task_id in engine.batches:
                return engine
        raise Refused(f"no download task {task_id!r}")

    def _on_tasks(self, action, task_id: str | None, every: bool) -> list[str]:
        """Pause or resume (`action`, an engine method) one task, or every download of every engine."""
        body = _validated(PauseRequest, {"task_id": task_id, "all": every})
        if body.all:
            return [i for engine in self._engines.values() for i in action(engine)]
        return action(self._engine_of(body.task_id), body.task_id)

    def _task(self, task_id: str) -> FileTask:
        return self._engine_of(task_id).files[task_id]

    async def _hash_when_done(self, task: FileTask) -> None:
        """A finished file that came without a SHA-256 to check is hashed once, so every answer can name it."""
        if task.status == Status.COMPLETED and not task.resource.sha256 and task.id not in self._hashes:
            with contextlib.suppress(OSError):  # moved or deleted since: the answer says no hash
                self._hashes[task.id] = await asyncio.to_thread(sha256_file, task.target.path)


def _validated(model: type[BaseModel], data: dict) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as invalid:
        raise Refused(describe_invalid(invalid)) from None


def _missing_request(workflow: dict, sources: bool) -> MissingRequest:
    """The workflow checked as /civitai/missing checks its body (strict JSON, the same model)."""
    try:
        raw = json.dumps({"workflow": workflow, "sources": sources}).encode()
    except (ValueError, RecursionError):
        raise Refused("the workflow is not JSON (too deep, or holds NaN/Infinity)") from None
    if len(raw) > MAX_WORKFLOW_BYTES:
        raise Refused(f"the workflow is larger than {MAX_WORKFLOW_BYTES} bytes")
    try:
        return parse_body(raw, MissingRequest)
    except BadJson as bad:
        raise Refused(f"the workflow is refused: {bad}") from None


async def _workflow_object(workflow: dict | str) -> dict:
    """The workflow an argument holds: the object itself, its JSON text, or the one in a file."""
    if isinstance(workflow, dict):
        return workflow
    if workflow.lstrip().startswith(("{", "[")):
        try:
            loaded = loads_strict(workflow.encode("utf-8", "surrogatepass"))
        except BadJson as bad:
            raise Refused(f"the workflow text is refused: {bad}") from None
        if not isinstance(loaded, dict):
            raise Refused("the workflow text is not a JSON object")
        return loaded
    path = Path(workflow).expanduser()
    try:
        size = path.stat().st_size if path.is_file() else None
    except (OSError, ValueError):  # a name too long, or one no file system takes
        size = None
    if size is None:
        raise Refused(f"no workflow file at {workflow[:200]!r}: give a .json/.png/.webp path or the workflow itself")
    if path.suffix.lower() not in WORKFLOW_SUFFIXES:
        raise Refused(f"{path.name} is not a workflow file (.json, .png or .webp)")
    if size > MAX_WORKFLOW_BYTES:
        raise Refused(f"{path.name} is larger than {MAX_WORKFLOW_BYTES} bytes")
    try:
        loaded = await asyncio.to_thread(load_workflow, path)
    except (OSError, ValueError) as error:
        raise Refused(f"{path} cannot be read ({error.__class__.__name__}: {error})") from None
    if loaded is None:
        raise Refused(f"{path} holds no ComfyUI workflow")
    return loaded


async def _lock_object(lock: dict | str) -> LockFile:
    """A lock given as an object, JSON text or a file's path, checked as `LockFile.parse` checks a file."""
    if isinstance(lock, dict):
        text = json.dumps(_validated(VerifyRequest, {"lock": lock}).lock)
    elif lock.lstrip().startswith("{"):
        text = lock
    else:
        path = Path(lock).expanduser()
        try:
            text = await asyncio.to_thread(path.read_bytes) if path.is_file() else None
        except (OSError, ValueError):
            text = None
        if text is None:
            raise Refused(f"no lock file at {lock[:200]!r}: give the lock's JSON or a path to one")
    try:
        return await asyncio.to_thread(LockFile.parse, text)
    except ValueError as bad:
        raise Refused(str(bad)) from None


async def _resolved(body: ResolveRequest, services: StandaloneServices) -> dict:
    try:
        return await resolve_image(body.image_id, services.civitai, services.disk.finder())
    except (ValueError, ImageNotFound, ModelNotFound, CivitaiError) as refused:
        raise Refused(str(refused)) from None


def _task_state(task: FileTask, hashes: dict[str, str]) -> dict:
    """A download's payload as the sidebar sees it, plus where the file is and its SHA-256 once it is there."""
    done = task.status == Status.COMPLETED and task.target is not None
    return {
        **task.payload(),
        "file": str(task.target.path) if done else None,
        "sha256": (task.resource.sha256 or hashes.get(task.id)) if done else task.resource.sha256,
    }


# Each tool and what a client may tell its user about it: (reads only, reaches Civitai/HF, may remove a file).
TOOLS = {
    "find_missing": (True, True, False),
    "resolve_image": (True, True, False),
    "generate_workflow": (True, True, False),
    "download": (False, True, False),
    "download_status": (True, False, False),
    "cancel_download": (False, False, True),  # a cancelled download's partial file is deleted
    "pause_download": (False, False, False),
    "resume_download": (False, True, False),
    "lock": (True, True, False),  # answers the lock; writes nothing
    "verify": (True, False, False),
    "realize": (False, True, True),  # with replace, a wrong file is moved aside
}


def build_server(default_models_dir: Path | None = None):
    """The MCP server with the pack's tools; SystemExit with the install line when the SDK is missing."""
    try:
        from mcp.server import MCPServer
        from mcp.server.mcpserver.exceptions import ToolError
        from mcp.types import ToolAnnotations
    except ImportError:
        raise SystemExit(INSTALL_HINT) from None

    door = AgentDoor(default_models_dir)

    @asynccontextmanager
    async def lifespan(_server) -> AsyncIterator[AgentDoor]:
        try:
            yield door
        finally:
            await door.close()

    class PackServer(MCPServer):
        async def call_tool(self, name, arguments, context=None):
            """Refused input answers the door's sentence, and arguments the schema refuses say which and why."""
            try:
                return await super().call_tool(name, arguments, context)
            except ToolError as error:
                cause = error.__cause__
                if isinstance(cause, Refused | UnsafeTarget | UnsafeUrl | QueueFull | NotPausable):
                    raise ToolError(f"{name}: {cause}") from cause
                if isinstance(cause, UnknownTask):
                    raise ToolError(f"{name}: no download task {cause.args[0]!r}") from cause
                if isinstance(cause, ValidationError):
                    raise ToolError(f"{name}: {describe_invalid(cause)}") from cause
                raise

    server = PackServer(
        "civitai-sidebar",
        version=PACK_VERSION,
        instructions="Find the models a ComfyUI workflow lacks, read a Civitai image's parameters and models, "
        "build its workflow, download models into a ComfyUI models folder, and lock and verify the exact model "
        "files (by SHA-256) a workflow or image needs.",
        lifespan=lifespan,
    )
    for name, (read_only, open_world, destructive) in TOOLS.items():
        hints = ToolAnnotations(read_only_hint=read_only, open_world_hint=open_world, destructive_hint=destructive)
        server.add_tool(getattr(door, name), name=name, annotations=hints)
    return server


def serve(models_dir: Path | None = None) -> None:
    """Run the MCP server on stdin/stdout until the client closes it (`civitai-sidebar mcp` calls this)."""
    chosen = models_dir or (Path(os.environ[MODELS_DIR_VARIABLE]) if os.environ.get(MODELS_DIR_VARIABLE) else None)
    build_server(chosen).run("stdio")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="civitai_mcp.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--models-dir", type=Path, help=f"the ComfyUI models folder (default: ${MODELS_DIR_VARIABLE})")
    args = parser.parse_args(argv)
    if args.models_dir is not None and not args.models_dir.is_dir():
        parser.exit(2, f"{parser.prog}: error: no models folder at {args.models_dir}\n")
    serve(args.models_dir)
    return 0
