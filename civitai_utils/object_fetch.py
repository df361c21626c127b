"""One store object from its sources, into the store's `.part`: resumed with `Range`, SHA-256 computed while the
bytes arrive (one pass: an earlier run's prefix is read once, then only new bytes), verified by size and
SHA-256. Every source of one SHA-256 serves the same bytes, so a `.part` left by any source (or a crashed
process) is resumed from any other; a source whose bytes do not match is dropped and the next one tried.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from .http_client import OutboundHttp
from .retry import RETRYABLE_STATUSES
from .url_policy import UnsafeUrl, UrlPolicy, parse_url, without_query

BLOCK_BYTES = 4 * 1024 * 1024  # read at once when hashing an earlier run's bytes
WRITE_BYTES = 1024 * 1024  # written (and hashed) at once: what a killed run loses at most
_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class SourceFailed(Exception):
    """This source could not give the file; the sentence says why."""


class ObjectUnavailable(Exception):
    """No source gave the file; the sentence lists what each said."""


@dataclass(frozen=True)
class Candidate:
    label: str  # "mirror", "huggingface", "civitai" or "url"
    url: str


def check_plain_url(policy: UrlPolicy, url: str) -> str:
    """A mirror's or a lock's plain URL: https on a public host, or http(s) on an origin the user allowed."""
    parsed = parse_url(url)
    if parsed.user or parsed.password:
        raise UnsafeUrl("URLs with embedded credentials are refused")
    if parsed.scheme not in ("http", "https") or not parsed.raw_host:
        raise UnsafeUrl(f"not an http(s) URL: {without_query(url)}")
    policy.check_hop(url)
    return url


class _Part:
    """The `.part` file and the SHA-256 of what it holds so far."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.descriptor = os.open(path, _FLAGS, 0o644)
        self.path = path
        self.digest = hashlib.sha256()
        self.size = 0
        while block := os.read(self.descriptor, BLOCK_BYTES):
            self.digest.update(block)
            self.size += len(block)

    def restart(self) -> None:
        os.ftruncate(self.descriptor, 0)
        os.lseek(self.descriptor, 0, os.SEEK_SET)
        self.digest, self.size = hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.descriptor, view) :]
        self.digest.update(data)
        self.size += len(data)

    def finish(self) -> None:
        os.fsync(self.descriptor)
        os.fchmod(self.descriptor, 0o444)  # a store object is never written again

    def close(self) -> None:
        os.close(self.descriptor)


async def _stream(http: OutboundHttp, url: str, part: _Part, size: int) -> None:
    """One request for the bytes not yet in the part. SourceFailed when the source refuses for good."""
    headers = {"Accept-Encoding": "identity"}
    if part.size:
        headers["Range"] = f"bytes={part.size}-"
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=60)
    try:
        response = await http.request("GET", url, headers=headers, timeout=timeout)
    except UnsafeUrl as refused:
        raise SourceFailed(str(refused)) from None
    async with response:
        if response.status in RETRYABLE_STATUSES:
            raise aiohttp.ClientResponseError(response.request_info, (), status=response.status)
        if response.status in (401, 403):
            raise SourceFailed(f"answered HTTP {response.status} (it needs a key or access)")
        if response.status not in (200, 206):
            raise SourceFailed(f"answered HTTP {response.status}")
        if response.status == 200 and part.size:
            await asyncio.to_thread(part.restart)  # the server ignored Range: it sends everything
        pending: list[bytes] = []
        pending_bytes = 0
        async for chunk in response.content.iter_chunked(1024 * 1024):
            if part.size + pending_bytes + len(chunk) > size:
                raise SourceFailed(f"sent more than the locked {size} bytes")
            pending.append(chunk)
            pending_bytes += len(chunk)
            if pending_bytes >= WRITE_BYTES:
                await asyncio.to_thread(part.write, b"".join(pending))
                pending, pending_bytes = [], 0
        if pending:
            await asyncio.to_thread(part.write, b"".join(pending))


async def _from_source(http: OutboundHttp, url: str, path: Path, size: int, sha256: str, attempts: int) -> None:
    part = await asyncio.to_thread(_Part, path)
    try:
        restarted, failures = part.size == 0, 0
        while True:
            if part.size > size:
                await asyncio.to_thread(part.restart)
            if part.size < size:
                before = part.size
                why = "stopped sending before the end"
                try:
                    await _stream(http, url, part, size)
                except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError) as error:
                    why = f"kept failing ({type(error).__name__})"
                if part.size < size:
                    failures = 0 if part.size > before else failures + 1
                    if failures >= attempts:
                        raise SourceFailed(why)
                    await asyncio.sleep(min(2.0**failures, 10.0) * 0.25)
                    continue
            if part.size == size and part.digest.hexdigest() == sha256:
                await asyncio.to_thread(part.finish)
                return
            got = part.digest.hexdigest()
            await asyncio.to_thread(part.restart)
            if not restarted:  # the bytes an earlier run left may be the bad ones: once more from zero
                restarted = True
                continue
            raise SourceFailed(f"sent a different file (SHA-256 {got[:12]}…, not {sha256[:12]}…)")
    finally:
        part.close()


async def fetch_object(
    http: OutboundHttp, candidates: list[Candidate], path: Path, size: int, sha256: str, attempts: int = 3
) -> str:
    """Fill `path` with the verified bytes from the first candidate that gives them; returns its label."""
    reasons = []
    for candidate in candidates:
        try:
            await _from_source(http, candidate.url, path, size, sha256, attempts)
            return candidate.label
        except SourceFailed as failed:
            reasons.append(f"{candidate.label} {without_query(candidate.url)} {failed}")
    if not candidates:
        raise ObjectUnavailable("the lock names no source for it")
    raise ObjectUnavailable("; ".join(reasons))
