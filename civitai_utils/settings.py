"""Which Civitai and Hugging Face hosts the pack talks to.

The real hosts by default; `CIVITAI_API_BASE` and `HF_ENDPOINT` point them elsewhere (the tests'
local fake, a mirror). Those origins, and the ones in `CIVITAI_SIDEBAR_LOCAL_ORIGINS` (a mirror's file host),
are the only ones downloads may reach on a loopback or private address (see DESIGN.md §5).
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

log = logging.getLogger("civitai_sidebar")

DEFAULT_CIVITAI_BASE = "https://civitai.com"
DEFAULT_HUGGINGFACE_BASE = "https://huggingface.co"
LOCAL_ORIGINS_VARIABLE = "CIVITAI_SIDEBAR_LOCAL_ORIGINS"


def _is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(value: str) -> str:
    """A base URL without trailing slash; ValueError for anything but http(s)://host[:port][/path]."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) base URL: {value!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"a base URL has no query, fragment or credentials: {value!r}")
    if parts.scheme == "http" and not _is_loopback_host(parts.hostname):
        raise ValueError(f"plain http is only allowed for a loopback test server: {value!r}")
    return value.strip().rstrip("/")


@dataclass(frozen=True)
class ApiBases:
    civitai: str
    huggingface: str
    # Further origins a download may be redirected to on a private address (a local mirror's file host).
    local_origins: tuple[str, ...] = ()


def _base_from_env(environ: Mapping[str, str], name: str, default: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        return default
    try:
        return normalize_base_url(value)
    except ValueError as error:
        log.error("[Civitai Sidebar] ignoring %s: %s; using %s", name, error, default)
        return default


def _origins_from_env(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    origins = []
    for value in environ.get(name, "").split(","):
        if not value.strip():
            continue
        try:
            origins.append(normalize_base_url(value))
        except ValueError as error:
            log.error("[Civitai Sidebar] ignoring an origin in %s: %s", name, error)
    return tuple(origins)


def api_bases(environ: Mapping[str, str] | None = None) -> ApiBases:
    environ = os.environ if environ is None else environ
    return ApiBases(
        civitai=_base_from_env(environ, "CIVITAI_API_BASE", DEFAULT_CIVITAI_BASE),
        huggingface=_base_from_env(environ, "HF_ENDPOINT", DEFAULT_HUGGINGFACE_BASE),
        local_origins=_origins_from_env(environ, LOCAL_ORIGINS_VARIABLE),
    )


def _positive_float(environ: Mapping[str, str], name: str, default: float) -> float:
    try:
        value = float(environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class DownloadTuning:
    """Download timings and limits; the environment can change them (a slow link, or the tests)."""

    concurrency: int
    stall_seconds: float
    retry_base_seconds: float
    retry_attempts: int
    segments: int  # connections per large file; 0 = automatic
    bandwidth_limit: int  # bytes/s over every download; 0 = none


def download_tuning(environ: Mapping[str, str] | None = None) -> DownloadTuning:
    environ = os.environ if environ is None else environ
    return DownloadTuning(
        concurrency=int(_positive_float(environ, "CIVITAI_SIDEBAR_CONCURRENCY", 2)),
        stall_seconds=_positive_float(environ, "CIVITAI_SIDEBAR_STALL_SECONDS", 60),
        retry_base_seconds=_positive_float(environ, "CIVITAI_SIDEBAR_RETRY_BASE_SECONDS", 1),
        retry_attempts=int(_positive_float(environ, "CIVITAI_SIDEBAR_RETRY_ATTEMPTS", 6)),
        segments=min(16, int(_positive_float(environ, "CIVITAI_SIDEBAR_SEGMENTS", 0))),
        bandwidth_limit=int(_positive_float(environ, "CIVITAI_SIDEBAR_BANDWIDTH_LIMIT", 0)),
    )
