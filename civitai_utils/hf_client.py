"""What a Hugging Face file is before it is downloaded: its size, SHA-256 and commit (API reference §12).

`HuggingFaceClient.file_info` sends the `HEAD /{repo}/resolve/{revision}/{path}` that huggingface_hub
sends, without following the redirect to the CDN: an LFS file answers 302 with its size and SHA-256 in
`X-Linked-Size`/`X-Linked-Etag`, a small git file answers 200 with `Content-Length` and its git blob id as
`ETag`. Only a relative `Location` (a renamed repository, the newer `/api/resolve-cache/...`) is followed,
once. The token goes only to the configured Hugging Face origin, never to another host. Answers, and
refusals that will not change (gated, missing), are kept for the life of the process, per token.

`parse_hf_url` reads the links people paste: `resolve/` and `blob/` file links (a `blob/` page becomes
its `resolve/` download), `hf.co` short links, `datasets/` and `spaces/` repositories, URL-quoted
revisions such as `refs%2Fpr%2F1`, and plain repository pages (`/org/name`, `/org/name/tree/main/dir`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

import aiohttp

from ..pipeline.url_parts import split_or_none
from .download_errors import SETTINGS_HINT, huggingface_http_error
from .hf_listing import HfListing, HfListingError, HfRepoSummary, HfTree
from .http_client import OutboundHttp
from .outage import OutageMemory
from .retry import RETRYABLE_STATUSES, RetryPolicy
from .url_policy import REAL_HOSTS, UnsafeUrl, origin, without_query

# A HEAD is headers only: a Hub silent for this long is not coming back in time to be useful.
HEAD_TIMEOUT = aiohttp.ClientTimeout(total=30, sock_connect=5, sock_read=8)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CACHE_ENTRIES = 1024
# Looked up case-insensitively in the answer, kept under these spellings.
HEADERS_READ = (
    "Location",
    "X-Repo-Commit",
    "X-Linked-Etag",
    "X-Linked-Size",
    "ETag",
    "Content-Length",
    "X-Error-Code",
    "X-Error-Message",
    "Retry-After",
)
REPO_TYPES = ("model", "dataset", "space")
PUBLIC_SITE = "https://huggingface.co"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FILE_MARKERS = ("resolve", "blob", "raw")
# First path segments of huggingface.co pages that are not repositories.
_NOT_REPOS = frozenset(
    {"api", "docs", "blog", "models", "settings", "login", "join", "papers", "collections", "organizations", "tasks"}
)


class HfError(Exception):
    """A Hugging Face lookup failed; str() is a sentence for the user.

    `status` is the HTTP status (0: no answer), `code` the hub's `X-Error-Code` (`GatedRepo`,
    `RepoNotFound`, `EntryNotFound`, `RevisionNotFound`) when it sent one; `unanswered` when the Hub could
    not be reached or said nothing in time."""

    def __init__(
        self,
        sentence: str,
        status: int = 0,
        code: str | None = None,
        retry_after: str | None = None,
        *,
        unanswered: bool = False,
    ):
        super().__init__(sentence)
        self.unanswered = unanswered
        self.status = status
        self.code = code
        self.retry_after = retry_after

    @property
    def needs_token(self) -> bool:
        """A gated repository asked for without a token: adding one (after accepting the terms) helps."""
        return self.code == "GatedRepo" and self.status == 401


@dataclass(frozen=True)
class HfLocation:
    """A place on the Hub a link names: one file (`path`), or a repository page (`path` None, maybe a `folder`)."""

    repo_id: str
    repo_type: str = "model"
    revision: str = "main"
    path: str | None = None
    folder: str = ""

    @property
    def repo_path(self) -> str:
        """`org/name`, or `datasets/org/name` / `spaces/org/name`: how URLs spell the repository."""
        return repo_path(self.repo_id, self.repo_type)


@dataclass(frozen=True)
class HfFileInfo:
    repo_id: str
    repo_type: str
    revision: str
    path: str
    url: str  # the resolve URL on the configured endpoint: what a download starts from
    commit: str  # the 40-hex commit the revision resolved to
    size: int | None
    etag: str | None  # normalised: no W/, no quotes
    lfs: bool  # the content lives in LFS/Xet (the hub redirected to its CDN)
    redirect_host: str | None = None  # the CDN host the file is served from (never its signed URL)

    @property
    def sha256(self) -> str | None:
        """An LFS file's etag is the SHA-256 of its content; a git file's is its blob sha1 (not a SHA-256)."""
        return self.etag if self.etag and _SHA256.fullmatch(self.etag) else None

    @property
    def filename(self) -> str:
        return self.path.rsplit("/", 1)[-1]


def repo_path(repo_id: str, repo_type: str = "model") -> str:
    if repo_type not in REPO_TYPES:
        raise ValueError(f"repo_type must be one of {REPO_TYPES}")
    return repo_id if repo_type == "model" else f"{repo_type}s/{repo_id}"


def resolve_url(base_url: str, repo_id: str, path: str, revision: str = "main", repo_type: str = "model") -> str:
    """`{base}/{repo}/resolve/{revision}/{path}`: revision quoted whole (`refs%2Fpr%2F1`), path keeping `/`."""
    return (
        f"{base_url.rstrip('/')}/{quote(repo_path(repo_id, repo_type), safe='/')}"
        f"/resolve/{quote(revision, safe='')}/{quote(path, safe='/')}"
    )


def page_url(base_url: str, location: HfLocation) -> str:
    """Where a person sees a file or repository: the public site, unless the endpoint is a local test server."""
    site = PUBLIC_SITE if base_url.startswith("https://") else base_url.rstrip("/")
    page = f"{site}/{quote(location.repo_path, safe='/')}"
    if location.path:
        page += f"/blob/{quote(location.revision, safe='')}/{quote(location.path, safe='/')}"
    return page


def normalize_etag(value: str | None) -> str | None:
    """`W/"abc"` and `"abc"` both mean abc (huggingface_hub `_normalize_etag`)."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"').strip() or None


