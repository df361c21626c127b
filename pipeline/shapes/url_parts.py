"""A URL taken apart once, or refused with a sentence.

`urllib.parse.urlsplit` accepts `https://host:99999/` and raises only when `.port` is read, and a broken IPv6
literal (`http://[::1/`) raises from `urlsplit` itself: a plain ValueError from deep inside a request that
became an HTTP 500, or failed every model of a workflow for one bad link. Every URL the pack reads from a
request, a workflow or a redirect goes through `split_url` instead, so a bad one is one clear refusal.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from yarl import URL

BRACKETED_HOST = re.compile(r"\[([^\[\]]+)\](?::\d*)?")


class BadUrl(ValueError):
    """Not a usable web address; the message says why in words."""


def split_url(text: str) -> SplitResult:
    """The URL's parts, its port checked (0 < port <= 65535) and a bracketed host a real IPv6 address."""
    shown = text if len(text) <= 200 else text[:200] + "…"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - read for its check: urlsplit defers port errors to here
    except ValueError as error:
        raise BadUrl(f"{shown!r} is not a usable web address ({error})") from None
    if parts.port == 0:
        raise BadUrl(f"{shown!r} is not a usable web address (port 0)")
    host_and_port = parts.netloc.rpartition("@")[2]
    if "[" in host_and_port or "]" in host_and_port:
        bracketed = BRACKETED_HOST.fullmatch(host_and_port)
        try:
            ipaddress.IPv6Address(bracketed.group(1).split("%", 1)[0] if bracketed else "")
        except ValueError:
            raise BadUrl(f"{shown!r} is not a usable web address (a broken IPv6 address)") from None
    return parts


def split_or_none(text: str) -> SplitResult | None:
    """The parts of a URL, or None when it is not a usable one (for "is this a link we know?" checks)."""
    try:
        return split_url(text)
    except BadUrl:
        return None


def default_port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


Origin = tuple[str, str, int]


def origin(url: str | URL) -> Origin:
    """(scheme, host, port) with the default port filled in, as aiohttp connects: what "the same host" means."""
    try:
        parsed = url if isinstance(url, URL) else URL(url)
        return parsed.scheme.lower(), (parsed.raw_host or "").lower(), parsed.port or 0
    except (ValueError, TypeError):
        return "", "", 0


CREDENTIAL_PARAMS = frozenset({"token", "api_key", "apikey", "access_token"})  # as url_policy.SECRET_PARAMS


def shareable_url(url: str) -> str | None:
    """The URL without what may carry a credential (user:password@, a token in the query, the fragment), to be
    written into a file others read (a lock); None when it is not a usable web address."""
    parts = split_or_none(url)
    if parts is None:
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in CREDENTIAL_PARAMS]
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query), fragment=""))
