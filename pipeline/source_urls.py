"""Which Civitai model version (and file) a link in a workflow names.

Workflows carry download links in `properties.models[].url`: Civitai's download endpoint
`/api/download/models/{versionId}` (maybe with `?type=…&format=…&size=…&fp=…` or `?fileId=…` picking one
file of the version), a model page `/models/{modelId}?modelVersionId={versionId}`, or an AIR
`urn:air:sdxl:lora:civitai:{modelId}@{versionId}`. Hugging Face links are read by `hf_client.parse_hf_url`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from ..civitai_utils.civitai_types import ModelFile, ModelVersion
from ..civitai_utils.url_policy import REAL_HOSTS

_DOWNLOAD = re.compile(r"/api/download/models/(\d+)/?$")
_MODEL_PAGE = re.compile(r"/models/(\d+)(?:/[^/]*)?/?$")
_VERSION_PAGE = re.compile(r"/model-versions/(\d+)/?$")
_AIR = re.compile(
    r"^(?:urn:)?(?:air:)?(?:[\w\-/]+:)?(?:[\w\-/]+:)?civitai:(\d+)@(\d+)(?:\+(\d+))?(?:\.[\w\-]+)?$", re.IGNORECASE
)


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


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def is_civitai_host(url: str, base_url: str | None = None) -> bool:
    parts = urlsplit(url)
    if base_url and _origin(url) == _origin(base_url):
        return True
    return parts.scheme == "https" and (parts.hostname or "").lower() in REAL_HOSTS["civitai"]


def _positive(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def parse_civitai_url(url: str, base_url: str | None = None) -> CivitaiLink | None:
    """The version (and file choice) a Civitai link or AIR names; None for anything else."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    air = _AIR.match(text)
    if air:
        version_id = _positive(air.group(2))
        return CivitaiLink(version_id, file_id=_positive(air.group(3))) if version_id else None
    if not is_civitai_host(text, base_url):
        return None
    parts = urlsplit(text)
    path = parts.path
    if base_url and _origin(text) == _origin(base_url):
        prefix = urlsplit(base_url).path.rstrip("/")
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
