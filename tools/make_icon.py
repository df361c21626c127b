"""Draw the registry icon (docs/icon.png): a sidebar window with a download arrow on a blue-violet tile.

The Comfy Registry and ComfyUI-Manager show the `[tool.comfy] Icon` URL beside the pack's name. The icon is drawn
here from signed distance functions (anti-aliased edges without an image library) and written as a plain PNG with
zlib, so anyone can regenerate the committed file byte for byte: `python tools/make_icon.py`.
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

SIZE = 256
ICON_PATH = Path(__file__).resolve().parents[1] / "docs" / "icon.png"
TOP_LEFT = (34, 139, 230)  # Civitai's blue
BOTTOM_RIGHT = (95, 61, 196)  # violet
WHITE = (255, 255, 255)


def rounded_box(x: float, y: float, left: float, top: float, right: float, bottom: float, radius: float) -> float:
    """Signed distance (pixels, negative inside) from (x, y) to a rounded rectangle."""
    qx = abs(x - (left + right) / 2) - ((right - left) / 2 - radius)
    qy = abs(y - (top + bottom) / 2) - ((bottom - top) / 2 - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def capsule(x: float, y: float, ax: float, ay: float, bx: float, by: float, radius: float) -> float:
    """Signed distance from (x, y) to a line from a to b with round ends."""
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - ax - t * dx, y - ay - t * dy) - radius


def coverage(distance: float) -> float:
    """How much of a pixel a shape covers, from its signed distance at the pixel's centre (a one-pixel ramp)."""
    return max(0.0, min(1.0, 0.5 - distance))


def glyph_distance(x: float, y: float) -> float:
    """The white glyph: a window outline, its filled sidebar with three list rows cut out, and a download arrow."""
    window = rounded_box(x, y, 40, 58, 216, 198, 20)
    outline = abs(window) - 6
    rows = min(capsule(x, y, 60, 96 + 26 * i, 84, 96 + 26 * i, 5) for i in range(3))
    sidebar = max(window, x - 104, -rows)
    arrow = min(
        capsule(x, y, 160, 90, 160, 146, 7),
        capsule(x, y, 138, 126, 160, 148, 7),
        capsule(x, y, 182, 126, 160, 148, 7),
        capsule(x, y, 134, 170, 186, 170, 7),
    )
    return min(outline, sidebar, arrow)


def pixel(px: int, py: int) -> tuple[int, int, int, int]:
    x, y = px + 0.5, py + 0.5
    tile = coverage(rounded_box(x, y, 0, 0, SIZE, SIZE, 56))
    if tile == 0.0:
        return (0, 0, 0, 0)
    t = (x + y) / (2 * SIZE)
    background = [a + (b - a) * t for a, b in zip(TOP_LEFT, BOTTOM_RIGHT, strict=True)]
    white = coverage(glyph_distance(x, y))
    rgb = (round(c + (w - c) * white) for c, w in zip(background, WHITE, strict=True))
    return (*rgb, round(255 * tile))


def _filtered_row(row: bytes, previous: bytes, bpp: int = 4) -> bytes:
    """The PNG filter (None, Sub, Up, Average, Paeth) that leaves the smallest residuals, as zlib likes."""

    def paeth(a: int, b: int, c: int) -> int:
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        return a if pa <= pb and pa <= pc else b if pb <= pc else c

    left = bytes(bpp) + row[:-bpp]
    upleft = bytes(bpp) + previous[:-bpp]
    up = previous
    candidates = [
        bytes(row),
        bytes((r - a) & 0xFF for r, a in zip(row, left, strict=True)),
        bytes((r - b) & 0xFF for r, b in zip(row, up, strict=True)),
        bytes((r - (a + b) // 2) & 0xFF for r, a, b in zip(row, left, up, strict=True)),
        bytes((r - paeth(a, b, c)) & 0xFF for r, a, b, c in zip(row, left, up, upleft, strict=True)),
    ]
    cost = [sum(v if v < 128 else 256 - v for v in candidate) for candidate in candidates]
    kind = cost.index(min(cost))
    return bytes([kind]) + candidates[kind]


def png_bytes(pixels: list[list[tuple[int, int, int, int]]]) -> bytes:
    """An 8-bit RGBA PNG of those rows, with nothing that changes between runs (no time, no text chunks)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    height, width = len(pixels), len(pixels[0])
    raw = bytearray()
    previous = bytes(width * 4)
    for row_pixels in pixels:
        row = bytes(channel for rgba in row_pixels for channel in rgba)
        raw += _filtered_row(row, previous)
        previous = row
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def icon_png() -> bytes:
    return png_bytes([[pixel(px, py) for px in range(SIZE)] for py in range(SIZE)])


def main(argv: list[str]) -> None:
    target = Path(argv[1]) if len(argv) > 1 else ICON_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(icon_png())
    print(f"{target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
