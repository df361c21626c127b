"""One file from its URL to its final name: resume, retries, verification, atomic rename.

Every attempt starts from the source URL again (a presigned storage URL may have expired) and asks
for the bytes not yet on disk with `Range` + `If-Range`. A server that answers 200 to that sends
the whole file, and the .part starts over. The file gets its final name only when its size and,
when known, its SHA-256 match. While it waits to try again the task says so (`retry`), and a failure
says whether a Retry can help: a dropped network can, a source that refuses the file (404, 410,
early access) or keeps sending the same wrong bytes cannot.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp.multipart import content_disposition_filename, parse_content_disposition

from ..pipeline.shapes import download_errors as sentences
from ..pipeline.shapes.download_errors import DownloadFailed
from ..pipeline.shapes.model_names import UnsafeTarget
from .bandwidth import BandwidthLimit
from .disk_space import DiskNearlyFull, usable_bytes
from .download_tasks import FileTask, Status
from .hash_cache import sha256_file
from .http_client import OutboundHttp
from .model_folders import ModelFolders
from .part_file import PartFile, ResumeRecord
from .retry import RETRYABLE_STATUSES, RetryPolicy
from .safe_files import PlantedLink
from .segmented_download import FallBack, SegmentedDownload
from .url_policy import UnsafeUrl

log = logging.getLogger("civitai_sidebar")
SIZE_TOLERANCE = 1024  # Civitai lists sizes in KiB with fractions: a listed size can be off by <1 KiB
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True)
class TransferSettings:
    stall_seconds: float = 60.0
    connect_seconds: float = 30.0
    block_bytes: int = 4 * 1024 * 1024
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    segments: int = 0  # connections per large file: 0 = as many as help (up to 8), else exactly 1-16
    segment_min_bytes: int = 64 * 1024 * 1024  # smaller files come over one connection
    bandwidth: BandwidthLimit = field(default_factory=BandwidthLimit)  # shared by every download


class WrongDigests:
    """The wrong SHA-256 each source last sent, kept across tasks: a source that sends the same wrong
    file twice serves a different file (Retry cannot help), while a one-off corruption can be retried."""

    def __init__(self, limit: int = 256):
        self.limit = limit
        self._seen: OrderedDict[str, str] = OrderedDict()

    def repeated(self, source_url: str, digest: str) -> bool:
        """Remember this wrong digest; True when the source sent exactly it last time too."""
        again = self._seen.pop(source_url, None) == digest
        self._seen[source_url] = digest
        while len(self._seen) > self.limit:
            self._seen.popitem(last=False)
        return again

    def forget(self, source_url: str) -> None:
        self._seen.pop(source_url, None)


PROVISIONAL_PREFIX = ".civitai-download-"


def real_root(folders: ModelFolders, folder_name: str) -> Path:
    """The folder's download root after every symlink: nothing the pack writes may end up outside it."""
    return Path(os.path.realpath(folders.get(folder_name).download_root))


def provisional_path(folders: ModelFolders, resource, source_url: str) -> Path:
    """Where bytes go while the file has no name yet (it comes with Content-Disposition)."""
    root = real_root(folders, resource.folder)
    subfolder = resource.subfolder
    digest = hashlib.sha1(source_url.encode()).hexdigest()[:16]
    return (root / subfolder if subfolder else root) / f"{PROVISIONAL_PREFIX}{digest}"


def _validator(headers) -> str | None:
    etag = headers.get("ETag")
    if etag and not etag.startswith("W/"):
        return etag
    return headers.get("Last-Modified")


def _total_size(response: aiohttp.ClientResponse, offset: int) -> int | None:
    if response.status == 206:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if match and match.group(3) != "*":
            return int(match.group(3))
    length = response.content_length
    return None if length is None else offset + length


