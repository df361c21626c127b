"""Which node inputs name a model file, and the folder each reads: the rule shape and the built-in table.

The table covers ComfyUI's own loaders (every row of the corpus RULES.md, with the widget position the
frontend gives each input) and a few custom-node loaders whose folder was checked in their source. It is
the fallback when no running ComfyUI has told us its nodes (`object_info`), and the tie-breaker when it has.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..shapes.workflow_models import FolderEvidence

# VAELoader lists these next to the files of models/vae; they are built in or made from models/vae_approx.
VAE_PSEUDO_VALUES = frozenset({"taesd", "taesdxl", "taesd3", "taef1", "pixel_space", "none"})
# Combo entries that mean "no file": seen in core and custom loader lists.
NO_FILE_VALUES = frozenset({"none", "[none]", "baked vae"})


@dataclass(frozen=True)
class ModelInput:
    """One node input that names a model file."""

    name: str  # the input's name: the API `inputs` key, and the key of a dict `widgets_values`
    widget_index: int | None  # its position in a UI node's `widgets_values` list; None when not known
    folder: str | None  # the folder its files are read from; None when not known
    evidence: FolderEvidence = "core table"
    # object_info only: every folder whose file list the options equal, when that was more than one (the
    # folder above was then picked by the built-in table or the node's name); a node's own
    # `properties.models` directory may still pick another of them.
    candidates: tuple[str, ...] = ()
    # False when the options matched only empty folders: then it may not be a model input at all, and it
    # counts only if something else names its folder.
    certain: bool = True


def _row(folder: str, *inputs: tuple[int, str]) -> tuple[ModelInput, ...]:
    return tuple(ModelInput(name, index, folder) for index, name in inputs)


_CLIPS = ((0, "clip_name1"), (1, "clip_name2"), (2, "clip_name3"), (3, "clip_name4"))

# node type -> its model inputs. Core rows follow RULES.md; the widget index is the input's position among
# the node's widgets (ComfyUI 0.3.75 INPUT_TYPES, required then optional, links skipped).
CORE_LOADERS: dict[str, tuple[ModelInput, ...]] = {
    "CheckpointLoaderSimple": _row("checkpoints", (0, "ckpt_name")),
    "unCLIPCheckpointLoader": _row("checkpoints", (0, "ckpt_name")),
    "ImageOnlyCheckpointLoader": _row("checkpoints", (0, "ckpt_name")),
    "CheckpointLoader": _row("checkpoints", (1, "ckpt_name")),  # widget 0 is config_name, a models/configs .yaml
    "LoraLoader": _row("loras", (0, "lora_name")),
    "LoraLoaderModelOnly": _row("loras", (0, "lora_name")),
    "VAELoader": _row("vae", (0, "vae_name")),
    "UNETLoader": _row("diffusion_models", (0, "unet_name")),
    "CLIPLoader": _row("text_encoders", (0, "clip_name")),
    "DualCLIPLoader": _row("text_encoders", *_CLIPS[:2]),
    "TripleCLIPLoader": _row("text_encoders", *_CLIPS[:3]),
    "QuadrupleCLIPLoader": _row("text_encoders", *_CLIPS),
    "ControlNetLoader": _row("controlnet", (0, "control_net_name")),
    "DiffControlNetLoader": _row("controlnet", (0, "control_net_name")),  # input 0 `model` is a link
    "UpscaleModelLoader": _row("upscale_models", (0, "model_name")),
    "CLIPVisionLoader": _row("clip_vision", (0, "clip_name")),
    "StyleModelLoader": _row("style_models", (0, "style_model_name")),
    "GLIGENLoader": _row("gligen", (0, "gligen_name")),
    "HypernetworkLoader": _row("hypernetworks", (0, "hypernetwork_name")),  # input 0 `model` is a link
    "PhotoMakerLoader": _row("photomaker", (0, "photomaker_model_name")),
    "LatentUpscaleModelLoader": _row("latent_upscale_models", (0, "model_name")),
    "ModelPatchLoader": _row("model_patches", (0, "name")),
    "AudioEncoderLoader": _row("audio_encoders", (0, "audio_encoder_name")),
    # comfy_extras/nodes_hooks.py (0.3.75)
    "CreateHookLora": _row("loras", (0, "lora_name")),
    "CreateHookLoraModelOnly": _row("loras", (0, "lora_name")),
    "CreateHookModelAsLora": _row("checkpoints", (0, "ckpt_name")),
    "CreateHookModelAsLoraModelOnly": _row("checkpoints", (0, "ckpt_name")),
    # Added by ComfyUI 0.30.0 (August 2026), with the folders it registers for them
    "LoraLoaderBypass": _row("loras", (0, "lora_name")),  # inputs 0-1 `model`, `clip` are links
    "LoraLoaderBypassModelOnly": _row("loras", (0, "lora_name")),
    "LTXAVTextEncoderLoader": _row("text_encoders", (0, "text_encoder")) + _row("checkpoints", (1, "ckpt_name")),
    "LTXVAudioVAELoader": _row("checkpoints", (0, "ckpt_name")),
    "LoadBackgroundRemovalModel": _row("background_removal", (0, "bg_removal_name")),
    "LoadMediaPipeFaceLandmarker": _row("detection", (0, "model_name")),
    "LoadMoGeModel": _row("geometry_estimation", (0, "model_name")),
    "LoadDA3Model": _row("geometry_estimation", (0, "model_name")),
    "OpticalFlowLoader": _row("optical_flow", (0, "model_name")),
    "FrameInterpolationModelLoader": _row("frame_interpolation", (0, "model_name")),
    # A training node; its widget position depends on the seed's control widget, so only its name is known.
    "TrainLoraNode": (ModelInput("existing_lora", None, "loras"),),
}

# Custom-node loaders: folder as registered in the pack's `folder_paths` (RULES.md hints, checked in source).
CUSTOM_LOADERS: dict[str, tuple[ModelInput, ...]] = {
    # cubiq/ComfyUI_IPAdapter_plus, cubiq/ComfyUI_InstantID
    "IPAdapterModelLoader": _row("ipadapter", (0, "ipadapter_file")),
    "InstantIDModelLoader": _row("instantid", (0, "instantid_file")),
    # Kosinkadink/ComfyUI-AnimateDiff-Evolved (`model` and `latents` inputs are links)
    "ADE_LoadAnimateDiffModel": _row("animatediff_models", (0, "model_name")),
    "ADE_AnimateDiffLoaderWithContext": _row("animatediff_models", (0, "model_name")),
    "ADE_AnimateDiffLoaderGen1": _row("animatediff_models", (0, "model_name")),
    "ADE_AnimateDiffLoaderV1Advanced": _row("animatediff_models", (0, "model_name")),
    "ADE_AnimateDiffLoRALoader": _row("animatediff_motion_lora", (0, "lora_name")),
    # ltdrdata/ComfyUI-Impact-Pack and Impact-Subpack; Ultralytics names carry a `bbox/` or `segm/` prefix
    "SAMLoader": _row("sams", (0, "model_name")),
    "ONNXDetectorProvider": _row("onnx", (0, "model_name")),
    "UltralyticsDetectorProvider": _row("ultralytics", (0, "model_name")),
    # XLabs-AI/x-flux-comfyui: folders registered as xlabs_* for models/xlabs/<kind>
    "LoadFluxControlNet": _row("xlabs_controlnets", (1, "controlnet_path")),  # widget 0 picks the base model
    "FluxLoraLoader": _row("xlabs_loras", (0, "lora_name")),
    "LoadFluxIPAdapter": _row("xlabs_ipadapters", (0, "ipadatper")) + _row("clip_vision", (1, "clip_vision")),
}

STATIC_LOADERS: dict[str, tuple[ModelInput, ...]] = {**CORE_LOADERS, **CUSTOM_LOADERS}


def is_no_file_value(value: str, input_folder: str | None) -> bool:
    """A loader value that names no file: VAELoader's built-in choices, or a "None" entry."""
    lowered = value.strip().lower()
    if lowered in NO_FILE_VALUES:
        return True
    return input_folder == "vae" and lowered in VAE_PSEUDO_VALUES
