"""Where to download a model file a workflow needs and this machine lacks: the resolution chain.

Best evidence first, each answer saying why (`evidence`) and how sure (`confidence`):

0. the very file already on this machine under another name (resolve_local.py: the workflow's SHA-256 in the
   hash cache; after any source's answer, the same SHA-256 among same-size files; a precision variant offered).
a. the workflow's own link (`properties.models[].url`): a Hugging Face file link is asked for its size and
   SHA-256; a Civitai download link (or model page / AIR) names a version and, by its query, one file.
   Links to other hosts are not followed.
b. the workflow's hash (`properties.models[].hash`): Civitai's by-hash lookup.
c. the file name on Hugging Face: the Hub's search, an exact file name in a repository's tree (`hf_search`).
d. the file name: Civitai's search, restricted to the type the loader's folder implies. Only an exact file
   name is certain; any other name match is offered for the user to confirm (`needs_confirmation`).
e. a Hugging Face repository page the workflow links: a file of exactly that name in it.
Between b and c: the catalogs ComfyUI already has on disk (resolve_catalog.py), their link resolved as above.

Whatever the source calls the file, it is saved where the workflow's loader looks: the reference's folder,
its subfolder, and the very name the workflow writes (`source_filename` keeps the source's own name). A name
written without a model extension (`EasyNegative`, `4x-UltraSharp`) takes the source file's. A source whose
SHA-256 differs from the hash the workflow records is never taken on its own. Nothing found: unresolved, the
reason listing what was tried. The Civitai and Hugging Face clients are handed in as protocols, so this module
does no I/O of its own.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Protocol

from ..images.resolve_resources import CivitaiLookup, from_name_match, from_version
from ..shapes.catalog_entries import CatalogLookup
from ..shapes.civitai_types import CivitaiError, ModelFile, ModelVersion
from ..shapes.hf_urls import HfError, HfFileInfo, HfLocation, page_url, parse_hf_url, resolve_url
from ..shapes.image_generation import FOLDER_OF_KIND, ResolvedResource, ResourceRef
from ..shapes.model_names import LEGACY_NAMES, UnsafeTarget, check_plain_name, check_subfolder
from ..shapes.sites import CIVITAI_SITES
from ..shapes.url_parts import split_or_none
from ..shapes.workflow_models import ModelReference
from .catalog_step import from_catalogs
from .civitai_links import CivitaiLink, file_download_url, parse_civitai_url, pick_file
from .download_blocks import civitai_block
from .hf_name_step import hf_by_name
from .hf_search import HfSearchLookup
from .local_step import LocalFinder, cached_copy, copy_of_source, variant_offer
from .name_match import CIVITAI_TYPES_OF_KIND, NameMatch, model_extension, normalize, rank, search_queries

# The ComfyUI models/ folder a loader reads -> the kind of model it holds (legacy folder names included).
KIND_OF_FOLDER: dict[str, str] = {
    "checkpoints": "checkpoint",
    "diffusion_models": "diffusion_model",
    "unet": "diffusion_model",
    "loras": "lora",
    "embeddings": "embedding",
    "vae": "vae",
    "upscale_models": "upscaler",
    "controlnet": "controlnet",
    "t2i_adapter": "controlnet",
    "hypernetworks": "hypernetwork",
    "text_encoders": "text_encoder",
    "clip": "text_encoder",
    "clip_vision": "clip_vision",
    "animatediff_models": "motion_module",
}
LINK_CONFIDENCE = 1.0  # the workflow's own link, answered by the host
HASH_CONFIDENCE = 1.0  # a full SHA-256 (or BLAKE3) Civitai knows
SHORT_HASH_CONFIDENCE = 0.95  # AutoV2/AutoV3/CRC32 prefixes: could in principle belong to another file
REPO_FILE_CONFIDENCE = 0.95  # a file of exactly this name in the repository the workflow links
CONFLICT_CONFIDENCE = 0.5  # a source whose SHA-256 differs from the workflow's hash
MIN_SEARCH_CHARS = 3  # "x.safetensors" matches half of Civitai by partial ratio: not worth a search
CIVITAI_HASH_KINDS = {"sha256": 64, "blake3": 64, "autov1": 8, "autov2": 10, "autov3": 12, "crc32": 8}
HASH_LABELS = {
    "sha256": "SHA256",
    "blake3": "BLAKE3",
    "autov1": "AutoV1",
    "autov2": "AutoV2",
    "autov3": "AutoV3",
    "crc32": "CRC32",
}
PARALLEL_LOOKUPS = 6
_HEX = re.compile(r"[0-9a-fA-F]+")


class HuggingFaceLookup(HfSearchLookup, Protocol):
    base_url: str

    async def file_info(
        self, repo_id: str, path: str, revision: str = "main", *, repo_type: str = "model"
    ) -> HfFileInfo: ...


def kind_of_folder(folder: str | None) -> str:
    return KIND_OF_FOLDER.get(folder or "", "other")


def _same_folder(a: str, b: str) -> bool:
    return LEGACY_NAMES.get(a, a) == LEGACY_NAMES.get(b, b)


@dataclass(frozen=True)
class Target:
    """Where the workflow's loader looks: folder, subfolder (forward slashes) and file name."""

    folder: str | None
    subfolder: str
    filename: str

    @classmethod
    def of(cls, ref: ModelReference) -> Target:
        """UnsafeTarget when the name the workflow writes cannot be a file inside a models folder."""
        written = ref.name.replace("\\", "/").strip()
        subfolder, _, filename = written.rpartition("/")
        return cls(ref.folder, check_subfolder(subfolder), check_plain_name(filename, "file name"))

    @property
    def shown(self) -> str:
        inside = f"{self.subfolder}/{self.filename}" if self.subfolder else self.filename
        return f"{self.folder}/{inside}" if self.folder else inside


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _workflow_sha256(ref: ModelReference) -> str | None:
    """The SHA-256 the workflow records for the file, when its hash is one."""
    value = (ref.hash or "").strip().lower().removeprefix("0x")
    kind = (ref.hash_type or "sha256").replace("-", "").replace("_", "").lower()
    return value if kind == "sha256" and len(value) == 64 and _HEX.fullmatch(value) else None


