"""The first pass's numbers, made valid for ComfyUI's nodes, with a sentence for each one guessed or changed.

Missing values get fixed, stated defaults rather than random ones, so the same image always builds the
same workflow and the user is told which values did not come from the image.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..shapes.image_generation import GenerationParams
from .samplers import map_sampler

DEFAULT_SEED = 0
DEFAULT_STEPS = 20
DEFAULT_CFG = 7.0
DEFAULT_SIZE = 512
MAX_SEED = 2**64 - 1  # KSampler's seed range
MAX_STEPS = 10_000
MAX_CFG = 100.0
MIN_SIZE, MAX_SIZE = 16, 16_384  # EmptyLatentImage's range (nodes.MAX_RESOLUTION)
LATENT_STEP = 8  # a latent pixel is 8 image pixels: sizes must be multiples of 8


@dataclass(frozen=True)
class FirstPass:
    seed: int
    steps: int
    cfg: float
    sampler_name: str
    scheduler: str
    width: int
    height: int


def multiple_of_8(value: float) -> int:
    """The nearest multiple of 8 within EmptyLatentImage's range."""
    return min(MAX_SIZE, max(MIN_SIZE, int(round(value / LATENT_STEP)) * LATENT_STEP))


def _seed(seed: int | None, warnings: list[str]) -> int:
    if seed is None:
        warnings.append(f"No seed in the image's data: using {DEFAULT_SEED}, so the picture will not match.")
        return DEFAULT_SEED
    if seed < 0:
        warnings.append(f"Seed {seed} means 'random' in A1111: using {DEFAULT_SEED}, so the picture will not match.")
        return DEFAULT_SEED
    if seed > MAX_SEED:
        warnings.append(f"Seed {seed} is beyond ComfyUI's range: using {seed % (MAX_SEED + 1)}.")
        return seed % (MAX_SEED + 1)
    return seed


def _steps(steps: int | None, warnings: list[str]) -> int:
    if steps is None or steps < 1:
        told = "No steps in the image's data" if steps is None else f"Steps {steps} is not a step count"
        warnings.append(f"{told}: using {DEFAULT_STEPS}.")
        return DEFAULT_STEPS
    if steps > MAX_STEPS:
        warnings.append(f"Steps {steps} is more than ComfyUI allows: using {MAX_STEPS}.")
        return MAX_STEPS
    return steps


def _cfg(cfg: float | None, warnings: list[str]) -> float:
    if cfg is None:
        warnings.append(f"No CFG scale in the image's data: using {DEFAULT_CFG:g}.")
        return DEFAULT_CFG
    if not 0.0 <= cfg <= MAX_CFG:
        clamped = min(MAX_CFG, max(0.0, cfg))
        warnings.append(f"CFG scale {cfg:g} is outside ComfyUI's 0-100: using {clamped:g}.")
        return clamped
    return float(cfg)


def _size(width: int | None, height: int | None, warnings: list[str]) -> tuple[int, int]:
    if width is None or height is None or width <= 0 or height <= 0:
        warnings.append(f"No image size in the image's data: using {DEFAULT_SIZE}x{DEFAULT_SIZE}.")
        return DEFAULT_SIZE, DEFAULT_SIZE
    size = multiple_of_8(width), multiple_of_8(height)
    if size != (width, height):
        warnings.append(f"Size {width}x{height} is not made of multiples of 8: using {size[0]}x{size[1]}.")
    return size


def first_pass(params: GenerationParams, warnings: list[str]) -> FirstPass:
    """The txt2img pass's settings; sentences about defaults and corrections go to `warnings`."""
    sampler = map_sampler(params.sampler, params.scheduler)
    seed = _seed(params.seed, warnings)
    steps = _steps(params.steps, warnings)
    cfg = _cfg(params.cfg, warnings)
    warnings.extend(sampler.warnings)
    width, height = _size(params.width, params.height, warnings)
    return FirstPass(seed, steps, cfg, sampler.sampler_name, sampler.scheduler, width, height)
