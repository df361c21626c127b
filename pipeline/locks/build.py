"""A `models.lock.json` built from what a scan found: files on disk (by their SHA-256) and sources for the rest.

A file on disk is locked by its SHA-256 and size, with the sources that serve exactly it: the workflow's own link
(checked against the file) and Civitai's version found by that hash; a file nobody is known to serve is still
locked, with `sources: []`. A missing model is locked only when a sure source gives its SHA-256 and size; every
source is pinned (a Hugging Face revision becomes its commit, a Civitai link its version and file). A guess by name
(`needs_confirmation`) is never locked: it is listed as unpinned with why, like every model that cannot be pinned.

Pure: the file hashes come in with the findings, and the lookups go through the clients passed in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from pydantic import ValidationError

from ..shapes.civitai_types import CivitaiError, ModelFile, ModelVersion
from ..shapes.hf_urls import HfError, HfFileInfo, parse_hf_url
from ..shapes.image_generation import ResolvedResource
from ..shapes.json_body import describe_invalid
from ..shapes.lock_file import (
    CivitaiSource,
    HuggingFaceSource,
    LockedModel,
    LockFile,
    Source,
    UnpinnedModel,
    UrlSource,
)
from ..shapes.url_parts import shareable_url
from ..shapes.workflow_models import MissingModel
from ..sources.civitai_links import parse_civitai_url

PARALLEL_LOOKUPS = 8


class CivitaiVersions(Protocol):
    base_url: str

    async def model_version(self, version_id: int) -> ModelVersion: ...

    async def model_version_by_hash(self, file_hash: str) -> ModelVersion | None: ...


class HuggingFaceFiles(Protocol):
    base_url: str

    async def file_info(
        self, repo_id: str, path: str, revision: str = "main", *, repo_type: str = "model"
    ) -> HfFileInfo: ...


@dataclass(frozen=True)
class OnDisk:
    """A model file this machine has, hashed (through the hash cache)."""

    folder: str
    name: str  # folder-relative, as ComfyUI lists it
    sha256: str
    size: int
    link: str | None = None  # the workflow's own download link for it (properties.models), if any


@dataclass(frozen=True)
class ToFind:
    """A model this machine lacks, with what the resolution chain found for it (None: nothing asked)."""

    folder: str
    name: str
    resource: ResolvedResource | None = None
    reason: str | None = None  # why it cannot be locked, when already known


@dataclass
class LockBuild:
    lock: LockFile
    without_source: list[str] = field(default_factory=list)  # "folder/name" locked with `sources: []`
    notes: list[str] = field(default_factory=list)  # lookups that failed, names that cannot be locked
    unnamed: list[str] = field(default_factory=list)  # models with no file name a lock can hold (also in notes)

    @property
    def complete(self) -> bool:
        """Every model the workflows need is pinned."""
        return not self.lock.unpinned and not self.unnamed

    def summary(self) -> dict:
        return {
            "pinned": len(self.lock.models),
            "unpinned": len(self.lock.unpinned),
            "without_source": len(self.without_source),
        }

    def answer(self) -> dict:
        """What the doors answer: the lock, its counts, and the notes."""
        lock = LockFile.parse(self.lock.dumps())  # sorted as the file is written
        return {"lock": lock.model_dump(by_alias=True, exclude_none=True), "summary": self.summary(),
                "notes": self.notes}  # fmt: skip


@dataclass
class _Facts:
    """What the sources say about one file."""

    sources: list[Source] = field(default_factory=list)
    sha256: str | None = None
    size: int | None = None
    notes: list[str] = field(default_factory=list)

    def learn(self, sha256: str | None, size: int | None) -> None:
        self.sha256 = self.sha256 or (sha256.lower() if sha256 else None)
        self.size = self.size if self.size is not None else size


def _file_of(version: ModelVersion, sha256: str | None, names: tuple[str | None, ...]) -> ModelFile | None:
    """The version's file with this SHA-256, else with one of these names, else its only file."""
    for file in version.files:
        if sha256 and (file.hashes.sha256 or "").lower() == sha256:
            return file
    for file in version.files:
        if file.name in names:
            return file
    return version.files[0] if len(version.files) == 1 else None


def _civitai_source(version: ModelVersion, file: ModelFile | None) -> CivitaiSource:
    return CivitaiSource(model_version_id=version.id, file_id=file.id if file else None, model_id=version.model_id)


