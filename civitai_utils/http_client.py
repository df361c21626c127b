"""The pack's one aiohttp session to Civitai and Hugging Face, with the URL policy on every hop.

Redirects are followed here rather than by aiohttp so that each hop is checked and so that the
API key, attached only for its own origin, is never forwarded to the storage or CDN host a
download is redirected to (those answer 400 to a stray Authorization header anyway).
"""

from __future__ import annotations

import asyncio
from urllib.parse import urljoin

import aiohttp

from .keys import KeyStore
from .url_policy import GuardedResolver, RefusedAddress, UnsafeUrl, UrlPolicy
from .version import PACK_VERSION

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
# aiohttp pauses reading a response once this much waits unread (at twice the value); 1 MiB keeps the
# socket busy without holding many megabytes per download.
READ_BUFFER_BYTES = 1024 * 1024
USER_AGENT = f"comfyui-civitai-sidebar/{PACK_VERSION} (+https://github.com/civitai-sidebar/comfyui-civitai-sidebar)"


class OutboundHttp:
    def __init__(self, policy: UrlPolicy, keys: KeyStore):
        self.policy = policy
        self.keys = keys
        self._session: aiohttp.ClientSession | None = None
        self._lock = asyncio.Lock()

    async def session(self) -> aiohttp.ClientSession:
        """Created on first use, on the loop that serves ComfyUI, and shared by every request."""
        async with self._lock:
            if self._session is None or self._session.closed:
                connector = aiohttp.TCPConnector(resolver=GuardedResolver(self.policy), limit=32)
                self._session = aiohttp.ClientSession(
                    connector=connector,
                    headers={"User-Agent": USER_AGENT},
                    read_bufsize=READ_BUFFER_BYTES,
                    auto_decompress=False,
                    trust_env=False,
                )
            return self._session

    def headers_for(self, url: str, headers: dict[str, str] | None = None) -> dict[str, str]:
        """The headers a request to `url` may carry: the caller's, plus the key of that exact API origin."""
        sent = {k: v for k, v in (headers or {}).items() if k.lower() != "authorization"}
        service = self.policy.key_service_for(url)
        key = self.keys.get(service) if service else None
        if key:
            sent["Authorization"] = f"Bearer {key}"
        return sent

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        timeout: aiohttp.ClientTimeout | None = None,
    ) -> aiohttp.ClientResponse:
        """The first non-redirect response (the caller releases it); UnsafeUrl if a hop is refused."""
        session = await self.session()
        self.policy.check_hop(url)
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = await session.request(
                    method, url, headers=self.headers_for(url, headers), allow_redirects=False, timeout=timeout
                )
            except aiohttp.ClientConnectorError as error:
                refused = error.os_error if isinstance(error.os_error, RefusedAddress) else error.__cause__
                if isinstance(refused, RefusedAddress):
                    raise UnsafeUrl(str(refused)) from None
                raise
            location = response.headers.get("Location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response
            response.release()
            url = urljoin(url, location)
            self.policy.check_hop(url)
            if response.status == 303:
                method = "GET"
        raise UnsafeUrl(f"more than {MAX_REDIRECTS} redirects")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
