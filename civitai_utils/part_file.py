"""A download in progress: `<name>.part` beside the target, and what resuming it needs.

Bytes are written and hashed on a worker thread of their own, in order, while the event loop receives the
next block, so ComfyUI's server never waits on the disk and the SHA-256 is ready the moment the last byte
lands (no second read). (Hashing on a second thread measured 12 % slower on two cores: the chunk is hashed
while it is still in the CPU's cache.)
`<name>.part.json` keeps the source URL (without credentials), the server's validator (ETag /
Last-Modified) and the expected size and hash, so a download interrupted by a dropped connection or a
ComfyUI restart continues where it stopped.
Every one of these names is opened without following links (see safe_files.py), and each block is
written only while the disk keeps its reserve (see disk_space.py).

A segmented download (several connections, see segmented_download.py) writes blocks at their offsets into a
.part the size of the file; a thread of its own then reads the bytes written from the start of the file back
from the page cache, in order, into the same SHA-256 as they become contiguous, and every second the ranges
written are flushed and saved in the .part.json (`done`), so a restart resumes every segment.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from .disk_space import DiskNearlyFull, usable_bytes
from .safe_files import (
    PlantedLink,
    is_inside,
    is_own_file,
    open_part,
    place_final,
    read_small,
    remove_own,
    replace_with_text,
)

HASH_READ_BLOCK = 8 * 1024 * 1024
MAX_WRITES_IN_FLIGHT = 2  # bounds memory: at most this many received blocks wait for the disk
FLUSH_EVERY_BYTES = 64 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024
PART_SUFFIXES = (".part", ".part.json", ".part.json.tmp")
_datasync = getattr(os, "fdatasync", os.fsync)


@dataclass
class ResumeRecord:
    source_url: str
    validator: str | None = None
    total_bytes: int | None = None
    expected_sha256: str | None = None
    done: list[list[int]] | None = None  # a segmented download: the byte ranges written and flushed

    def matches(self, other: ResumeRecord) -> bool:
        """Whether bytes written for `self` may continue a download described by `other`."""
        same_file = self.source_url == other.source_url or (
            self.expected_sha256 is not None and self.expected_sha256 == other.expected_sha256
        )
        return same_file and (other.expected_sha256 in (None, self.expected_sha256))


class PartFileError(OSError):
    pass


def part_names(final_path: Path) -> list[Path]:
    """Every name a download of `final_path` writes besides the final one."""
    return [final_path.with_name(final_path.name + suffix) for suffix in PART_SUFFIXES]


def remove_part_files(final_path: Path) -> None:
    """Delete what a download of `final_path` left (never a link planted under one of the names)."""
    for path in part_names(final_path):
        remove_own(path)


class PartFile:
    def __init__(self, final_path: Path, real_root: Path):
        self.final_path = final_path
        self.real_root = real_root  # the model folder's root after every symlink: the file must end up inside
        self.path = final_path.with_name(final_path.name + ".part")
        self.record_path = final_path.with_name(final_path.name + ".part.json")
        self.record: ResumeRecord | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-download")
        self._hash_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="civitai-hash")
        self._hash_job: asyncio.Future | None = None
        self._hash_target = 0
        self._file = None
        self._hasher = hashlib.sha256()
        self._in_flight: deque[asyncio.Future] = deque()
        self.size = 0
        self._unflushed = 0

    async def _call(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    # -- opening ---------------------------------------------------------------------------------

    async def open(self, wanted: ResumeRecord, *, stop: asyncio.Event | None = None) -> int:
        """Open for writing; returns the offset to resume from (0 unless a matching .part exists).

        An existing matching .part is hashed first (on the worker thread) so the final SHA-256
        covers every byte; a .part that does not match is started over."""
        self.record = wanted
        return await self._call(self._open_sync, wanted, stop)

    def _open_sync(self, wanted: ResumeRecord, stop: asyncio.Event | None) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._check_folder()
        previous = self._read_record()
        if previous is not None and previous.matches(wanted) and is_own_file(self.path):
            self.record = ResumeRecord(
                wanted.source_url, previous.validator, previous.total_bytes, wanted.expected_sha256, previous.done
            )
            self._file = open_part(self.path, keep_bytes=True)
            self._hash_existing(stop, _prefix_end(previous.done))
            return self.size
        self._file = open_part(self.path, keep_bytes=False)
        self._write_record()
        return 0

    def _hash_existing(self, stop: asyncio.Event | None, prefix_end: int | None) -> None:
        """Hash what an earlier run left: the whole file, or a segmented download's written prefix only."""
        while block := self._file.read(
            HASH_READ_BLOCK if prefix_end is None else min(HASH_READ_BLOCK, prefix_end - self.size)
        ):
            if stop is not None and stop.is_set():
                raise asyncio.CancelledError
            self._hasher.update(block)
            self.size += len(block)
        if prefix_end is not None and self.size < prefix_end:  # the .part is shorter than its record says
            self.record.done = [[0, self.size]] if self.size else []
        if self.record.total_bytes is not None and self.size > self.record.total_bytes:
            self._restart_sync()

    def _read_record(self) -> ResumeRecord | None:
        raw = read_small(self.record_path, MAX_RECORD_BYTES)  # a planted link raises PlantedLink
        try:
            data = json.loads(raw or b"")
            return ResumeRecord(**{k: data.get(k) for k in ResumeRecord.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            return None

    def _check_folder(self) -> None:
        """The folder the names live in is still inside the model folder (not swapped for a symlink)."""
        if not is_inside(Path(os.path.realpath(self.path.parent)), self.real_root):
            raise PlantedLink(self.path.parent)

    def _write_record(self) -> None:
        self._check_folder()
        replace_with_text(self.record_path, json.dumps(asdict(self.record)))

    # -- writing ---------------------------------------------------------------------------------

    async def remember_response(self, validator: str | None, total_bytes: int | None) -> None:
        """Keep what the server said about the file, for an If-Range on the next resume."""
        self.record.validator = validator
        self.record.total_bytes = total_bytes
        await self._call(self._write_record)

    async def write(self, chunks: list[bytes]) -> None:
        """Queue received chunks; returns once few enough wait for the disk (backpressure)."""
        if not chunks:
            return
        while len(self._in_flight) >= MAX_WRITES_IN_FLIGHT:
            await self._in_flight.popleft()
        self._in_flight.append(asyncio.get_running_loop().run_in_executor(self._executor, self._write_sync, chunks))

    def _keep_reserve(self, chunks: list[bytes]) -> None:
        usable, reserve = usable_bytes(self.path.parent)
        if sum(len(chunk) for chunk in chunks) > usable:
            raise DiskNearlyFull(reserve)

    def _write_sync(self, chunks: list[bytes]) -> None:
        self._keep_reserve(chunks)
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[self._file.write(view) :]
            self._hasher.update(chunk)  # while the chunk is still in the CPU's cache
            self.size += len(chunk)
            self._unflushed += len(chunk)
        if self._unflushed >= FLUSH_EVERY_BYTES:
            # Flushing as we go, rather than gigabytes at the end, overlaps the disk with the network
            # and keeps a huge backlog of dirty pages from stalling everything else on the machine.
            _datasync(self._file.fileno())
            self._unflushed = 0

    async def drain(self) -> None:
        """Wait for every queued block to be on its way to the disk (raises the first write error)."""
        while self._in_flight:
            await self._in_flight.popleft()

    async def restart(self) -> None:
        """Throw away what was written: the server sent the whole file again (it ignored our Range)."""
        await self.drain()
        await self._call(self._restart_sync)

    def _restart_sync(self) -> None:
        self._file.seek(0)
        self._file.truncate()
        self._hasher = hashlib.sha256()
        self.size = 0
        self.record.done = None

    # -- segmented writing -----------------------------------------------------------------------

    async def start_segments(self, total: int) -> None:
        """Make the .part the file's size (positioned writes land anywhere) and mark it segmented."""
        await self._settle_hash()
        if self.record.done is None:
            self.record.done = [[0, self.size]] if self.size else []
        await self._call(self._start_segments_sync, total)

    def _start_segments_sync(self, total: int) -> None:
        if os.fstat(self._file.fileno()).st_size < total:
            os.ftruncate(self._file.fileno(), total)
        self._write_record()

    async def write_at(self, offset: int, chunks: list[bytes], limit: int) -> asyncio.Future:
        """Queue chunks to be written at `offset`; returns the write's future once at most `limit` wait."""
        while len(self._in_flight) >= limit:
            await self._in_flight.popleft()
        future = asyncio.get_running_loop().run_in_executor(self._executor, self._write_at_sync, offset, chunks)
        self._in_flight.append(future)
        return future

    def _write_at_sync(self, offset: int, chunks: list[bytes]) -> None:
        self._keep_reserve(chunks)
        descriptor = self._file.fileno()
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                written = os.pwrite(descriptor, view, offset)
                view, offset = view[written:], offset + written

    def hash_up_to(self, end: int) -> None:
        """Take the written bytes before `end` into the SHA-256, in order, on the hashing thread."""
        self._hash_target = max(self._hash_target, end)
        if self._hash_job is None or self._hash_job.done():
            loop = asyncio.get_running_loop()
            self._hash_job = loop.run_in_executor(self._hash_executor, self._hash_forward_sync)

    def _hash_forward_sync(self) -> None:
        descriptor = self._file.fileno()
        while self.size < self._hash_target:
            block = os.pread(descriptor, min(HASH_READ_BLOCK, self._hash_target - self.size), self.size)
            if not block:
                raise PartFileError(f"{self.path.name} is shorter than the bytes written to it")
            self._hasher.update(block)
            self.size += len(block)

    async def hashed_up_to(self, end: int) -> None:
        """Wait until the SHA-256 has taken in every byte before `end`."""
        while self.size < end:
            self.hash_up_to(end)
            await asyncio.shield(self._hash_job)

    async def _settle_hash(self) -> None:
        if self._hash_job is not None:
            await asyncio.gather(asyncio.shield(self._hash_job), return_exceptions=True)

    async def save_segments(self, done: list[list[int]]) -> None:
        """Flush what is written, then record `done` (ranges written before the flush) for a resume. On the
        hashing thread, which has time to spare, so the writes never wait for the disk to flush."""
        await asyncio.get_running_loop().run_in_executor(self._hash_executor, self._save_segments_sync, done)

    def _save_segments_sync(self, done: list[list[int]]) -> None:
        _datasync(self._file.fileno())
        self.record.done = done
        self._write_record()

    async def keep_prefix_only(self) -> None:
        """Back to one stream: keep the hashed prefix, drop the bytes after it (they are fetched again in order)."""
        await self.drain()
        await self._settle_hash()
        await self._call(self._keep_prefix_sync)

    def _keep_prefix_sync(self) -> None:
        self._file.truncate(self.size)
        self._file.seek(self.size)
        self.record.done = None
        self._write_record()

    # -- finishing -------------------------------------------------------------------------------

    async def finish(self) -> str:
        """Flush to disk and return the SHA-256 (lower-case hex) of everything in the .part."""
        await self.drain()
        await self._call(self._fsync_sync)
        return self._hasher.hexdigest()

    def _fsync_sync(self) -> None:
        self._file.flush()
        _datasync(self._file.fileno())

    async def commit(self) -> None:
        """Give the .part its final name in one step; never replaces a file that appeared meanwhile."""
        await self._call(self._commit_sync)

    def _commit_sync(self) -> None:
        self._close_sync()
        self._check_folder()
        place_final(self.path, self.final_path, self.real_root)
        remove_own(self.record_path)

    async def discard(self) -> None:
        """Close, then delete the .part and its record (cancel, or bytes that failed verification)."""
        await self._settle()
        await self._call(self._discard_sync)

    def _discard_sync(self) -> None:
        self._close_sync()
        for path in (self.path, self.record_path, self.record_path.with_name(self.record_path.name + ".tmp")):
            remove_own(path)

    async def close(self) -> None:
        """Close and keep the .part for a later resume (ComfyUI is stopping, or retries ran out)."""
        await self._settle()
        await self._call(self._close_sync)

    async def _settle(self) -> None:
        pending, self._in_flight = list(self._in_flight), deque()
        await asyncio.gather(*pending, return_exceptions=True)
        await self._settle_hash()

    def _close_sync(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False)
        self._hash_executor.shutdown(wait=False)


def _prefix_end(done: list[list[int]] | None) -> int | None:
    """How far a segmented .part is written from its start (None: not segmented, the whole file counts)."""
    if done is None:
        return None
    try:
        return next((int(end) for start, end in done if int(start) == 0), 0)
    except (TypeError, ValueError):
        return 0
