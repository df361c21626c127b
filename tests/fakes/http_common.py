"""Plumbing shared by the four fake servers: request logging, fault middleware, response helpers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urlencode

from aiohttp import web

from .faults import DELAY, REDIRECT, STATUS, FaultRule
from .state import FakeState

CONTROL_PREFIX = "/__fake__"

S3_INVALID_RANGE = (
    '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidRange</Code>'
    "<Message>The requested range is not satisfiable</Message></Error>",
    "application/xml",
)

FaultResponder = Callable[[web.Request, FaultRule], web.StreamResponse]


def fault_target(request: web.Request) -> str:
    """What a rule's ``match`` is searched in: the decoded path + query, and the raw (encoded) one."""
    return f"{request.path_qs}\n{request.raw_path}"


def qs_stringify(params: list[tuple[str, str]]) -> str:
    """Like ``QS.stringify``: every reserved character percent-encoded, the given order kept."""
    return urlencode(params, quote_via=lambda value, *_: quote(value, safe=""))


def json_response(data, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Compact JSON like ``JSON.stringify``, non-ASCII kept, ``application/json; charset=utf-8``."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return web.Response(text=body, status=status, headers=headers, content_type="application/json", charset="utf-8")


def xml_error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """An S3/R2-style error document (aiohttp drops the body itself for HEAD)."""
    body = f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{message}</Message></Error>'
    return web.Response(text=body, status=status, headers=headers, content_type="application/xml")


def make_app(server: str, state: FakeState, on_status_fault: FaultResponder) -> web.Application:
    """An app whose every request is logged and passes through the DELAY, STATUS and REDIRECT fault switches."""

    @web.middleware
    async def faults_and_log(request: web.Request, handler: Callable[[web.Request], Awaitable]) -> web.StreamResponse:
        if request.path.startswith(CONTROL_PREFIX):
            return await handler(request)
        state.requests.record(server, request.method, request.path_qs, request.headers)
        target = fault_target(request)
        delay = state.faults.take(DELAY, server, target)
        if delay is not None and delay.seconds:
            await asyncio.sleep(delay.seconds)
        moved = state.faults.take(REDIRECT, server, target)
        if moved is not None:
            return web.Response(status=307, text=moved.location, headers={"Location": moved.location})
        rule = state.faults.take(STATUS, server, target)
        if rule is not None:
            response = on_status_fault(request, rule)
            if rule.retry_after is not None:
                response.headers["Retry-After"] = str(rule.retry_after)
            return response
        return await handler(request)

    app = web.Application(middlewares=[faults_and_log])
    app["server"] = server
    return app
