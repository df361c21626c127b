"""Civitai's REST API, typed, cached for the life of the process, and retried politely.

Answers are cached in memory for a quarter of an hour (long enough for one session's lookups), 429 and 5xx
are retried honouring Retry-After, and every failure becomes a sentence the sidebar can show. A Civitai
that does not answer at all is not retried: lookups fail at once for a short while (`OutageMemory`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import OrderedDict
from urllib.parse import urlencode

import aiohttp
from pydantic import ValidationError

from ..pipeline.shapes.civitai_types import CivitaiError, ModelPage, ModelSummary, ModelVersion
from .http_client import OutboundHttp
from .outage import OutageMemory
from .retry import RETRYABLE_STATUSES, RetryPolicy

CACHE_ENTRIES = 2048
# Civitai's answers change (a file replaced, a model published, early access ending): kept this long, then asked again.
CACHE_SECONDS = 15 * 60
# A lookup is a small JSON answer: a Civitai silent for this long is not coming back in time to be useful.
API_TIMEOUT = aiohttp.ClientTimeout(total=30, sock_connect=5, sock_read=8)
SETTINGS_HINT = "Settings → Civitai"


def _error_sentence(status: int, body: dict, keyed: bool, what: str) -> str:
    error = str(body.get("error") or "")
    if status == 401:
        if keyed:
            return f"Civitai refused the API key while looking up {what}: check it in {SETTINGS_HINT}."
        return f"Civitai needs an API key to show {what}: add one in {SETTINGS_HINT}."
    if status == 403 and error == "Early Access":
        return f"{what} is in Early Access on Civitai until {body.get('deadline', 'later')}."
    if status == 404:
        return f"Civitai has no {what} (404)."
    if status == 429:
        return "Civitai is limiting requests from this machine: wait a minute and try again."
    if status >= 500:
        return f"Civitai is not answering properly right now (HTTP {status}): try again in a few minutes."
    return f"Civitai answered HTTP {status} for {what}: {error or 'unexpected answer'}."


def _unreachable(error: Exception) -> CivitaiError:
    if isinstance(error, asyncio.TimeoutError | TimeoutError):
        return CivitaiError("Civitai did not answer in time: try again later.")
    return CivitaiError(f"Civitai could not be reached ({type(error).__name__}): try again later.")


class CivitaiClient:
    def __init__(self, http: OutboundHttp, base_url: str, retry: RetryPolicy | None = None):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy(attempts=3, max_retry_after=15)
        self._cache: OrderedDict[str, tuple[float, dict | None]] = OrderedDict()  # url -> (expires at, answer)
        self.outage = OutageMemory()
        self.cache_seconds = CACHE_SECONDS

    async def _get(self, path: str, params: dict, what: str, *, missing_ok: bool = False) -> dict | None:
        """GET a JSON answer; None for a 404 when `missing_ok`; CivitaiError otherwise."""
        url = f"{self.base_url}{path}?{urlencode(params, doseq=True)}" if params else f"{self.base_url}{path}"
        cached = self._cache.get(url)
        if cached is not None and cached[0] > time.monotonic():
            self._cache.move_to_end(url)
            return cached[1]
        self.outage.check()
        failures = 0
        while True:
            try:
                status, body, retry_after = await self._fetch(url)
            except (aiohttp.ClientConnectorError, asyncio.TimeoutError, TimeoutError) as error:
                # No answer at all: not retried, and remembered so the next lookups do not wait for it either.
                self.outage.record(_unreachable(error))
                raise _unreachable(error) from None
            except (aiohttp.ClientError, OSError) as error:  # a dropped answer: worth another try
                status, body, retry_after = 0, {}, None
                dropped = CivitaiError(f"Civitai's answer broke off ({type(error).__name__}): try again later.")
            else:
                dropped = None
            if status == 200:
                return self._remember(url, body)
            if status == 404 and missing_ok:
                return self._remember(url, None)
            if status not in RETRYABLE_STATUSES and status != 0:
                keyed = self.http.keys.get("civitai") is not None
                raise CivitaiError(_error_sentence(status, body, keyed, what), status)
            failures += 1
            if failures >= self.retry.attempts:
                raise dropped or CivitaiError(_error_sentence(status, body, False, what), status)
            await asyncio.sleep(self.retry.delay(failures, retry_after))

    async def _fetch(self, url: str) -> tuple[int, dict, str | None]:
        response = await self.http.request("GET", url, headers={"Accept": "application/json"}, timeout=API_TIMEOUT)
        async with response:
            text = await response.text(errors="replace")
            try:
                body = json.loads(text) if text else {}
            except ValueError:
                body = {}
            return (
                response.status,
                body if isinstance(body, dict) else {"items": body},
                response.headers.get("Retry-After"),
            )

    def _remember(self, url: str, body: dict | None) -> dict | None:
        self._cache[url] = (time.monotonic() + self.cache_seconds, body)
        self._cache.move_to_end(url)
        while len(self._cache) > CACHE_ENTRIES:
            self._cache.popitem(last=False)
        return body

    # -- endpoints -----------------------------------------------------------------------------

    async def image(self, image_id: int) -> dict | None:
        """One image with its generation data, or None when Civitai shows no such image.

        `withMeta=true` is needed since June 2026 (meta is null otherwise); `nsfw=X` because the user
        asked for this exact image, whatever its rating (Civitai's default shows safe images only)."""
        answer = await self._get(
            "/api/v1/images", {"imageId": image_id, "withMeta": "true", "nsfw": "X"}, f"image {image_id}"
        )
        items = (answer or {}).get("items") or []
        return items[0] if items and isinstance(items[0], dict) else None

    async def model_version(self, version_id: int) -> ModelVersion:
        answer = await self._get(f"/api/v1/model-versions/{version_id}", {}, f"model version {version_id}")
        return self._typed(ModelVersion, answer, f"model version {version_id}")

    async def model_version_by_hash(self, file_hash: str) -> ModelVersion | None:
        answer = await self._get(
            f"/api/v1/model-versions/by-hash/{file_hash}", {}, f"a model with hash {file_hash}", missing_ok=True
        )
        return None if answer is None else self._typed(ModelVersion, answer, f"hash {file_hash}")

    async def download_needs_key(self, version_id: int) -> bool:
        """Whether downloading this version needs a login that no configured key provides."""
        if self.http.keys.get("civitai") is not None:
            return False
        mini = await self._get(
            f"/api/v1/model-versions/mini/{version_id}", {}, f"version {version_id}", missing_ok=True
        )
        return bool((mini or {}).get("requireAuth"))

    async def model(self, model_id: int) -> ModelSummary:
        answer = await self._get(f"/api/v1/models/{model_id}", {}, f"model {model_id}")
        return self._typed(ModelSummary, answer, f"model {model_id}")

    async def search_models(self, query: str, types: list[str] | None = None, limit: int = 20) -> ModelPage:
        params: dict = {"query": query, "limit": limit, "nsfw": "true"}
        if types:
            params["types"] = types
        answer = await self._get("/api/v1/models", params, f"models named {query!r}")
        return self._typed(ModelPage, answer, f"models named {query!r}")

    @staticmethod
    def _typed(model, answer: dict | None, what: str):
        try:
            return model.model_validate(answer)
        except ValidationError:
            raise CivitaiError(f"Civitai answered with something unexpected for {what}.") from None
