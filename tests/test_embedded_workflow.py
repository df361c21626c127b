"""Workflows inside PNG text chunks and WEBP EXIF, from bytes built here with struct and zlib."""

from __future__ import annotations

import json
import struct
import zlib

import pytest
from civitai_sidebar.pipeline.workflows.embedded_in_image import (
    workflow_from_image,
    workflow_from_png,
    workflow_from_webp,
)

WORKFLOW = {"nodes": [{"id": 4, "type": "CheckpointLoaderSimple", "widgets_values": ["ü_model.safetensors"]}]}
PROMPT = {"4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "model.safetensors"}}}

# --- PNG -------------------------------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def text_chunk(keyword: str, text: str) -> bytes:
    return png_chunk(b"tEXt", keyword.encode("latin-1") + b"\x00" + text.encode("latin-1"))


def ztxt_chunk(keyword: str, text: str) -> bytes:
    return png_chunk(b"zTXt", keyword.encode("latin-1") + b"\x00\x00" + zlib.compress(text.encode("latin-1")))


def itxt_chunk(keyword: str, text: str, compressed: bool) -> bytes:
    payload = zlib.compress(text.encode("utf-8")) if compressed else text.encode("utf-8")
    flag = b"\x01\x00" if compressed else b"\x00\x00"
    return png_chunk(b"iTXt", keyword.encode("latin-1") + b"\x00" + flag + b"en\x00workflow\x00" + payload)


def png(*chunks: bytes) -> bytes:
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    pixels = png_chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + header + b"".join(chunks) + pixels + png_chunk(b"IEND", b"")


def test_png_text_chunks_as_comfyui_writes_them():
    data = png(text_chunk("prompt", json.dumps(PROMPT)), text_chunk("workflow", json.dumps(WORKFLOW)))
    assert workflow_from_png(data) == WORKFLOW  # the UI workflow is preferred
    assert workflow_from_image(data) == WORKFLOW


def test_png_prompt_only_and_other_keys():
    data = png(text_chunk("parameters", "a cat, Steps: 20"), text_chunk("prompt", json.dumps(PROMPT)))
    assert workflow_from_png(data) == PROMPT
    assert workflow_from_png(png(text_chunk("parameters", "a cat"))) is None


@pytest.mark.parametrize(
    "chunk",
    [
        ztxt_chunk("workflow", json.dumps(WORKFLOW)),
        itxt_chunk("workflow", json.dumps(WORKFLOW, ensure_ascii=False), compressed=False),
        itxt_chunk("workflow", json.dumps(WORKFLOW, ensure_ascii=False), compressed=True),
    ],
    ids=["zTXt", "iTXt", "iTXt compressed"],
)
def test_png_compressed_and_international_chunks(chunk):
    assert workflow_from_png(png(chunk)) == WORKFLOW


def test_png_chunks_after_the_image_data_and_nan():
    text = json.dumps({"nodes": [], "extra": {"ds": {"scale": float("nan")}}})
    body = png()[:-12] + text_chunk("workflow", text) + png_chunk(b"IEND", b"")
    assert workflow_from_png(body) == {"nodes": [], "extra": {"ds": {"scale": None}}}


def test_png_workflow_that_is_no_graph_gives_the_prompt():
    data = png(text_chunk("workflow", "[1, 2]"), text_chunk("prompt", json.dumps(PROMPT)))
    assert workflow_from_png(data) == PROMPT
    data = png(text_chunk("workflow", "{broken"), text_chunk("prompt", json.dumps(PROMPT)))
    assert workflow_from_png(data) == PROMPT


# --- WEBP ------------------------------------------------------------------------------------------


def tiff(entries: dict[int, str], order: str = "<", sub_ifd: dict[int, str] | None = None) -> bytes:
    """A TIFF block with IFD0 holding ASCII entries (and optionally an Exif sub-IFD), like PIL writes."""
    tags = sorted(entries)
    ifd_size = 2 + 12 * (len(tags) + (1 if sub_ifd else 0)) + 4
    data_at = 8 + ifd_size
    table, blob = b"", b""
    for tag in tags:
        raw = entries[tag].encode("utf-8") + b"\x00"
        if len(raw) <= 4:
            table += struct.pack(order + "HHI4s", tag, 2, len(raw), raw.ljust(4, b"\x00"))
        else:
            table += struct.pack(order + "HHII", tag, 2, len(raw), data_at + len(blob))
            blob += raw + (b"\x00" if len(raw) % 2 else b"")
    sub_block = b""
    if sub_ifd:
        sub_at = data_at + len(blob)
        table += struct.pack(order + "HHII", 0x8769, 4, 1, sub_at)
        sub_block = _sub_ifd(sub_ifd, order, sub_at)
    count = len(tags) + (1 if sub_ifd else 0)
    head = (b"II" if order == "<" else b"MM") + struct.pack(order + "HI", 42, 8)
    return head + struct.pack(order + "H", count) + table + struct.pack(order + "I", 0) + blob + sub_block


def _sub_ifd(entries: dict[int, str], order: str, at: int) -> bytes:
    tags = sorted(entries)
    data_at = at + 2 + 12 * len(tags) + 4
    table, blob = b"", b""
    for tag in tags:
        raw = entries[tag].encode("utf-8") + b"\x00"
        table += struct.pack(order + "HHII", tag, 2, len(raw), data_at + len(blob))
        blob += raw
    return struct.pack(order + "H", len(tags)) + table + struct.pack(order + "I", 0) + blob


def riff_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def webp(*chunks: bytes) -> bytes:
    body = b"WEBP" + riff_chunk(b"VP8L", b"\x2f\x00\x00\x00\x00") + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def comfy_exif(order: str = "<", header: bool = True) -> bytes:
    entries = {0x0110: "prompt:" + json.dumps(PROMPT), 0x010F: "workflow:" + json.dumps(WORKFLOW)}
    block = tiff(entries, order)
    return (b"Exif\x00\x00" + block) if header else block


@pytest.mark.parametrize("order", ["<", ">"], ids=["little-endian", "big-endian"])
@pytest.mark.parametrize("header", [True, False], ids=["Exif header", "bare TIFF"])
def test_webp_exif_as_comfyui_writes_it(order, header):
    data = webp(riff_chunk(b"EXIF", comfy_exif(order, header)))
    assert workflow_from_webp(data) == WORKFLOW
    assert workflow_from_image(data) == WORKFLOW


def test_webp_prompt_only_extra_keys_and_sub_ifd():
    data = webp(riff_chunk(b"EXIF", tiff({0x0110: "prompt:" + json.dumps(PROMPT), 0x010E: "x:1"})))
    assert workflow_from_webp(data) == PROMPT
    data = webp(riff_chunk(b"EXIF", tiff({0x010F: "Canon"}, sub_ifd={0x9286: "workflow:" + json.dumps(WORKFLOW)})))
    assert workflow_from_webp(data) == WORKFLOW
    assert workflow_from_webp(webp(riff_chunk(b"EXIF", tiff({0x010F: "Canon"})))) is None
    assert workflow_from_webp(webp()) is None


# --- garbage ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n",
        b"\x89PNG\r\n\x1a\n\xff\xff\xff\xfftEXt",
        png(png_chunk(b"tEXt", b"workflow")),  # no separator
        png(png_chunk(b"zTXt", b"workflow\x00\x00not zlib")),
        png(png_chunk(b"iTXt", b"workflow\x00\x01\x00\x00\x00\x78\x9c")),
        png(text_chunk("workflow", "{" * 100_000)),
        b"RIFF\x00\x00\x00\x00WEBP",
        webp(riff_chunk(b"EXIF", b"Exif\x00\x00II*\x00\xff\xff\xff\xff")),
        webp(riff_chunk(b"EXIF", b"II*\x00\x08\x00\x00\x00\xff\xff")),
        webp(riff_chunk(b"EXIF", b"MM\x00*\x00\x00\x00\x08\x00\x01\x01\x0f\x00\x02\xff\xff\xff\xff\x00\x00\x00\x10")),
        b"GIF89a",
    ],
)
def test_garbage_gives_none(data):
    assert workflow_from_png(data) is None
    assert workflow_from_webp(data) is None
    assert workflow_from_image(data) is None


def test_truncated_files_keep_what_was_whole():
    data = png(text_chunk("workflow", json.dumps(WORKFLOW)))
    assert workflow_from_png(data[: len(data) // 2]) in (None, WORKFLOW)
    assert workflow_from_png(data[:-10]) == WORKFLOW  # cut in IEND: the text chunk was complete
    webp_data = webp(riff_chunk(b"EXIF", comfy_exif()))
    assert workflow_from_webp(webp_data[:-20]) == WORKFLOW  # the prompt string is cut, the workflow is whole
    assert workflow_from_webp(webp_data[:60]) is None
    assert workflow_from_image(None) is None  # type: ignore[arg-type]
