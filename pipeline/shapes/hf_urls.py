"""Hugging Face links and files as values: what a link names (`parse_hf_url`), a file's facts, the URLs to it.

`parse_hf_url` reads the links people paste: `resolve/` and `blob/` file links (a `blob/` page becomes
its `resolve/` download), `hf.co` short links, `datasets/` and `spaces/` repositories, URL-quoted
revisions such as `refs%2Fpr%2F1`, and plain repository pages (`/org/name`, `/org/name/tree/main/dir`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from .download_errors import huggingface_http_error
from .sites import REAL_HOSTS
from .url_parts import origin, split_or_none

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