async def _pin_link(url: str, facts: _Facts, names: tuple, civitai: CivitaiVersions, hf: HuggingFaceFiles) -> None:
    """The link as a pinned source (HF commit, Civitai version/file, else the URL), learning SHA-256 and size."""
    shareable = shareable_url(url)  # what is written or said of the link: never a token it carried
    shown = shareable or "a link that is no usable web address"
    location = parse_hf_url(url, hf.base_url)
    if location is not None and location.path and location.repo_type == "model":
        try:
            info = await hf.file_info(location.repo_id, location.path, location.revision)
        except HfError as failed:
            facts.notes.append(f"{shown}: {failed}")
            if shareable:
                facts.sources.append(UrlSource(url=shareable))
            return
        if facts.sha256 and info.sha256 and info.sha256 != facts.sha256:
            facts.notes.append(f"{shown} serves another file (SHA-256 {info.sha256[:12]}…): not a source of it")
            return
        facts.learn(info.sha256, info.size)
        facts.sources.append(HuggingFaceSource(repo=info.repo_id, revision=info.commit, path=info.path))
        return
    link = parse_civitai_url(url, civitai.base_url)
    if link is not None:
        await _pin_civitai(link.version_id, link.file_id, facts, names, civitai, shown)
        return
    if shareable and shareable.startswith(("http://", "https://")):
        facts.sources.append(UrlSource(url=shareable))


async def _pin_civitai(
    version_id: int, file_id: int | None, facts: _Facts, names: tuple, civitai: CivitaiVersions, shown: str
) -> None:
    """A Civitai version (and the file in it that is this file) as a source, learning SHA-256 and size."""
    try:
        version = await civitai.model_version(version_id)
    except CivitaiError as failed:
        facts.notes.append(f"{shown}: {failed}")
        return
    file = next((f for f in version.files if f.id == file_id), None) or _file_of(version, facts.sha256, names)
    if file is not None and facts.sha256 and (file.hashes.sha256 or "").lower() not in ("", facts.sha256):
        facts.notes.append(f"{shown} serves another file ({file.name}): not a source of it")
        return
    if file is not None:
        facts.learn(file.hashes.sha256, file.size_bytes)
    facts.sources.append(_civitai_source(version, file))


async def _on_civitai_by_hash(sha256: str, facts: _Facts, civitai: CivitaiVersions) -> None:
    if any(isinstance(source, CivitaiSource) for source in facts.sources):
        return
    try:
        version = await civitai.model_version_by_hash(sha256)
    except CivitaiError as failed:
        facts.notes.append(f"Civitai by hash {sha256[:12]}…: {failed}")
        return
    if version is not None:
        facts.sources.append(_civitai_source(version, _file_of(version, sha256, ())))


def _place(folder: str, name: str) -> str:
    return f"{folder}/{name}"


async def _lock_present(item: OnDisk, civitai: CivitaiVersions, hf: HuggingFaceFiles) -> tuple[LockedModel, _Facts]:
    facts = _Facts(sha256=item.sha256, size=item.size)
    if item.link:
        await _pin_link(item.link, facts, (item.name.rsplit("/", 1)[-1],), civitai, hf)
    await _on_civitai_by_hash(item.sha256, facts, civitai)
    model = LockedModel(folder=item.folder, name=item.name, sha256=item.sha256, size=item.size, sources=facts.sources)
    return model, facts


async def _lock_missing(
    item: ToFind, civitai: CivitaiVersions, hf: HuggingFaceFiles
) -> tuple[LockedModel | UnpinnedModel, _Facts]:
    facts, resource = _Facts(), item.resource

    def unpinned(reason: str) -> tuple[UnpinnedModel, _Facts]:
        return UnpinnedModel(folder=item.folder, name=item.name, reason=reason), facts

    if item.reason:
        return unpinned(item.reason)
    if resource is None or not resource.resolved:
        return unpinned((resource.reason if resource else None) or "no source was found for it")
    if resource.needs_confirmation:
        guess = resource.url or resource.local_path or "a file"
        return unpinned(f"only a guess by name ({guess}): confirm it in the sidebar or pin a link, then lock again")
    facts.learn(resource.sha256, resource.size)
    names = (resource.source_filename, resource.filename, item.name.rsplit("/", 1)[-1])
    if resource.model_version_id and not (resource.url and parse_civitai_url(resource.url, civitai.base_url)):
        shown = f"Civitai model version {resource.model_version_id}"
        await _pin_civitai(resource.model_version_id, None, facts, names, civitai, shown)
    if resource.url:
        await _pin_link(resource.url, facts, names, civitai, hf)
    if not facts.sha256:
        return unpinned("no source gives its SHA-256: download it, then lock again")
    if facts.size is None:
        return unpinned("no source gives its size: download it, then lock again")
    if not facts.sources:
        return unpinned("no source serves this file")
    return LockedModel(folder=item.folder, name=item.name, sha256=facts.sha256, size=facts.size,
                       sources=facts.sources), facts  # fmt: skip


