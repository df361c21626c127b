"""Which URLs the pack fetches, and which requests may carry which API key.

A download starts only from a Civitai or Hugging Face URL (the configured bases, or the real hosts).
Each redirect hop is checked again: https only, and never a loopback, private or link-local
address, except the exact origins (scheme, host, port) the user configured: the API bases when they
are not the real hosts, and `CIVITAI_SIDEBAR_LOCAL_ORIGINS` (a local mirror's file host, the tests'
fake storage). URLs are read with yarl, the parser aiohttp connects by, so the check and the request
agree on the host; a host the system reads as a number (2130706433, 0x7f.1, ::ffff:127.0.0.1, NAT64)
is checked as the address it is. Names are checked where they are resolved (`GuardedResolver`), so
DNS cannot smuggle a private address past the check. A key goes, as a header, only to the exact
origin of the API it belongs to; a redirect to any other host (Civitai's storage, Hugging Face's
CDN) never sees it.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, urlencode, urlunsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from ..pipeline.shapes.sites import REAL_HOSTS, Service
from ..pipeline.shapes.url_parts import BadUrl, Origin, origin, split_url
from .settings import ApiBases

# Query parameters that carry credentials; removed from any URL the pack stores, shows or logs.
SECRET_PARAMS = frozenset({"token", "api_key", "apikey", "access_token"})
# IPv6 ranges that carry an IPv4 address in their last 32 bits (NAT64, well-known and local-use; IPv4-compatible).
EMBEDS_IPV4_AT_END = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("::/96"),
)


class UnsafeUrl(ValueError):
    """A URL the pack refuses to fetch; the message says why, for a 400 answer or a failed download."""


class RefusedAddress(OSError):
    """A name resolved only to addresses the policy refuses (raised inside aiohttp's connector)."""


def _split(url: str) -> SplitResult:
    """The URL's parts; a bad port or broken IPv6 literal is refused like any unsafe URL (a 4xx, a failed task)."""
    try:
        return split_url(url)
    except BadUrl as bad:
        raise UnsafeUrl(str(bad)) from None


def parse_url(url: str) -> URL:
    """The URL as aiohttp will request it; UnsafeUrl when yarl cannot read it."""
    try:
        return URL(url)
    except (ValueError, TypeError) as error:
        raise UnsafeUrl(f"not a valid URL ({error})") from None


def literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host stands for when the system reads it as a number (every spelling), else None."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP, flags=socket.AI_NUMERICHOST)
        return ipaddress.ip_address(infos[0][4][0].split("%", 1)[0])
    except (OSError, UnicodeError, ValueError, IndexError):
        return None


def _looks_numeric(host: str) -> bool:
    """What aiohttp takes for an address and connects to without resolving (its own heuristic)."""
    return ":" in host or host.replace(".", "").isdigit()


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = [v4 for v4 in (ip.ipv4_mapped, ip.sixtofour) if v4 is not None]
    if ip.teredo:
        found.extend(ip.teredo)
    if any(ip in network for network in EMBEDS_IPV4_AT_END) and not ip.is_loopback:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public_address(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A globally reachable unicast address, with any IPv4 address inside an IPv6 one public too."""
    ip = ipaddress.ip_address(str(address).split("%", 1)[0])
    wrapped = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else []
    if wrapped:
        return all(is_public_address(v4) for v4 in wrapped)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified or ip.is_loopback)


def without_secrets(url: str) -> str:
    """The URL with credential-carrying query parameters removed (for storing, logging and showing)."""
    parts = _split(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in SECRET_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(query)))


def without_query(url: str) -> str:
    """Enough of a URL to name it in a log line or an error; presigned queries stay out."""
    try:
        return urlunsplit(split_url(url)._replace(query="", fragment=""))
    except BadUrl:
        return "a URL that is not a usable web address"


@dataclass(frozen=True)
class UrlPolicy:
    bases: ApiBases
    private_origins: frozenset[Origin] = field(init=False)

    def __post_init__(self) -> None:
        configured = [
            origin(base)
            for base, service in ((self.bases.civitai, "civitai"), (self.bases.huggingface, "huggingface"))
            if origin(base)[1] not in REAL_HOSTS[service]
        ]
        extra = [origin(url) for url in self.bases.local_origins]
        object.__setattr__(self, "private_origins", frozenset(o for o in configured + extra if o[1]))

    def may_be_private(self, host: str, port: int) -> bool:
        """Whether this host and port is one of the configured origins, the only ones allowed a private address."""
        return any(host.lower() == h and port == p for _, h, p in self.private_origins)

    def service_of(self, url: str) -> Service | None:
        """The service a source URL belongs to: its configured base's origin, or one of the real hosts."""
        scheme, host, port = origin(url)
        for service, base in (("civitai", self.bases.civitai), ("huggingface", self.bases.huggingface)):
            if (scheme, host, port) == origin(base):
                return service
            if scheme == "https" and port == 443 and host in REAL_HOSTS[service]:
                return service
        return None

    def key_service_for(self, url: str) -> Service | None:
        """The service whose key this exact request may carry: only its own configured API origin."""
        asked = origin(url)
        if asked == origin(self.bases.civitai):
            return "civitai"
        if asked == origin(self.bases.huggingface):
            return "huggingface"
        return None

    def check_source(self, url: str) -> str:
        """The first URL of a download; returns it without credential parameters."""
        if not isinstance(url, str) or len(url) > 4096:
            raise UnsafeUrl("the download URL is missing or too long")
        _split(url.strip())  # a bad port or broken IPv6 literal: "not a usable web address"
        parsed = parse_url(url.strip())
        if not parsed.raw_host or (
            parsed.scheme != "https" and not (parsed.scheme == "http" and self.service_of(url.strip()))
        ):
            raise UnsafeUrl(f"only https URLs are downloaded, not {parsed.scheme or 'this'}: {without_query(url)}")
        if parsed.user or parsed.password:
            raise UnsafeUrl("URLs with embedded credentials are refused")
        if self.service_of(url.strip()) is None:
            raise UnsafeUrl(f"only Civitai and Hugging Face URLs are downloaded, not {parsed.raw_host}")
        self.check_hop(url.strip())
        return without_secrets(url.strip())

    def check_hop(self, url: str) -> None:
        """Any URL about to be requested, first or after a redirect."""
        scheme, host, port = origin(parse_url(url))
        if not host:
            raise UnsafeUrl("a redirect without a host was refused")
        configured = (scheme, host, port) in self.private_origins
        if scheme != "https" and not (scheme == "http" and configured):
            raise UnsafeUrl(f"a redirect to {scheme}:// was refused: {without_query(url)}")
        if configured:
            return
        address = literal_address(host)
        if address is not None and not is_public_address(address):
            raise UnsafeUrl(f"a redirect to the private address {host} ({address}) was refused")
        if address is None and _looks_numeric(host):
            raise UnsafeUrl(f"a redirect to the unreadable address {host} was refused")
        # any other name: checked by GuardedResolver when it resolves


class GuardedResolver(AbstractResolver):
    """DNS for the pack's session that hands out a loopback, private or link-local address only for a
    configured origin's own host and port."""

    def __init__(self, policy: UrlPolicy):
        self._policy = policy
        self._inner = ThreadedResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        results: list[ResolveResult] = await self._inner.resolve(host, port, family)
        if self._policy.may_be_private(host, port):
            return results
        public = [r for r in results if is_public_address(r["host"])]
        if not public:
            raise RefusedAddress(f"a redirect to {host}, which resolves only to private addresses, was refused")
        return public

    async def close(self) -> None:
        await self._inner.close()