def _civitai_hash(ref: ModelReference) -> tuple[str, str] | str:
    """(hash, kind) to ask Civitai's by-hash for, or a sentence saying why the hash cannot be asked."""
    value = (ref.hash or "").strip().removeprefix("0x").removeprefix("0X")
    named = (ref.hash_type or "").replace("-", "").replace("_", "").lower()
    if not _HEX.fullmatch(value):
        return f"The workflow's hash {ref.hash!r} is not hexadecimal, so Civitai was not asked for it."
    if named and named not in CIVITAI_HASH_KINDS:
        return f"The workflow's hash is {ref.hash_type}, a kind Civitai does not index, so Civitai was not asked."
    if named and len(value) != CIVITAI_HASH_KINDS[named] and not (named == "sha256" and len(value) in (10, 12)):
        return f"The workflow's {ref.hash_type} hash has {len(value)} digits, not {CIVITAI_HASH_KINDS[named]}."
    if not named:
        named = {64: "sha256", 12: "autov3", 10: "autov2", 8: "autov1"}.get(len(value), "")
        if not named:
            return f"The workflow's hash {value} has {len(value)} digits, which no Civitai hash kind has."
    return value.upper(), named


def _file_with_hash(version: ModelVersion, wanted: str) -> ModelFile | None:
    for file in version.files:
        hashes = file.hashes
        known = {h.upper() for h in (hashes.sha256, hashes.autov1, hashes.autov2, hashes.autov3, hashes.crc32) if h}
        if wanted in known or (hashes.sha256 and len(wanted) in (10, 12) and hashes.sha256.upper().startswith(wanted)):
            return file
    return None