async def build_lock(
    on_disk: list[OnDisk], to_find: list[ToFind], civitai: CivitaiVersions, hf: HuggingFaceFiles
) -> LockBuild:
    """The lock for these findings; every model ends up locked or unpinned (or in notes when its name is unsafe)."""
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)
    seen: set[tuple[str, str]] = set()
    build = LockBuild(LockFile())
    models: list[LockedModel] = []
    unpinned: list[UnpinnedModel] = []

    async def one(item: OnDisk | ToFind):
        async with limit:
            try:
                if isinstance(item, OnDisk):
                    return await _lock_present(item, civitai, hf)
                return await _lock_missing(item, civitai, hf)
            except ValidationError as invalid:
                why = describe_invalid(invalid).removeprefix("invalid request: ")
                return _place(item.folder, item.name), _Facts(notes=[f"{_place(item.folder, item.name)} cannot be "
                                                                     f"locked: {why}"])  # fmt: skip

    items = []
    for item in [*on_disk, *to_find]:  # a file on disk wins over the same place to find
        key = (item.folder, item.name.lower())
        if key not in seen:
            seen.add(key)
            items.append(item)
    for model, facts in await asyncio.gather(*(one(item) for item in items)):
        build.notes += facts.notes
        if isinstance(model, LockedModel):
            models.append(model)
            if not model.sources:
                build.without_source.append(_place(model.folder, model.name))
        elif isinstance(model, UnpinnedModel):
            unpinned.append(model)
        else:
            build.unnamed.append(model)
    build.lock = LockFile(models=models, unpinned=unpinned)
    return build


def lock_plan(verdicts: list[MissingModel], hashes: dict[tuple[str, str], tuple[str, int]]) -> tuple[list, list]:
    """Scan verdicts as OnDisk/ToFind: `hashes` maps (folder, local_path) of present files to (SHA-256, size)."""
    on_disk: list[OnDisk] = []
    to_find: list[ToFind] = []
    for verdict in verdicts:
        reference = verdict.reference
        if reference.folder is None:
            continue  # no loader rule knows the node: no folder to lock it in (the scan says so)
        name = reference.name.replace("\\", "/")
        if verdict.status == "present" and verdict.local_path:
            found = hashes.get((reference.folder, verdict.local_path))
            if found is not None:
                on_disk.append(OnDisk(reference.folder, verdict.local_path, *found, link=reference.url))
            else:
                why = "listed by the ComfyUI, but not on this disk to hash"
                to_find.append(ToFind(reference.folder, verdict.local_path, reason=why))
        elif verdict.status == "elsewhere":
            to_find.append(ToFind(reference.folder, name, reason=verdict.message or "in another folder"))
        else:
            to_find.append(ToFind(reference.folder, name, verdict.resource))
    return on_disk, to_find


def image_plan(resources: list[ResolvedResource], hashes: dict[tuple[str, str], tuple[str, int]]) -> tuple[list, list]:
    """A Civitai image's resources as OnDisk/ToFind (those already on disk are hashed by the caller)."""
    on_disk: list[OnDisk] = []
    to_find: list[ToFind] = []
    for resource in resources:
        if resource.already_downloaded and resource.local_path:
            found = hashes.get((resource.folder, resource.local_path))
            if found is not None:
                on_disk.append(OnDisk(resource.folder, resource.local_path, *found, link=resource.url))
                continue
        name = "/".join(part for part in (resource.subfolder.strip("/"), resource.filename or resource.name) if part)
        to_find.append(ToFind(resource.folder, name, resource))
    return on_disk, to_find


def present_places(verdicts: list[MissingModel]) -> list[tuple[str, str]]:
    """The (folder, local_path) of every file the scan found, for the caller to hash."""
    return [(v.reference.folder, v.local_path) for v in verdicts if v.status == "present" and v.reference.folder
            and v.local_path]  # fmt: skip


HashFiles = Callable[[list[tuple[str, str]]], Awaitable[dict[tuple[str, str], tuple[str, int]]]]


async def lock_findings(
    verdicts: list[MissingModel],
    resources: list[ResolvedResource],
    hash_files: HashFiles,
    civitai: CivitaiVersions,
    hf: HuggingFaceFiles,
) -> LockBuild:
    """The lock of a scan's verdicts (sources filled in) and a Civitai image's resources: the files found are hashed
    by `hash_files` ((folder, name) -> (SHA-256, size), through the hash cache), the rest pinned from their sources."""
    places = present_places(verdicts) + [(r.folder, r.local_path) for r in resources if r.local_path]
    hashes = await hash_files(places)
    on_disk, to_find = lock_plan(verdicts, hashes)
    image_on_disk, image_to_find = image_plan(resources, hashes)
    return await build_lock(on_disk + image_on_disk, to_find + image_to_find, civitai, hf)
