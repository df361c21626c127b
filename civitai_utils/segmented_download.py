"""One large file over several connections, as `aria2c -x8` does: CDNs cap each connection, not the client.

The first response (a 206 to `Range: bytes=offset-`) serves the first piece; more connections ask for the next
pieces in file order (`Range` + `If-Range` with the server's validator) and write them at their offsets
(part_file.py hashes the prefix as it grows, so the SHA-256 is ready when the last byte lands). A connection with
nothing left to take splits the piece with most to come (segment_plan.py). With the automatic setting one
connection becomes 4, then 8, each step kept only while it makes the file faster (one stays where it does not).

Every piece request goes to the storage URL the source redirected to, never with a key; when that presigned URL
stops working (it expired), the source is asked again for a fresh one. A server that answers a piece with 200,
with another validator or with a Content-Range we did not ask for makes the whole download fall back to one
stream from the verified prefix (`FallBack`); dropped connections and 429/5xx are retried per connection.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time

import aiohttp

from ..pipeline.shapes import download_errors as sentences
from ..pipeline.shapes.download_errors import DownloadFailed
from .retry import RETRYABLE_STATUSES
from .segment_plan import Piece, SegmentPlan
from .url_policy import UnsafeUrl

log = logging.getLogger("civitai_sidebar")

MiB = 1024 * 1024
AUTOMATIC_MAX_CONNECTIONS = 8
AUTOMATIC_STEPS = (1, 4, 8)  # connections tried in turn, each kept only if it made the file faster
FIRST_PIECE_BYTES = 4 * MiB
MAX_PIECE_BYTES = 32 * MiB
WRITE_BYTES = 1 * MiB  # received bytes handed to the writer at once, per connection
WINDOW_MIN_BYTES = 128 * MiB  # how far ahead of the written prefix connections may fetch
CHECK_SECONDS = 0.25  # how often the automatic setting looks at the speed
SAVE_SECONDS = 1.0
WORTH_ANOTHER = 1.25  # more connections stay only if they bring at least this much more speed
EXPIRED_STATUSES = frozenset({401, 403, 404, 410})  # what a storage host answers to an expired presigned URL
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")


class FallBack(Exception):
    """The server stopped serving ranges as it promised: go on with one stream from the hashed prefix."""


class _TryAgain(Exception):
    def __init__(self, reason: str, retry_after: str | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class SegmentedDownload:
    def __init__(self, transfer, url: str, validator: str, total: int):
        self.transfer = transfer
        self.task = transfer.task
        self.part = transfer.part
        self.settings = transfer.settings
        self.url = url
        self.validator = validator
        self.total = total
        self.plan = SegmentPlan(total, self.part.record.done)
        self.automatic = self.settings.segments == 0
        self.most = AUTOMATIC_MAX_CONNECTIONS if self.automatic else self.settings.segments
        self.desired = 1 if self.automatic else self.most
        self.piece_bytes = FIRST_PIECE_BYTES
        self.changed = asyncio.Event()  # bytes written or a piece given back: waiting connections look again
        self.ended = asyncio.Event()
        self.failure: BaseException | None = None
        self.connections: set[asyncio.Task] = set()
        self.live = 0  # connections not yet returned (counted down as each decides to stop)
        self.working = 0  # connections asking for or receiving a piece: what the task shows as its connections

    # -- the whole download ------------------------------------------------------------------------

    async def run(self, first: aiohttp.ClientResponse, offset: int) -> None:
        """Fetch every byte not written yet; returns once all are hashed. Raises FallBack or DownloadFailed."""
        await self.part.start_segments(self.total)
        self.plan.obtained = max(self.plan.obtained, offset)
        piece = self.plan.claim(self.piece_bytes, self._window_end())
        if piece is None or piece.start != offset:
            if piece is not None:
                self.plan.release(piece)
            piece, first = None, None  # the prefix is further on than this response starts: not needed
        self._open(first, piece)
        for _ in range(self.desired - 1):
            self._open(None, None)
        checker = asyncio.get_running_loop().create_task(self._check_periodically())
        try:
            if not self.plan.complete:
                await self.ended.wait()
        finally:
            checker.cancel()
            await self._stop_connections()
            await asyncio.gather(checker, return_exceptions=True)
            await self._save_quietly()
            self.task.connections = 0
        if self.failure is not None:
            raise self.failure
        if not self.plan.complete:
            raise DownloadFailed("The download stopped before every part of the file arrived", keep_part=True)
        await self.part.hashed_up_to(self.total)

    def _open(self, response: aiohttp.ClientResponse | None, piece: Piece | None) -> None:
        self.live += 1
        connection = asyncio.get_running_loop().create_task(self._connection(response, piece))
        self.connections.add(connection)
        connection.add_done_callback(self._connection_ended)

    def _connection_ended(self, connection: asyncio.Task) -> None:
        self.connections.discard(connection)
        if connection.cancelled():
            return
        error = connection.exception()
        if error is not None and self.failure is None:
            self.failure = error
            self.ended.set()
        elif self.plan.complete or not self.connections:
            self.ended.set()

    async def _stop_connections(self) -> None:
        running = list(self.connections)
        for connection in running:
            connection.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        try:
            await self.part.drain()
        except OSError as error:  # a write failed (the disk filled up): that is why it ends
            self.failure = self.failure or error

    async def _save_quietly(self) -> None:
        try:
            await self.part.save_segments(self.plan.done.as_list())
        except OSError as error:  # the bytes stay; a resume then fetches a little more again
            log.warning("[Civitai Sidebar] could not save the progress of %s: %s", self.task.filename, error)

    # -- one connection ----------------------------------------------------------------------------

    async def _connection(self, response: aiohttp.ClientResponse | None, piece: Piece | None) -> None:
        """Fetch pieces until none is left (or fewer connections are wanted); retries its own failures."""
        try:
            await self._fetch_pieces(response, piece)
        finally:
            self.live -= 1

    async def _fetch_pieces(self, response: aiohttp.ClientResponse | None, piece: Piece | None) -> None:
        failures = 0
        while not self.plan.complete:
            if piece is None:
                if self.live > self.desired:
                    return  # the automatic setting found fewer connections as fast
                piece = self.plan.claim(self.piece_bytes, self._window_end()) or self.plan.steal()
                if piece is None:
                    if not self.plan.active and not self.plan.todo:
                        return  # every byte is written or on its way to the disk
                    self.changed.clear()
                    await self.changed.wait()
                    continue
            before = piece.position
            self._count_working(+1)
            try:
                if response is None:
                    response = await self._request(piece)
                await self._receive(response, piece)
                failures = 0
            except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, ConnectionError, _TryAgain) as error:
                failures = 0 if piece.position > before else failures + 1
                if failures >= self.settings.retry.attempts:
                    raise DownloadFailed(
                        sentences.retries_exhausted(self._reason(error), failures), keep_part=True, retryable=True
                    ) from None
                retry_after = error.retry_after if isinstance(error, _TryAgain) else None
                self.plan.release(piece)
                piece = None
                self.changed.set()
                await asyncio.sleep(self.settings.retry.delay(failures, retry_after))
                continue
            finally:
                self._count_working(-1)
                if response is not None:
                    response.release()  # kept alive for the next piece if its body was read to the end
                    response = None
                if piece is not None and (piece.position >= piece.end or piece not in self.plan.active):
                    self.plan.release(piece)
                    piece = None
                    self.changed.set()
            if piece is not None:  # the server ended the body before the piece: ask for the rest
                self.plan.release(piece)
                piece = None

    def _count_working(self, change: int) -> None:
        self.working += change
        self.task.connections = self.working

    def _reason(self, error: BaseException) -> str:
        return str(error) if isinstance(error, _TryAgain) else self.transfer.network_reason(error)

    async def _request(self, piece: Piece) -> aiohttp.ClientResponse:
        """The piece's bytes from the storage URL, or from the source again when that URL expired."""
        first, last = piece.position, piece.end - 1
        headers = {"Accept-Encoding": "identity", "Range": f"bytes={first}-{last}", "If-Range": self.validator}
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=self.settings.connect_seconds, sock_read=self.settings.stall_seconds
        )
        http = self.transfer.http
        try:
            response = await http.request("GET", self.url, headers=headers, timeout=timeout)
            if response.status in EXPIRED_STATUSES and self.url != self.task.source_url:
                response.release()
                response = await http.request("GET", self.task.source_url, headers=headers, timeout=timeout)
                if response.status == 206:
                    self.url = str(response.url)  # a fresh presigned URL for the next pieces too
        except UnsafeUrl as refused:
            raise DownloadFailed(f"The download was stopped: {refused}", keep_part=True, retryable=False) from None
        if response.status in RETRYABLE_STATUSES:
            response.release()
            raise _TryAgain(f"The server answered HTTP {response.status}", response.headers.get("Retry-After"))
        if response.status >= 400:
            try:
                await self.transfer._fail_for_status(response)
            finally:
                response.release()
        problem = self._not_our_range(response, first, last)
        if problem:
            response.close()
            raise FallBack(problem)
        return response

    def _not_our_range(self, response: aiohttp.ClientResponse, first: int, last: int) -> str | None:
        if response.status != 206:
            return f"the server answered a range request with HTTP {response.status}"
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
        if match is None or tuple(map(int, match.groups())) != (first, last, self.total):
            return f"the server sent another range ({response.headers.get('Content-Range')}) than asked"
        return None

    async def _receive(self, response: aiohttp.ClientResponse, piece: Piece) -> None:
        """Read the piece (and the ones right after it, while this response streams on and nobody has them)."""
        task, plan, bandwidth = self.task, self.plan, self.settings.bandwidth
        pending: list[bytes] = []
        pending_start = received_from = piece.position
        started = time.monotonic()
        try:
            async for data, _ in response.content.iter_chunks():
                while data:
                    room = piece.end - piece.position
                    if room <= 0 and not (piece in plan.active and plan.extend(piece, self.piece_bytes)):
                        return
                    room = piece.end - piece.position
                    take, data = data[:room], data[room:]
                    await bandwidth.take(len(take))
                    pending.append(take)
                    piece.position += len(take)
                    plan.obtained += len(take)
                    if piece.position - pending_start >= WRITE_BYTES:
                        await self._write(pending_start, pending)
                        pending, pending_start = [], piece.position
                    task.advance(plan.obtained, self.total)
        finally:
            if pending:
                await self._write(pending_start, pending)
            self._learn_speed(piece.position - received_from, time.monotonic() - started)

    def _learn_speed(self, received: int, seconds: float) -> None:
        """Pieces of about a second of one connection's speed: few requests, and a tail short enough to split."""
        if seconds > 0.05 and received > 0:
            wanted = int(received / seconds)
            self.piece_bytes = max(FIRST_PIECE_BYTES, min(MAX_PIECE_BYTES, wanted - wanted % MiB))

    async def _write(self, start: int, chunks: list[bytes]) -> None:
        end = start + sum(len(chunk) for chunk in chunks)
        future = await self.part.write_at(start, chunks, limit=2 * self.most + 2)
        future.add_done_callback(lambda done: self._written(done, start, end))

    def _written(self, future: asyncio.Future, start: int, end: int) -> None:
        if future.cancelled() or future.exception() is not None:
            return  # the error surfaces where the writes are awaited
        self.plan.written(start, end)
        self.part.hash_up_to(self.plan.prefix_end)
        self.changed.set()
        if self.plan.complete:
            self.ended.set()

    def _window_end(self) -> int:
        return self.plan.prefix_end + max(WINDOW_MIN_BYTES, 4 * self.most * self.piece_bytes)

    # -- every half second -------------------------------------------------------------------------

    async def _check_periodically(self) -> None:
        """Save the progress (for a restart) and, with the automatic setting, try more connections."""
        saved = time.monotonic()
        best_rate, before, then, settle = 0.0, self.plan.obtained, time.monotonic(), True
        tried_before = self.desired
        while True:
            await asyncio.sleep(CHECK_SECONDS)
            now = time.monotonic()
            if now - saved >= SAVE_SECONDS:
                await self._save_quietly()
                saved = now
            rate = (self.plan.obtained - before) / max(1e-6, now - then)
            before, then = self.plan.obtained, now
            if not self.automatic:
                continue
            if settle:  # the first window after a change: the new connections are still opening
                settle = False
                continue
            if rate < best_rate * WORTH_ANOTHER:
                self.desired = tried_before  # the last step did not pay: back to what did, and stay there
                self.automatic = False
                continue
            best_rate, tried_before = rate, self.desired
            more = next((step for step in AUTOMATIC_STEPS if step > self.desired), self.most)
            more = min(more, self.most) - self.desired
            if more <= 0:
                self.automatic = False
                continue
            self.desired += more
            for _ in range(more):
                self._open(None, None)
            settle = True
