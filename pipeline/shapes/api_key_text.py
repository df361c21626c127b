"""What an API key may hold: one word of visible ASCII, since it goes into an HTTP header.

A line break in a key ends the Authorization header and starts another (or makes the HTTP client refuse
every request); a stored one broke every later request. Surrounding whitespace is a paste artefact and
is dropped; anything else outside visible ASCII is refused with a sentence that never repeats the key.
"""

from __future__ import annotations

VISIBLE_ASCII = frozenset(chr(code) for code in range(0x21, 0x7F))


def tidy_key(value: str) -> str:
    return value.strip()


def key_problem(value: str) -> str | None:
    """Why this (tidied) key cannot be sent, or None when it can."""
    if any(char in "\r\n" for char in value):
        return "it holds a line break: paste the key alone, on one line"
    if any(char not in VISIBLE_ASCII for char in value):
        return "it holds a space, a control character or a non-ASCII letter, which no API key has"
    return None
