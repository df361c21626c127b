"""``/__fake__/*`` on the Civitai API host: flip switches and read the request log over HTTP.

For tests that drive ComfyUI in another process or a browser and cannot reach the Python objects.
Every endpoint takes and returns JSON; bad input is a 400 ``{"error": "..."}``. See README.md.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from .http_common import CONTROL_PREFIX, json_response
from .state import FakeState

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _guarded(handler: Handler) -> Handler:
    async def wrapper(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except (KeyError, ValueError, TypeError) as error:
            message = f"unknown id {error}" if isinstance(error, KeyError) else str(error)
            return json_response({"error": message}, 400)

    return wrapper


async def _body(request: web.Request):
    if not request.can_read_body:
        return {}
    return await request.json()


def add_control_routes(app: web.Application, state: FakeState) -> None:
    def route(method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            app.router.add_route(method, CONTROL_PREFIX + path, _guarded(handler))
            return handler

        return register

    @route("GET", "/urls")
    async def urls(request: web.Request) -> web.Response:
        return json_response(
            {
                **state.urls.to_json(),
                "env": state.urls.env(),
            }
        )

    @route("POST", "/reset")
    async def reset(request: web.Request) -> web.Response:
        state.reset()
        return json_response({"ok": True})

    @route("GET", "/faults")
    async def list_faults(request: web.Request) -> web.Response:
        return json_response([rule.to_json() for rule in state.faults.rules()])

    @route("POST", "/faults")
    async def add_faults(request: web.Request) -> web.Response:
        body = await _body(request)
        specs = body if isinstance(body, list) else [body]
        created = []
        for spec in specs:
            spec = dict(spec)
            kind = spec.pop("kind")
            server = spec.pop("server", None)
            created.append(state.faults.add(kind, server, **spec).to_json())
        return json_response(created)

    @route("DELETE", "/faults")
    async def clear_faults(request: web.Request) -> web.Response:
        state.faults.clear()
        return json_response({"ok": True})

    @route("DELETE", "/faults/{rule_id}")
    async def remove_fault(request: web.Request) -> web.Response:
        return json_response({"removed": state.faults.remove(int(request.match_info["rule_id"]))})

    @route("GET", "/requests")
    async def list_requests(request: web.Request) -> web.Response:
        entries = state.requests.entries(request.query.get("server"), request.query.get("path_prefix"))
        return json_response([entry.to_json() for entry in entries])

    @route("DELETE", "/requests")
    async def clear_requests(request: web.Request) -> web.Response:
        state.requests.clear()
        return json_response({"ok": True})

    @route("POST", "/files/size")
    async def set_size(request: web.Request) -> web.Response:
        body = await _body(request)
        size = int(body["size"])
        if size < 0:
            raise ValueError("size must be >= 0")
        if "file_id" in body:
            catalog_file = state.catalog.set_file_size(int(body["file_id"]), size)
            return json_response(
                {
                    "file_id": catalog_file.id,
                    "size": catalog_file.size,
                    "name": catalog_file.name,
                    "storage_key": catalog_file.storage_key,
                }
            )
        hf_file = state.hf.set_file_size(body["hf_repo"], body["path"], size, repo_type=body.get("repo_type", "model"))
        return json_response({"hf_repo": body["hf_repo"], "path": hf_file.path, "size": hf_file.size})

    @route("POST", "/versions/flags")
    async def set_flags(request: web.Request) -> web.Response:
        body = dict(await _body(request))
        version_id = int(body.pop("version_id"))
        flags = state.catalog.set_flags(version_id, **body)
        return json_response({"version_id": version_id, **flags.__dict__})

    @route("POST", "/versions")
    async def add_version(request: web.Request) -> web.Response:
        version = state.catalog.add_version(**(await _body(request)))
        return json_response(
            {"version_id": version.id, "model_id": version.model_id, "file_ids": [f.id for f in version.files]}
        )

    @route("POST", "/images")
    async def add_image(request: web.Request) -> web.Response:
        image = state.gallery.add_image(await _body(request))
        return json_response({"id": image.id})

    @route("POST", "/hf/repos")
    async def add_hf_repo(request: web.Request) -> web.Response:
        body = dict(await _body(request))
        repo = state.hf.add_repo(body.pop("repo_id"), **body)
        return json_response({"repo_id": repo.repo_id, "commit": repo.commit})

    @route("POST", "/hf/files")
    async def add_hf_file(request: web.Request) -> web.Response:
        body = dict(await _body(request))
        if "text" in body:
            body["data"] = body.pop("text").encode()
        hf_file = state.hf.add_file(body.pop("repo_id"), body.pop("path"), **body)
        return json_response({"path": hf_file.path, "size": hf_file.size, "lfs": hf_file.lfs})

    @route("GET", "/config")
    async def get_config(request: web.Request) -> web.Response:
        return json_response(state.config.to_json())

    @route("POST", "/config")
    async def set_config(request: web.Request) -> web.Response:
        state.config.update(**(await _body(request)))
        return json_response(state.config.to_json())

    @route("POST", "/clock")
    async def clock(request: web.Request) -> web.Response:
        body = await _body(request)
        if body.get("reset"):
            state.clock.reset()
        state.clock.advance(float(body.get("advance", 0)))
        return json_response({"offset": state.clock.offset})
