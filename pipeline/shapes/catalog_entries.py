"""The shape of a model a catalog on this machine lists (ComfyUI's templates, ComfyUI-Manager's model list).

Catalog readers live in civitai_utils (they read installed packages); the resolution chain only needs these
entries, looked up by the loader's folder and file name, through `CatalogLookup`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class CatalogEntry:
    name: str  # the file name, as the loader lists it (may carry a subfolder)
    url: str
    folder: str  # the ComfyUI models folder it belongs in
    provenance: str  # in words: "ComfyUI's templates 0.7.25 (image_flux2.json)"
    sha256: str | None = None

    @property
    def filename(self) -> str:
        return self.name.replace("\\", "/").rsplit("/", 1)[-1]


class CatalogLookup(Protocol):
    async def entries(self, filename: str) -> list[CatalogEntry]:
        """Every catalog entry whose file name is exactly `filename`, in any folder."""
        ...
