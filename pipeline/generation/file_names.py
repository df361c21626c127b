"""Which file a resource is to ComfyUI: the folder-relative name its loader nodes list."""

from __future__ import annotations

import posixpath
import re

from ..shapes.image_generation import ResolvedResource
from ..shapes.listed_names import MODEL_EXTENSIONS


def comfy_file_name(resource: ResolvedResource) -> str:
    """What a loader's combo should say: local_path, else subfolder/filename, else the name (+ ".safetensors").

    Always with forward slashes: a Windows subfolder ("sdxl\\styles") must not leak into the workflow.
    """
    if resource.local_path:
        name = resource.local_path
    elif resource.filename:
        name = f"{resource.subfolder}/{resource.filename}" if resource.subfolder else resource.filename
    else:  # known only by the name the image wrote, which A1111 takes from the file: assume safetensors
        name = resource.name if resource.name.lower().endswith(MODEL_EXTENSIONS) else f"{resource.name}.safetensors"
    return re.sub(r"/+", "/", name.replace("\\", "/")).strip("/")


def without_extension(file_name: str) -> str:
    """ "sdxl/x.safetensors" -> "sdxl/x"; a name with no model extension ("Detail v1.5") is kept whole."""
    root, extension = posixpath.splitext(file_name)
    return root if extension.lower() in MODEL_EXTENSIONS else file_name


def file_stem(resource: ResolvedResource) -> str:
    """The file's name without folder or extension: what A1111 prompts and <lora:...> tags use."""
    return posixpath.basename(without_extension(comfy_file_name(resource)))


def loose_key(text: str) -> str:
    """Case, spaces and punctuation ignored: "4x-UltraSharp" == "4x_ultrasharp.pth" once stems are taken."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def names_of(resource: ResolvedResource) -> set[str]:
    """Every loose spelling an image might use for the resource: its name, its model name, its file stem."""
    names = {resource.name, file_stem(resource), without_extension(resource.name)}
    if resource.model_name:
        names.add(resource.model_name)
    return {loose_key(name) for name in names if name and loose_key(name)}


def of_kind(resources: list[ResolvedResource], kind: str) -> list[ResolvedResource]:
    return [resource for resource in resources if resource.kind == kind]
