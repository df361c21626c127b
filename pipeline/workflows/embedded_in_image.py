"""The ComfyUI workflow saved inside a PNG or WEBP image, from the file's bytes.

ComfyUI's SaveImage writes PNG text chunks `workflow` (the UI graph) and `prompt` (the API prompt): tEXt,
or iTXt when the text is not Latin-1; other tools also use zTXt or compressed iTXt. SaveAnimatedWEBP (and
the v3 `ImageSaveHelper`) writes EXIF strings: `prompt:<json>` in tag 0x0110 (Model) and each extra item as
`<key>:<json>` counting down from 0x010F (Make), so `workflow:<json>` is in Make and any further one in
0x010E (ImageDescription). Both readers return the UI workflow when there is one, else the API prompt, and
None for anything else; they never raise.
"""

from __future__ import annotations

import json
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
KEYS = ("workflow", "prompt")
MAX_TEXT_BYTES = 64 * 1024 * 1024  # a decompressed text chunk larger than this is not a workflow
MAX_IFDS = 8
EXIF_HEADER = b"Exif\x00\x00"
EXIF_STRING_TYPES = (1, 2, 7)  # BYTE, ASCII, UNDEFINED
EXIF_SUB_IFD_TAG = 0x8769


def workflow_from_png(data: bytes) -> dict | None:
    """The workflow (else the prompt) a PNG carries in its text chunks."""
    try:
        return _pick(_png_texts(bytes(data)))
    except Exception:  # damaged files come in every shape; the answer is simply "no workflow"
        return None


def workflow_from_webp(data: bytes) -> dict | None:
    """The workflow (else the prompt) a WEBP carries in its EXIF chunk."""
    try:
        return _pick(_webp_texts(bytes(data)))
    except Exception:
        return None


def workflow_from_image(data: bytes) -> dict | None:
    """Either of the above, chosen by the file's signature."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        return None
    head = bytes(data[:12])
    if head.startswith(PNG_SIGNATURE):
        return workflow_from_png(data)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return workflow_from_webp(data)
    return None


def _pick(texts: dict[str, str]) -> dict | None:
    graphs = {key: _json_dict(texts[key]) for key in KEYS if key in texts}
    workflow, prompt = graphs.get("workflow"), graphs.get("prompt")
    if workflow is not None and isinstance(workflow.get("nodes"), list):
        return workflow
    return prompt if prompt is not None else workflow


def _json_dict(text: str) -> dict | None:
    try:
        value = json.loads(text, parse_constant=lambda _constant: None)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


# --- PNG -------------------------------------------------------------------------------------------


def _png_texts(data: bytes) -> dict[str, str]:
    texts: dict[str, str] = {}
    if not data.startswith(PNG_SIGNATURE):
        return texts
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        position += 12 + length  # length, type, data, CRC (not checked: a bad CRC still holds the text)
        if len(body) < length or kind == b"IEND":
            break
        if kind in PNG_TEXT_CHUNKS:
            keyword, text = _png_text_chunk(kind, body)
            if keyword in KEYS and text is not None and keyword not in texts:
                texts[keyword] = text
    return texts


def _png_text_chunk(kind: bytes, body: bytes) -> tuple[str | None, str | None]:
    keyword, separator, rest = body.partition(b"\x00")
    if not separator:
        return None, None
    name = keyword.decode("latin-1")
    if kind == b"tEXt":
        return name, _decode(rest)
    if kind == b"zTXt":
        return name, _decode(_inflate(rest[1:])) if rest[:1] == b"\x00" else None
    if len(rest) < 2:  # iTXt: compression flag, method, language tag, translated keyword, text
        return name, None
    compressed = rest[0] == 1
    _language, _, rest = rest[2:].partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    return name, _decode(_inflate(text) if compressed else text, utf8_only=True)


def _inflate(data: bytes) -> bytes | None:
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(data, MAX_TEXT_BYTES)
    except zlib.error:
        return None
    return None if inflater.unconsumed_tail else text


def _decode(data: bytes | None, utf8_only: bool = False) -> str | None:
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None if utf8_only else data.decode("latin-1")  # tEXt is Latin-1 by the standard


# --- WEBP ------------------------------------------------------------------------------------------


def _webp_texts(data: bytes) -> dict[str, str]:
    texts: dict[str, str] = {}
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return texts
    position = 12
    while position + 8 <= len(data):
        kind, size = struct.unpack("<4sI", data[position : position + 8])
        body = data[position + 8 : position + 8 + size]
        position += 8 + size + (size & 1)  # chunks are padded to an even size
        if kind == b"EXIF":
            for text in _exif_strings(body):
                key, separator, value = text.partition(":")
                if separator and key in KEYS and key not in texts:
                    texts[key] = value
    return texts


def _exif_strings(exif: bytes) -> list[str]:
    """The string values of the EXIF IFD0 chain (and its Exif sub-IFD), read minimally."""
    if exif.startswith(EXIF_HEADER):
        exif = exif[len(EXIF_HEADER) :]
    if len(exif) < 8 or exif[:2] not in (b"II", b"MM"):
        return []
    order = "<" if exif[:2] == b"II" else ">"
    if struct.unpack(order + "H", exif[2:4])[0] != 42:
        return []
    strings: list[str] = []
    pending = [struct.unpack(order + "I", exif[4:8])[0]]
    seen: set[int] = set()
    while pending and len(seen) < MAX_IFDS:
        offset = pending.pop(0)
        if offset in seen or offset + 2 > len(exif) or offset == 0:
            continue
        seen.add(offset)
        (count,) = struct.unpack(order + "H", exif[offset : offset + 2])
        for index in range(count):
            entry = exif[offset + 2 + 12 * index : offset + 14 + 12 * index]
            if len(entry) < 12:
                break
            tag, kind, length, value = struct.unpack(order + "HHI4s", entry)
            if tag == EXIF_SUB_IFD_TAG and kind in (4, 13):
                pending.append(struct.unpack(order + "I", value)[0])
            elif kind in EXIF_STRING_TYPES:
                raw = value[:length] if length <= 4 else _at(exif, struct.unpack(order + "I", value)[0], length)
                text = _decode(raw.rstrip(b"\x00")) if raw else None
                if text:
                    strings.append(text)
        next_at = offset + 2 + 12 * count
        if next_at + 4 <= len(exif):
            pending.append(struct.unpack(order + "I", exif[next_at : next_at + 4])[0])
    return strings


def _at(data: bytes, offset: int, length: int) -> bytes | None:
    return data[offset : offset + length] if offset + length <= len(data) else None
