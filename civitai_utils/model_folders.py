"""Where a downloaded model may be written, and nowhere else.

ComfyUI has no login, so a download request is untrusted input. A target is accepted only when it
names a registered *model* folder (from `folder_paths`, which includes `extra_model_paths.yaml`),
a plain file name with that folder's model extension, and an optional plain subfolder, and when
the real path it resolves to (after every symlink) still lies inside that folder's root.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Folders ComfyUI registers that hold code or configuration, never downloaded weights.
from ..pipeline.shapes.model_names import (
    LEGACY_NAMES,
    MODEL_EXTENSIONS,
    UnsafeTarget,
    check_plain_name,
    check_subfolder,
)

NEVER_TARGETS = frozenset({"custom_nodes", "configs"})


@dataclass(frozen=True)
class ModelFolder:
    name: str
    roots: tuple[Path, ...]
    extensions: frozenset[str]

    @property
    def download_root(self) -> Path:
        """New files go to the root named like the folder (models/diffusion_models, not legacy models/unet)."""
        for root in self.roots:
            if root.name == self.name:
                return root
        return self.roots[0]


@dataclass(frozen=True)
class DownloadTarget:
    folder: str
    subfolder: str
    filename: str
    path: Path  # the final file, inside the folder's root

    @property
    def relative_name(self) -> str:
        """The name ComfyUI's loaders list: subfolder/filename with forward slashes."""
        return f"{self.subfolder}/{self.filename}" if self.subfolder else self.filename


def _is_inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


class ModelFolders:
    """The model folders of one ComfyUI, read from its live `folder_paths` table on every call
    (custom node packs register folders of their own while ComfyUI starts)."""

    def __init__(self, table: Mapping[str, tuple[Sequence[str], object]], code_dirs: Sequence[str] = ()):
        self._table = table
        self._code_dirs = tuple(code_dirs)

    def _folder(self, name: str) -> ModelFolder | None:
        name = LEGACY_NAMES.get(name, name)
        entry = self._table.get(name)
        if entry is None or name in NEVER_TARGETS:
            return None
        roots, extensions = entry
        extensions = frozenset(e.lower() for e in (extensions or ()) if isinstance(e, str) and e.startswith("."))
        folder = ModelFolder(name, tuple(Path(root) for root in roots), extensions)
        if not folder.roots or not folder.extensions & MODEL_EXTENSIONS:
            return None
        code_dirs = [Path(os.path.realpath(d)) for d in self._code_dirs]
        if any(_is_inside(Path(os.path.realpath(root)), code) for root in folder.roots for code in code_dirs):
            return None
        return folder

    def names(self) -> list[str]:
        return sorted(name for name in self._table if self._folder(name) is not None)

    def get(self, name: str) -> ModelFolder | None:
        return self._folder(name) if isinstance(name, str) else None

    def resolve(self, folder_name: str, filename: str, subfolder: str | None = None) -> DownloadTarget:
        """The final path for a download, or UnsafeTarget saying why not."""
        if not isinstance(folder_name, str) or not folder_name:
            raise UnsafeTarget("no model folder given")
        folder = self.get(folder_name)
        if folder is None:
            known = ", ".join(self.names())
            raise UnsafeTarget(f"{folder_name!r} is not a model folder of this ComfyUI (model folders: {known})")
        filename = check_plain_name(filename, "file name")
        extension = os.path.splitext(filename)[1].lower()
        allowed = folder.extensions & MODEL_EXTENSIONS
        if extension not in allowed:
            raise UnsafeTarget(
                f"{filename!r} does not end in a model extension {folder.name}/ accepts ({', '.join(sorted(allowed))})"
            )
        subfolder = check_subfolder(subfolder)
        root = Path(os.path.realpath(folder.download_root))
        path = Path(os.path.realpath(root.joinpath(*subfolder.split("/"), filename) if subfolder else root / filename))
        shown = f"{folder.name}/{subfolder}/{filename}" if subfolder else f"{folder.name}/{filename}"
        if not _is_inside(path.parent, root):
            raise UnsafeTarget(f"{shown} leads outside {folder.name}/ through a symlink")
        if path.name != filename:
            raise UnsafeTarget(f"{filename!r} is a symlink inside {folder.name}/")
        return DownloadTarget(folder.name, subfolder, filename, path)
