"""The download bench's file server: a separate process serving files on loopback, optionally like a CDN.

Uncapped it is aiohttp's `FileResponse` (sendfile, Range, ETag). Capped, each response is paced by
its own token bucket (a CDN's per-connection cap: N connections get N times the rate) and may wait
a fixed delay before answering (the round trip of a far server); Range, If-Range, ETag and
Last-Modified behave as with `FileResponse`, so a segmented client sees a server it may split.

    python bench/download_server.py '{"files": {"1": "/path"}, "rate": 40000000, "delay": 0.03}'

prints its port on the first line, then serves until terminated.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path

ROUTE = "/api/download/models/{id}"
CHUNK_BYTES = 256 * 1024  # one paced write
BURST_BYTES = 1024 * 1024  # what a bucket may send at once after idling


class TokenBucket:
    """Paces one response at `rate` bytes/s, allowing bursts of `burst` bytes."""

    def __init__(self, rate: float, burst: int):
        self.rate, self.burst = rate, burst
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    async def take(self, amount: int) -> None:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate) - amount
        self.stamp = now
        if self.tokens < 0:
            await asyncio.sleep(-self.tokens / self.rate)


def _requested_range(request, size: int, validators: tuple[str, str]) -> tuple[int, int] | None:
    """[start, end) of a Range to honour; None for the whole file (no Range, or If-Range names
    another version). ValueError when the range is malformed or cannot be satisfied."""
    if "Range" not in request.headers:
        return None
    if_range = request.headers.get("If-Range")
    if if_range is not None and if_range not in validators:
        return None
    wanted = request.http_range  # aiohttp parses `bytes=a-b`, `a-` and `-n` (raises ValueError otherwise)
    start = wanted.start or 0
    start = max(0, size + start) if start < 0 else start
    end = size if wanted.stop is None else min(wanted.stop, size)
    if start >= end:
        raise ValueError("unsatisfiable range")
    return start, end


def serve_main(config: dict) -> None:
    """Serve each file at /api/download/models/<id> until terminated."""
    from aiohttp import web

    files: dict[str, str] = config["files"]
    rate: float = config.get("rate", 0)
    delay: float = config.get("delay", 0)

    def path_of(request: web.Request) -> str:
        path = files.get(request.match_info["id"])
        if path is None:
            raise web.HTTPNotFound()
        return path

    async def uncapped(request: web.Request) -> web.StreamResponse:
        return web.FileResponse(path_of(request), headers={"Content-Type": "application/octet-stream"})

    async def capped(request: web.Request) -> web.StreamResponse:
        path = path_of(request)
        if delay:
            await asyncio.sleep(delay)
        stat = os.stat(path)
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        last_modified = formatdate(stat.st_mtime, usegmt=True)
        headers = {"Content-Type": "application/octet-stream", "Accept-Ranges": "bytes"}
        headers |= {"ETag": etag, "Last-Modified": last_modified}
        try:
            wanted = _requested_range(request, stat.st_size, (etag, last_modified))
        except ValueError:
            raise web.HTTPRequestRangeNotSatisfiable(headers={"Content-Range": f"bytes */{stat.st_size}"}) from None
        start, end = wanted or (0, stat.st_size)
        response = web.StreamResponse(status=200 if wanted is None else 206, headers=headers)
        if wanted is not None:
            response.headers["Content-Range"] = f"bytes {start}-{end - 1}/{stat.st_size}"
        response.content_length = end - start
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        bucket = TokenBucket(rate, BURST_BYTES)
        descriptor = os.open(path, os.O_RDONLY)
        try:
            offset = start
            while offset < end:
                amount = min(CHUNK_BYTES, end - offset)
                await bucket.take(amount)
                await response.write(os.pread(descriptor, amount, offset))
                offset += amount
            await response.write_eof()
        except ConnectionError:
            pass  # the client closed its connection (a finished or re-split segment): nothing to send
        finally:
            os.close(descriptor)
        return response

    async def run() -> None:
        app = web.Application()
        app.router.add_get(ROUTE.format(id="{id}"), capped if rate > 0 else uncapped)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(runner, sock, backlog=256).start()
        print(sock.getsockname()[1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(run())


class FileServer:
    """The server as a child process, for a `with` block; `rate` bytes/s per connection (0: uncapped)."""

    def __init__(self, files: dict[int, Path], rate: float = 0, delay: float = 0):
        self.config = {"files": {str(k): str(v) for k, v in files.items()}, "rate": rate, "delay": delay}
        self.process: subprocess.Popen | None = None
        self.port = 0

    def url(self, model_id: int) -> str:
        return f"http://127.0.0.1:{self.port}" + ROUTE.format(id=model_id)

    def __enter__(self) -> FileServer:
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), json.dumps(self.config)], stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.process.kill()
            raise RuntimeError("the file server did not start")
        self.port = int(line)
        return self

    def __exit__(self, *_exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


if __name__ == "__main__":
    serve_main(json.loads(sys.argv[1]))
