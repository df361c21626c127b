"""The shapes of "what models does this workflow need": a reference found in a graph, and its verdict.

A `ModelReference` is one model file a workflow names, with where it was found and which ComfyUI
folder it belongs in (and the evidence for that folder). A `MissingModel` is that reference checked
against this machine, with a source to download it from when one was found.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .image_generation import ResolvedResource
from .route_schemas import MAX_BATCH, MAX_FOLDER_NAME

FolderEvidence = Literal["object_info", "properties.models", "core table", "embedding in text", "unknown"]


class ModelReference(BaseModel):
    name: str  # exactly as written in the workflow: may carry a subfolder and Windows separators
    folder: str | None  # the ComfyUI models/ folder its loader reads; None when no rule knows the node
    folder_evidence: FolderEvidence = "unknown"
    node_id: str
    node_type: str
    input_name: str | None = None
    where: str | None = None  # "subgraph:<id>" or "groupnode:<name>" when not a top-level node
    disabled: bool = False  # every node that names it is muted (mode 2) or bypassed (mode 4)
    url: str | None = None  # from properties.models
    hash: str | None = None  # from properties.models
    hash_type: str | None = None
    occurrences: int = 1

    @property
    def basename(self) -> str:
        return self.name.replace("\\", "/").rsplit("/", 1)[-1]


class NodeOrigin(BaseModel):
    """Who provides a node type, as the editor records it in the node's `properties` when it saves."""

    cnr_id: str | None = None  # the Comfy Registry id: "comfy-core" for ComfyUI's own nodes, else the pack's
    aux_id: str | None = None  # the pack's GitHub "owner/repo", for packs not in the registry
    ver: str | None = None  # the ComfyUI version (core nodes), or the pack's version or commit


class MissingNodeType(BaseModel):
    """A node type no installed pack provides, and what to do about it."""

    type: str
    pack: str | None = None  # cnr_id, else aux_id; None when the workflow does not say
    version: str | None = None
    core: bool = False  # a node of ComfyUI itself, newer than the running one
    message: str


class ParsedWorkflow(BaseModel):
    format: Literal["ui", "api"]
    references: list[ModelReference] = Field(default_factory=list)
    node_types: list[str] = Field(default_factory=list)  # every node type used, for missing custom nodes
    node_origins: dict[str, NodeOrigin] = Field(default_factory=dict)  # node type -> who provides it, when said
    notes: list[str] = Field(default_factory=list)


MissingStatus = Literal["present", "elsewhere", "missing"]


class MissingModel(BaseModel):
    reference: ModelReference
    status: MissingStatus
    local_path: str | None = None  # folder-relative, when present
    found_elsewhere: str | None = None  # "checkpoints/x.safetensors" when the file sits in another folder
    message: str | None = None  # "found in checkpoints/, this loader reads diffusion_models/"
    resource: ResolvedResource | None = None  # the download source, when resolved


class SourcesRequest(BaseModel):
    """Body of /civitai/sources: missing models as /civitai/missing described them (`models[].reference`)."""

    model_config = ConfigDict(extra="forbid")
    references: list[ModelReference] = Field(min_length=1, max_length=MAX_BATCH)
    deadline: float = Field(default=15.0, ge=1, le=60, description="seconds before unanswered lookups give up")

    @field_validator("references")
    @classmethod
    def _folders_are_folder_names(cls, references: list[ModelReference]) -> list[ModelReference]:
        """A folder longer than any ComfyUI folder name cannot become a download card: refused at the door."""
        for index, reference in enumerate(references):
            if reference.folder is not None and len(reference.folder) > MAX_FOLDER_NAME:
                raise ValueError(f"reference {index}: {reference.folder[:40]!r}… is not a model folder name")
        return references
