"""Finding a file on the Hub by name: repository search and recursive tree listing (API reference §12.1, §15).

`GET /api/models?search=` matches repository ids only, so a caller searches with words from a file name and
then lists candidate repositories' trees, where `lfs.oid` is a file's SHA-256 and `size` its size (no HEAD
needed). Both answers are paged with `Link: <…>; rel="next"`; at most `MAX_PAGES` pages are read. Answers are
kept a while (bounded, time-limited): a second lookup of the same name asks the Hub nothing.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import OrderedDict
from urllib.parse import quote, urlencode, urljoin

import aiohttp

from ..pipeline.shapes.download_errors import huggingface_http_error
from ..pipeline.shapes.hf_repos import HfListingError, HfRepoSummary, HfTree, HfTreeFile
from .http_client import OutboundHttp
from .outage import OutageMemory
from .retry import RETRYABLE_STATUSES, RetryPolicy
from .url_policy import UnsafeUrl

# Like the HEADs: a Hub silent this long records an outage well before the sources deadline (15 s).
LISTING_TIMEOUT = aiohttp.ClientTimeout(total=30, sock_connect=5, sock_read=8)
CACHE_ENTRIES = 2048
CACHE_SECONDS = 15 * 60
MAX_PAGES = 5
_NEXT_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def next_link(header: str | None) -> str | None:
    """The `rel="next"` target of an RFC 5988 Link header."""
    match = _NEXT_LINK.search(header or "")
    return match.group(1) if match else None


def _summary(item: dict) -> HfRepoSummary | None:
    repo_id = item.get("id") or item.get("modelId")
    if not isinstance(repo_id, str) or not repo_id:
        return None
    downloads = item.get("downloads")
    siblings = item.get("siblings")
    files = None
    if isinstance(siblings, list):
        files = tuple(s["rfilename"] for s in siblings if isinstance(s, dict) and isinstance(s.get("rfilename"), str))
    return HfRepoSummary(
        repo_id=repo_id,
        downloads=downloads if isinstance(downloads, int) else 0,
        gated=bool(item.get("gated")),
        private=bool(item.get("private")),
        files=files,
    )


def _tree_file(item: dict) -> HfTreeFile | None:
    if item.get("type") != "file" or not isinstance(item.get("path"), str):
        return None
    lfs = item.get("lfs") if isinstance(item.get("lfs"), dict) else {}
    oid = lfs.get("oid")
    sha256 = oid.lower() if isinstance(oid, str) and re.fullmatch(r"[0-9a-fA-F]{64}", oid) else None
    size = lfs.get("size", item.get("size"))
    return HfTreeFile(item["path"], size if isinstance(size, int) else None, sha256)


class HfListing:
    """Search and tree listing on one Hub endpoint, with a short-lived cache and a count of requests sent."""

    def __init__(
        self, http: OutboundHttp, base_url: str, retry: RetryPolicy | None = None, outage: OutageMemory | None = None
    ):
        self.http = http
        self.outage = outage or OutageMemory()  # shared with the client's HEADs: one silent Hub, one wait
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy(attempts=3, max_retry_after=15)
        self.cache_seconds = CACHE_SECONDS
        self._cache: OrderedDict[str, tuple[float, object]] = OrderedDict()
        self.requests_sent = 0

    async def search_models(
        self, search: str | None, *, limit: int = 20, author: str | None = None, files: bool = False
    ) -> list[HfRepoSummary]:
        """Repositories whose id contains `search` (case-insensitive) and/or owned by `author`, most downloaded
        first; `files` asks for each repository's file paths too (`full=true`), saving a listing per repository."""
        params = {"limit": str(limit), "sort": "downloads", "direction": "-1"}
        if search:
            params["search"] = search
        if author:
            params["author"] = author
        if files:
            params["full"] = "true"
        url = f"{self.base_url}/api/models?{urlencode(params)}"
        what = f"the Hugging Face search for {search!r}" if search else f"the Hugging Face repositories of {author}"
        items, _ = await self._cached_pages(url, what, max_items=limit)
        return [summary for item in items if isinstance(item, dict) and (summary := _summary(item))]

    async def list_tree(self, repo_id: str, revision: str = "main") -> HfTree:
        """Every file of a repository (recursive listing); HfListingError (code `GatedRepo`...) when refused."""
        url = (
            f"{self.base_url}/api/models/{quote(repo_id, safe='/')}/tree/{quote(revision, safe='')}"
            "?recursive=true&expand=false"
        )
        items, commit = await self._cached_pages(url, f"the files of {repo_id}", repo_id=repo_id)
        files = tuple(entry for item in items if isinstance(item, dict) and (entry := _tree_file(item)))
        return HfTree(repo_id, commit, files)

    async def _cached_pages(
        self, url: str, what: str, *, max_items: int | None = None, repo_id: str | None = None
    ) -> tuple[list, str | None]:
        cached = self._cache.get(url)
        if cached is not None and cached[0] > time.monotonic():
            self._cache.move_to_end(url)
            if isinstance(cached[1], HfListingError):
                raise cached[1]
            return cached[1]
        try:
            self.outage.check()
        except HfListingError:
            raise
        except Exception as error:  # the client's HEAD found the Hub silent a moment ago
            raise HfListingError(str(error)) from None
        try:
            answer = await self._pages(url, what, max_items, repo_id)
        except HfListingError as error:
            if error.unanswered:
                self.outage.record(error)
            if error.status in (401, 403, 404):  # gated, missing: the same for a while
                self._remember(url, error)
            raise
        self._remember(url, answer)
        return answer

    def _remember(self, url: str, value: object) -> None:
        self._cache[url] = (time.monotonic() + self.cache_seconds, value)
        self._cache.move_to_end(url)
        while len(self._cache) > CACHE_ENTRIES:
            self._cache.popitem(last=False)

    async def _pages(self, url: str, what: str, max_items: int | None, repo_id: str | None) -> tuple[list, str | None]:
        items: list = []
        commit: str | None = None
        page_url: str | None = url
        for _ in range(MAX_PAGES):
            if page_url is None or (max_items is not None and len(items) >= max_items):
                break
            body, link, page_commit = await self._get(page_url, what, repo_id)
            items.extend(body)
            commit = commit or page_commit
            page_url = urljoin(page_url, link) if link else None
        return (items[:max_items] if max_items is not None else items), commit

    async def _get(self, url: str, what: str, repo_id: str | None) -> tuple[list, str | None, str | None]:
        failures = 0
        while True:
            status, text, headers = await self._fetch(url, what)
            if status == 200:
                try:
                    body = json.loads(text)
                except ValueError:
                    raise HfListingError(f"Hugging Face answered {what} with something that is not JSON.") from None
                if not isinstance(body, list):
                    raise HfListingError(f"Hugging Face answered {what} with something that is not a list.")
                return body, next_link(headers.get("Link")), headers.get("X-Repo-Commit")
            if status not in RETRYABLE_STATUSES:
                code = headers.get("X-Error-Code")
                page = f"{self.base_url}/{repo_id}/tree/main" if repo_id else url
                keyed = self.http.keys.get("huggingface") is not None
                sentence = huggingface_http_error(status, dict(headers), text, page, keyed)
                raise HfListingError(sentence, status, code)
            failures += 1
            if failures >= self.retry.attempts:
                raise HfListingError(f"Hugging Face did not answer {what} (HTTP {status}): try again later.", status)
            await asyncio.sleep(self.retry.delay(failures, headers.get("Retry-After")))

    async def _fetch(self, url: str, what: str) -> tuple[int, str, dict[str, str]]:
        self.requests_sent += 1
        try:
            response = await self.http.request(
                "GET", url, headers={"Accept": "application/json"}, timeout=LISTING_TIMEOUT
            )
            async with response:
                text = await response.text(errors="replace")
                return response.status, text, {k: v for k, v in response.headers.items()}
        except UnsafeUrl as refused:
            raise HfListingError(f"Hugging Face could not be asked for {what}: {refused}") from None
        except (aiohttp.ClientConnectorError, asyncio.TimeoutError, TimeoutError) as error:
            silent = isinstance(error, asyncio.TimeoutError | TimeoutError)
            sentence = (
                f"Hugging Face did not answer {what} in time: try again later."
                if silent
                else f"Hugging Face could not be reached for {what} ({type(error).__name__}): try again later."
            )
            raise HfListingError(sentence, unanswered=True) from None
        except (aiohttp.ClientError, OSError) as error:
            raise HfListingError(f"Hugging Face's answer to {what} broke off ({type(error).__name__}).") from None
