"""The fake's file bytes: valid safetensors containers, real hashes, any range without the prefix."""

from __future__ import annotations

import hashlib
import json
import random
import struct
import time
import zlib

import pytest

from tests.fakes.content import (
    AUTOV1_MIN_FILE_SIZE,
    BLOCK_SIZE,
    MAX_DEFAULT_SIZE,
    MIN_DEFAULT_SIZE,
    BytesContent,
    SeededContent,
    default_size,
    git_blob_sha1,
)


def parse_safetensors(data: bytes) -> tuple[int, dict]:
    (header_length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_length].decode())
    return 8 + header_length, header


@pytest.mark.parametrize("size", [4096, BLOCK_SIZE + 12345, 3 * BLOCK_SIZE])
def test_safetensors_file_is_a_valid_container_of_the_requested_size(size):
    content = SeededContent("container-test", size, safetensors=True)
    data = content.read(0, content.size)
    assert len(data) == size
    data_start, header = parse_safetensors(data)
    assert data_start % 8 == 0
    tensor = header["data"]
    begin, end = tensor["data_offsets"]
    assert (begin, end) == (0, size - data_start)
    assert tensor["dtype"] == "U8" and tensor["shape"] == [end - begin]
    assert content.tensor_data_offset == data_start


def test_hashes_are_those_of_the_served_bytes():
    content = SeededContent("hash-test", AUTOV1_MIN_FILE_SIZE + 777, safetensors=True)
    data = content.read(0, content.size)
    data_start, _ = parse_safetensors(data)
    sha = hashlib.sha256(data).hexdigest().upper()
    hashes = content.hashes()
    assert hashes.sha256 == sha
    assert hashes.autov2 == sha[:10]
    assert hashes.crc32 == f"{zlib.crc32(data):08X}"
    assert hashes.autov3 == hashlib.sha256(data[data_start:]).hexdigest()[:12].upper()
    sample = data[0x100000 : 0x100000 + 0x10000]
    assert hashes.autov1 == hashlib.sha256(sample).hexdigest()[:8].upper()
    assert hashes.as_civitai()["SHA256"] == sha


def test_small_and_non_safetensors_files_omit_autov1_and_autov3():
    small = SeededContent("small", AUTOV1_MIN_FILE_SIZE - 1, safetensors=True).hashes()
    assert small.autov1 is None and small.autov3 is not None
    raw = SeededContent("raw", 5000, safetensors=False).hashes()
    assert raw.autov3 is None
    assert set(raw.as_civitai()) == {"AutoV2", "SHA256", "CRC32"}


def test_any_range_equals_the_same_slice_of_the_whole_file():
    content = SeededContent("ranges", 3 * BLOCK_SIZE + 999, safetensors=True)
    whole = content.read(0, content.size)
    rng = random.Random(7)
    for _ in range(40):
        start = rng.randrange(content.size)
        end = rng.randrange(start, content.size + 1)
        assert content.read(start, end) == whole[start:end]
    assert content.read(BLOCK_SIZE - 3, BLOCK_SIZE + 3) == whole[BLOCK_SIZE - 3 : BLOCK_SIZE + 3]


def test_bytes_are_deterministic_and_depend_on_the_seed():
    first = SeededContent("same", 100_000).read(0, 100_000)
    assert SeededContent("same", 100_000).read(0, 100_000) == first
    assert SeededContent("other", 100_000).read(0, 100_000) != first


def test_a_2_gib_file_is_readable_near_its_end_without_generating_the_prefix():
    size = 2 * 1024**3
    content = SeededContent("two-gib", size, safetensors=True)
    started = time.perf_counter()
    tail = content.read(size - 5 * BLOCK_SIZE - 17, size)
    assert time.perf_counter() - started < 1.0
    assert len(tail) == 5 * BLOCK_SIZE + 17
    assert content.read(size - 17, size) == tail[-17:]


def test_default_sizes_are_small_deterministic_and_varied():
    sizes = [default_size(f"file-{n}") for n in range(50)]
    assert sizes == [default_size(f"file-{n}") for n in range(50)]
    assert all(MIN_DEFAULT_SIZE <= size < MAX_DEFAULT_SIZE for size in sizes)
    assert any(size >= AUTOV1_MIN_FILE_SIZE for size in sizes) and any(size < AUTOV1_MIN_FILE_SIZE for size in sizes)


def test_git_blob_sha1_matches_git():
    content = BytesContent(b"hello world\n")
    expected = hashlib.sha1(b"blob 12\0hello world\n").hexdigest()
    assert git_blob_sha1(content) == expected
