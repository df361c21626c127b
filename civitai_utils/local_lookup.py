"""The async face of local_models.py: the same lookups, run on a worker thread off ComfyUI's loop."""

from __future__ import annotations

import asyncio

from .local_models import LocalModels


class ThreadedLocalLookup:
    def __init__(self, models: LocalModels):
        self.models = models

    async def by_name(self, folder: str, filename: str, subfolder: str = "") -> str | None:
        found = await asyncio.to_thread(self.models.find_by_name, folder, filename, subfolder)
        return found.relative_name if found else None

    async def by_sha256(self, sha256: str, size: int | None) -> tuple[str, str] | None:
        found = await asyncio.to_thread(self.models.find_by_sha256, sha256, size)
        return (found.folder, found.relative_name) if found else None

    async def by_cached_sha256(self, sha256: str) -> tuple[str, str] | None:
        found = await asyncio.to_thread(self.models.find_by_cached_sha256, sha256)
        return (found.folder, found.relative_name) if found else None

    async def names(self, folder: str) -> list[str]:
        """The folder-relative names of the model files in `folder`."""
        return [file.relative_name for file in await asyncio.to_thread(self.models.files, folder)]