class _Chain:
    def __init__(
        self,
        ref: ModelReference,
        target: Target,
        civitai: CivitaiLookup,
        hf: HuggingFaceLookup,
        catalog: CatalogLookup | None = None,
        local: LocalFinder | None = None,
    ):
        self.ref = ref
        self.catalog = catalog
        self.local = local
        self.target = target
        self.civitai = civitai
        self.hf = hf
        self.kind = kind_of_folder(target.folder)
        self.sha256 = _workflow_sha256(ref)
        self.tried: list[str] = []  # what was asked and why it was not the answer, in order
        self.fallbacks: list[ResolvedResource] = []  # answers not sure enough to stop at, best evidence first
        self.sources = [f"{ref.node_type} (node {ref.node_id})" + (f" in {ref.where}" if ref.where else "")]

    # -- shaping an answer -------------------------------------------------------------------------

    def _place(self, resource: ResolvedResource, source_name: str | None) -> ResolvedResource:
        """The answer, put exactly where the workflow's loader looks, under the name the workflow writes.

        A source whose SHA-256 differs from the workflow's hash is a different file: it is only offered."""
        notes: list[str] = []
        filename = self._filename_for(source_name)
        update: dict = {
            "name": self.ref.name,
            "filename": filename,
            "subfolder": self.target.subfolder,
            "source_filename": source_name if source_name and source_name != filename else None,
        }
        conflict = bool(self.sha256 and resource.sha256 and resource.sha256.lower() != self.sha256)
        if conflict:
            notes.append(
                f"But its SHA-256 {str(resource.sha256)[:12].upper()}… differs from the hash the workflow records "
                f"({str(self.sha256)[:12].upper()}…): it is a different file."
            )
            update["needs_confirmation"] = True
            update["confidence"] = min(resource.confidence or 1.0, CONFLICT_CONFIDENCE)
        folder = self.target.folder
        # The kind the loader's folder implies (what the file is used as), else what the source says it is.
        kind = self.kind if self.kind != "other" else resource.kind if resource.kind in FOLDER_OF_KIND else "other"
        if folder is None:
            folder = FOLDER_OF_KIND.get(kind)
            if folder is None:
                reason = (
                    f"No rule says which models folder {self.ref.node_type} reads, "
                    "and the source does not say what kind of model this is."
                )
                return resource.model_copy(
                    update={**update, "folder": resource.folder or "checkpoints", "resolved": False, "reason": reason}
                )
            notes.append(
                f"The workflow does not say which folder {self.ref.node_type} reads; {kind} files go in {folder}/."
            )
        elif resource.civitai_type and resource.kind in FOLDER_OF_KIND:
            if not _same_folder(FOLDER_OF_KIND[resource.kind], folder):
                notes.append(
                    f"Civitai lists it as a {resource.civitai_type}; saved in {folder}/ where the loader reads."
                )
        if filename != self.target.filename:
            notes.append(
                f"The workflow names it {self.target.filename}, without a file extension, "
                f"so it is saved as {filename}, with the source file's extension."
            )
        if source_name and source_name != filename:
            notes.append(f"Saved as {filename}, the name the workflow loads; the source calls it {source_name}.")
        if self.tried:
            notes.append("Before that: " + " ".join(self.tried))
        if conflict:
            self.tried.append(
                f"{_sentence(resource.evidence or 'A source')} But its SHA-256 differs from the workflow's hash."
            )
        evidence = " ".join([resource.evidence or "", *notes]).strip()
        return resource.model_copy(update={**update, "folder": folder, "kind": kind, "evidence": evidence or None})

    def _filename_for(self, source_name: str | None) -> str:
        """The name the workflow loads; one written without a model extension takes the source file's."""
        written = self.target.filename
        source_extension = model_extension(source_name)
        if model_extension(written) or not source_extension:
            return written
        return f"{written}.{source_extension}"

    def _offer(self, resource: ResolvedResource | None) -> ResolvedResource | None:
        """The answer when it is sure; otherwise kept as a fallback, and None to go on looking."""
        if resource is None:
            return None
        if resource.resolved and not resource.needs_confirmation:
            return resource
        self.fallbacks.append(resource)
        return None

    def _unresolved(self, reason: str, **extra) -> ResolvedResource:
        return ResolvedResource(
            kind=self.kind,
            name=self.ref.name,
            folder=self.target.folder or FOLDER_OF_KIND.get(self.kind, "checkpoints"),
            filename=self.target.filename,
            subfolder=self.target.subfolder,
            resolved=False,
            reason=reason,
            sources=self.sources,
            **extra,
        )

    # -- Hugging Face --------------------------------------------------------------------------------

    def _from_hf(self, info: HfFileInfo, evidence: str, confidence: float) -> ResolvedResource:
        location = HfLocation(info.repo_id, info.repo_type, info.revision, info.path)
        resource = ResolvedResource(
            kind=self.kind,
            name=self.ref.name,
            folder=self.target.folder or "checkpoints",
            url=info.url,
            size=info.size,
            sha256=info.sha256,
            model_name=location.repo_path,
            version_name=info.revision if info.revision != "main" else None,
            page_url=page_url(self.hf.base_url, location),
            confidence=confidence,
            evidence=evidence,
            sources=self.sources,
        )
        return self._place(resource, info.filename)

    async def _hf_file(self, location: HfLocation) -> ResolvedResource | None:
        where = f"{location.repo_path}/{location.path}"
        try:
            info = await self.hf.file_info(
                location.repo_id, location.path or "", location.revision, repo_type=location.repo_type
            )
        except HfError as error:
            self.tried.append(f"The workflow's own link ({where} on Hugging Face) failed: {error}")
            if error.code == "GatedRepo":
                self.fallbacks.append(
                    self._unresolved(
                        str(error),
                        url=self._hf_url(location),
                        needs_key=error.needs_token,
                        blocked=str(error),
                        model_name=location.repo_path,
                        page_url=page_url(self.hf.base_url, location),
                    )
                )
            return None
        revision = f" (revision {info.revision}, commit {info.commit[:12]})" if info.revision != "main" else ""
        evidence = f"The workflow's own link: {where} on Hugging Face{revision}."
        return self._from_hf(info, evidence, LINK_CONFIDENCE)

    def _hf_url(self, location: HfLocation) -> str:
        return resolve_url(
            self.hf.base_url, location.repo_id, location.path or "", location.revision, location.repo_type
        )

    async def _hf_repo(self, location: HfLocation) -> ResolvedResource | None:
        """A file of exactly the workflow's name in the repository (or folder) the workflow links."""
        written = self.ref.name.replace("\\", "/").strip("/")
        candidates = [f"{location.folder}/{self.target.filename}" if location.folder else None, written]
        candidates.append(self.target.filename)
        for path in dict.fromkeys(c for c in candidates if c):
            try:
                info = await self.hf.file_info(location.repo_id, path, location.revision, repo_type=location.repo_type)
            except HfError as error:
                if error.code == "EntryNotFound" or (error.status == 404 and error.code != "RevisionNotFound"):
                    continue
                self.tried.append(f"The workflow links the Hugging Face repository {location.repo_path}: {error}")
                if error.code == "GatedRepo":
                    found = HfLocation(location.repo_id, location.repo_type, location.revision, path)
                    self.fallbacks.append(
                        self._unresolved(
                            str(error),
                            url=self._hf_url(found),
                            needs_key=error.needs_token,
                            blocked=str(error),
                            model_name=location.repo_path,
                        )
                    )
                return None
            evidence = (
                f"The workflow links the Hugging Face repository {location.repo_path}, "
                f"which has a file named exactly {path}."
            )
            return self._from_hf(info, evidence, REPO_FILE_CONFIDENCE)
        self.tried.append(
            f"The workflow links the Hugging Face repository {location.repo_path}, "
            f"which has no file named {self.target.filename}."
        )
        return None

    # -- Civitai -------------------------------------------------------------------------------------

    def _from_civitai(self, version: ModelVersion, file: ModelFile, evidence: str, confidence: float):
        ref = ResourceRef(kind=self.kind, name=self.ref.name, hash=file.hashes.sha256, sources=self.sources)
        url = file_download_url(self.civitai.base_url, version.id, file, version.download_url)
        resource = from_version(ref, version, self.civitai.base_url).model_copy(
            update={
                "filename": file.name,
                "url": url,
                "size": file.size_bytes,
                "sha256": file.hashes.sha256.lower() if file.hashes.sha256 else None,
                "resolved": bool(url),
                "reason": None if url else "Civitai gives no download link for this file.",
                "confidence": confidence,
                "evidence": evidence,
            }
        )
        return self._place(resource, file.name)

    async def _with_key_need(self, resource: ResolvedResource | None) -> ResolvedResource | None:
        if resource is None or not resource.resolved or not resource.model_version_id or resource.url is None:
            return resource
        try:
            needs_key = await self.civitai.download_needs_key(resource.model_version_id)
        except CivitaiError:
            return resource
        return resource.model_copy(update={"needs_key": needs_key})

    async def _civitai_link(self, link: CivitaiLink) -> ResolvedResource | None:
        try:
            version = await self.civitai.model_version(link.version_id)
        except CivitaiError as error:
            self.tried.append(f"The workflow's own link ({link.describe()}) failed: {_sentence(str(error))}")
            return None
        file = pick_file(version, link)
        if file is None and civitai_block(version):
            self.tried.append(f"The workflow's own link ({link.describe()}): {civitai_block(version)}")
            self.fallbacks.append(self._unresolved(str(civitai_block(version)), blocked=civitai_block(version)))
            return None
        if file is None:
            self.tried.append(f"The workflow's own link names {link.describe()}, which has no such file on Civitai.")
            return None
        shown = f"{version.model.name} {version.name}" if version.name else version.model.name or "a model"
        evidence = f"The workflow's own link: Civitai model version {version.id} ({shown}), file {file.name}."
        return self._from_civitai(version, file, evidence, LINK_CONFIDENCE)

    async def _civitai_hash(self) -> ResolvedResource | None:
        asked = _civitai_hash(self.ref)
        if isinstance(asked, str):
            self.tried.append(asked)
            return None
        value, kind = asked
        label = self.ref.hash_type or HASH_LABELS.get(kind, kind)
        try:
            version = await self.civitai.model_version_by_hash(value)
        except CivitaiError as error:
            self.tried.append(f"Civitai's lookup of the workflow's {label} hash failed: {_sentence(str(error))}")
            return None
        if version is None:
            self.tried.append(f"Civitai knows no file with the workflow's {label} hash {value}.")
            return None
        file = _file_with_hash(version, value)
        confidence = HASH_CONFIDENCE if len(value) == 64 else SHORT_HASH_CONFIDENCE
        shown = f"{version.model.name} {version.name}" if version.name else version.model.name or "a model"
        if file is None:
            file = version.primary_file()
            if file is None:
                self.tried.append(f"Civitai's version {version.id} has the workflow's {label} hash but lists no file.")
                return None
            confidence = min(confidence, 0.9)
            evidence = (
                f"Civitai's by-hash lookup names {shown} (version {version.id}) for the workflow's {label} hash; "
                f"none of its files lists that hash, so its primary file {file.name} was taken."
            )
        else:
            evidence = f"Civitai knows the workflow's {label} hash: {shown} (version {version.id}), file {file.name}."
        return self._from_civitai(version, file, evidence, confidence)

    async def _ask_civitai_search(self) -> None:
        """Civitai's answers to the name searches `_civitai_name` will make, into the client's cache."""
        if len(normalize(self.target.filename).replace(" ", "")) < MIN_SEARCH_CHARS:
            return
        for query in search_queries(self.target.filename):
            try:
                await self.civitai.search_models(query, CIVITAI_TYPES_OF_KIND.get(self.kind))
            except CivitaiError:
                return

    async def _civitai_name(self) -> ResolvedResource | None:
        if len(normalize(self.target.filename).replace(" ", "")) < MIN_SEARCH_CHARS:
            self.tried.append(f"The name {self.target.filename} is too short to search Civitai for.")
            return None
        wanted_ext = model_extension(self.target.filename)
        types = CIVITAI_TYPES_OF_KIND.get(self.kind)
        best: NameMatch | None = None
        queries = search_queries(self.target.filename)
        for query in queries:
            try:
                page = await self.civitai.search_models(query, types)
            except CivitaiError as error:
                self.tried.append(f"Civitai's search for {query!r} failed: {_sentence(str(error))}")
                continue
            matches = rank(self.target.filename, self.kind, page, limit=10)
            # Equal scores: a file in the format the workflow's name has (a .ckpt saved as .safetensors won't load),
            # and for a name without an extension a .safetensors file.
            preferred = wanted_ext or "safetensors"
            matches.sort(key=lambda m: (m.score, model_extension(m.file.name) == preferred), reverse=True)
            if matches and (best is None or matches[0].score > best.score):
                best = matches[0]
            if best is not None and best.confident:
                break
        what = self.kind.replace("_", " ") if self.kind != "other" else "model"
        if best is None:
            searched = " or ".join(repr(q) for q in queries)
            article = "an" if what[:1] in "aeiou" else "a"
            self.tried.append(f"Civitai's search for {article} {what} named {searched} found nothing close.")
            return None
        ref = ResourceRef(kind=self.kind, name=self.target.filename, sources=self.sources)
        resource = from_name_match(ref, best, self.civitai.base_url)
        found_ext = model_extension(best.file.name)
        if best.confident and wanted_ext and found_ext != wanted_ext:
            kind_of_file = f"a .{found_ext} file" if found_ext else "not a model file by its extension"
            resource = resource.model_copy(
                update={
                    "needs_confirmation": True,
                    "evidence": f"{resource.evidence} But it is {kind_of_file} and the workflow loads "
                    f"a .{wanted_ext} file.",
                }
            )
        placed = self._place(resource, best.file.name)
        if placed.needs_confirmation:
            self.tried.append(f"Civitai's search offers only a likely match: {best.evidence}.")
        return placed

    # -- the chain -----------------------------------------------------------------------------------

    async def run(self) -> ResolvedResource:
        link = (self.ref.url or "").strip() or None
        hf_location = parse_hf_url(link, self.hf.base_url) if link else None
        civitai_link = parse_civitai_url(link, self.civitai.base_url) if link and hf_location is None else None
        # 0. the very file, already on this machine under another name (resolve_local.py)
        if self.local is not None and self.sha256:
            found = await cached_copy(self._unresolved(""), self.sha256, self.local)
            if found:
                return found
        # a. the workflow's own link
        if hf_location is not None and hf_location.path:
            found = self._offer(await self._hf_file(hf_location))
            if found:
                return found
        elif civitai_link is not None:
            found = self._offer(await self._with_key_need(await self._civitai_link(civitai_link)))
            if found:
                return found
        elif link and hf_location is None:
            self._note_other_link(link)
        # b. the workflow's hash
        if self.ref.hash:
            found = self._offer(await self._with_key_need(await self._civitai_hash()))
            if found:
                return found
        # b2. the catalogs ComfyUI already has on disk (resolve_catalog.py)
        if self.catalog is not None:
            found = self._offer(await from_catalogs(self, self.catalog))
            if found:
                return found
        # c. the file name on Hugging Face (Civitai's search is asked meanwhile: a silent host costs one wait, not two)
        civitai_ahead = asyncio.create_task(self._ask_civitai_search())
        try:
            found = self._offer(await hf_by_name(self))
        except BaseException:
            civitai_ahead.cancel()
            raise
        if found:
            civitai_ahead.cancel()
            return found
        await asyncio.gather(civitai_ahead, return_exceptions=True)
        # d. the file name on Civitai
        found = self._offer(await self._with_key_need(await self._civitai_name()))
        if found:
            return found
        # e. the Hugging Face repository the workflow links
        if hf_location is not None and not hf_location.path:
            found = self._offer(await self._hf_repo(hf_location))
            if found:
                return found
        return self._settle()

    def _note_other_link(self, link: str) -> None:
        parts = split_or_none(link)
        if parts is not None and parts.scheme in ("http", "https") and parts.hostname:
            if parts.hostname.lower() in CIVITAI_SITES:
                self.tried.append("The workflow's Civitai link names no model version, so it was not followed.")
            else:
                self.tried.append(
                    f"The workflow's link points to {parts.hostname}, which is neither Civitai nor Hugging Face; "
                    "it was not followed."
                )
        else:
            self.tried.append("The workflow's link is not a web address; it was not followed.")

    def _settle(self) -> ResolvedResource:
        """Nothing sure: the fallback with the best evidence (they are kept in chain order), else unresolved.

        A gated link or a file whose folder is unknown is still the workflow's own file, so it comes before
        a near match by name; an unresolved one carries every attempt in its reason."""
        if not self.fallbacks:
            return self._unresolved(f"No download source found for {self.target.shown}. Tried: {' '.join(self.tried)}")
        first = self.fallbacks[0]
        if first.resolved:
            return first
        others = [attempt for attempt in self.tried if str(first.reason) not in attempt]
        tail = f" Also tried: {' '.join(others)}" if others else ""
        return first.model_copy(update={"reason": f"{first.reason}{tail}"})


