"""The shapes every route shares, defined once: a model file to download, and the request bodies."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .api_key_text import key_problem, tidy_key

MAX_BATCH = 500
MAX_FOLDER_NAME = 64


class DownloadableFile(BaseModel):
    """A model file and where it belongs: what the resolve routes return and the download routes take."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    folder: str = Field(
        min_length=1, max_length=MAX_FOLDER_NAME, description="a ComfyUI model folder name, e.g. 'loras'"
    )
    filename: str | None = Field(default=None, max_length=255, description="else from Content-Disposition")
    subfolder: str = Field(default="", max_length=255)
    url: str = Field(min_length=8, max_length=4096)
    size: int | None = Field(default=None, ge=0, le=2**44)
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    blocked: str | None = Field(
        default=None,
        max_length=2000,
        description="why the source will refuse this file (early access, archived, disabled, gated): not downloaded",
    )

    @field_validator("sha256")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return value.lower() if value else None


class DownloadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    resource: DownloadableFile


class DownloadAllRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    resources: list[DownloadableFile] = Field(min_length=1, max_length=MAX_BATCH)


class CancelRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task_id: str | None = Field(default=None, max_length=64)
    cancel_all: bool = False


class PauseRequest(BaseModel):
    """One task (a file or a batch) by id, or every download with `all`."""

    model_config = ConfigDict(extra="forbid")
    task_id: str | None = Field(default=None, min_length=1, max_length=64)
    all: bool = False

    @model_validator(mode="after")
    def _one_or_all(self):
        if not self.all and self.task_id is None:
            raise ValueError("give task_id, or all: true")
        return self


class RetryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    task_id: str = Field(min_length=1, max_length=64)


class KeysRequest(BaseModel):
    """Set a key (a string), forget it (null or ""), or leave it alone (absent)."""

    model_config = ConfigDict(extra="forbid")
    civitai: str | None = Field(default=None, max_length=512)
    huggingface: str | None = Field(default=None, max_length=512)

    @field_validator("civitai", "huggingface")
    @classmethod
    def _one_header_word(cls, value: str | None, info: ValidationInfo) -> str | None:
        if not value:
            return value
        value = tidy_key(value)
        problem = key_problem(value)
        if problem:
            raise ValueError(f"the {info.field_name} key was not saved: {problem}")
        return value


class DownloadSettingsRequest(BaseModel):
    """Any of the download settings; what is left out stays as it is."""

    model_config = ConfigDict(extra="forbid")
    concurrency: int | None = Field(default=None, ge=1, le=8)
    segments: int | None = Field(default=None, ge=0, le=16, description="connections per file; 0 = automatic")
    bandwidth_limit: int | None = Field(default=None, ge=0, le=100 * 1024**3, description="bytes/s; 0 = none")

    @model_validator(mode="after")
    def _something(self):
        if self.concurrency is None and self.segments is None and self.bandwidth_limit is None:
            raise ValueError("give concurrency, segments or bandwidth_limit")
        return self


class ResolveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    image_id: int | str = Field(
        description="an image ID or link (civitai.com, .red or .green), or a model/version link or AIR"
    )

    @field_validator("image_id")
    @classmethod
    def _short(cls, value: int | str) -> int | str:
        if isinstance(value, str) and len(value) > 2048:
            raise ValueError("too long for an image ID or link")
        return value


class MissingRequest(BaseModel):
    """Body of /civitai/missing: the open graph as `app.graph.serialize()` gives it (or an API prompt).

    Detection answers at once; `sources: true` also looks for a download source for each missing model
    in the same answer (slower; the sidebar asks /civitai/sources per model instead)."""

    model_config = ConfigDict(extra="forbid")
    workflow: dict
    sources: bool = False


class LockRequest(BaseModel):
    """Body of /civitai/lock: the open graph (`app.graph.serialize()`) or an API prompt, to lock its models."""

    model_config = ConfigDict(extra="forbid")
    workflow: dict


class VerifyRequest(BaseModel):
    """Body of /civitai/verify: a lock file's JSON (checked as `LockFile.parse` checks the file)."""

    model_config = ConfigDict(extra="forbid")
    lock: dict
