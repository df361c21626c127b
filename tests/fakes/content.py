"""Deterministic file bytes for the fake servers, and the hashes Civitai reports for them.

Files are never stored. Byte ``i`` of a file is a pure function of (seed, size, kind, i), so any Range can
be served without generating the prefix and a 2 GiB file costs no memory. ``.safetensors`` files are a
valid safetensors container (8-byte little-endian header length, JSON header, then the seeded bytes as one
U8 tensor), so AutoV3 -- the SHA-256 of everything after the header -- means what it means on Civitai.
Hashes are computed from the real bytes once, lazily, and cached per (seed, size, kind).
"""

from __future__ import annotations

import functools
import hashlib
import json
import struct
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

BLOCK_SIZE = 1 << 20
"""Seeded bytes are generated in independent 1 MiB blocks: a Range only costs the blocks it touches."""

AUTOV1_OFFSET = 0x100000
AUTOV1_LENGTH = 0x10000
AUTOV1_MIN_FILE_SIZE = 2 * 1024 * 1024
"""Civitai stores no AutoV1 for files under 2 MiB (reference §11)."""

MIN_DEFAULT_SIZE = 64 * 1024
MAX_DEFAULT_SIZE = 3 * 1024 * 1024


@functools.lru_cache(maxsize=16)
def _seeded_block(seed: str, index: int) -> bytes:
    """One 1 MiB block of pseudo-random bytes; SHAKE-256 keeps it identical across Python versions."""
    return hashlib.shake_256(f"{seed}\x00{index}".encode()).digest(BLOCK_SIZE)


def default_size(key: str) -> int:
    """A small, deterministic, non-round size between 64 KiB and 3 MiB, so tests stay fast."""
    number = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    return MIN_DEFAULT_SIZE + number % (MAX_DEFAULT_SIZE - MIN_DEFAULT_SIZE)


@dataclass(frozen=True)
class FileHashes:
    """The hash kinds Civitai stores for a file (upper-case hex); ``None`` when Civitai stores none."""

    sha256: str
    autov1: str | None
    autov2: str
    autov3: str | None
    crc32: str

    def as_civitai(self, blake3: str | None = None) -> dict[str, str]:
        """The ``files[].hashes`` object, in the key order the API uses; absent kinds are omitted."""
        result: dict[str, str] = {}
        if self.autov1:
            result["AutoV1"] = self.autov1
        result["AutoV2"] = self.autov2
        result["SHA256"] = self.sha256
        result["CRC32"] = self.crc32
        if blake3:
            result["BLAKE3"] = blake3
        if self.autov3:
            result["AutoV3"] = self.autov3
        return result


_hash_cache: dict[str, FileHashes] = {}
_hash_locks: dict[str, threading.Lock] = {}
_hash_cache_guard = threading.Lock()


