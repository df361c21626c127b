"""ComfyUI's model folders without ComfyUI running: its default layout under a models directory.

The command line uses this to know where files go; inside ComfyUI the live `folder_paths` table is
used instead (it also knows `extra_model_paths.yaml` and folders custom packs register).
"""

from __future__ import annotations

from pathlib import Path

from .model_folders import ModelFolders

PT = (".ckpt", ".pt", ".pt2", ".bin", ".pth", ".safetensors", ".pkl", ".sft")
# Folder name -> its roots under models/ (first the one ComfyUI lists first), as ComfyUI 0.3.75 sets them.
CORE_FOLDERS: dict[str, tuple[str, ...]] = {
    "checkpoints": ("checkpoints",),
    "loras": ("loras",),
    "vae": ("vae",),
    "text_encoders": ("text_encoders", "clip"),
    "diffusion_models": ("unet", "diffusion_models"),
    "clip_vision": ("clip_vision",),
    "style_models": ("style_models",),
    "embeddings": ("embeddings",),
    "vae_approx": ("vae_approx",),
    "controlnet": ("controlnet", "t2i_adapter"),
    "gligen": ("gligen",),
    "upscale_models": ("upscale_models",),
    "latent_upscale_models": ("latent_upscale_models",),
    "hypernetworks": ("hypernetworks",),
    "photomaker": ("photomaker",),
    "model_patches": ("model_patches",),
    "audio_encoders": ("audio_encoders",),
}
# Folders popular custom packs register (checked in their sources), so their models have a home too.
CUSTOM_FOLDERS: dict[str, tuple[str, ...]] = {
    "ipadapter": ("ipadapter",),
    "instantid": ("instantid",),
    "animatediff_models": ("animatediff_models",),
    "animatediff_motion_lora": ("animatediff_motion_lora",),
    "sams": ("sams",),
    "onnx": ("onnx",),
    "ultralytics": ("ultralytics",),
}
EXTRA_EXTENSIONS = {
    "diffusion_models": (".gguf",),
    "text_encoders": (".gguf",),
    "onnx": (".onnx",),
    "ultralytics": (".pt",),
}


def folder_table(models_dir: Path) -> dict[str, tuple[list[str], set[str]]]:
    """A `folder_paths.folder_names_and_paths`-shaped table for a models directory."""
    table = {}
    for name, roots in {**CORE_FOLDERS, **CUSTOM_FOLDERS}.items():
        table[name] = ([str(models_dir / root) for root in roots], set(PT) | set(EXTRA_EXTENSIONS.get(name, ())))
    return table


def standalone_folders(models_dir: Path) -> ModelFolders:
    return ModelFolders(folder_table(models_dir))
