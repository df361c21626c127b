"""One HTTP/1.1 request written byte for byte on a socket: headers a client library would fix (Host) go as given."""

from __future__ import annotations

import asyncio
import json


async def raw_request(
    port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"", host: str = "127.0.0.1"
) -> tuple[int, dict | str]:
    """The status and the JSON (or text) answer of one request sent exactly as written."""
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    return await send_raw(port, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body, host)


async def send_raw(port: int, request: bytes, host: str = "127.0.0.1") -> tuple[int, dict | str]:
    """Write these bytes on a fresh connection and read the answer until the server closes it."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), 30)
    finally:
        writer.close()
    head, _, payload = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if b"chunked" in head.lower():
        payload = _unchunk(payload)
    text = payload.decode("utf-8", "replace")
    try:
        return status, json.loads(text)
    except ValueError:
        return status, text


def _unchunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2 :]
    return out