class Transfer:
    def __init__(
        self,
        task: FileTask,
        http: OutboundHttp,
        folders: ModelFolders,
        settings: TransferSettings,
        wrong_digests: WrongDigests | None = None,
    ):
        self.task = task
        self.wrong_digests = wrong_digests or WrongDigests()
        self.http = http
        self.folders = folders
        self.settings = settings
        self.stop = asyncio.Event()  # set on cancel, so a long hash of an existing .part ends early
        self.provisional = task.target is None  # its bytes are not kept past the task: nothing hidden piles up
        final = task.target.path if task.target else provisional_path(folders, task.resource, task.source_url)
        self.part = PartFile(final, real_root(folders, task.resource.folder))
        self.one_stream = settings.segments == 1  # set too when a server stops serving ranges as promised

    async def run(self) -> None:
        """Download, verify and rename; raises DownloadFailed or CancelledError, cleaning up either way."""
        try:
            if self.task.target is not None and await asyncio.to_thread(self.task.target.path.exists):
                await self._adopt_existing()
                return
            await self._download()
        except asyncio.CancelledError:
            if self.task.cancel_requested:
                await self.part.discard()
            else:
                await self.part.close()  # ComfyUI is stopping: keep the bytes for resume
            raise
        except DownloadFailed as failure:
            await (self.part.close() if self._keeps_part(failure) else self.part.discard())
            raise
        except PlantedLink as planted:
            await self.part.discard()  # removes only files of ours: the planted link stays as it is
            raise DownloadFailed(self._planted_link_sentence(planted), retryable=True) from None
        except OSError as error:
            await self.part.discard()
            raise DownloadFailed(self._disk_error_sentence(error), retryable=True) from None
        finally:
            self.part.shutdown()

    def _keeps_part(self, failure: DownloadFailed) -> bool:
        """Bytes stay only where a Retry can use them: a retryable failure (or one a key fixes) of a
        named file. A failure Retry cannot fix, or a nameless (provisional) download, leaves nothing."""
        return failure.keep_part and (failure.retryable or failure.needs_key is not None) and not self.provisional

    def _planted_link_sentence(self, planted: PlantedLink) -> str:
        return (
            f"{planted.path.name} in {self.task.resource.folder}/ is a link or a hard-linked file, not a file this "
            "download made: nothing was written through it. Remove it and Retry."
        )

    def _disk_error_sentence(self, error: OSError) -> str:
        if isinstance(error, DiskNearlyFull):
            return (
                f"Stopped downloading into {self.task.resource.folder}/ to keep "
                f"{sentences.human_bytes(error.reserve)} free on its disk: free some space and Retry."
            )
        if error.errno == 28:
            return f"The disk filled up while downloading into {self.task.resource.folder}/: free some space and Retry."
        return f"Could not write the file: {error.strerror or error}."

    async def _adopt_existing(self) -> None:
        """The target already exists: fine if it is the same file; never overwritten otherwise."""
        target, expected = self.task.target, self.task.resource.sha256
        self.task.set_status(Status.VERIFYING)
        size = (await asyncio.to_thread(target.path.stat)).st_size
        if expected is None and self.task.resource.size is not None:
            same = abs(size - self.task.resource.size) <= SIZE_TOLERANCE
        else:
            same = expected is None or await asyncio.to_thread(sha256_file, target.path) == expected
        if not same:
            raise DownloadFailed(  # retryable: once the user moved that file away
                f"A different file named {target.filename} already exists in {target.folder}/: "
                "remove or rename it to download this one."
            )
        self.task.total_bytes = size
        self.task.downloaded_bytes = size

    async def _download(self) -> None:
        task, settings = self.task, self.settings
        wanted = ResumeRecord(task.source_url, expected_sha256=task.resource.sha256)
        if await asyncio.to_thread(self.part.path.exists):
            task.set_status(Status.VERIFYING)  # hashing the bytes an earlier run left
        offset = await self.part.open(wanted, stop=self.stop)
        task.downloaded_bytes = offset
        task.set_status(Status.DOWNLOADING)
        await self._check_space(task.resource.size, offset)
        failures = 0
        while True:
            total = self.part.record.total_bytes
            if total is not None and offset == total and offset > 0:
                break  # an earlier run received everything; only verification is left
            try:
                finished = await self._attempt(offset)
            except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, ConnectionError) as error:
                finished, reason = False, self.network_reason(error)
            else:
                reason = "The download kept failing"
            if finished:
                break
            progressed = self.part.size > offset
            offset = self.part.size
            failures = 0 if progressed else failures + 1
            if failures >= settings.retry.attempts:
                raise DownloadFailed(sentences.retries_exhausted(reason, failures), keep_part=True, retryable=True)
            delay = settings.retry.delay(failures, self._retry_after)
            task.waiting_to_retry(attempt=failures + 1, of=settings.retry.attempts, delay=delay)
            await asyncio.sleep(delay)
            task.retrying()
        await self._verify_and_commit()

    _retry_after: str | None = None

    def network_reason(self, error: BaseException) -> str:
        if isinstance(error, asyncio.TimeoutError | TimeoutError):
            return f"The download stalled (no data for {self.settings.stall_seconds:.0f} s)"
        return "The connection to the download server kept dropping"

    async def _attempt(self, offset: int) -> bool:
        """One request; True when the whole body arrived, False to retry (after a delay)."""
        self._retry_after = None
        headers = {"Accept-Encoding": "identity"}
        if offset > 0:
            headers["Range"] = f"bytes={offset}-"
            if self.part.record.validator:
                headers["If-Range"] = self.part.record.validator
        elif not self.one_stream and (self.task.resource.size or 0) >= self.settings.segment_min_bytes:
            headers["Range"] = "bytes=0-"  # a 206 says the server serves ranges: several connections may help
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=self.settings.connect_seconds, sock_read=self.settings.stall_seconds
        )
        try:
            response = await self.http.request("GET", self.task.source_url, headers=headers, timeout=timeout)
        except UnsafeUrl as refused:
            raise DownloadFailed(f"The download was stopped: {refused}", keep_part=True, retryable=False) from None
        async with response:
            if response.status in RETRYABLE_STATUSES:
                self._retry_after = response.headers.get("Retry-After")
                return False
            if response.status == 416:
                await self.part.restart()  # our bytes no longer fit the server's file
                return False
            if response.status >= 400:
                await self._fail_for_status(response)
            if offset > 0 and response.status == 200:
                await self.part.restart()  # the server ignored Range and sends the whole file
                offset = 0
            elif response.status == 206 and not response.headers.get("Content-Range", "").startswith(
                f"bytes {offset}-"
            ):
                await self.part.restart()
                return False
            await self._accept_response(response, offset)
            validator = self._segmentable(response, offset)
            if validator is not None:
                return await self._receive_segmented(response, offset, validator)
            if self.part.record.done is not None:
                await self.part.keep_prefix_only()  # an earlier segmented run: go on in order from its prefix
            return await self._receive(response)

    def _segmentable(self, response: aiohttp.ClientResponse, offset: int) -> str | None:
        """The validator to pin pieces to, when this response allows several connections (else None)."""
        total = self.part.record.total_bytes
        validator = _validator(response.headers)
        if self.one_stream or response.status != 206 or total is None or validator is None:
            return None
        if self.task.target is None or response.headers.get("Content-Encoding", "identity") != "identity":
            return None
        if not response.headers.get("Content-Range", "").startswith(f"bytes {offset}-{total - 1}/{total}"):
            return None
        return validator if total - offset >= self.settings.segment_min_bytes else None

    async def _receive_segmented(self, response: aiohttp.ClientResponse, offset: int, validator: str) -> bool:
        try:
            await SegmentedDownload(self, str(response.url), validator, self.part.record.total_bytes).run(
                response, offset
            )
        except FallBack as reason:
            log.info("[Civitai Sidebar] %s: one connection from here on (%s)", self.task.filename, reason)
            self.one_stream = True
            await self.part.keep_prefix_only()
            return False
        return True

    async def _fail_for_status(self, response: aiohttp.ClientResponse) -> None:
        body = (await response.content.read(64 * 1024)).decode("utf-8", "replace")
        service = self.http.policy.service_of(self.task.source_url)
        keyed = service is not None and self.http.keys.get(service) is not None
        raise sentences.http_failure(service, response.status, dict(response.headers), body, str(response.url), keyed)

    async def _accept_response(self, response: aiohttp.ClientResponse, offset: int) -> None:
        task = self.task
        if response.headers.get("Content-Type", "").lower().startswith("text/html"):
            raise DownloadFailed(
                "The server sent a web page instead of the model file (a login page?): "
                "the model may need an API key in Settings → Civitai.",
                retryable=False,
                needs_key=self.http.policy.service_of(task.source_url),
            )
        if task.target is None:
            self._name_from_response(response)
        total = _total_size(response, offset)
        expected = task.resource.size
        if total is not None and expected is not None and abs(total - expected) > SIZE_TOLERANCE:
            raise DownloadFailed(
                f"The server offers {sentences.human_bytes(total)} for {task.filename}, but "
                f"{sentences.human_bytes(expected)} was expected: not downloading a different file.",
                retryable=False,
            )
        await self._check_space(total, offset)
        await self.part.remember_response(_validator(response.headers), total)
        task.advance(offset, total)
        task.connections = 1

    def _name_from_response(self, response: aiohttp.ClientResponse) -> None:
        """Name the file from Content-Disposition (filename* preferred, RFC 6266), else the URL's last part."""
        _, params = parse_content_disposition(response.headers.get("Content-Disposition"))
        name = content_disposition_filename(params, "filename") or response.url.name
        try:
            target = self.folders.resolve(
                self.task.resource.folder, os.path.basename(name), self.task.resource.subfolder
            )
        except UnsafeTarget as refused:
            raise DownloadFailed(
                f"The server named the file unsafely, so it was not saved: {refused}.", retryable=False
            ) from None
        if os.path.lexists(target.path):
            raise DownloadFailed(f"{target.filename} already exists in {target.folder}/: not overwriting it.")
        self.task.target = target
        self.part.final_path = target.path

    async def _check_space(self, total: int | None, offset: int) -> None:
        """Before any byte: refuse a file that would not fit (leaving the disk's reserve free)."""
        if total is None:
            return
        needed = total - offset
        usable, reserve = await asyncio.to_thread(usable_bytes, self.part.path.parent)
        if needed > usable:
            raise DownloadFailed(sentences.not_enough_space(needed, usable + reserve, self.task.resource.folder))

    def _byte_limit(self, total: int | None) -> int | None:
        """The most bytes this file may have: what the server announced, else what the listing says."""
        if total is not None:
            return total
        listed = self.task.resource.size
        return None if listed is None else listed + SIZE_TOLERANCE

    def _too_long(self, limit: int) -> DownloadFailed:
        return DownloadFailed(
            f"The server sent more than the {sentences.human_bytes(limit)} listed for {self.task.filename}: "
            "not downloading a different file.",
            retryable=False,
        )

    async def _receive(self, response: aiohttp.ClientResponse) -> bool:
        task, part, block_bytes = self.task, self.part, self.settings.block_bytes
        total = part.record.total_bytes
        limit = self._byte_limit(total)
        pending: list[bytes] = []  # received chunks handed to the writer together, without copying them
        pending_bytes = 0
        received = part.size
        try:
            async for data, _ in response.content.iter_chunks():
                if not data:
                    continue
                pending.append(data)
                pending_bytes += len(data)
                received += len(data)
                if limit is not None and received > limit:
                    raise self._too_long(limit)
                await self.settings.bandwidth.take(len(data))
                if pending_bytes >= block_bytes:
                    await part.write(pending)
                    pending, pending_bytes = [], 0
                task.advance(received, total)
        except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, ConnectionError, asyncio.CancelledError):
            # What arrived before the connection broke (or the download was paused) is good: resume after it.
            await part.write(pending)
            await part.drain()
            raise
        if pending:
            await part.write(pending)
        await part.drain()
        task.advance(part.size, total)
        return total is None or part.size >= total

    async def _verify_and_commit(self) -> None:
        task = self.task
        task.set_status(Status.VERIFYING)
        digest = await self.part.finish()
        size, total = self.part.size, self.part.record.total_bytes
        if total is not None and size != total:
            raise DownloadFailed(sentences.size_mismatch(total, size))
        listed = task.resource.size
        if total is None and listed is not None and abs(size - listed) > SIZE_TOLERANCE:
            raise DownloadFailed(sentences.size_mismatch(listed, size))  # a body of unknown length ended early
        if task.resource.sha256 and digest != task.resource.sha256:
            if self.wrong_digests.repeated(task.source_url, digest):
                raise DownloadFailed(sentences.same_wrong_file(task.resource.sha256, digest), retryable=False)
            raise DownloadFailed(sentences.hash_mismatch(task.resource.sha256, digest))
        self.wrong_digests.forget(task.source_url)
        try:
            await self.part.commit()
        except FileExistsError as exists:
            raise DownloadFailed(exists.strerror or str(exists)) from None
        task.total_bytes = size
