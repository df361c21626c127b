"""What a Hugging Face file is before it is downloaded: its size, SHA-256 and commit (API reference §12).

`HuggingFaceClient.file_info` sends the `HEAD /{repo}/resolve/{revision}/{path}` that huggingface_hub
sends, without following the redirect to the CDN: an LFS file answers 302 with its size and SHA-256 in
`X-Linked-Size`/`X-Linked-Etag`, a small git file answers 200 with `Content-Length` and its git blob id as
`ETag`. Only a relative `Location` (a renamed repository, the newer `/api/resolve-cache/...`) is followed,
once. The token goes only to the configured Hugging Face origin, never to another host. Answers, and
refusals that will not change (gated, missing), are kept for the life of the process, per token.

The links people paste are read by `pipeline.shapes.hf_urls.parse_hf_url`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections import OrderedDict
from urllib.parse import urljoin

import aiohttp

from ..pipeline.shapes.download_errors import SETTINGS_HINT
from ..pipeline.shapes.hf_repos import HfListingError, HfRepoSummary, HfTree
from ..pipeline.shapes.hf_urls import (
    HfError,
    HfFileInfo,
    HfLocation,
    error_sentence,
    normalize_etag,
    page_url,
    resolve_url,
)
from ..pipeline.shapes.url_parts import split_or_none
from .hf_listing import HfListing
from .http_client import OutboundHttp
from .outage import OutageMemory
from .retry import RETRYABLE_STATUSES, RetryPolicy
from .url_policy import UnsafeUrl, without_query

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
