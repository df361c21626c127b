"""What a Civitai image says about how it was made, and the resources it used: the shared shapes.

`GenerationParams` is the normalised form of every meta shape Civitai returns (A1111/Forge infotext
keys, on-site generator fields, ComfyUI's parser output); `ResourceRef` is one model the image
names, before it is looked up; `ResolvedResource` is that model looked up, in the shape the
download routes take, so the sidebar can hand a card's resource straight to /civitai/download.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .route_schemas import MAX_BATCH, DownloadableFile

# The kinds of model an image can name; each maps to one ComfyUI model folder.
ResourceKind = Literal[
    "checkpoint",
    "diffusion_model",
    "lora",
    "embedding",
    "vae",
    "upscaler",
    "controlnet",
    "hypernetwork",
    "text_encoder",
    "clip_vision",
    "motion_module",
    "other",
]


class HiresParams(BaseModel):
    """A1111 "Hires fix": a second pass at a larger size."""

    upscale: float = 2.0
    upscaler: str | None = None  # "Latent", "Latent (nearest-exact)", or a model such as "4x-UltraSharp"
    steps: int | None = None  # None or 0: as many as the first pass
    denoise: float = 0.5
    width: int | None = None  # "Hires resize" when given instead of a factor
    height: int | None = None


class GenerationParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    prompt: str = ""
    negative_prompt: str = ""
    seed: int | None = None
    steps: int | None = None
    cfg: float | None = None
    sampler: str | None = None  # as the image wrote it: "DPM++ 2M Karras", "euler_ancestral"...
    scheduler: str | None = None  # Forge "Schedule type" or a ComfyUI scheduler name, when separate
    width: int | None = None
    height: int | None = None
    clip_skip: int | None = None  # A1111 counting: 1 = last layer, 2 = one before it
    denoise: float | None = None
    hires: HiresParams | None = None
    vae: str | None = None  # the VAE's name, when the image overrides the checkpoint's
    model_name: str | None = None  # A1111 "Model"
    base_model: str | None = None  # Civitai's "SDXL 1.0", "SD 1.5", "Illustrious"...
    engine: str | None = None  # "ComfyUI", "Civitai", or the A1111/Forge "Version"


class ResourceRef(BaseModel):
    """One model an image names, with whatever identifies it (best first: version id, hash, name)."""

    model_config = ConfigDict(extra="forbid")

    kind: ResourceKind
    name: str | None = None
    model_version_id: int | None = None
    hash: str | None = None  # upper-case hex, "0x" stripped: AutoV2 (10), AutoV3/TI (12), SHA-256 (64)...
    file_id: int | None = None  # one file of the version (an AIR's "+<fileId>", a link's ?fileId=)
    weight: float | None = None
    sources: list[str] = Field(default_factory=list)  # where in the meta it was found, for evidence


class EmbeddedComfyGraph(BaseModel):
    """The ComfyUI graph an image carries in `meta.comfy`: API prompt and/or UI workflow."""

    prompt: dict | None = None
    workflow: dict | None = None


class ImageMetadata(BaseModel):
    params: GenerationParams
    refs: list[ResourceRef]
    comfy: EmbeddedComfyGraph | None = None
    notices: list[str] = Field(default_factory=list)  # sentences for the user: hidden meta, broken comfy JSON...
    meta_available: bool = True


class ResolvedResource(DownloadableFile):
    """A resource of an image, looked up. Resolved ones are downloadable as they are."""

    model_config = ConfigDict(extra="ignore")

    url: str | None = None  # type: ignore[assignment]  # None when unresolved
    kind: ResourceKind
    name: str
    weight: float | None = None
    resolved: bool = True
    reason: str | None = None  # why not resolved, in words
    model_id: int | None = None
    model_version_id: int | None = None
    model_name: str | None = None
    version_name: str | None = None
    civitai_type: str | None = None  # "Checkpoint", "LORA", "TextualInversion"...
    base_model: str | None = None
    trained_words: list[str] = Field(default_factory=list)
    already_downloaded: bool = False
    local_path: str | None = None  # folder-relative name ComfyUI lists, e.g. "sdxl/detail.safetensors"
    page_url: str | None = None  # the model's Civitai page
    early_access_ends_at: str | None = None
    # `blocked` (from DownloadableFile): why the source will refuse it for now, e.g. "in Early Access until ..."
    needs_key: bool = False  # Civitai requires a login to download it and no key is configured
    confidence: float | None = None  # 0..1: 1.0 when a link, hash or version ID said it, lower for a name
    evidence: str | None = None  # why this file, in words ("Civitai file x.safetensors has exactly this name")
    needs_confirmation: bool = False  # a likely match by name only: the user confirms, Download All skips it
    lookup_timed_out: bool = False  # the sources did not answer in time: asking again may find one
    source_filename: str | None = None  # the file's own name at the source, when it is saved under another one
    sources: list[str] = Field(default_factory=list)


# The ComfyUI model folder each kind of resource belongs in.
FOLDER_OF_KIND: dict[str, str] = {
    "checkpoint": "checkpoints",
    "diffusion_model": "diffusion_models",
    "lora": "loras",
    "embedding": "embeddings",
    "vae": "vae",
    "upscaler": "upscale_models",
    "controlnet": "controlnet",
    "hypernetwork": "hypernetworks",
    "text_encoder": "text_encoders",
    "clip_vision": "clip_vision",
    "motion_module": "animatediff_models",
}


class GenerateRequest(BaseModel):
    """Body of /civitai/generate: the parameters and resources /civitai/resolve answered (maybe edited)."""

    model_config = ConfigDict(extra="forbid")
    metadata: GenerationParams
    resources: list[ResolvedResource] = Field(max_length=MAX_BATCH)