def _hub_path(url: str, base_url: str | None) -> str | None:
    """The path of a Hub URL after the Hub's own prefix (a mirror may live under a path); None for other hosts."""
    parts = split_or_none(url.strip())
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if base_url and origin(url) == origin(base_url):
        prefix = urlsplit(base_url).path.rstrip("/")
        if parts.path == prefix or parts.path.startswith(prefix + "/"):
            return parts.path[len(prefix) :]
        return None
    if parts.scheme == "https" and parts.hostname.lower() in REAL_HOSTS["huggingface"]:
        return parts.path
    return None


def _revision(rest: list[str]) -> tuple[str, list[str]]:
    """(revision, what follows): `refs%2Fpr%2F1` is one quoted segment, an unquoted `refs/pr/1` three."""
    if len(rest) >= 3 and rest[0] == "refs" and rest[1] in ("pr", "convert"):
        return "/".join(unquote(s) for s in rest[:3]), rest[3:]
    return unquote(rest[0]), rest[1:]


def _clean_path(segments: list[str]) -> str | None:
    parts = [unquote(s) for s in segments]
    if not parts or any(p in ("", ".", "..") or "/" in p or "\\" in p for p in parts):
        return None
    return "/".join(parts)


def parse_hf_url(url: str, base_url: str | None = None) -> HfLocation | None:
    """The file or repository a Hugging Face link names; None when it is not a Hub link.

    The real hosts (huggingface.co, hf.co) and the configured endpoint `base_url` are Hub links."""
    if not isinstance(url, str):
        return None
    path = _hub_path(url, base_url)
    if path is None:
        return None
    segments = [s for s in path.split("/") if s]  # still percent-encoded: a quoted revision stays one segment
    repo_type = "model"
    if segments and segments[0] in ("datasets", "spaces"):
        repo_type, segments = segments[0][:-1], segments[1:]
    if not segments or (repo_type == "model" and segments[0] in _NOT_REPOS):
        return None
    for width in (2, 1):
        if len(segments) > width + 1 and segments[width] in (*_FILE_MARKERS, "tree"):
            repo_id = "/".join(unquote(s) for s in segments[:width])
            marker = segments[width]
            revision, rest = _revision(segments[width + 1 :])
            if marker == "tree":
                folder = _clean_path(rest) if rest else ""
                return HfLocation(repo_id, repo_type, revision, None, folder or "")
            file_path = _clean_path(rest)
            return HfLocation(repo_id, repo_type, revision, file_path) if file_path else None
    if len(segments) <= 2:
        return HfLocation("/".join(unquote(s) for s in segments), repo_type)
    return None


