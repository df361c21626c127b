"""The fake Hugging Face CDN (cdn-lfs / xet-bridge-like) that ``/resolve/`` 302s point at, reference §12.

Objects are addressed by their SHA-256 and served from CloudFront-style signed URLs. Whether the real CDN
refuses a stray ``Authorization`` header is unknown (huggingface_hub strips it before following), so
that is a switch: ``config.cdn_reject_authorization`` (default off).
"""

from __future__ import annotations

from http import HTTPStatus

from aiohttp import web

from .faults import FaultRule
from .http_common import S3_INVALID_RANGE, make_app, xml_error
from .state import FakeState
from .streaming import ServeOptions, serve_content

ONE_AUTH_MECHANISM = (
    "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string "
    "parameter or the Authorization header should be specified"
)


def status_fault_response(request: web.Request, rule: FaultRule) -> web.Response:
    status = rule.status or 500
    return web.Response(status=status, text=HTTPStatus(status).phrase, content_type="text/plain")


def create_cdn_app(state: FakeState) -> web.Application:
    app = make_app("cdn", state, status_fault_response)

    async def serve_object(request: web.Request) -> web.StreamResponse:
        if state.config.cdn_reject_authorization and "Authorization" in request.headers:
            return xml_error(400, "InvalidArgument", ONE_AUTH_MECHANISM)
        if state.cdn_signer.check(request.path, request.query) is not None:
            return xml_error(403, "AccessDenied", "Access denied")
        hf_file = state.hf.file_by_sha256(request.match_info["sha256"])
        if hf_file is None:
            return xml_error(404, "NoSuchKey", "The specified key does not exist.")
        extra = {}
        if request.query.get("response-content-disposition"):
            extra["Content-Disposition"] = request.query["response-content-disposition"]
        options = ServeOptions(
            server="cdn",
            faults=state.faults,
            stopping=state.stopping,
            extra_headers=extra,
            unsatisfiable_body=S3_INVALID_RANGE,
        )
        return await serve_content(request, hf_file.content, options)

    path = "/repos/{a}/{b}/{repo_hash}/{sha256}"
    app.router.add_route("GET", path, serve_object)
    app.router.add_route("HEAD", path, serve_object)
    return app
