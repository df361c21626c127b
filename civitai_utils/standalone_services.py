"""The pack's services outside ComfyUI, for the command line and the MCP server (the routes get theirs from
wiring.py inside ComfyUI): one models folder on disk, the same clients, keys only from the environment.

Use as `async with StandaloneServices.open(models_dir, ...) as services:` so the HTTP session is closed.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .bandwidth import BandwidthLimit
from .civitai_client import CivitaiClient
from .download_engine import DownloadEngine
from .hash_cache import HashCache
from .hf_client import HuggingFaceClient
from .http_client import OutboundHttp
from .keys import KeyStore
from .local_lookup import ThreadedLocalLookup
from .local_models import LocalModels
from .model_catalogs import ModelCatalogs
from .model_folders import ModelFolders
from .settings import ApiBases, api_bases, download_tuning
from .standalone_folders import standalone_folders
from .transfer import TransferSettings
from .url_policy import UrlPolicy


def cache_dir() -> Path:
    """Where the command line keeps its hash cache (a ComfyUI keeps its own in its user folder)."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "comfyui-civitai-sidebar"


@dataclass
class LocalDisk:
    """The models folder this run works on: its folders and the files in them (no network)."""

    models_dir: Path
    folders: ModelFolders
    models: LocalModels
    custom_nodes: list[str] = field(default_factory=list)

    @classmethod
    def at(cls, models_dir: Path, custom_nodes: list[str] | None = None) -> LocalDisk:
        folders = standalone_folders(models_dir)
        return cls(models_dir, folders, LocalModels(folders, HashCache(cache_dir())), list(custom_nodes or []))

    def inventory(self) -> dict[str, list[str]]:
        """Each folder's model files as ComfyUI lists them (subfolder/name)."""
        return {name: [f.relative_name for f in self.models.files(name)] for name in self.folders.names()}

    def finder(self) -> ThreadedLocalLookup:
        return ThreadedLocalLookup(self.models)


@dataclass
class StandaloneServices:
    """The clients every door outside ComfyUI shares, bound to one HTTP session."""

    disk: LocalDisk
    bases: ApiBases
    http: OutboundHttp
    civitai: CivitaiClient
    huggingface: HuggingFaceClient
    catalogs: ModelCatalogs

    @classmethod
    @asynccontextmanager
    async def open(cls, disk: LocalDisk) -> AsyncIterator[StandaloneServices]:
        bases = api_bases()
        http = OutboundHttp(UrlPolicy(bases), KeyStore(None))  # keys: CIVITAI_API_KEY / HF_TOKEN only
        try:
            yield cls(
                disk=disk,
                bases=bases,
                http=http,
                civitai=CivitaiClient(http, bases.civitai),
                huggingface=HuggingFaceClient(http, bases.huggingface),
                catalogs=ModelCatalogs(lambda: disk.custom_nodes),
            )
        finally:
            await http.close()

    def download_engine(
        self,
        emit: Callable[[str, dict], None],
        concurrency: int = 2,
        *,
        segments: int | None = None,
        bandwidth_limit: int | None = None,
    ) -> DownloadEngine:
        """An engine writing into this run's models folder; the caller closes it. `segments` (connections per file,
        0 = automatic) and `bandwidth_limit` (bytes/s over every download, 0 = none) default to the environment's
        CIVITAI_SIDEBAR_SEGMENTS and CIVITAI_SIDEBAR_BANDWIDTH_LIMIT."""
        tuning = download_tuning()
        settings = TransferSettings(
            segments=tuning.segments if segments is None else segments,
            bandwidth=BandwidthLimit(tuning.bandwidth_limit if bandwidth_limit is None else bandwidth_limit),
        )
        return DownloadEngine(
            folders=self.disk.folders, http=self.http, emit=emit, settings=settings, concurrency=concurrency
        )
