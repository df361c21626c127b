"""Which URLs the pack fetches, and which requests may carry which API key.

A download starts only from a Civitai or Hugging Face URL (the configured bases, or the real hosts).
Each redirect hop is checked again: https only, and never a loopback, private or link-local
address, unless the bases themselves point at loopback (the test setup). Host names are checked
where they are resolved (`GuardedResolver`), so DNS cannot smuggle a private address past the
check. A key goes, as a header, only to the exact origin of the API it belongs to; a redirect to
any other host (Civitai's storage, Hugging Face's CDN) never sees it.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, urlencode, urlunsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from ..pipeline.url_parts import BadUrl, default_port, split_url
from .keys import Service
from .settings import CIVITAI_SITES, ApiBases

REAL_HOSTS: dict[Service, frozenset[str]] = {
    "civitai": CIVITAI_SITES,
    "huggingface": frozenset({"huggingface.co", "www.huggingface.co", "hf.co"}),
}
# Query parameters that carry credentials; removed from any URL the pack stores, shows or logs.
SECRET_PARAMS = frozenset({"token", "api_key", "apikey", "access_token"})


class UnsafeUrl(ValueError):
    """A URL the pack refuses to fetch; the message says why, for a 400 answer or a failed download."""


def _split(url: str) -> SplitResult:
    """The URL's parts; a bad port or broken IPv6 literal is refused like any unsafe URL (a 4xx, a failed task)."""
    try:
        return split_url(url)
    except BadUrl as bad:
        raise UnsafeUrl(str(bad)) from None


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with the default port filled in: what "the same host" means for keys."""
    parts = _split(url)
    return parts.scheme, (parts.hostname or "").lower(), default_port(parts)


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


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

    @property
    def allow_private_addresses(self) -> bool:
        return self.bases.is_local_test_setup

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
        parts = _split(url.strip())
        if not parts.hostname or (parts.scheme != "https" and not (parts.scheme == "http" and self.service_of(url))):
            raise UnsafeUrl(f"only https URLs are downloaded, not {parts.scheme or 'this'}: {without_query(url)}")
        if parts.username or parts.password:
            raise UnsafeUrl("URLs with embedded credentials are refused")
        if self.service_of(url) is None:
            raise UnsafeUrl(f"only Civitai and Hugging Face URLs are downloaded, not {parts.hostname}")
        self.check_hop(url)
        return without_secrets(url.strip())

    def check_hop(self, url: str) -> None:
        """Any URL about to be requested, first or after a redirect."""
        parts = _split(url)
        if not parts.hostname:
            raise UnsafeUrl("a redirect without a host was refused")
        if parts.scheme != "https" and not (parts.scheme == "http" and self.allow_private_addresses):
            raise UnsafeUrl(f"a redirect to {parts.scheme}:// was refused: {without_query(url)}")
        try:
            literal = ipaddress.ip_address(parts.hostname)
        except ValueError:
            return  # a name: checked by GuardedResolver when it resolves
        if not self.allow_private_addresses and not is_public_address(str(literal)):
            raise UnsafeUrl(f"a redirect to the private address {parts.hostname} was refused")


class GuardedResolver(AbstractResolver):
    """DNS for the pack's session that never hands out a loopback, private or link-local address."""

    def __init__(self, policy: UrlPolicy):
        self._policy = policy
        self._inner = ThreadedResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        results: list[ResolveResult] = await self._inner.resolve(host, port, family)
        if self._policy.allow_private_addresses:
            return results
        public = [r for r in results if is_public_address(r["host"])]
        if not public:
            raise OSError(f"{host} resolves only to private addresses; refused")
        return public

    async def close(self) -> None:
        await self._inner.close()
