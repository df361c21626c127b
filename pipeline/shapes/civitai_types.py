"""Typed views of the Civitai answers the pack reads (API reference §2-§5).

Only the fields the pack uses are declared; everything else Civitai sends is ignored, so a new
field never breaks a lookup, and a missing optional one reads as None.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CivitaiError(Exception):
    """A Civitai lookup failed; str() is a sentence for the user, `status` the HTTP status (0: no answer)."""

    def __init__(self, sentence: str, status: int = 0):
        super().__init__(sentence)
        self.status = status


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class FileHashes(_Loose):
    sha256: str | None = Field(default=None, alias="SHA256")
    autov1: str | None = Field(default=None, alias="AutoV1")
    autov2: str | None = Field(default=None, alias="AutoV2")
    autov3: str | None = Field(default=None, alias="AutoV3")
    crc32: str | None = Field(default=None, alias="CRC32")


class FileMetadata(_Loose):
    format: str | None = None
    size: str | None = None
    fp: str | None = None


class ModelFile(_Loose):
    id: int | None = None
    name: str
    type: str | None = None
    size_kb: float | None = Field(default=None, alias="sizeKB")
    primary: bool | None = None
    hashes: FileHashes = Field(default_factory=FileHashes)
    metadata: FileMetadata = Field(default_factory=FileMetadata)
    download_url: str | None = Field(default=None, alias="downloadUrl")

    @property
    def size_bytes(self) -> int | None:
        """Civitai lists sizes in KiB with fractions; the byte count is within 1 KiB of this."""
        return round(self.size_kb * 1024) if self.size_kb is not None else None


class VersionModel(_Loose):
    name: str | None = None
    type: str | None = None
    nsfw: bool | None = None
    mode: str | None = None  # omitted, "Archived" or "TakenDown": then the version has no files


class ModelVersion(_Loose):
    """`/model-versions/{id}` and `/model-versions/by-hash/{hash}` answers (same shape)."""

    id: int
    model_id: int | None = Field(default=None, alias="modelId")
    name: str | None = None
    base_model: str | None = Field(default=None, alias="baseModel")
    trained_words: list[str] = Field(default_factory=list, alias="trainedWords")
    early_access_ends_at: str | None = Field(default=None, alias="earlyAccessEndsAt")
    availability: str | None = None  # "Public", "EarlyAccess", "Private"...
    usage_control: str | None = Field(default=None, alias="usageControl")  # not "Download": downloads disabled
    model: VersionModel = Field(default_factory=VersionModel)
    files: list[ModelFile] = Field(default_factory=list)
    download_url: str | None = Field(default=None, alias="downloadUrl")
    air: str | None = None

    def primary_file(self) -> ModelFile | None:
        """The file Civitai marks primary, else the best model file (weights first, safetensors first)."""
        marked = [f for f in self.files if f.primary]
        if marked:
            return marked[0]
        weights = ("Model", "Pruned Model", "Diffusion Model", "UNet")

        def score(file: ModelFile) -> tuple[bool, bool]:
            return file.type in weights, file.metadata.format == "SafeTensor"

        return max(self.files, key=score, default=None)


class ModelSearchVersion(_Loose):
    id: int
    name: str | None = None
    availability: str | None = None  # "EarlyAccess" while in early access (listings carry no end date)
    base_model: str | None = Field(default=None, alias="baseModel")
    trained_words: list[str] = Field(default_factory=list, alias="trainedWords")
    files: list[ModelFile] = Field(default_factory=list)
    download_url: str | None = Field(default=None, alias="downloadUrl")


class ModelSummary(_Loose):
    """One item of `/models` (search) or the `/models/{id}` answer."""

    id: int
    name: str
    type: str | None = None
    nsfw: bool | None = None
    model_versions: list[ModelSearchVersion] = Field(default_factory=list, alias="modelVersions")


class ModelPage(_Loose):
    items: list[ModelSummary] = Field(default_factory=list)
    metadata: dict = Field(default_factory=dict)
