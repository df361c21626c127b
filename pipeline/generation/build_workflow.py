"""An image's generation data and resources made into a ComfyUI API-format workflow that ComfyUI accepts.

txt2img:  Checkpoint -> LoRA chain -> [CLIPSetLastLayer] -> prompts -> EmptyLatentImage -> KSampler
          -> VAEDecode -> SaveImage, with [VAELoader] feeding every VAE input when the image overrides it.
hires:    the first KSampler's latent is upscaled (latent, plain image resize, or upscale model) and
          sampled again at the hires steps and denoise before decoding.
Given ComfyUI's folder lists, every model the workflow loads is named as listed (workflow_on_disk.py).
Pure: no I/O; anything defaulted, approximated or dropped is a sentence in `warnings`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..shapes.image_generation import GenerationParams, ResolvedResource
from .file_names import comfy_file_name, of_kind
from .first_pass import FirstPass, first_pass
from .graph import WorkflowGraph, link
from .hires import HiresPlan, plan_hires
from .listed_files import Listings, point_at_listed_files, spell_as_listed
from .prompt_text import remove_network_tags, rewrite_embeddings
from .resources import embedding_spelling, lora_chain, pick_checkpoint, pick_vae, warn_if_unresolved, warn_unused

SAVE_PREFIX = "civitai"
MAX_CLIP_SKIP = 24  # CLIPSetLastLayer goes down to -24


class BuiltWorkflow(BaseModel):
    workflow: dict[str, dict] = Field(description="ComfyUI API-format prompt, node ids '1'..'N'")
    workflow_type: Literal["txt2img", "txt2img-hires"]
    node_count: int
    warnings: list[str] = Field(default_factory=list)


def _prompts(params: GenerationParams, resources: list[ResolvedResource], warnings: list[str]):
    """Both prompts in ComfyUI's terms, and the <lora:...> tags taken out of them (positive first)."""
    positive, positive_tags = remove_network_tags(params.prompt)
    negative, negative_tags = remove_network_tags(params.negative_prompt)
    for embedding in of_kind(resources, "embedding"):
        spelling = embedding_spelling(embedding)
        positive, in_positive = rewrite_embeddings(positive, spelling)
        negative, in_negative = rewrite_embeddings(negative, spelling)
        if not (in_positive or in_negative):
            warnings.append(f"The embedding {embedding.name!r} is not named in either prompt: not used.")
        elif " " in spelling.target:
            warnings.append(f"The embedding file {spelling.target!r} has a space, which ComfyUI prompts cannot name.")
        warn_if_unresolved(embedding, warnings)
    return positive, negative, positive_tags + negative_tags


def _clip_skip(clip_skip: int | None, warnings: list[str]) -> int | None:
    """CLIPSetLastLayer's value, or None when the node would change nothing (A1111 clip skip 1: last layer)."""
    if clip_skip is None or clip_skip == 1:
        return None
    if clip_skip < 1:
        warnings.append(f"Clip skip {clip_skip} is not a layer count: using the last layer.")
        return None
    if clip_skip > MAX_CLIP_SKIP:
        warnings.append(f"Clip skip {clip_skip} is deeper than ComfyUI allows: using {MAX_CLIP_SKIP}.")
        clip_skip = MAX_CLIP_SKIP
    return -clip_skip


def _sampler(graph: WorkflowGraph, title: str, first: FirstPass, model, positive, negative, latent, **pass_):
    return graph.add(
        "KSampler",
        title,
        seed=first.seed,
        steps=pass_.get("steps", first.steps),
        cfg=first.cfg,
        sampler_name=first.sampler_name,
        scheduler=first.scheduler,
        denoise=pass_.get("denoise", 1.0),
        model=model,
        positive=positive,
        negative=negative,
        latent_image=latent,
    )