class Content:
    """Bytes of one served file, readable at any offset, streamed in chunks."""

    size: int
    tensor_data_offset: int = 0
    """Where the bytes AutoV3 covers start (after the safetensors header); 0 for raw files."""

    @property
    def identity(self) -> str:
        """A cheap string that changes whenever the bytes change (used for ETags and caches)."""
        raise NotImplementedError

    def iter_bytes(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Yield the bytes ``[start, end)`` in chunks of at most 1 MiB."""
        raise NotImplementedError

    def read(self, start: int, end: int) -> bytes:
        return b"".join(self.iter_bytes(start, end))

    @property
    def etag(self) -> str:
        """A strong validator that does not need the content hash (so a 2 GiB file needs no hashing)."""
        return '"' + hashlib.md5(self.identity.encode(), usedforsecurity=False).hexdigest() + '"'

    def hashes(self) -> FileHashes:
        """Real hashes of the real bytes; computed once per content, thread-safe."""
        key = self.identity
        cached = _hash_cache.get(key)
        if cached is not None:
            return cached
        with _hash_cache_guard:
            lock = _hash_locks.setdefault(key, threading.Lock())
        with lock:
            cached = _hash_cache.get(key)
            if cached is None:
                cached = self._compute_hashes()
                _hash_cache[key] = cached
        return cached

    def hashes_cached(self) -> bool:
        return self.identity in _hash_cache

    def _compute_hashes(self) -> FileHashes:
        whole = hashlib.sha256()
        tensors = hashlib.sha256()
        crc = 0
        position = 0
        for chunk in self.iter_bytes(0, self.size):
            whole.update(chunk)
            crc = zlib.crc32(chunk, crc)
            chunk_end = position + len(chunk)
            if chunk_end > self.tensor_data_offset:
                tensors.update(chunk[max(0, self.tensor_data_offset - position) :])
            position = chunk_end
        sha = whole.hexdigest().upper()
        autov1 = None
        if self.size >= AUTOV1_MIN_FILE_SIZE:
            sample = self.read(AUTOV1_OFFSET, AUTOV1_OFFSET + AUTOV1_LENGTH)
            autov1 = hashlib.sha256(sample).hexdigest()[:8].upper()
        autov3 = tensors.hexdigest()[:12].upper() if self.tensor_data_offset else None
        return FileHashes(sha256=sha, autov1=autov1, autov2=sha[:10], autov3=autov3, crc32=f"{crc:08X}")


class SeededContent(Content):
    """Pseudo-random bytes from a seed; a valid safetensors container when ``safetensors`` is true."""

    def __init__(self, seed: str, size: int, safetensors: bool = False):
        if size < 0:
            raise ValueError("size must be >= 0")
        self.seed = seed
        self.size = size
        self.safetensors = safetensors
        self._prefix = safetensors_prefix(seed, size) if safetensors else b""
        self.tensor_data_offset = len(self._prefix)

    @property
    def identity(self) -> str:
        return f"seeded:{'st' if self.safetensors else 'raw'}:{self.size}:{self.seed}"

    def iter_bytes(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        end = self.size if end is None else min(end, self.size)
        position = max(0, start)
        prefix = self._prefix
        if position < len(prefix) and position < end:
            stop = min(end, len(prefix))
            yield prefix[position:stop]
            position = stop
        while position < end:
            block, within = divmod(position - len(prefix), BLOCK_SIZE)
            take = min(BLOCK_SIZE - within, end - position)
            yield _seeded_block(self.seed, block)[within : within + take]
            position += take

    def with_size(self, size: int) -> SeededContent:
        return SeededContent(self.seed, size, self.safetensors)


class BytesContent(Content):
    """Explicit small bytes (a config.json on the fake Hugging Face hub, for instance)."""

    def __init__(self, data: bytes):
        self.data = bytes(data)
        self.size = len(self.data)

    @property
    def identity(self) -> str:
        return "bytes:" + hashlib.sha256(self.data).hexdigest()

    def iter_bytes(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        end = self.size if end is None else min(end, self.size)
        for offset in range(max(0, start), end, BLOCK_SIZE):
            yield self.data[offset : min(end, offset + BLOCK_SIZE)]


def safetensors_prefix(seed: str, size: int) -> bytes:
    """8-byte header length + JSON header (space-padded to 8 bytes) describing one U8 tensor "data"."""
    data_length = max(0, size - 8)
    for _ in range(8):
        header = json.dumps(
            {
                "__metadata__": {"format": "pt", "fake_seed": seed},
                "data": {"dtype": "U8", "shape": [data_length], "data_offsets": [0, data_length]},
            },
            separators=(",", ":"),
        ).encode()
        padded = (len(header) + 7) // 8 * 8
        fitted = size - 8 - padded
        if fitted == data_length:
            return struct.pack("<Q", padded) + header + b" " * (padded - len(header))
        data_length = fitted
        if data_length < 0:
            break
    raise ValueError(f"size {size} is too small for a safetensors file")


def git_blob_sha1(content: Content) -> str:
    """What Hugging Face sends as the ETag of a non-LFS file: the git blob id."""
    digest = hashlib.sha1(f"blob {content.size}\0".encode(), usedforsecurity=False)
    for chunk in content.iter_bytes():
        digest.update(chunk)
    return digest.hexdigest()


def corrupt(chunks: Iterable[bytes], start: int, bad_offset: int) -> Iterator[bytes]:
    """Flip one byte at absolute ``bad_offset`` so the served bytes no longer match the reported SHA-256."""
    position = start
    for chunk in chunks:
        end = position + len(chunk)
        if position <= bad_offset < end:
            mutable = bytearray(chunk)
            mutable[bad_offset - position] ^= 0xFF
            chunk = bytes(mutable)
        yield chunk
        position = end
