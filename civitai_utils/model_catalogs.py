"""The model catalogs ComfyUI already has on disk: its templates packages and ComfyUI-Manager's model list.

Every installed `comfyui-workflow-templates*` distribution ships workflows whose `properties.models` name the
official models (file name, link, folder, sometimes a hash); ComfyUI-Manager ships `model-list.json`. Both are
read from this Python environment, never from the network. The index is built once on a worker thread and
built again only when the installed packages or the Manager file change (names, versions, mtime).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..pipeline.shapes.catalog_entries import CatalogEntry
from ..pipeline.shapes.model_names import LEGACY_NAMES

log = logging.getLogger("civitai_sidebar")
TEMPLATES_PREFIX = "comfyui-workflow-templates"
MANAGER_DIRS = ("ComfyUI-Manager", "comfyui-manager")
MAX_TEMPLATE_BYTES = 8 * 1024 * 1024
RECHECK_SECONDS = 30.0  # how long the installed packages are trusted unchanged (listing them costs ~0.1 s)
# ComfyUI-Manager's `type` -> the models folder its "default" save_path means.
MANAGER_TYPE_FOLDERS = {
    "checkpoint": "checkpoints",
    "checkpoints": "checkpoints",
    "unclip": "checkpoints",
    "lora": "loras",
    "vae": "vae",
    "upscale": "upscale_models",
    "embeddings": "embeddings",
    "embedding": "embeddings",
    "controlnet": "controlnet",
    "t2i-adapter": "controlnet",
    "t2i-style": "controlnet",
    "clip": "text_encoders",
    "text_encoders": "text_encoders",
    "clip_vision": "clip_vision",
    "unet": "diffusion_models",
    "diffusion_model": "diffusion_models",
    "gligen": "gligen",
    "vae_approx": "vae_approx",
}


def _folder(name: str) -> str:
    name = name.strip().strip("/")
    return LEGACY_NAMES.get(name, name)


def _distributions() -> list[importlib.metadata.Distribution]:
    found = {}
    for dist in importlib.metadata.distributions():
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if name.startswith(TEMPLATES_PREFIX) and name not in found:
            found[name] = dist
    return [found[name] for name in sorted(found)]


def _model_lists(entries: object) -> Iterator[dict]:
    """Every `models` list of entries with a name and a link, anywhere in a template (subgraphs included)."""
    stack = [entries]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "models" and isinstance(value, list):
                    yield from (m for m in value if isinstance(m, dict) and m.get("name") and m.get("url"))
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(value for value in item if isinstance(value, dict | list))


def _template_entries(dist: importlib.metadata.Distribution, label: str) -> Iterator[CatalogEntry]:
    for file in dist.files or []:
        if file.suffix != ".json" or "templates" not in file.parts:
            continue
        path = Path(str(dist.locate_file(file)))
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                continue
            workflow = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for model in _model_lists(workflow):
            directory = model.get("directory")
            if not isinstance(directory, str) or not isinstance(model["url"], str):
                continue
            sha = model.get("hash") if str(model.get("hash_type", "sha256")).lower() == "sha256" else None
            yield CatalogEntry(
                name=str(model["name"]),
                url=model["url"],
                folder=_folder(directory),
                provenance=f"{label} ({file.name})",
                sha256=sha.lower() if isinstance(sha, str) and len(sha) == 64 else None,
            )


def _templates_label(dists: list[importlib.metadata.Distribution]) -> str:
    versions = {(d.metadata["Name"] or "").lower().replace("_", "-"): d.version for d in dists}
    main = versions.get(TEMPLATES_PREFIX)
    return f"ComfyUI's templates {main}" if main else "ComfyUI's templates"


def manager_entries(path: Path) -> Iterator[CatalogEntry]:
    """ComfyUI-Manager's model-list.json: {"models": [{filename, url, type, save_path, ...}]}."""
    try:
        models = json.loads(path.read_text(encoding="utf-8")).get("models", [])
    except (OSError, ValueError, AttributeError):
        return
    for model in models if isinstance(models, list) else []:
        if not isinstance(model, dict) or not isinstance(model.get("filename"), str):
            continue
        if not isinstance(model.get("url"), str):
            continue
        save_path = str(model.get("save_path") or "default").replace("\\", "/").strip("/")
        if save_path == "default":
            folder, subfolder = MANAGER_TYPE_FOLDERS.get(str(model.get("type", "")).lower()), ""
        else:
            first, _, subfolder = save_path.partition("/")
            folder = _folder(first)
        if not folder:
            continue
        name = f"{subfolder}/{model['filename']}" if subfolder else model["filename"]
        yield CatalogEntry(
            name=name, url=model["url"], folder=folder, provenance=f"ComfyUI-Manager's model list ({model.get('name')})"
        )