def _upscaled_latent(graph: WorkflowGraph, plan: HiresPlan, latent: list, vae: list) -> list:
    """The first pass's latent at the hires size, by the plan's route."""
    size = f"{plan.width}x{plan.height}"
    if plan.mode == "latent" and plan.scale_by is not None:
        title = f"Hires upscale latent x{plan.scale_by:g} ({plan.method})"
        return link(
            graph.add("LatentUpscaleBy", title, samples=latent, upscale_method=plan.method, scale_by=plan.scale_by)
        )
    if plan.mode == "latent":
        return link(
            graph.add(
                "LatentUpscale",
                f"Hires upscale latent to {size} ({plan.method})",
                samples=latent,
                upscale_method=plan.method,
                width=plan.width,
                height=plan.height,
                crop=plan.crop,
            )
        )
    image = link(graph.add("VAEDecode", "Decode first pass", samples=latent, vae=vae))
    if plan.mode == "model":
        name = comfy_file_name(plan.upscale_model)
        loader = graph.add("UpscaleModelLoader", f"Upscale model: {plan.upscale_model.name}", model_name=name)
        image = link(graph.add("ImageUpscaleWithModel", "Upscale with model", upscale_model=link(loader), image=image))
    resized = graph.add(
        "ImageScale",
        f"Resize to {size} ({plan.method})",
        image=image,
        upscale_method=plan.method,
        width=plan.width,
        height=plan.height,
        crop=plan.crop,
    )
    return link(graph.add("VAEEncode", "Encode for hires pass", pixels=link(resized), vae=vae))


def build_workflow(
    params: GenerationParams, resources: list[ResolvedResource], listings: Listings | None = None
) -> BuiltWorkflow:
    """The workflow for an image; with `listings` ({folder: names ComfyUI lists}) its loaders name the files
    on disk. Raises ValueError (with a sentence for the user) when it has no checkpoint."""
    warnings: list[str] = []
    if listings is not None:
        resources = point_at_listed_files(resources, listings)
    checkpoint = pick_checkpoint(resources, warnings)
    first = first_pass(params, warnings)
    positive_text, negative_text, tags = _prompts(params, resources, warnings)
    graph = WorkflowGraph()

    loader = graph.add(
        "CheckpointLoaderSimple", f"Checkpoint: {checkpoint.name}", ckpt_name=comfy_file_name(checkpoint)
    )
    model, clip, vae = link(loader, 0), link(loader, 1), link(loader, 2)
    for lora in lora_chain(resources, tags, warnings):
        node = graph.add(
            "LoraLoader",
            f"LoRA: {lora.resource.name} ({lora.weight:g})",
            model=model,
            clip=clip,
            lora_name=lora.file,
            strength_model=lora.weight,
            strength_clip=lora.weight,
        )
        model, clip = link(node, 0), link(node, 1)
    stop_at = _clip_skip(params.clip_skip, warnings)
    if stop_at is not None:
        clip = link(graph.add("CLIPSetLastLayer", f"Clip skip {-stop_at}", clip=clip, stop_at_clip_layer=stop_at))
    vae_resource = pick_vae(resources, params.vae, warnings)
    if vae_resource is not None:
        vae = link(graph.add("VAELoader", f"VAE: {vae_resource.name}", vae_name=comfy_file_name(vae_resource)))

    positive = link(graph.add("CLIPTextEncode", "Positive prompt", text=positive_text, clip=clip))
    negative = link(graph.add("CLIPTextEncode", "Negative prompt", text=negative_text, clip=clip))
    size = f"{first.width}x{first.height}"
    empty = graph.add("EmptyLatentImage", f"Empty latent {size}", width=first.width, height=first.height, batch_size=1)
    hires = params.hires
    title = "KSampler (first pass)" if hires else "KSampler"
    latent = link(_sampler(graph, title, first, model, positive, negative, link(empty)))

    plan = None
    if hires is not None:
        plan = plan_hires(hires, first, params.denoise, resources, warnings)
        upscaled = _upscaled_latent(graph, plan, latent, vae)
        title = f"KSampler (hires pass, denoise {plan.denoise:g})"
        latent = link(
            _sampler(graph, title, first, model, positive, negative, upscaled, steps=plan.steps, denoise=plan.denoise)
        )
    elif params.denoise is not None and params.denoise < 1.0:
        warnings.append(
            f"Denoise {params.denoise:g} without a hires pass suggests img2img: built txt2img at full denoise."
        )
    image = graph.add("VAEDecode", "Decode", samples=latent, vae=vae)
    graph.add("SaveImage", "Save image", images=link(image), filename_prefix=SAVE_PREFIX)

    warn_unused(resources, plan.upscale_model if plan else None, warnings)
    if listings is not None:
        spell_as_listed(graph.nodes, listings, warnings)
    return BuiltWorkflow(
        workflow=graph.nodes,
        workflow_type="txt2img-hires" if hires else "txt2img",
        node_count=len(graph.nodes),
        warnings=warnings,
    )
