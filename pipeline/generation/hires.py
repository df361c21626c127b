"""A1111's "Hires fix" as ComfyUI nodes: upscale the first pass, then sample it again at the larger size.

Three ways to upscale, as A1111 has them: in latent space ("Latent", "Latent (bicubic)"...), as a plain
image resize ("None", "Lanczos", "Nearest"), or with an upscale model file (4x-UltraSharp...). A model
upscales by its own factor, so its output is always scaled to the exact target size afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..shapes.image_generation import HiresParams, ResolvedResource
from .file_names import loose_key, names_of, of_kind, without_extension
from .first_pass import MAX_STEPS, FirstPass, multiple_of_8

# A1111's latent upscalers and the LatentUpscale method closest to each (ComfyUI has no antialiasing).
LATENT_UPSCALERS = {
    "latent": "bilinear",
    "latent (antialiased)": "bilinear",
    "latent (bicubic)": "bicubic",
    "latent (bicubic antialiased)": "bicubic",
    "latent (nearest)": "nearest-exact",
    "latent (nearest-exact)": "nearest-exact",
}
DEFAULT_LATENT_METHOD = "bilinear"  # A1111's default hires upscaler is "Latent"
# A1111's upscalers that are a plain resize of the decoded image ("None" resizes with Lanczos).
PIXEL_UPSCALERS = {"none": "lanczos", "lanczos": "lanczos", "nearest": "nearest-exact"}
MODEL_RESIZE_METHOD = "lanczos"  # what A1111 uses to bring a model's 4x output to the target size
MIN_UPSCALE, MAX_UPSCALE = 1.0, 8.0  # LatentUpscaleBy allows at most 8


@dataclass(frozen=True)
class HiresPlan:
    """How the second pass upscales, to what size, and how it samples."""

    mode: str  # "latent", "pixel" or "model"
    method: str  # LatentUpscale/ImageScale upscale_method
    scale_by: float | None  # set when A1111 scaled by a factor (latent mode uses LatentUpscaleBy then)
    width: int  # target size, multiples of 8
    height: int
    crop: str  # "center" when "Hires resize" gave both sides (A1111 crops to fill), else "disabled"
    steps: int
    denoise: float
    upscale_model: ResolvedResource | None = None


def _scale(upscale: float, warnings: list[str]) -> float:
    if MIN_UPSCALE <= upscale <= MAX_UPSCALE:
        return upscale
    clamped = min(MAX_UPSCALE, max(MIN_UPSCALE, upscale))
    warnings.append(f"Hires upscale {upscale:g} is outside {MIN_UPSCALE:g}-{MAX_UPSCALE:g}: using {clamped:g}.")
    return clamped


def _target(hires: HiresParams, first: FirstPass, warnings: list[str]) -> tuple[float | None, int, int, str]:
    """A1111's rule: "Hires resize" when given (one side follows the aspect ratio), else the factor."""
    width, height = hires.width or 0, hires.height or 0
    if width <= 0 and height <= 0:
        scale = _scale(hires.upscale, warnings)
        return scale, multiple_of_8(first.width * scale), multiple_of_8(first.height * scale), "disabled"
    if width <= 0:
        width = height * first.width / first.height
    elif height <= 0:
        height = width * first.height / first.width
    crop = "center" if hires.width and hires.height else "disabled"
    target = multiple_of_8(width), multiple_of_8(height)
    if hires.width and hires.height and target != (hires.width, hires.height):
        warnings.append(
            f"Hires size {hires.width}x{hires.height} is not made of multiples of 8: using {target[0]}x{target[1]}."
        )
    return None, target[0], target[1], crop


def _upscale_model(name: str, resources: list[ResolvedResource]) -> ResolvedResource | None:
    key = loose_key(without_extension(name))
    for resource in of_kind(resources, "upscaler"):
        if key in names_of(resource):
            return resource
    return None


def _upscaler(upscaler: str | None, resources: list[ResolvedResource], warnings: list[str]):
    """(mode, method, model) for the image's "Hires upscaler" name."""
    name = (upscaler or "").strip()
    lowered = " ".join(name.lower().split())
    if not name or lowered in LATENT_UPSCALERS:
        return "latent", LATENT_UPSCALERS.get(lowered, DEFAULT_LATENT_METHOD), None
    if lowered in PIXEL_UPSCALERS:
        return "pixel", PIXEL_UPSCALERS[lowered], None
    model = _upscale_model(name, resources)
    if model is not None:
        return "model", MODEL_RESIZE_METHOD, model
    if lowered.startswith("latent"):
        warnings.append(f"Unknown latent upscaler {name!r}: using {DEFAULT_LATENT_METHOD}.")
    else:
        warnings.append(
            f"The hires upscaler {name!r} is not among the image's resources: upscaling the latent "
            f"({DEFAULT_LATENT_METHOD}) instead, so the picture will differ. Add the upscale model to use it."
        )
    return "latent", DEFAULT_LATENT_METHOD, None


def _steps(hires: HiresParams, first: FirstPass, warnings: list[str]) -> int:
    if not hires.steps or hires.steps < 0:
        return first.steps  # A1111: 0 hires steps means as many as the first pass
    if hires.steps > MAX_STEPS:
        warnings.append(f"Hires steps {hires.steps} is more than ComfyUI allows: using {MAX_STEPS}.")
        return MAX_STEPS
    return hires.steps


def _denoise(hires: HiresParams, image_denoise: float | None, warnings: list[str]) -> float:
    """The hires denoise; A1111 writes it as the image's "Denoising strength", which may land outside hires."""
    denoise = hires.denoise
    if "denoise" not in hires.model_fields_set and image_denoise is not None:
        denoise = image_denoise
    if not 0.0 <= denoise <= 1.0:
        clamped = min(1.0, max(0.0, denoise))
        warnings.append(f"Hires denoise {denoise:g} is outside 0-1: using {clamped:g}.")
        return clamped
    return denoise


def plan_hires(
    hires: HiresParams,
    first: FirstPass,
    image_denoise: float | None,
    resources: list[ResolvedResource],
    warnings: list[str],
) -> HiresPlan:
    mode, method, model = _upscaler(hires.upscaler, resources, warnings)
    scale_by, width, height, crop = _target(hires, first, warnings)
    steps = _steps(hires, first, warnings)
    denoise = _denoise(hires, image_denoise, warnings)
    return HiresPlan(mode, method, scale_by, width, height, crop, steps, denoise, model)