def manager_files(custom_nodes_dirs: Iterable[str]) -> list[Path]:
    """Manager's model-list.json: in a custom_nodes folder, or in the pip-installed `comfyui-manager`."""
    found = []
    for root in custom_nodes_dirs:
        for name in MANAGER_DIRS:
            path = Path(root) / name / "model-list.json"
            if path.is_file():
                found.append(path)
    try:
        installed = importlib.metadata.distribution("comfyui-manager").files or []
    except importlib.metadata.PackageNotFoundError:
        installed = []
    for file in installed:
        if file.name == "model-list.json":
            path = Path(str(file.locate()))
            if path.is_file():
                found.append(path)
    return found


class ModelCatalogs:
    """The entries of every catalog on this machine by file name; rebuilt when what is installed changes."""

    def __init__(
        self, custom_nodes_dirs: Callable[[], Iterable[str]] = lambda: (), recheck_seconds: float = RECHECK_SECONDS
    ):
        self.custom_nodes_dirs = custom_nodes_dirs
        self.recheck_seconds = recheck_seconds
        self._lock = threading.Lock()
        self._fingerprint: tuple | None = None
        self._by_name: dict[str, list[CatalogEntry]] = {}
        self._checked_at = float("-inf")

    def _current(self) -> tuple[list, list[Path], tuple]:
        dists = _distributions()
        managers = manager_files(self.custom_nodes_dirs())
        stamps = []
        for path in managers:
            try:
                stamps.append((str(path), path.stat().st_mtime_ns))
            except OSError:
                continue
        fingerprint = (tuple((d.metadata["Name"], d.version) for d in dists), tuple(stamps))
        return dists, managers, fingerprint

    def lookup(self, filename: str) -> list[CatalogEntry]:
        """Entries whose file name is exactly `filename` (blocking: call on a worker thread)."""
        with self._lock:
            if time.monotonic() - self._checked_at >= self.recheck_seconds:
                dists, managers, fingerprint = self._current()
                if fingerprint != self._fingerprint:
                    self._by_name = self._index(dists, managers)
                    self._fingerprint = fingerprint
                self._checked_at = time.monotonic()
            return list(self._by_name.get(filename, []))

    @staticmethod
    def _index(dists: list, managers: list[Path]) -> dict[str, list[CatalogEntry]]:
        by_name: dict[str, list[CatalogEntry]] = {}
        seen: set[tuple[str, str, str]] = set()
        label = _templates_label(dists)
        entries = [entry for dist in dists for entry in _template_entries(dist, label)]
        entries += [entry for path in managers for entry in manager_entries(path)]
        for entry in entries:
            key = (entry.folder, entry.name, entry.url)
            if key not in seen:
                seen.add(key)
                by_name.setdefault(entry.filename, []).append(entry)
        log.info("[Civitai Sidebar] model catalogs: %d files from %d package(s)", len(by_name), len(dists))
        return by_name

    async def entries(self, filename: str) -> list[CatalogEntry]:
        return await asyncio.to_thread(self.lookup, filename)
