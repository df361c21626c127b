"""The fake Civitai delivery host (R2-like) that download redirects point at, reference §7.3 and §13.8.

Checks in the order R2 does: a request carrying ``Authorization`` next to a presigned query is refused
with 400 ``InvalidRequest: Missing x-amz-content-sha256``; a forged, tampered or expired signature gets
403 (a HEAD on a GET-signed URL is a signature mismatch, as on S3/R2); then the object is served with
Range/If-Range, ``Content-Disposition`` taken from ``response-content-disposition``.
"""

from __future__ import annotations

from http import HTTPStatus

from aiohttp import web

from .faults import FaultRule
from .http_common import S3_INVALID_RANGE, make_app, xml_error
from .state import FakeState
from .streaming import ServeOptions, serve_content

SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your secret access key and signing method."
)


def status_fault_response(request: web.Request, rule: FaultRule) -> web.Response:
    status = rule.status or 500
    code = {429: "SlowDown", 503: "SlowDown", 500: "InternalError"}.get(status, "ServiceUnavailable")
    message = "Please reduce your request rate." if code == "SlowDown" else HTTPStatus(status).phrase
    return xml_error(status, code, message)


def create_storage_app(state: FakeState) -> web.Application:
    app = make_app("storage", state, status_fault_response)

    async def serve_object(request: web.Request) -> web.StreamResponse:
        if "Authorization" in request.headers:
            return xml_error(400, "InvalidRequest", "Missing x-amz-content-sha256")
        key = request.match_info["key"]
        problem = state.storage_signer.check(request.method, key, request.query)
        if problem == "missing":
            return xml_error(403, "AccessDenied", "Access Denied")
        if problem == "mismatch":
            return xml_error(403, "SignatureDoesNotMatch", SIGNATURE_MISMATCH)
        if problem == "expired":
            return xml_error(403, "AccessDenied", "Request has expired")
        catalog_file = state.catalog.file_by_storage_key(key)
        if catalog_file is None:
            return xml_error(404, "NoSuchKey", "The specified key does not exist.")
        extra = {}
        if request.query.get("response-content-disposition"):
            extra["Content-Disposition"] = request.query["response-content-disposition"]
        options = ServeOptions(
            server="storage",
            faults=state.faults,
            stopping=state.stopping,
            extra_headers=extra,
            unsatisfiable_body=S3_INVALID_RANGE,
        )
        return await serve_content(request, catalog_file.content, options)

    app.router.add_route("GET", "/{key:.+}", serve_object)
    app.router.add_route("HEAD", "/{key:.+}", serve_object)
    return app
