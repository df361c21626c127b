"""`download --segments N --limit-rate RATE`: how many connections one file uses and the cap over all of them,
read the way curl reads `--limit-rate` (bytes per second, or with a K, M or G suffix, 1024-based)."""

from __future__ import annotations

import argparse
import re

MAX_SEGMENTS = 16
_RATE = re.compile(r"(\d+(?:\.\d*)?|\.\d+)([kmg]?)", re.IGNORECASE)
_UNIT = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def bytes_per_second(text: str) -> int:
    """ "500K" → 512000, "2.5M" → 2621440, "0" → 0 (no cap). A ValueError says what is accepted."""
    match = _RATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"bytes per second, optionally with K, M or G (e.g. 500K, 10M), not {text!r}")
    return round(float(match[1]) * _UNIT[match[2].lower()])


def segments(text: str) -> int:
    """0 (automatic: as many connections as help, up to 8) or 1-16 connections per file."""
    try:
        count = int(text)
    except ValueError:
        count = -1
    if not 0 <= count <= MAX_SEGMENTS:
        raise ValueError(f"0 (automatic) to {MAX_SEGMENTS} connections, not {text!r}")
    return count


def _argument_type(parse):
    def checked(text: str):
        try:
            return parse(text)
        except ValueError as bad:
            raise argparse.ArgumentTypeError(str(bad)) from None

    checked.__name__ = parse.__name__  # argparse names the type in its message
    return checked


def add_transfer_flags(command: argparse.ArgumentParser) -> None:
    """The flags of `download` that shape the transfer itself (defaults: the environment's, else automatic/none)."""
    command.add_argument(
        "--segments", type=_argument_type(segments), metavar="N",
        help="connections per large file: 0 = automatic (up to 8, default), 1 = one stream, up to 16",
    )  # fmt: skip
    command.add_argument(
        "--limit-rate", type=_argument_type(bytes_per_second), metavar="RATE",
        help="the most all downloads together may take, in bytes/s; K, M, G suffixes like curl (e.g. 10M); 0 = none",
    )  # fmt: skip
