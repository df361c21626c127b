"""Everything the four fake servers share: catalog, images, HF repos, switches, request log, clock, keys.

One ``FakeState`` per ``FakeServices``. Handlers look things up on it at request time, so ``reset()`` can
swap in a fresh catalog while the servers keep running (the per-test reset of the pytest fixture).
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass, field, fields

from .catalog import Catalog
from .faults import FaultPlan
from .gallery import Gallery
from .hf_repos import HfRegistry
from .request_log import RequestLog
from .signing import CdnSigner, FakeClock, StorageSigner

DEFAULT_CIVITAI_KEY = "test-civitai-key"
DEFAULT_HF_TOKEN = "test-hf-token"


@dataclass
class FakeConfig:
    """Server-wide settings; every field can be changed in-process or with ``POST /__fake__/config``."""

    civitai_keys: set[str] = field(default_factory=lambda: {DEFAULT_CIVITAI_KEY})
    """API keys that authenticate; any other key is treated as anonymous (like an invalid key on Civitai)."""
    hf_tokens: set[str] = field(default_factory=lambda: {DEFAULT_HF_TOKEN})
    require_auth_for_all_downloads: bool = False
    """Civitai's site-wide ``UNAUTHENTICATED_DOWNLOAD`` switch turned off: every download needs a key."""
    storage_url_ttl: int = 86400
    """``X-Amz-Expires`` of minted storage URLs (Civitai: 24 h)."""
    cdn_url_ttl: int = 3600
    cdn_reject_authorization: bool = False
    """Whether the HF CDN answers 400 to a request carrying Authorization (real behaviour unknown)."""
    hf_relative_redirect_small_files: bool = False
    """Serve non-LFS files through a relative redirect to ``/api/resolve-cache/...`` (newer Hub behaviour)."""

    def update(self, **changes) -> None:
        known = {item.name for item in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown config field {name!r}; expected one of {', '.join(sorted(known))}")
            if name in ("civitai_keys", "hf_tokens"):
                value = set(value)
            setattr(self, name, value)

    def to_json(self) -> dict:
        data = asdict(self)
        data["civitai_keys"] = sorted(self.civitai_keys)
        data["hf_tokens"] = sorted(self.hf_tokens)
        return data


@dataclass
class FakeUrls:
    civitai_api_base: str = ""
    """Point ``CIVITAI_API_BASE`` here; the pack calls ``{base}/api/v1/...`` and ``{base}/api/download/...``."""
    hf_endpoint: str = ""
    """Point ``HF_ENDPOINT`` here."""
    storage: str = ""
    cdn: str = ""

    def to_json(self) -> dict:
        return asdict(self)

    def env(self) -> dict[str, str]:
        """Environment for a ComfyUI that should talk to the fakes."""
        return {
            "CIVITAI_API_BASE": self.civitai_api_base,
            "HF_ENDPOINT": self.hf_endpoint,
            # The file hosts downloads are redirected to: the only other loopback origins the pack may reach.
            "CIVITAI_SIDEBAR_LOCAL_ORIGINS": f"{self.storage},{self.cdn}",
        }


class FakeState:
    def __init__(self, civitai_keys=None, hf_tokens=None) -> None:
        self._initial_keys = set(civitai_keys) if civitai_keys is not None else {DEFAULT_CIVITAI_KEY}
        self._initial_tokens = set(hf_tokens) if hf_tokens is not None else {DEFAULT_HF_TOKEN}
        self.clock = FakeClock()
        self.storage_signer = StorageSigner(self.clock)
        self.cdn_signer = CdnSigner(self.clock)
        self.faults = FaultPlan()
        self.requests = RequestLog()
        self.urls = FakeUrls()
        self.stopping = asyncio.Event()
        self.reset()

    def reset(self) -> None:
        """Back to the initial catalog, images, repos, config and clock; no faults, empty request log."""
        self.config = FakeConfig(civitai_keys=set(self._initial_keys), hf_tokens=set(self._initial_tokens))
        self.catalog = Catalog()
        self.gallery = Gallery()
        self.hf = HfRegistry()
        self.faults.clear()
        self.requests.clear()
        self.clock.reset()
