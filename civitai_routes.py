"""The HTTP layer under /civitai/...: validate the request, call a service, answer JSON. Nothing else.

Every route answers JSON; bad input gets a 4xx `{"error": "<what is wrong>"}` before anything on
disk changes. State-changing routes take only `application/json`, which a cross-site form cannot
send without the browser asking ComfyUI first.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web
from pydantic import BaseModel

from .civitai_utils.cpu_lane import on_cpu_lane
from .civitai_utils.detection_process import DetectionFailed
from .civitai_utils.download_engine import NothingToRetry, NotPausable, QueueFull, UnknownTask
from .civitai_utils.host_guard import HostGuard
from .civitai_utils.lock_disk import hash_places, seen_files
from .civitai_utils.pack_services import PackServices
from .civitai_utils.url_policy import UnsafeUrl
from .civitai_utils.version import PACK_VERSION
from .pipeline.generation.build_workflow import build_workflow
from .pipeline.images.flow import ImageNotFound, resolve_image
from .pipeline.locks.build import lock_findings
from .pipeline.locks.verify import verify_answer
from .pipeline.shapes.civitai_types import CivitaiError
from .pipeline.shapes.image_generation import GenerateRequest
from .pipeline.shapes.json_body import BadJson, parse_body
from .pipeline.shapes.lock_file import LockFile
from .pipeline.shapes.model_names import UnsafeTarget
from .pipeline.shapes.route_schemas import (
    CancelRequest,
    DownloadAllRequest,
    DownloadRequest,
    DownloadSettingsRequest,
    KeysRequest,
    LockRequest,
    PauseRequest,
    ResolveRequest,
    RetryRequest,
    VerifyRequest,
)
from .pipeline.shapes.workflow_models import MissingModel, SourcesRequest
from .pipeline.sources.download_blocks import nothing_to_download, split_blocked
from .pipeline.sources.missing_flow import add_sources, find_sources
from .pipeline.sources.pasted_model import ModelNotFound

log = logging.getLogger("civitai_sidebar")
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_WORKFLOW_BYTES = 32 * 1024 * 1024  # big graphs with many subgraphs and notes
INLINE_PARSE_BYTES = 64 * 1024  # larger bodies are parsed off ComfyUI's event loop
Body = TypeVar("Body", bound=BaseModel)


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


class EncodedJson(bytes):
    """An answer already turned into JSON off the loop: a 500-model answer takes ~9 ms to encode, which six
    concurrent requests would otherwise spend one after another on ComfyUI's event loop."""


def encoded(answer: dict) -> EncodedJson:
    return EncodedJson(json.dumps(answer).encode())


Handler = Callable[[web.Request], Awaitable[dict | EncodedJson]]


def json_answer(handler: Handler, hosts: HostGuard) -> Callable[[web.Request], Awaitable[web.Response]]:
    """Turn a handler's dict into JSON, and refused input into a 4xx `{error}`; a foreign Host gets 403 first."""

    async def route(request: web.Request) -> web.Response:
        refused_host = hosts.refusal(request.headers.get("Host"))
        if refused_host is not None:
            return web.json_response({"error": refused_host}, status=403)
        try:
            answer = await handler(request)
            if isinstance(answer, EncodedJson):
                return web.Response(body=answer, content_type="application/json")
            return web.json_response(answer)
        except BadRequest as bad:
            return web.json_response({"error": str(bad)}, status=bad.status)
        except (UnsafeTarget, UnsafeUrl) as refused:
            return web.json_response({"error": str(refused)}, status=400)
        except (NothingToRetry, NotPausable) as nothing:
            return web.json_response({"error": str(nothing)}, status=409)
        except QueueFull as full:
            return web.json_response({"error": str(full)}, status=429)
        except UnknownTask as unknown:
            return web.json_response({"error": f"no download task {unknown.args[0]!r}"}, status=404)
        except (ImageNotFound, ModelNotFound) as missing:
            return web.json_response({"error": str(missing)}, status=404)
        except CivitaiError as failure:
            return web.json_response({"error": str(failure)}, status=502)

    return route


