"""Who is calling the fake Civitai API: the API key (header or ``?token=``) and whether it is a browser."""

from __future__ import annotations

import re

from aiohttp import web

from .state import FakeState

BROWSER_UA = re.compile(r"mozilla|chrome|safari|firefox|opera|edge", re.IGNORECASE)
"""Civitai's ``isRequestFromBrowser`` (reference §7.2)."""


def civitai_key(request: web.Request) -> str | None:
    """``authorization.split(' ')[1]`` (scheme word not checked); ``?token=`` only without the header."""
    header = request.headers.get("Authorization")
    if header is not None:
        parts = header.split(" ")
        return parts[1] if len(parts) > 1 and parts[1] else None
    return request.query.get("token") or None


def is_browser(request: web.Request) -> bool:
    return bool(BROWSER_UA.search(request.headers.get("User-Agent", "")))


def is_authenticated(state: FakeState, request: web.Request) -> bool:
    """A key in ``config.civitai_keys``; any other key is anonymous, like an invalid key on Civitai."""
    key = civitai_key(request)
    return key is not None and key in state.config.civitai_keys
