"""``GET /api/download/models/{versionId}`` of the fake Civitai API: the reference §7.2 decision table.

Order: bad query 400 (always JSON) -> missing/unpublished 404 -> archived 410 -> downloads disabled 401
(JSON even for browsers) -> login required 401 (browsers: 307 to ``/login?...``) -> early access 403
(browsers: 307 to ``/model-versions/{id}``) -> ``type/format/size/fp`` identifying no one file 404
(``fileId`` names exactly one) -> 307 to a presigned URL on the storage host with
``Cache-Control: no-store, max-age=0``. The download limiter's 429 is a fault switch (see
``civitai_api.status_fault_response``). Browsers get plain-text error bodies.
"""

from __future__ import annotations

from datetime import datetime

from aiohttp import web

from . import civitai_schema as schema
from .catalog import CatalogFile, CatalogVersion
from .civitai_auth import is_authenticated, is_browser
from .http_common import json_response, qs_stringify
from .state import FakeState

DOWNLOAD_CACHE = "no-store, max-age=0"


class CivitaiDownloads:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    async def download(self, request: web.Request) -> web.StreamResponse:
        state = self.state
        browser = is_browser(request)
        headers = {"Cache-Control": DOWNLOAD_CACHE}

        def refuse(status: int, body: dict, *, json_for_browser: bool = False) -> web.Response:
            if browser and not json_for_browser:
                return web.Response(status=status, text=body["error"], headers=headers, content_type="text/plain")
            return json_response(body, status, headers)

        def redirect(location: str) -> web.Response:
            return web.Response(status=307, text=location, headers={**headers, "Location": location})

        query = request.query
        issues: list[dict] = []
        version_id = schema.parse_number({"modelVersionId": request.match_info["version_id"]}, "modelVersionId", issues)
        schema.parse_enum(query, "type", schema.FILE_TYPES, issues)
        schema.parse_enum(query, "format", schema.FILE_FORMATS, issues)
        schema.parse_enum(query, "size", schema.FILE_SIZES, issues)
        if len(query.get("fp", "")) > 64:
            issues.append(schema.too_long("fp", 64))
        file_id = schema.parse_number(query, "fileId", issues)
        if issues:
            return json_response({"error": schema.pretty_zod(issues)}, 400, headers)

        version = state.catalog.published_version(int(version_id or 0))
        if version is None or not version.files:
            return refuse(404, {"error": "File not found"})
        flags = version.flags
        if flags.archived:
            return refuse(410, {"error": schema.ARCHIVED_MESSAGE})
        if flags.downloads_disabled:
            return refuse(
                401, {"error": "Unauthorized", "message": schema.DOWNLOADS_DISABLED_MESSAGE}, json_for_browser=True
            )
        if (flags.require_auth or state.config.require_auth_for_all_downloads) and not is_authenticated(state, request):
            if browser:
                login_query = qs_stringify(
                    [("returnUrl", f"/model-versions/{version.id}"), ("reason", "download-auth")]
                )
                return redirect(f"/login?{login_query}")
            return refuse(401, {"error": "Unauthorized", "message": schema.LOGIN_REQUIRED_MESSAGE})
        if _in_early_access(flags.early_access_deadline, state.clock.now()):
            if browser:
                return redirect(f"/model-versions/{version.id}")
            return json_response(
                {
                    "error": "Early Access",
                    "deadline": flags.early_access_deadline,
                    "message": schema.EARLY_ACCESS_MESSAGE,
                },
                403,
                headers,
            )
        chosen = _select_file(version, query, file_id)
        if chosen is None:
            return refuse(404, {"error": "File not found"})
        location = state.storage_signer.presign(
            state.urls.storage, chosen.storage_key, chosen.name, state.config.storage_url_ttl
        )
        return redirect(location)

    async def login_page(self, request: web.Request) -> web.Response:
        return web.Response(
            text=_html("Sign in to Civitai", "Sign in to download this model."), content_type="text/html"
        )

    async def version_page(self, request: web.Request) -> web.Response:
        title = f"Model version {request.match_info['version_id']}"
        return web.Response(text=_html(title, "This asset is in Early Access."), content_type="text/html")


def _html(title: str, text: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Civitai</title>'
        f"</head><body><h1>{title}</h1><p>{text}</p></body></html>"
    )


def _in_early_access(deadline: str | None, now: float) -> bool:
    if not deadline:
        return False
    try:
        return datetime.fromisoformat(deadline.replace("Z", "+00:00")).timestamp() > now
    except ValueError:
        return False


def _select_file(version: CatalogVersion, query, file_id: int | None) -> CatalogFile | None:
    """``?fileId=`` is exact and bypasses the rest. Otherwise ``type/format/size/fp`` must all match: the
    primary file when it does, else the one file that does; a query several other files fit does not identify
    a file (404), and versions flagged ``file_queries_404`` refuse every such query (reference §15)."""
    if file_id is not None:
        return next((f for f in version.files if f.id == file_id), None)
    wanted = {key: query[key] for key in ("type", "format", "size", "fp") if key in query}
    if not wanted:
        return version.primary_file
    if version.flags.file_queries_404:
        return None
    candidates = [
        f
        for f in version.files
        if all((f.type if key == "type" else f.metadata.get(key)) == value for key, value in wanted.items())
    ]
    primary = next((f for f in candidates if f.id == version.primary_file_id), None)
    return primary or (candidates[0] if len(candidates) == 1 else None)