async def read_raw_body(request: web.Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """Every byte of a JSON body (a socket read returns only what has arrived), refused once past `limit`."""
    if request.content_type != "application/json":
        raise BadRequest("send the body as application/json", status=415)
    too_large = BadRequest(f"the body is larger than {limit} bytes", status=413)
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.content.iter_any():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes, model: type[Body]) -> Body:
    try:
        return parse_body(raw, model)
    except BadJson as bad:
        raise BadRequest(str(bad)) from None


async def read_body(request: web.Request, model: type[Body], limit: int = MAX_BODY_BYTES) -> Body:
    raw = await read_raw_body(request, limit)
    if len(raw) <= INLINE_PARSE_BYTES:
        return _parse(raw, model)
    return await on_cpu_lane(_parse, raw, model)  # a multi-MB graph takes a while to parse


def download_settings(downloads) -> dict:
    return {
        "concurrency": downloads.concurrency,
        "segments": downloads.settings.segments,
        "bandwidth_limit": downloads.settings.bandwidth.bytes_per_second,
    }


def health(services: PackServices) -> dict:
    return {
        "version": PACK_VERSION,
        "api": {"civitai": services.bases.civitai, "huggingface": services.bases.huggingface},
        "keys": services.keys.configured(),
    }


def add_routes(routes: web.RouteTableDef, services: PackServices) -> None:
    downloads = services.downloads

    def json_route(handler: Handler) -> Callable[[web.Request], Awaitable[web.Response]]:
        return json_answer(handler, services.hosts)

    @routes.get("/civitai/health")
    @json_route
    async def get_health(request: web.Request) -> dict:
        return health(services)

    @routes.post("/civitai/settings/keys")
    @json_route
    async def post_keys(request: web.Request) -> dict:
        body = await read_body(request, KeysRequest)
        services.keys.save(body.model_dump(exclude_unset=True))
        return {"keys": services.keys.configured()}

    @routes.post("/civitai/settings/downloads")
    @json_route
    async def post_download_settings(request: web.Request) -> dict:
        body = await read_body(request, DownloadSettingsRequest)
        if body.concurrency is not None:
            downloads.set_concurrency(body.concurrency)
        if body.segments is not None:
            downloads.set_segments(body.segments)
        if body.bandwidth_limit is not None:
            downloads.set_bandwidth_limit(body.bandwidth_limit)
        return download_settings(downloads)

    @routes.post("/civitai/download")
    @json_route
    async def post_download(request: web.Request) -> dict:
        body = await read_body(request, DownloadRequest)
        if body.resource.blocked:
            raise BadRequest(f"Not downloading {body.resource.filename or 'this file'}: {body.resource.blocked}", 409)
        return {"task_id": downloads.submit(body.resource).id}

    @routes.post("/civitai/download-all")
    @json_route
    async def post_download_all(request: web.Request) -> dict:
        body = await read_body(request, DownloadAllRequest)
        wanted, skipped = split_blocked(body.resources)
        if not wanted:
            raise BadRequest(nothing_to_download(skipped))
        checked = await asyncio.to_thread(downloads.check_all, wanted)  # 500 targets resolved on the disk
        return {"task_id": downloads.submit_batch(wanted, checked).id, "skipped": skipped}

    @routes.post("/civitai/download-cancel")
    @json_route
    async def post_cancel(request: web.Request) -> dict:
        body = await read_body(request, CancelRequest)
        if body.cancel_all:
            return {"cancelled": downloads.cancel_all()}
        if not body.task_id:
            raise BadRequest("give task_id, or cancel_all: true")
        return {"cancelled": downloads.cancel(body.task_id)}

    @routes.post("/civitai/download-pause")
    @json_route
    async def post_pause(request: web.Request) -> dict:
        body = await read_body(request, PauseRequest)
        return {"paused": downloads.pause(None if body.all else body.task_id)}

    @routes.post("/civitai/download-resume")
    @json_route
    async def post_resume(request: web.Request) -> dict:
        body = await read_body(request, PauseRequest)
        return {"resumed": downloads.resume(None if body.all else body.task_id)}

    @routes.post("/civitai/download-retry")
    @json_route
    async def post_retry(request: web.Request) -> dict:
        body = await read_body(request, RetryRequest)
        is_batch, resources = downloads.to_retry(body.task_id)
        if not is_batch:
            return {"task_id": downloads.submit(resources[0]).id}
        checked = await asyncio.to_thread(downloads.check_all, resources)
        return {"task_id": downloads.submit_batch(resources, checked).id}

    @routes.post("/civitai/resolve")
    @json_route
    async def post_resolve(request: web.Request) -> dict:
        body = await read_body(request, ResolveRequest)
        try:
            return await resolve_image(body.image_id, services.civitai, services.local)
        except ValueError as not_an_image:
            raise BadRequest(str(not_an_image)) from None

    async def detected(raw: bytes) -> tuple[bool, bytes | dict]:
        """The worker's reading of a /civitai/missing body, its refusals as 4xx sentences."""
        try:
            # Not the CPU lane: that pauses garbage collection for its calls, and this one mostly waits on the
            # worker's pipe (up to its time limit); the worker takes one request at a time anyway.
            return await asyncio.to_thread(services.detection.detect, raw, services.comfy)
        except BadJson as bad:
            raise BadRequest(str(bad)) from None
        except DetectionFailed as failed:
            raise BadRequest(str(failed), status=422) from None

    async def with_sources(answer: bytes | dict) -> dict:
        """A detection answer with a source found for each missing model."""
        if isinstance(answer, bytes):
            answer = await on_cpu_lane(json.loads, answer)
        await add_sources(answer, services.civitai, services.huggingface, services.catalogs, services.local)
        return answer

    @routes.post("/civitai/missing")
    @json_route
    async def post_missing(request: web.Request) -> dict:
        raw = await read_raw_body(request, limit=MAX_WORKFLOW_BYTES)
        wants_sources, answer = await detected(raw)
        if not wants_sources:
            return EncodedJson(answer) if isinstance(answer, bytes) else answer
        return await with_sources(answer)

    @routes.post("/civitai/sources")
    @json_route
    async def post_sources(request: web.Request) -> dict:
        body = await read_body(request, SourcesRequest)
        found = await find_sources(
            body.references, services.civitai, services.huggingface, body.deadline, services.catalogs, services.local
        )
        return {"resources": [resource.model_dump() for resource in found]}

    @routes.post("/civitai/generate")
    @json_route
    async def post_generate(request: web.Request) -> dict:
        body = await read_body(request, GenerateRequest)
        inventory = services.comfy.inventory
        try:
            # Off the event loop: ComfyUI's folder lists walk the disk when they are stale.
            built = await on_cpu_lane(lambda: build_workflow(body.metadata, body.resources, inventory()))
        except ValueError as impossible:
            raise BadRequest(str(impossible)) from None
        return built.model_dump()

    @routes.post("/civitai/lock")
    @json_route
    async def post_lock(request: web.Request) -> dict:
        body = await read_body(request, LockRequest, limit=MAX_WORKFLOW_BYTES)
        raw = await on_cpu_lane(lambda: json.dumps({"workflow": body.workflow}).encode())
        _, answer = await detected(raw)
        answer = await with_sources(answer)
        verdicts = [MissingModel.model_validate(model) for model in answer["models"]]

        async def hash_files(places):  # through ComfyUI's hash cache, off the loop
            return await asyncio.to_thread(hash_places, services.local.models, places)

        build = await lock_findings(verdicts, [], hash_files, services.civitai, services.huggingface)
        return build.answer()

    @routes.post("/civitai/verify")
    @json_route
    async def post_verify(request: web.Request) -> dict:
        body = await read_body(request, VerifyRequest, limit=MAX_WORKFLOW_BYTES)  # 20,000 models: ~4 MB
        try:
            lock = await on_cpu_lane(lambda: LockFile.parse(json.dumps(body.lock)))
        except ValueError as bad:
            raise BadRequest(str(bad)) from None
        models = services.local.models
        seen = await asyncio.to_thread(seen_files, lock, models.folders, models.hashes)
        return await on_cpu_lane(verify_answer, lock, seen)

    @routes.get("/civitai/downloads")
    @json_route
    async def get_downloads(request: web.Request) -> EncodedJson:
        tasks = downloads.tasks_now()
        return await on_cpu_lane(lambda: encoded({"tasks": [task.payload() for task in tasks]}))


def register_with_comfyui(prompt_server) -> None:
    from .civitai_utils.wiring import build_services

    services = build_services(prompt_server)
    add_routes(prompt_server.routes, services)
    log.info("[Civitai Sidebar] routes registered (Civitai API: %s)", services.bases.civitai)
