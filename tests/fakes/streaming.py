"""Serving one file body the way object stores and CDNs do: Range, If-Range, 206/416, and the body faults.

Shared by the Civitai storage host, the Hugging Face CDN and Hugging Face non-LFS files. Bytes are
generated chunk by chunk while the socket drains, so memory stays flat for any file size.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
from dataclasses import dataclass

from aiohttp import web

from .content import Content, corrupt
from .faults import DROP, IGNORE_RANGE, NO_LENGTH, SLOW, STALL, WRONG_BYTES, WRONG_RANGE, FaultPlan

WRITE_SIZE = 256 * 1024
"""Bytes per socket write: small enough for stall/drop thresholds to land where a test asks."""

LAST_MODIFIED_BASE = 1735689600  # 2025-01-01T00:00:00Z


def last_modified(content: Content) -> str:
    """A Last-Modified date that changes whenever the bytes change (so a date If-Range is meaningful)."""
    offset = int.from_bytes(hashlib.sha256(content.identity.encode()).digest()[:3], "big")
    return email.utils.formatdate(LAST_MODIFIED_BASE + offset, usegmt=True)


UNSATISFIABLE = "unsatisfiable"


def parse_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """``(first, last)`` inclusive, ``UNSATISFIABLE``, or ``None`` when the header must be ignored."""
    if not header:
        return None
    unit, _, spec = header.strip().partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # other units and multi-range requests get the whole body, like S3
    first_text, dash, last_text = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first_text == "":
            suffix = int(last_text)
            if suffix <= 0 or size == 0:
                return UNSATISFIABLE
            return max(0, size - suffix), size - 1
        first = int(first_text)
        last = int(last_text) if last_text else size - 1
    except ValueError:
        return None
    if first < 0 or (last_text and last < first):
        return None
    if first >= size:
        return UNSATISFIABLE
    return first, min(last, size - 1)


def if_range_matches(if_range: str | None, etag: str, modified: str) -> bool:
    """RFC 9110 §13.1.5: an entity tag must match strongly; a date must equal Last-Modified exactly."""
    if if_range is None:
        return True
    value = if_range.strip()
    if value.startswith(('"', "W/")):
        return value == etag
    parsed = email.utils.parsedate_to_datetime(value) if value else None
    try:
        return parsed is not None and parsed == email.utils.parsedate_to_datetime(modified)
    except (TypeError, ValueError):
        return False


@dataclass
class ServeOptions:
    server: str
    faults: FaultPlan
    stopping: asyncio.Event
    extra_headers: dict[str, str]
    unsatisfiable_body: tuple[str, str]
    """(body, content type) of a 416."""
    etag: str | None = None
    """Overrides the content's own validator (Hugging Face sends the git blob sha1)."""


async def serve_content(request: web.Request, content: Content, options: ServeOptions) -> web.StreamResponse:
    size = content.size
    etag = options.etag or content.etag
    modified = last_modified(content)
    headers = {
        "Accept-Ranges": "bytes",
        "Content-Type": "application/octet-stream",
        "ETag": etag,
        "Last-Modified": modified,
        **options.extra_headers,
    }
    is_get = request.method == "GET"
    path_qs = f"{request.path_qs}\n{request.raw_path}"
    range_header = request.headers.get("Range")
    byte_range = parse_range(range_header, size)
    if byte_range is not None and not if_range_matches(request.headers.get("If-Range"), etag, modified):
        byte_range = None
    if byte_range is not None and is_get and options.faults.take(IGNORE_RANGE, options.server, path_qs):
        byte_range = None
    if byte_range == UNSATISFIABLE:
        body, content_type = options.unsatisfiable_body
        response = web.Response(status=416, text=body if is_get else None, content_type=content_type)
        response.headers["Content-Range"] = f"bytes */{size}"
        response.headers["Accept-Ranges"] = "bytes"
        return response
    if byte_range is None:
        status, first, last = 200, 0, size - 1
    else:
        status, (first, last) = 206, byte_range
        if is_get and first > 0 and options.faults.take(WRONG_RANGE, options.server, path_qs):
            first = first // 2  # other bytes than asked, and a Content-Range that says so
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    response = web.StreamResponse(status=status, headers=headers)
    if not (is_get and options.faults.take(NO_LENGTH, options.server, path_qs)):
        response.content_length = last - first + 1  # otherwise aiohttp sends Transfer-Encoding: chunked
    await response.prepare(request)
    if not is_get:
        await response.write_eof()
        return response

    faults, server = options.faults, options.server
    stall = faults.take(STALL, server, path_qs)
    drop = faults.take(DROP, server, path_qs)
    slow = faults.take(SLOW, server, path_qs)
    chunks = content.iter_bytes(first, last + 1)
    if faults.take(WRONG_BYTES, server, path_qs):
        middle = size // 2  # the middle of the file, or the first byte of a range that does not reach it
        chunks = corrupt(chunks, first, middle if first <= middle <= last else first)
    sent = 0
    for block in chunks:
        for offset in range(0, len(block), WRITE_SIZE):
            piece = block[offset : offset + WRITE_SIZE]
            if drop is not None and sent + len(piece) >= drop.after_bytes:
                head = piece[: drop.after_bytes - sent]
                if head:
                    await response.write(head)
                await asyncio.sleep(0.05)  # let the bytes leave before the connection dies
                _abort(request)
                return response
            if stall is not None and sent + len(piece) >= stall.after_bytes:
                head, piece = piece[: stall.after_bytes - sent], piece[stall.after_bytes - sent :]
                if head:
                    await response.write(head)
                    sent += len(head)
                await _stall(request, stall.seconds, options.stopping)
                stall = None
                if _closed(request):
                    return response
            if piece:
                await response.write(piece)
                sent += len(piece)
                if slow is not None:
                    await _stall(request, len(piece) / slow.bytes_per_second, options.stopping)
                    if _closed(request):
                        return response
    await response.write_eof()
    return response


def _closed(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def _abort(request: web.Request) -> None:
    transport = request.transport
    if transport is not None:
        transport.abort()


async def _stall(request: web.Request, seconds: float | None, stopping: asyncio.Event) -> None:
    """Go silent for ``seconds`` (forever when None) but wake up when the client leaves or the server stops."""
    loop = asyncio.get_running_loop()
    deadline = None if seconds is None else loop.time() + seconds
    while not stopping.is_set() and not _closed(request):
        if deadline is not None and loop.time() >= deadline:
            return
        await asyncio.sleep(0.05)
    if stopping.is_set():
        _abort(request)
