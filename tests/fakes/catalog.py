"""The fake Civitai catalog: models, versions and files from the fixtures, plus synthetic ones.

Every file gets deterministic bytes (``content.SeededContent``) and the API reports the *real* hashes and
size of those bytes, so a client that downloads a file and checks its SHA-256 against ``files[].hashes``
sees exactly what it would see on Civitai. The fixtures' original hashes stay searchable through
``by-hash`` as aliases of their version, because the image fixtures reference them.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import quote, urlencode

from .civitai_schema import HASH_KINDS
from .content import FileHashes, SeededContent, default_size

FIXTURES = Path(__file__).parent / "fixtures"
CIVITAI_ORIGIN = "https://civitai.com"
# Since April 2026 the same API answers on civitai.com, civitai.red and civitai.green, with or without www.
CIVITAI_SITE_ORIGINS = tuple(f"https://{www}civitai.{tld}" for www in ("", "www.") for tld in ("com", "red", "green"))
SAFETENSORS_SUFFIXES = (".safetensors", ".sft")

AIR_TYPES = {
    "Checkpoint": "checkpoint",
    "TextualInversion": "embedding",
    "Hypernetwork": "hypernet",
    "AestheticGradient": "ag",
    "LORA": "lora",
    "LoCon": "lycoris",
    "DoRA": "dora",
    "Controlnet": "controlnet",
    "Upscaler": "upscaler",
    "MotionModule": "motion",
    "VAE": "vae",
}
AIR_ECOSYSTEMS = {
    "SD 1.4": "sd1",
    "SD 1.5": "sd1",
    "SD 2.0": "sd2",
    "SD 2.1": "sd2",
    "SDXL 1.0": "sdxl",
    "Pony": "pony",
    "Illustrious": "illustrious",
    "Flux.1 D": "flux1",
    "Flux.1 S": "flux1",
}


@functools.cache
def load_fixture(name: str):
    """Parsed fixture, cached: callers must copy before changing it."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@dataclass
