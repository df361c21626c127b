"""Which Civitai model version (and file) a link in a workflow, or a link a user pastes, names.

Links may be on any of Civitai's sites (civitai.com, .red, .green, with or without www.). Workflows carry
download links in `properties.models[].url`: Civitai's download endpoint `/api/download/models/{versionId}`
(maybe with `?type=…&format=…&size=…&fp=…` or `?fileId=…` picking one file of the version), a model page
`/models/{modelId}?modelVersionId={versionId}`, or an AIR `urn:air:sdxl:lora:civitai:{modelId}@{versionId}[+{fileId}]`.
Hugging Face links are read by `shapes.hf_urls.parse_hf_url`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from ..images.meta_values import parse_air
from ..shapes.civitai_types import ModelFile, ModelVersion
from ..shapes.sites import CIVITAI_SITES
from ..shapes.url_parts import default_port, split_or_none, split_url

_DOWNLOAD = re.compile(r"/api/download/models/(\d+)/?$")
_MODEL_PAGE = re.compile(r"/models/(\d+)(?:/[^/]*)?/?$")
_VERSION_PAGE = re.compile(r"/model-versions/(\d+)/?$")


@dataclass(frozen=True)
class CivitaiLink:
    version_id: int
    file_id: int | None = None
    file_type: str | None = None  # ModelFileType: "Model", "Pruned Model", "VAE", "Config"...
    format: str | None = None  # "SafeTensor", "PickleTensor", "GGUF"...
    size: str | None = None  # "full" / "pruned"
    fp: str | None = None  # "fp16", "bf16"...

    @property
    def picks_a_file(self) -> bool:
        return any((self.file_id, self.file_type, self.format, self.size, self.fp))

    def describe(self) -> str:
        picked = {"file": self.file_id, "type": self.file_type, "format": self.format, "size": self.size}
        picked["fp"] = self.fp
        details = ", ".join(f"{key} {value}" for key, value in picked.items() if value)
        return f"Civitai model version {self.version_id}" + (f" ({details})" if details else "")


def _origin(url: str) -> tuple[str, str, int] | None:
    parts = split_or_none(url)
    return (parts.scheme, (parts.hostname or "").lower(), default_port(parts)) if parts else None


def is_civitai_host(url: str, base_url: str | None = None) -> bool:
    parts = split_or_none(url)
    if parts is None:
        return False
    if base_url and _origin(url) == _origin(base_url):
        return True
    return parts.scheme == "https" and (parts.hostname or "").lower() in CIVITAI_SITES


def _positive(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def parse_civitai_url(url: str, base_url: str | None = None) -> CivitaiLink | None:
    """The version (and file choice) a Civitai link or AIR names; None for anything else."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    air = parse_air(text)
    if air is not None and air.is_civitai:
        version_id = air.civitai_version_id
        return CivitaiLink(version_id, file_id=air.civitai_file_id) if version_id else None
    if not is_civitai_host(text, base_url):
        return None
    parts = split_url(text)  # is_civitai_host has split it once already
    path = parts.path
    if base_url and _origin(text) == _origin(base_url):
        prefix = split_url(base_url).path.rstrip("/")
        path = path[len(prefix) :] if prefix and path.startswith(prefix + "/") else path
    query = {key: values[0] for key, values in parse_qs(parts.query).items() if values}
    download = _DOWNLOAD.search(path)
    if download:
        version_id = _positive(download.group(1))
        if version_id is None:
            return None
        return CivitaiLink(
            version_id,
            file_id=_positive(query.get("fileId")),
            file_type=query.get("type") or None,
            format=query.get("format") or None,
            size=query.get("size") or None,
            fp=query.get("fp") or None,
        )
    page = _VERSION_PAGE.search(path)
    if page:
        version_id = _positive(page.group(1))
        return CivitaiLink(version_id) if version_id else None
    if _MODEL_PAGE.search(path):
        version_id = _positive(query.get("modelVersionId"))
        return CivitaiLink(version_id) if version_id else None
    return None


def file_download_url(base_url: str, version_id: int, file: ModelFile, fallback: str | None = None) -> str | None:
    """Where one file of a version downloads from: the configured API's endpoint with `?fileId=`, which names
    exactly that file; Civitai answers 404 to the `?type=&format=` links it lists for some multi-file versions
    (reference §15). Without a file id, the link Civitai gives."""
    if file.id:
        return f"{base_url.rstrip('/')}/api/download/models/{version_id}?fileId={file.id}"
    return file.download_url or fallback


@dataclass(frozen=True)
class PastedResource:
    """A model a user pasted where a resource is expected: its page, a version's page or download link, an AIR."""

    model_id: int | None
    version_id: int | None = None  # None: the model's newest published version
    file_id: int | None = None  # None: the version's primary file


def parse_pasted_resource(text: str) -> PastedResource | None:
    """The model (version, file) a pasted Civitai link or AIR names; None when it names none."""
    text = text.strip()
    air = parse_air(text)
    if air is not None and air.is_civitai:
        model_id = air.civitai_model_id
        return PastedResource(model_id, air.civitai_version_id, air.civitai_file_id) if model_id else None
    parts = split_or_none(text if "://" in text else f"https://{text}")
    if parts is None or (parts.hostname or "").lower() not in CIVITAI_SITES:
        return None
    query = {key: values[0] for key, values in parse_qs(parts.query).items() if values}
    download = _DOWNLOAD.search(parts.path) or _VERSION_PAGE.search(parts.path)
    if download:
        version_id = _positive(download.group(1))
        return PastedResource(None, version_id, _positive(query.get("fileId"))) if version_id else None
    model = _MODEL_PAGE.search(parts.path)
    model_id = _positive(model.group(1)) if model else None
    return PastedResource(model_id, _positive(query.get("modelVersionId"))) if model_id else None


def pick_file(version: ModelVersion, link: CivitaiLink) -> ModelFile | None:
    """The file the link's query names (as Civitai's download endpoint would pick it), else the primary file."""
    if link.file_id:
        return next((file for file in version.files if file.id == link.file_id), None)
    if not link.picks_a_file:
        return version.primary_file()

    def fits(file: ModelFile) -> bool:
        meta = file.metadata
        return (
            (not link.file_type or (file.type or "").casefold() == link.file_type.casefold())
            and (not link.format or (meta.format or "").casefold() == link.format.casefold())
            and (not link.size or (meta.size or "").casefold() == link.size.casefold())
            and (not link.fp or (meta.fp or "").casefold() == link.fp.casefold())
        )

    fitting = [file for file in version.files if fits(file)]
    return next((file for file in fitting if file.primary), fitting[0] if fitting else None)
