"""`models.lock.json`: the exact model files a set of workflows needs, pinned by SHA-256, with where to get them.

One shape for every door (command line, HTTP route, MCP tool) and for the model store that realizes it. A lock
names each file by its ComfyUI folder and folder-relative name (what the loaders list), its SHA-256 and size, and
sources that pin what they can: a Hugging Face repo at a commit, a Civitai version's file, a plain URL. Models it
could not pin are listed apart with the reason, so a lock never pretends to be complete.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from .json_body import describe_invalid
from .model_names import MODEL_EXTENSIONS, UnsafeTarget, check_plain_name, check_subfolder

LOCK_SCHEMA = "civitai-sidebar/models-lock@1"
SHA256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256 of the whole file")]
COMMIT = Annotated[str, Field(pattern=r"^[0-9a-f]{40}$", description="the repo's commit the file was read at")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HuggingFaceSource(_Strict):
    kind: Literal["huggingface"] = "huggingface"
    repo: str = Field(min_length=3, max_length=200, pattern=r"^[\w.-]+/[\w.-]+$")
    revision: COMMIT
    path: str = Field(min_length=1, max_length=1000, description="the file's path in the repo")


class CivitaiSource(_Strict):
    kind: Literal["civitai"] = "civitai"
    model_version_id: int = Field(gt=0)
    file_id: int | None = Field(default=None, gt=0, description="the version's file, when it has several")
    model_id: int | None = Field(default=None, gt=0)


class UrlSource(_Strict):
    kind: Literal["url"] = "url"
    url: str = Field(pattern=r"^https?://", max_length=4096)


Source = Annotated[HuggingFaceSource | CivitaiSource | UrlSource, Field(discriminator="kind")]


def check_model_name(name: str) -> str:
    """A folder-relative model name as ComfyUI lists it: `sub/dir/file.ext`, forward slashes, a model extension."""
    parts = name.replace("\\", "/").split("/")
    subfolder, filename = check_subfolder("/".join(parts[:-1])), check_plain_name(parts[-1], "file name")
    if "." + filename.rsplit(".", 1)[-1].lower() not in MODEL_EXTENSIONS:
        raise UnsafeTarget(f"{filename!r} has no model file extension")
    return f"{subfolder}/{filename}" if subfolder else filename


class _Placed(_Strict):
    folder: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$", description="ComfyUI models folder")
    name: str = Field(min_length=1, max_length=1000, description="folder-relative, as ComfyUI lists it")

    @field_validator("name")
    @classmethod
    def _plain(cls, name: str) -> str:
        return check_model_name(name)


class LockedModel(_Placed):
    sha256: SHA256
    size: int = Field(ge=0)
    sources: list[Source] = Field(default_factory=list, max_length=32)


class UnpinnedModel(_Placed):
    reason: str = Field(min_length=1, max_length=1000, description="why no file could be pinned")


class LockFile(_Strict):
    schema_: Literal["civitai-sidebar/models-lock@1"] = Field(default=LOCK_SCHEMA, alias="schema")
    models: list[LockedModel] = Field(default_factory=list, max_length=20_000)
    unpinned: list[UnpinnedModel] = Field(default_factory=list, max_length=20_000)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _says_what_it_is(cls, data: object, info: ValidationInfo) -> object:
        if (info.context or {}).get("from_text") and isinstance(data, dict) and "schema" not in data:
            raise ValueError(f'no "schema": "{LOCK_SCHEMA}" (is this a models lock file?)')
        return data

    @model_validator(mode="after")
    def _one_file_per_place(self) -> LockFile:
        seen: dict[tuple[str, str], str] = {}
        for model in self.models:
            place = (model.folder, model.name.lower())
            if place in seen and seen[place] != model.sha256:
                raise ValueError(f"{model.folder}/{model.name} is locked to two different files")
            seen[place] = model.sha256
        return self

    @classmethod
    def parse(cls, text: str | bytes) -> LockFile:
        """A lock file's text, checked; ValueError with a sentence naming what is wrong."""
        try:
            return cls.model_validate_json(text, context={"from_text": True})
        except ValidationError as invalid:
            why = describe_invalid(invalid).removeprefix("invalid request: ")
            raise ValueError(f"not a {LOCK_SCHEMA} file: {why}") from None

    def dumps(self) -> str:
        """Stable text (sorted by folder and name), so a lock diffs cleanly under version control."""
        ordered = self.model_copy(
            update={
                "models": sorted(self.models, key=lambda m: (m.folder, m.name)),
                "unpinned": sorted(self.unpinned, key=lambda m: (m.folder, m.name)),
            }
        )
        return json.dumps(ordered.model_dump(by_alias=True, exclude_none=True), indent=2, ensure_ascii=False) + "\n"
