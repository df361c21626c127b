"""The fake Hugging Face hub (what ``HF_ENDPOINT`` points at), reference §12 and checklist §13.10-11.

``HEAD/GET /{repo}/resolve/{rev}/{path}``: git files answer 200 with ``ETag`` (blob sha1) and
``X-Repo-Commit``; LFS files answer 302 to a signed CDN URL with ``X-Linked-Etag`` (the SHA-256) and
``X-Linked-Size``. Errors carry ``X-Error-Code``/``X-Error-Message`` and JSON ``{"error"}``: gated repos 401
without a token and 403 for a token not granted access, missing or private repos 401 ``RepoNotFound``
(404 with a valid token), missing files 404 ``EntryNotFound``, bad revisions 404 ``RevisionNotFound``.
Also ``raw/``, ``/api/{type}s/{repo}/tree/{rev}`` (with ``Link`` paging), ``paths-info``, repo info,
the repository search ``/api/models?search=&author=&limit=`` (repo-id substring only, ``Link`` paging, §15),
and the relative ``/api/resolve-cache/...`` redirect for small files (a switch).
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from http import HTTPStatus
from urllib.parse import quote, unquote, urlencode

from aiohttp import web

from .content import BytesContent
from .faults import FaultRule
from .hf_repos import REPO_TYPES, HfFile, HfRepo
from .http_common import json_response, make_app
from .state import FakeState
from .streaming import ServeOptions, serve_content

TREE_PAGE_SIZE = 1000
INVALID_CREDENTIALS = "Invalid credentials in Authorization header"
EXPOSED_HEADERS = ",".join(
    [
        "X-Repo-Commit",
        "X-Request-Id",
        "X-Error-Code",
        "X-Error-Message",
        "X-Total-Count",
        "ETag",
        "Link",
        "Accept-Ranges",
        "Content-Range",
        "X-Linked-Size",
        "X-Linked-ETag",
    ]
)


def _error(status: int, code: str | None, message: str, *, extra: dict[str, str] | None = None) -> web.Response:
    headers = {"X-Error-Message": message, "X-Request-Id": f"Root=1-{secrets.token_hex(4)}-{secrets.token_hex(12)}"}
    if code:
        headers["X-Error-Code"] = code
    headers.update(extra or {})
    return json_response({"error": message}, status, headers)


def status_fault_response(request: web.Request, rule: FaultRule) -> web.Response:
    status = rule.status or 500
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return _error(status, None, reason)


def _split(raw_path: str) -> list[str]:
    """Raw (still percent-encoded) segments: a revision like ``refs%2Fpr%2F1`` stays one segment."""
    return [segment for segment in raw_path.split("?", 1)[0].split("/") if segment != ""]


def _repo_and_rest(segments: list[str], markers: tuple[str, ...]) -> tuple[str, str, list[str]] | None:
    """``[type-prefix] repo(1-2 segments) marker rest...`` -> (repo_type, repo_id, [marker, *rest])."""
    repo_type = "model"
    if segments and segments[0] in ("datasets", "spaces"):
        repo_type, segments = segments[0][:-1], segments[1:]
    for width in (2, 1):
        if len(segments) > width and segments[width] in markers:
            return repo_type, "/".join(unquote(s) for s in segments[:width]), segments[width:]
    return None


class HuggingFaceHub:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def _token(self, request: web.Request) -> tuple[str | None, bool]:
        """(token, header_present); the Hub reads ``Authorization: Bearer <token>``."""
        header = request.headers.get("Authorization")
        if header is None:
            return None, False
        scheme, _, token = header.partition(" ")
        return (token.strip() if scheme.lower() == "bearer" else None), True

    def _authorize(self, request: web.Request, repo: HfRepo | None, repo_id: str) -> web.Response | None:
        token, present = self._token(request)
        valid = token is not None and token in self.state.config.hf_tokens
        if present and not valid:
            return _error(401, None, INVALID_CREDENTIALS)
        if repo is None or (repo.private and not valid):
            status = 404 if valid else 401
            return _error(status, "RepoNotFound", "Repository not found")
        if repo.gated:
            if not valid:
                message = (
                    f"Access to model {repo_id} is restricted. You must have access to it and be "
                    "authenticated to access it. Please log in."
                )
                return _error(401, "GatedRepo", message)
            if not repo.is_approved(token):
                message = (
                    f"Access to model {repo_id} is restricted and you are not in the authorized list. "
                    f"Visit https://huggingface.co/{repo_id} to ask for access."
                )
                return _error(403, "GatedRepo", message)
        return None

    async def _sha256(self, hf_file: HfFile) -> str:
        if not hf_file.content.hashes_cached():
            await asyncio.to_thread(hf_file.sha256)
        return hf_file.sha256()

    # ------------------------------------------------------------------------------------ resolve/raw

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        segments = _split(request.raw_path)
        if segments[:1] == ["api"]:
            return await self.dispatch_api(request, segments[1:])
        parsed = _repo_and_rest(segments, ("resolve", "raw"))
        if parsed is None or len(parsed[2]) < 3 or request.method not in ("GET", "HEAD"):
            return _error(404, None, "Not Found")
        repo_type, repo_id, rest = parsed
        revision = unquote(rest[1])
        path = "/".join(unquote(s) for s in rest[2:])
        return await self.resolve(request, repo_type, repo_id, revision, path, raw=rest[0] == "raw")

    async def resolve(
        self, request: web.Request, repo_type: str, repo_id: str, revision: str, path: str, *, raw: bool = False
    ) -> web.StreamResponse:
        repo = self.state.hf.get(repo_id, repo_type)
        refused = self._authorize(request, repo, repo_id)
        if refused is not None:
            return refused
        commit = repo.resolve_revision(revision)
        if commit is None:
            return _error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        common = {
            "X-Repo-Commit": commit,
            "Vary": "Origin, Accept-Encoding",
            "Access-Control-Expose-Headers": EXPOSED_HEADERS,
        }
        hf_file = repo.files.get(path)
        if hf_file is None:
            return _error(404, "EntryNotFound", "Entry not found", extra={"X-Repo-Commit": commit})
        if hf_file.lfs and not raw:
            sha256 = await self._sha256(hf_file)
            repo_hash = hashlib.sha256(f"{repo_type}:{repo_id}".encode()).hexdigest()
            cdn_path = f"/repos/{repo_hash[:2]}/{repo_hash[2:4]}/{repo_hash}/{sha256}"
            location = self.state.cdn_signer.presign(
                self.state.urls.cdn, cdn_path, hf_file.name, self.state.config.cdn_url_ttl
            )
            body = f"Found. Redirecting to {location}"
            headers = {
                **common,
                "Location": location,
                "X-Linked-Etag": f'"{sha256}"',
                "X-Linked-Size": str(hf_file.size),
                "ETag": f'"{hf_file.git_oid()}"',
            }
            return web.Response(status=302, text=body, headers=headers, content_type="text/plain", charset="utf-8")
        if self.state.config.hf_relative_redirect_small_files and not raw and "/resolve/" in request.path:
            oid = hf_file.git_oid()
            prefix = "" if repo_type == "model" else f"{repo_type}s/"
            original = f"/{prefix}{repo_id}/resolve/{revision}/{path}"
            location = (
                f"/api/resolve-cache/{repo_type}s/{repo_id}/{commit}/{quote(path)}"
                f"?{quote(original, safe='')}=&etag=%22{oid}%22"
            )
            return web.Response(status=307, headers={**common, "Location": location, "ETag": f'"{oid}"'})
        content = BytesContent(hf_file.pointer()) if hf_file.lfs else hf_file.content
        stored = HfFile(path=hf_file.path, content=content, lfs=False) if hf_file.lfs else hf_file
        return await self._serve_blob(request, stored, common)

    async def _serve_blob(self, request: web.Request, hf_file: HfFile, common: dict[str, str]) -> web.StreamResponse:
        options = ServeOptions(
            server="hf",
            faults=self.state.faults,
            stopping=self.state.stopping,
            extra_headers=common,
            unsatisfiable_body=('{"error":"Requested Range Not Satisfiable"}', "application/json"),
            etag=f'"{hf_file.git_oid()}"',
        )
        return await serve_content(request, hf_file.content, options)

    # -------------------------------------------------------------------------------------------- api

    async def dispatch_api(self, request: web.Request, segments: list[str]) -> web.StreamResponse:
        if segments[:1] == ["resolve-cache"] and len(segments) >= 5:
            repo_type = segments[1][:-1]
            for width in (2, 1):
                repo_id = "/".join(unquote(s) for s in segments[2 : 2 + width])
                repo = self.state.hf.get(repo_id, repo_type)
                if repo is not None and len(segments) > 3 + width:
                    commit = unquote(segments[2 + width])
                    path = "/".join(unquote(s) for s in segments[3 + width :])
                    return await self.resolve(request, repo_type, repo_id, commit, path, raw=False)
            return _error(401, "RepoNotFound", "Repository not found")
        if not segments or segments[0].rstrip("s") not in REPO_TYPES or not segments[0].endswith("s"):
            return _error(404, None, "Not Found")
        repo_type = segments[0][:-1]
        if len(segments) == 1 and request.method == "GET":
            return self.search(request, repo_type)
        parsed = _repo_and_rest(segments[1:], ("tree", "paths-info", "revision"))
        if parsed is None:
            repo_id = "/".join(unquote(s) for s in segments[1:3])
            return await self.repo_info(request, repo_type, repo_id, "main")
        _, repo_id, rest = parsed
        revision = unquote(rest[1]) if len(rest) > 1 else "main"
        if rest[0] == "revision":
            return await self.repo_info(request, repo_type, repo_id, revision)
        if rest[0] == "paths-info":
            return await self.paths_info(request, repo_type, repo_id, revision)
        folder = "/".join(unquote(s) for s in rest[2:])
        return await self.tree(request, repo_type, repo_id, revision, folder)

    def search(self, request: web.Request, repo_type: str) -> web.Response:
        """``search`` matches repository ids only (never file names inside), ``limit`` ≤ 1000, paged by ``Link``;
        ``full=true`` or ``expand[]=siblings`` adds every repository's file paths (``siblings``, no sizes)."""
        try:
            limit = int(request.query.get("limit", "1000"))
            start = int(request.query.get("cursor", "0") or 0)
        except ValueError:
            return _error(400, None, "Invalid query")
        if not 0 < limit <= 1000 or start < 0:
            return _error(400, None, "Invalid limit")
        found = self.state.hf.search(request.query.get("search", ""), request.query.get("author"), repo_type)
        full = request.query.get("full", "").lower() in ("1", "true") or "siblings" in request.query.getall(
            "expand[]", []
        )
        page = found[start : start + limit]
        items = [
            {
                "_id": hashlib.sha1(repo.repo_id.encode(), usedforsecurity=False).hexdigest()[:24],
                "id": repo.repo_id,
                "modelId": repo.repo_id,
                "likes": repo.downloads // 100,
                "downloads": repo.downloads,
                "private": False,
                "gated": "manual" if repo.gated else False,
                "tags": [],
                "createdAt": "2025-01-01T00:00:00.000Z",
                **(
                    {"sha": repo.commit, "siblings": [{"rfilename": path} for path in sorted(repo.files)]}
                    if full
                    else {}
                ),
            }
            for repo in page
        ]
        headers = {}
        if start + limit < len(found):
            query = {k: v for k, v in request.query.items() if k != "cursor"}
            query["cursor"] = str(start + limit)
            headers["Link"] = f'<{request.scheme}://{request.host}{request.path}?{urlencode(query)}>; rel="next"'
        return json_response(items, 200, headers)

    def _checked_repo(self, request: web.Request, repo_type: str, repo_id: str, revision: str):
        """A gated repository's files can be listed by anyone (the Hub shows them); only downloads are refused."""
        repo = self.state.hf.get(repo_id, repo_type)
        if repo is not None and repo.gated and not repo.private:
            token, present = self._token(request)
            if present and token not in self.state.config.hf_tokens:
                return _error(401, None, INVALID_CREDENTIALS), None
            refused = None
        else:
            refused = self._authorize(request, repo, repo_id)
        if refused is not None:
            return refused, None
        commit = repo.resolve_revision(revision)
        if commit is None:
            return _error(404, "RevisionNotFound", f"Invalid rev id: {revision}"), None
        return repo, commit

    async def _entry(self, hf_file: HfFile) -> dict:
        entry = {"type": "file", "oid": None, "size": hf_file.size}
        if hf_file.lfs:
            sha256 = await self._sha256(hf_file)
            entry["lfs"] = {"oid": sha256, "size": hf_file.size, "pointerSize": len(hf_file.pointer())}
        entry["oid"] = hf_file.git_oid()
        entry["path"] = hf_file.path
        return entry

    async def tree(
        self, request: web.Request, repo_type: str, repo_id: str, revision: str, folder: str
    ) -> web.Response:
        repo, commit = self._checked_repo(request, repo_type, repo_id, revision)
        if commit is None:
            return repo
        recursive = request.query.get("recursive", "false").lower() in ("1", "true")
        prefix = folder.strip("/") + "/" if folder.strip("/") else ""
        entries: list[dict] = []
        directories: set[str] = set()
        for path, hf_file in sorted(repo.files.items()):
            if not path.startswith(prefix):
                continue
            relative = path[len(prefix) :]
            if "/" in relative and not recursive:
                directories.add(prefix + relative.split("/", 1)[0])
                continue
            if recursive:
                parts = relative.split("/")[:-1]
                for depth in range(1, len(parts) + 1):
                    directories.add(prefix + "/".join(parts[:depth]))
            entries.append(await self._entry(hf_file))
        if prefix and not entries and not directories:
            return _error(404, "EntryNotFound", f'{folder} does not exist on "{revision}"')
        for directory in sorted(directories):
            oid = hashlib.sha1(f"tree:{repo.commit}:{directory}".encode(), usedforsecurity=False).hexdigest()
            entries.append({"type": "directory", "oid": oid, "size": 0, "path": directory})
        entries.sort(key=lambda e: (e["type"] != "directory", e["path"]))
        start = int(request.query.get("cursor", "0") or 0)
        page = entries[start : start + TREE_PAGE_SIZE]
        headers = {"X-Repo-Commit": commit}
        if start + TREE_PAGE_SIZE < len(entries):
            base = f"{request.scheme}://{request.host}{request.path}"
            next_query = f"cursor={start + TREE_PAGE_SIZE}" + (
                f"&recursive={request.query['recursive']}" if "recursive" in request.query else ""
            )
            headers["Link"] = f'<{base}?{next_query}>; rel="next"'
        return json_response(page, 200, headers)

    async def paths_info(self, request: web.Request, repo_type: str, repo_id: str, revision: str) -> web.Response:
        repo, commit = self._checked_repo(request, repo_type, repo_id, revision)
        if commit is None:
            return repo
        form = await request.post()
        wanted = form.getall("paths", [])
        entries = [await self._entry(repo.files[path]) for path in wanted if path in repo.files]
        return json_response(entries, 200, {"X-Repo-Commit": commit})

    async def repo_info(self, request: web.Request, repo_type: str, repo_id: str, revision: str) -> web.Response:
        repo, commit = self._checked_repo(request, repo_type, repo_id, revision)
        if commit is None:
            return repo
        return json_response(
            {
                "_id": hashlib.sha1(repo_id.encode(), usedforsecurity=False).hexdigest()[:24],
                "id": repo_id,
                "private": repo.private,
                "gated": "manual" if repo.gated else False,
                "disabled": False,
                "sha": commit,
                "siblings": [{"rfilename": path} for path in sorted(repo.files)],
            },
            200,
            {"X-Repo-Commit": commit},
        )


def create_hf_app(state: FakeState) -> web.Application:
    hub = HuggingFaceHub(state)
    app = make_app("hf", state, status_fault_response)
    app["hub"] = hub
    app.router.add_route("*", "/{tail:.*}", hub.dispatch)
    return app