async def resolve_missing(
    ref: ModelReference,
    civitai: CivitaiLookup,
    hf: HuggingFaceLookup,
    catalog: CatalogLookup | None = None,
    local: LocalFinder | None = None,
) -> ResolvedResource:
    """A download source for one model file the workflow needs, placed exactly where its loader looks."""
    try:
        target = Target.of(ref)
    except UnsafeTarget as why:
        return ResolvedResource(
            kind=kind_of_folder(ref.folder),
            name=ref.name,
            folder=ref.folder or "checkpoints",
            resolved=False,
            reason=f"The workflow names {ref.name!r}, which cannot be saved as a model file: {why}.",
        )
    answer = await _Chain(ref, target, civitai, hf, catalog, local).run()
    if local is None:
        return answer
    answer = await copy_of_source(answer, local)
    if not answer.resolved:
        return await variant_offer(answer, target.filename, local) or answer
    return answer


async def resolve_missing_all(
    refs: list[ModelReference],
    civitai: CivitaiLookup,
    hf: HuggingFaceLookup,
    catalog: CatalogLookup | None = None,
    local: LocalFinder | None = None,
) -> list[ResolvedResource]:
    """`resolve_missing` for many references, a few at a time, answers in the order asked."""
    limit = asyncio.Semaphore(PARALLEL_LOOKUPS)

    async def one(ref: ModelReference) -> ResolvedResource:
        async with limit:
            return await resolve_missing(ref, civitai, hf, catalog, local)

    return list(await asyncio.gather(*(one(ref) for ref in refs)))