def _canonical_url(location: HfLocation) -> str:
    """The public-site URL of a file, for sentences: names the repository and its page whatever the endpoint."""
    return resolve_url(PUBLIC_SITE, location.repo_id, location.path or "", location.revision, location.repo_type)


def error_sentence(status: int, headers: dict[str, str], body: str, location: HfLocation, keyed: bool) -> str:
    code = headers.get("X-Error-Code", "")
    where = f"{location.repo_path}@{location.revision}" if location.revision != "main" else location.repo_path
    if code == "RevisionNotFound":
        return f"Hugging Face has no revision {location.revision!r} of {location.repo_path}."
    if code == "EntryNotFound" or (status == 404 and code != "RepoNotFound"):
        return f"Hugging Face has no file {location.path} in {where} (404)."
    if code == "RepoNotFound" and status == 404:
        return f"Hugging Face has no repository {location.repo_path} (404)."
    return huggingface_http_error(status, headers, body, _canonical_url(location), keyed)


class HuggingFaceClient:
    def __init__(self, http: OutboundHttp, base_url: str, retry: RetryPolicy | None = None):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy(attempts=3, max_retry_after=15)
        self._cache: OrderedDict[tuple, HfFileInfo | HfError] = OrderedDict()
        self.outage = OutageMemory()
        self.listing = HfListing(http, self.base_url, self.retry, self.outage)

    async def search_models(
        self, search: str | None, *, limit: int = 20, author: str | None = None, files: bool = False
    ) -> list[HfRepoSummary]:
        """Repositories whose id contains `search`, most downloaded first (§15); cached a while."""
        return await self.listing.search_models(search, limit=limit, author=author, files=files)

    async def list_tree(self, repo_id: str, revision: str = "main") -> HfTree:
        """Every file of a repository with sizes and SHA-256s, and the commit listed (§12.1); cached a while."""
        return await self.listing.list_tree(repo_id, revision)

    def resolve_url(self, repo_id: str, path: str, revision: str = "main", repo_type: str = "model") -> str:
        return resolve_url(self.base_url, repo_id, path, revision, repo_type)

    def page_url(self, location: HfLocation) -> str:
        return page_url(self.base_url, location)

    def _token_fingerprint(self) -> str | None:
        token = self.http.keys.get("huggingface")
        return hashlib.sha256(token.encode()).hexdigest()[:16] if token else None

    async def file_info(
        self, repo_id: str, path: str, revision: str = "main", *, repo_type: str = "model"
    ) -> HfFileInfo:
        """Size, etag/SHA-256 and commit of one file; HfError with a sentence when the Hub refuses."""
        location = HfLocation(repo_id, repo_type, revision or "main", path)
        key = (repo_type, repo_id, location.revision, path, self._token_fingerprint())
        if key in self._cache:
            self._cache.move_to_end(key)
            cached = self._cache[key]
            if isinstance(cached, HfError):
                raise cached
            return cached
        try:
            self.outage.check()
        except HfListingError as silent:  # a search found the Hub silent a moment ago
            raise HfError(str(silent), 0, unanswered=True) from None
        try:
            info = await self._fetch(location)
        except HfError as error:
            if error.unanswered:  # not retried, and the next lookups do not wait for it either
                self.outage.record(error)
            if error.status in (401, 403, 404):  # gated, missing: the same until a token or the repo changes
                self._remember(key, error)
            raise
        self._remember(key, info)
        return info

    def _remember(self, key: tuple, value: HfFileInfo | HfError) -> None:
        self._cache[key] = value
        while len(self._cache) > CACHE_ENTRIES:
            self._cache.popitem(last=False)

    async def _fetch(self, location: HfLocation) -> HfFileInfo:
        url = self.resolve_url(location.repo_id, location.path or "", location.revision, location.repo_type)
        failures = 0
        while True:
            try:
                return await self._head_chain(location, url)
            except HfError as error:
                if error.unanswered or (error.status not in RETRYABLE_STATUSES and error.status != 0):
                    raise
                failures += 1
                if failures >= self.retry.attempts:
                    raise
                await asyncio.sleep(self.retry.delay(failures, error.retry_after))

    async def _head(self, url: str) -> tuple[int, dict[str, str], str]:
        """One HEAD, no redirect followed: (status, the headers read, body text)."""
        try:
            self.http.policy.check_hop(url)
        except UnsafeUrl as refused:
            raise HfError(f"Hugging Face could not be asked: {refused}") from None
        session = await self.http.session()
        headers = self.http.headers_for(url, {"Accept-Encoding": "identity"})
        try:
            async with session.request(
                "HEAD", url, headers=headers, allow_redirects=False, timeout=HEAD_TIMEOUT
            ) as response:
                read = {name: response.headers[name] for name in HEADERS_READ if name in response.headers}
                return response.status, read, read.get("X-Error-Message", "")
        except (aiohttp.ClientConnectorError, asyncio.TimeoutError, TimeoutError) as error:
            silent = isinstance(error, asyncio.TimeoutError | TimeoutError)
            sentence = (
                "Hugging Face did not answer in time: try again later."
                if silent
                else f"Hugging Face could not be reached ({type(error).__name__}): try again later."
            )
            raise HfError(sentence, 0, unanswered=True) from None
        except (aiohttp.ClientError, OSError) as error:
            raise HfError(f"Hugging Face's answer broke off ({type(error).__name__}): try again later.", 0) from None

    async def _head_chain(self, location: HfLocation, url: str) -> HfFileInfo:
        status, headers, message = await self._head(url)
        first = headers
        moved = headers.get("Location") if status in REDIRECT_STATUSES else None
        moved_parts = split_or_none(moved) if moved else None
        if moved_parts and not moved_parts.netloc and not moved_parts.scheme:
            # A relative redirect (renamed repository, /api/resolve-cache/...) is the Hub's own: followed once.
            target = urljoin(url, moved)
            if "/resolve/" in moved_parts.path and not moved_parts.path.startswith("/api/"):
                url = target  # a renamed repository: download from its new address
            status, headers, message = await self._head(target)
        if status >= 400:
            keyed = self.http.keys.get("huggingface") is not None
            body = json.dumps({"error": message}) if message else ""
            sentence = error_sentence(status, headers, body, location, keyed)
            raise HfError(sentence, status, headers.get("X-Error-Code"), headers.get("Retry-After"))
        if status not in (200, *REDIRECT_STATUSES):
            raise HfError(f"Hugging Face answered HTTP {status} for {location.repo_path}/{location.path}.", status)
        commit = headers.get("X-Repo-Commit") or first.get("X-Repo-Commit")
        if not commit:
            raise HfError(
                f"{without_query(url)} did not answer like a Hugging Face file (no X-Repo-Commit): "
                f"check the Hugging Face endpoint in {SETTINGS_HINT}.",
                status,
            )
        redirect = headers.get("Location") if status in REDIRECT_STATUSES else None
        size_header = headers.get("X-Linked-Size") or (headers.get("Content-Length") if status == 200 else None)
        size = int(size_header) if size_header and size_header.strip().isdigit() else None
        etag = normalize_etag(headers.get("X-Linked-Etag") or headers.get("ETag") or first.get("ETag"))
        return HfFileInfo(
            repo_id=location.repo_id,
            repo_type=location.repo_type,
            revision=location.revision,
            path=location.path or "",
            url=url,
            commit=commit,
            size=size,
            etag=etag,
            lfs="X-Linked-Etag" in headers or "X-Linked-Size" in headers,
            redirect_host=redirect_parts.hostname if (redirect_parts := split_or_none(redirect or "")) else None,
        )