class VersionFlags:
    """Per-version download rules (reference §7.2). Defaults: a published, freely downloadable version."""

    require_auth: bool = False
    early_access_deadline: str | None = None
    """ISO timestamp; while in the future, downloads answer 403 Early Access."""
    archived: bool = False
    downloads_disabled: bool = False
    published: bool = True
    file_queries_404: bool = False
    """Seen in 2026 on some multi-file versions: ``?type=&format=&fp=`` answers 404 even where it is the
    version's own ``downloadUrl``; only ``?fileId=`` works (reference §15, artokun/comfyui-mcp#1300)."""

    def update(self, **changes) -> None:
        known = {item.name for item in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown version flag {name!r}; expected one of {', '.join(sorted(known))}")
            setattr(self, name, value)


@dataclass
class CatalogFile:
    id: int
    version_id: int
    model_id: int
    name: str
    """The download filename (what ``files[].name`` and Content-Disposition carry)."""
    type: str
    metadata: dict
    content: SeededContent
    template: dict
    """The file object as the fixture had it (key order, scan fields); sizes/hashes/URLs are replaced."""
    aliases: dict[str, str] = field(default_factory=dict)
    """The fixture's original hashes by kind (upper-case); still found by by-hash."""
    blake3: str | None = None
    download_query: str | None = None

    @property
    def size(self) -> int:
        return self.content.size

    @property
    def storage_key(self) -> str:
        stem, dot, ext = self.name.rpartition(".")
        if not dot:
            stem, ext = self.name, ""
        slug = re.sub(r"[^A-Za-z0-9]", "", stem)[:32] or "file"
        tag = hashlib.sha1(str(self.id).encode(), usedforsecurity=False).hexdigest()[:4]
        return f"{self.model_id}/model/{slug}.{tag}{'.' + ext if ext else ''}"

    def hashes(self) -> FileHashes:
        return self.content.hashes()

    def civitai_hashes(self) -> dict[str, str]:
        return self.hashes().as_civitai(self.blake3)

    def matches(self, wanted: str) -> bool:
        """Exact, case-insensitive match against a real hash or an alias (no prefix matching)."""
        if wanted in self.aliases.values():
            return True
        return wanted in self.civitai_hashes().values()


@dataclass
class CatalogVersion:
    id: int
    model_id: int
    detail: dict
    """The /model-versions/{id} object (files rendered separately; key order from the fixture)."""
    listing: dict
    """The object inside /models ``modelVersions[]``."""
    files: list[CatalogFile]
    primary_file_id: int
    flags: VersionFlags = field(default_factory=VersionFlags)
    synthetic: bool = False

    @property
    def primary_file(self) -> CatalogFile:
        return next(file for file in self.files if file.id == self.primary_file_id)

    @property
    def sort_key(self) -> tuple[str, int]:
        """by-hash picks the first match by publishedAt, then id (reference §6.1)."""
        published = self.detail.get("publishedAt") or self.detail.get("createdAt") or ""
        return published, self.id


@dataclass
class CatalogModel:
    id: int
    data: dict
    """The /models item without ``modelVersions`` (key order from the fixture)."""
    version_ids: list[int]


def _rebase(url: str, base: str) -> str:
    """A Civitai URL on any of its sites (fixtures of 2026 carry civitai.red ones), served from the fake's base."""
    origin = next((o for o in CIVITAI_SITE_ORIGINS if url.startswith(o + "/") or url == o), None)
    return base + url[len(origin) :] if origin else url


def _download_query(file_type: str, metadata: dict) -> str:
    """The query of a non-primary file's downloadUrl (reference §3 ``createModelFileDownloadUrl``)."""
    params = {"type": file_type}
    for key in ("format", "size", "fp"):
        if metadata.get(key) and not (key == "format" and file_type == "Training Data"):
            params[key] = metadata[key]
    return "?" + urlencode(params, quote_via=quote)


def air_for(base_model: str | None, model_type: str, model_id: int, version_id: int) -> str:
    ecosystem = AIR_ECOSYSTEMS.get(base_model or "", re.sub(r"[^a-z0-9]", "", (base_model or "other").lower()))
    if model_type == "Upscaler":
        ecosystem = "other"
    return f"urn:air:{ecosystem}:{AIR_TYPES.get(model_type, 'unknown')}:civitai:{model_id}@{version_id}"


class Catalog:
    """All models/versions/files the fake serves; thread-safe enough for a test thread to edit it live."""

    def __init__(self, *, load_fixtures: bool = True, synthetic: bool = True) -> None:
        self.models: dict[int, CatalogModel] = {}
        self.versions: dict[int, CatalogVersion] = {}
        self.files: dict[int, CatalogFile] = {}
        self._lock = threading.RLock()
        if load_fixtures:
            self._load_fixtures()
        if synthetic:
            from .synthetic import add_synthetic_versions

            add_synthetic_versions(self)

    # ----------------------------------------------------------------------------------------- loading

    def _load_fixtures(self) -> None:
        # Version-endpoint shapes first, so their file objects become the templates.
        for name in ("civitai_model-versions_1.json", "civitai_model-versions_2.json", "civitai_by-hash_1.json"):
            self._ingest_detail(load_fixture(name))
        for name in ("civitai_models-id_1.json", "civitai_models-id_2.json", "civitai_models-id_3.json"):
            self._ingest_model(load_fixture(name))
        for name in ("civitai_models_1.json", "civitai_models_2.json"):
            for item in load_fixture(name)["items"]:
                self._ingest_model(item)

    def _ingest_detail(self, detail: dict) -> None:
        detail = copy.deepcopy(detail)
        model_id = detail["modelId"]
        files = [self._ingest_file(raw, detail["id"], model_id) for raw in detail["files"]]
        primary = next((raw["id"] for raw in detail["files"] if raw.get("primary")), files[0].id)
        version = CatalogVersion(
            id=detail["id"],
            model_id=model_id,
            detail=detail,
            listing=_listing_from_detail(detail),
            files=files,
            primary_file_id=primary,
        )
        self.versions[version.id] = version
        if model_id not in self.models:
            self.models[model_id] = CatalogModel(model_id, _model_from_summary(model_id, detail["model"]), [])
        self.models[model_id].version_ids.append(version.id)

    def _ingest_model(self, item: dict) -> None:
        item = copy.deepcopy(item)
        listings = item.pop("modelVersions")
        model_id = item["id"]
        existing = self.models.get(model_id)
        model = CatalogModel(model_id, item, [])
        self.models[model_id] = model
        for listing in listings:
            model.version_ids.append(listing["id"])
            known = self.versions.get(listing["id"])
            if known is not None:
                known.listing = listing
                for raw in listing["files"]:
                    if raw["id"] not in self.files:
                        known.files.append(self._ingest_file(raw, listing["id"], model_id))
                continue
            files = [self._ingest_file(raw, listing["id"], model_id) for raw in listing["files"]]
            primary = next((raw["id"] for raw in listing["files"] if raw.get("primary")), files[0].id)
            detail = _detail_from_listing(listing, item)
            self.versions[listing["id"]] = CatalogVersion(
                id=listing["id"],
                model_id=model_id,
                detail=detail,
                listing=listing,
                files=files,
                primary_file_id=primary,
            )
        if existing is not None:
            model.version_ids += [vid for vid in existing.version_ids if vid not in model.version_ids]

    def _ingest_file(self, raw: dict, version_id: int, model_id: int) -> CatalogFile:
        if raw["id"] in self.files:
            return self.files[raw["id"]]
        hashes = {kind: value.upper() for kind, value in (raw.get("hashes") or {}).items() if value}
        query = None
        url = raw.get("downloadUrl") or ""
        if "?" in url:
            query = "?" + url.split("?", 1)[1]
        catalog_file = CatalogFile(
            id=raw["id"],
            version_id=version_id,
            model_id=model_id,
            name=raw["name"],
            type=raw["type"],
            metadata=dict(raw.get("metadata") or {}),
            content=SeededContent(
                f"civitai-file-{raw['id']}",
                default_size(f"civitai-file-{raw['id']}"),
                raw["name"].lower().endswith(SAFETENSORS_SUFFIXES),
            ),
            template=raw,
            aliases=hashes,
            blake3=hashes.get("BLAKE3"),
            download_query=query,
        )
        self.files[catalog_file.id] = catalog_file
        return catalog_file

    # ----------------------------------------------------------------------------------------- editing

    def add_version(
        self,
        *,
        model_name: str,
        model_type: str = "LORA",
        version_id: int | None = None,
        model_id: int | None = None,
        version_name: str = "v1.0",
        base_model: str = "SD 1.5",
        files: list[dict] | None = None,
        trained_words: list[str] | None = None,
        hash_aliases: dict[str, str] | None = None,
        published_at: str = "2024-01-01T00:00:00.000Z",
        nsfw: bool = False,
        tags: list[str] | None = None,
        synthetic: bool = True,
        **flags,
    ) -> CatalogVersion:
        """Add a published version (and its model when new). ``files`` items: ``{"name", "type"="Model",
        "format", "size" (bytes), "fp", "model_size" ("full"/"pruned"), "id", "primary", "aliases"}``;
        ``hash_aliases`` are extra hashes (kind -> value) that by-hash maps to the primary file's version."""
        with self._lock:
            version_id = version_id or self._next_id(self.versions, 991000)
            if version_id in self.versions:
                raise ValueError(f"version {version_id} already exists")
            model_id = model_id or self._next_id(self.models, 990000)
            files = files or [{"name": f"{re.sub(r'[^A-Za-z0-9]+', '_', model_name).strip('_')}.safetensors"}]
            built: list[CatalogFile] = []
            for spec in files:
                built.append(self._synthetic_file(spec, version_id, model_id))
            primary = next((f.id for f, spec in zip(built, files, strict=True) if spec.get("primary")), None)
            if primary is None:
                primary = next((f.id for f in built if f.type == "Model"), built[0].id)
            if hash_aliases:
                next(f for f in built if f.id == primary).aliases.update(
                    {kind: value.upper() for kind, value in hash_aliases.items()}
                )
            model = self.models.get(model_id)
            if model is None:
                model = CatalogModel(
                    model_id,
                    _model_from_summary(model_id, {"name": model_name, "type": model_type, "nsfw": nsfw, "poi": False}),
                    [],
                )
                model.data["tags"] = list(tags or [])
                self.models[model_id] = model
            listing = {
                "id": version_id,
                "index": len(model.version_ids),
                "name": version_name,
                "baseModel": base_model,
                "baseModelType": "Standard",
                "createdAt": published_at,
                "publishedAt": published_at,
                "status": "Published",
                "availability": "Public",
                "nsfwLevel": 1,
                "description": None,
                "trainedWords": list(trained_words or []),
                "covered": False,
                "stats": {"downloadCount": 0, "ratingCount": 0, "rating": 0, "thumbsUpCount": 0, "thumbsDownCount": 0},
                "supportsGeneration": False,
                "files": [],
                "images": [],
                "downloadUrl": f"{CIVITAI_ORIGIN}/api/download/models/{version_id}",
            }
            version = CatalogVersion(
                id=version_id,
                model_id=model_id,
                detail=_detail_from_listing(listing, model.data),
                listing=listing,
                files=built,
                primary_file_id=primary,
                synthetic=synthetic,
            )
            version.flags.update(**flags)
            self.versions[version_id] = version
            model.version_ids.insert(0, version_id)
            return version

    def _synthetic_file(self, spec: dict, version_id: int, model_id: int) -> CatalogFile:
        file_id = spec.get("id") or self._next_id(self.files, 992000)
        if file_id in self.files:
            raise ValueError(f"file {file_id} already exists")
        name = spec["name"]
        is_safetensors = name.lower().endswith(SAFETENSORS_SUFFIXES)
        file_format = spec.get("format") or ("SafeTensor" if is_safetensors else "PickleTensor")
        metadata = {"format": file_format, "size": spec.get("model_size"), "fp": spec.get("fp")}
        size = spec.get("size") or default_size(f"civitai-file-{file_id}")
        template = {
            "id": file_id,
            "sizeKB": 0,
            "name": name,
            "type": spec.get("type", "Model"),
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "virusScanMessage": None,
            "scannedAt": "2024-01-01T00:00:00.000Z",
            "metadata": metadata,
            "hashes": {},
            "primary": False,
            "downloadUrl": "",
        }
        catalog_file = CatalogFile(
            id=file_id,
            version_id=version_id,
            model_id=model_id,
            name=name,
            type=template["type"],
            metadata=metadata,
            content=SeededContent(f"civitai-file-{file_id}", size, is_safetensors),
            template=template,
            aliases={k: v.upper() for k, v in (spec.get("aliases") or {}).items()},
        )
        self.files[file_id] = catalog_file
        return catalog_file

    @staticmethod
    def _next_id(table: dict, floor: int) -> int:
        """Synthetic ids count up from a floor no fixture id falls in (990001 models, 991001 versions...)."""
        candidate = floor + 1
        while candidate in table:
            candidate += 1
        return candidate

    def set_flags(self, version_id: int, **flags) -> VersionFlags:
        version = self.versions[version_id]
        version.flags.update(**flags)
        return version.flags

    def set_file_size(self, file_id: int, size: int) -> CatalogFile:
        """Serve ``size`` bytes for this file from now on; its reported hashes change accordingly."""
        catalog_file = self.files[file_id]
        catalog_file.content = catalog_file.content.with_size(size)
        return catalog_file

    # ----------------------------------------------------------------------------------------- queries

    def published_version(self, version_id: int) -> CatalogVersion | None:
        version = self.versions.get(version_id)
        return version if version is not None and version.flags.published else None

    def file_by_storage_key(self, key: str) -> CatalogFile | None:
        return next((f for f in list(self.files.values()) if f.storage_key == key), None)

    def files_without_hashes(self) -> list[CatalogFile]:
        return [f for f in list(self.files.values()) if not f.content.hashes_cached()]

    def compute_all_hashes(self) -> None:
        for catalog_file in list(self.files.values()):
            catalog_file.hashes()

    def find_by_hash(self, wanted: str) -> CatalogVersion | None:
        """by-hash: any stored kind, case-insensitive, published only, first by publishedAt then id."""
        wanted = wanted.strip().upper()
        candidates = {
            catalog_file.version_id for catalog_file in list(self.files.values()) if catalog_file.matches(wanted)
        }
        versions = [v for vid in candidates if (v := self.published_version(vid)) is not None]
        return min(versions, key=lambda v: v.sort_key) if versions else None

    def visible_versions(self, model: CatalogModel) -> list[CatalogVersion]:
        return [v for vid in model.version_ids if (v := self.published_version(vid)) is not None]

    # ----------------------------------------------------------------------------------------- rendering

    def render_file(self, catalog_file: CatalogFile, base: str, *, primary: bool, in_listing: bool) -> dict:
        """``primary`` is a boolean on every file in version answers, present only on the primary in lists."""
        result: dict = {}
        for key, value in catalog_file.template.items():
            if key == "sizeKB":
                result[key] = catalog_file.size / 1024
            elif key == "hashes":
                result[key] = catalog_file.civitai_hashes()
            elif key not in ("primary", "downloadUrl"):
                result[key] = copy.deepcopy(value)
        download_url = f"{base}/api/download/models/{catalog_file.version_id}"
        if not primary:
            download_url += catalog_file.download_query or _download_query(catalog_file.type, catalog_file.metadata)
        if not in_listing:
            result["primary"] = primary
        result["downloadUrl"] = download_url
        if in_listing and primary:
            result["primary"] = True
        return result

    def render_version(self, version: CatalogVersion, base: str) -> dict:
        """The /model-versions/{id} (and by-hash) body."""
        flags = version.flags
        result: dict = {}
        for key, value in version.detail.items():
            if key == "files":
                result[key] = [] if flags.archived else self._render_files(version, base, in_listing=False)
            elif key == "downloadUrl":
                if not flags.archived:
                    result[key] = f"{base}/api/download/models/{version.id}"
            elif key == "model":
                result[key] = dict(value, mode="Archived") if flags.archived else copy.deepcopy(value)
            elif key == "images":
                result[key] = copy.deepcopy(value)
            else:
                result[key] = _rebase(value, base) if isinstance(value, str) else copy.deepcopy(value)
        if flags.early_access_deadline:
            result["earlyAccessEndsAt"] = flags.early_access_deadline
            result["availability"] = "EarlyAccess"
        if flags.downloads_disabled:
            result["usageControl"] = "Generation"
        return result

    def render_listing(self, version: CatalogVersion, base: str, *, primary_file_only: bool = False) -> dict:
        """One ``modelVersions[]`` entry of /models and /models/{id}."""
        flags = version.flags
        result: dict = {}
        for key, value in version.listing.items():
            if key == "files":
                files = [] if flags.archived else self._render_files(version, base, in_listing=True)
                if primary_file_only:
                    files = [f for f in files if f.get("primary")]
                result[key] = files
            elif key == "downloadUrl":
                if not flags.archived:
                    result[key] = f"{base}/api/download/models/{version.id}"
            else:
                result[key] = copy.deepcopy(value)
        if flags.early_access_deadline:
            result["availability"] = "EarlyAccess"
        return result

    def render_model(self, model: CatalogModel, base: str, *, primary_file_only: bool = False) -> dict:
        result = copy.deepcopy(model.data)
        result["modelVersions"] = [
            self.render_listing(version, base, primary_file_only=primary_file_only)
            for version in self.visible_versions(model)
        ]
        return result

    def _render_files(self, version: CatalogVersion, base: str, *, in_listing: bool) -> list[dict]:
        return [
            self.render_file(f, base, primary=f.id == version.primary_file_id, in_listing=in_listing)
            for f in version.files
        ]

    def render_mini(self, version: CatalogVersion, base: str) -> dict:
        """GET /model-versions/mini/{id} (reference §6.2)."""
        model = self.models[version.model_id].data
        primary = version.primary_file
        return {
            "air": version.detail.get("air")
            or air_for(version.detail.get("baseModel"), model["type"], model["id"], version.id),
            "versionName": version.detail.get("name"),
            "modelName": model["name"],
            "baseModel": version.detail.get("baseModel"),
            "availability": "EarlyAccess" if version.flags.early_access_deadline else "Public",
            "publishedAt": version.detail.get("publishedAt"),
            "size": primary.size / 1024,
            "fileType": primary.type,
            "fileName": primary.name,
            "hashes": primary.civitai_hashes(),
            "downloadUrls": [f"{base}/api/download/models/{version.id}"],
            "format": primary.metadata.get("format"),
            "canGenerate": False,
            "isFeatured": False,
            "requireAuth": version.flags.require_auth,
            "checkPermission": False,
            **(
                {"earlyAccessEndsAt": version.flags.early_access_deadline}
                if version.flags.early_access_deadline
                else {}
            ),
            "freeTrialLimit": None,
            "additionalResourceCharge": False,
            "minor": False,
            "sfwOnly": False,
        }


def _model_from_summary(model_id: int, summary: dict) -> dict:
    """A /models item for a model known only through a version's ``model`` summary (or a synthetic one)."""
    return {
        "id": model_id,
        "name": summary["name"],
        "description": None,
        "allowNoCredit": True,
        "allowCommercialUse": ["Image", "RentCivit", "Rent", "Sell"],
        "allowDerivatives": True,
        "allowDifferentLicense": True,
        "type": summary["type"],
        "minor": False,
        "sfwOnly": False,
        "poi": summary.get("poi", False),
        "nsfw": summary.get("nsfw", False),
        "nsfwLevel": 1,
        "availability": "Public",
        "cosmetic": None,
        "supportsGeneration": False,
        "stats": {
            "downloadCount": 0,
            "favoriteCount": 0,
            "thumbsUpCount": 0,
            "thumbsDownCount": 0,
            "commentCount": 0,
            "ratingCount": 0,
            "rating": 0,
            "tippedAmountCount": 0,
        },
        "creator": {"username": "fake_creator", "image": None},
        "tags": [],
    }


def _listing_from_detail(detail: dict) -> dict:
    """A /models ``modelVersions[]`` entry for a version the fixtures only show as /model-versions/{id}."""
    listing: dict = {"id": detail["id"], "index": 0, "name": detail["name"]}
    for key in ("baseModel", "baseModelType", "createdAt", "publishedAt", "status"):
        if key in detail:
            listing[key] = copy.deepcopy(detail[key])
    listing.update(
        {
            "availability": "Public",
            "nsfwLevel": 1,
            "trainedWords": list(detail.get("trainedWords") or []),
            "covered": False,
            "stats": copy.deepcopy(detail.get("stats") or {}),
            "files": [],
            "images": copy.deepcopy(detail.get("images") or []),
            "downloadUrl": detail.get("downloadUrl"),
        }
    )
    return listing


def _detail_from_listing(listing: dict, model: dict) -> dict:
    """A /model-versions/{id} body for a version the fixtures only show inside a /models answer."""
    detail: dict = {"id": listing["id"], "modelId": model["id"], "name": listing["name"]}
    defaults = {
        "createdAt": listing.get("publishedAt"),
        "updatedAt": listing.get("publishedAt"),
        "status": "Published",
        "publishedAt": None,
        "trainedWords": [],
        "trainingStatus": None,
        "trainingDetails": None,
        "baseModel": None,
        "baseModelType": None,
        "earlyAccessEndsAt": None,
        "earlyAccessConfig": None,
        "description": None,
        "uploadType": "Created",
        "usageControl": "Download",
        "air": air_for(listing.get("baseModel"), model["type"], model["id"], listing["id"]),
        "stats": {},
        "model": None,
        "files": [],
        "images": [],
        "downloadUrl": "",
    }
    for key, default in defaults.items():
        if key == "model":
            detail[key] = {
                "name": model["name"],
                "type": model["type"],
                "nsfw": model.get("nsfw", False),
                "poi": model.get("poi", False),
            }
        elif key == "stats":
            stats = listing.get("stats") or {}
            detail[key] = {
                k: stats[k] for k in ("downloadCount", "ratingCount", "rating", "thumbsUpCount") if k in stats
            }
        else:
            detail[key] = copy.deepcopy(listing.get(key, default))
    if detail["createdAt"] is None:
        detail.pop("createdAt")
        detail.pop("updatedAt")
    return detail


__all__ = ["HASH_KINDS", "Catalog", "CatalogFile", "CatalogModel", "CatalogVersion", "VersionFlags", "air_for"]
