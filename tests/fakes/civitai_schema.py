"""Civitai's enums and the exact shapes of its validation errors (zod v4), reference §1, §2.1, §3, §7.1.

Kept apart from the handlers so the handlers read as the decision tables of the reference.
"""

from __future__ import annotations

import json

IMAGE_SORTS = ("Most Reactions", "Most Comments", "Most Collected", "Newest", "Oldest", "Random")
PERIODS = ("AllTime", "Year", "Month", "Week", "Day")
MEDIA_TYPES = ("image", "video", "audio")
NSFW_LEVELS = {"None": 1, "Soft": 3, "Mature": 7, "X": 31}
"""``nsfw=<level>`` on /images, as a browsing-level bitmask (PG=1, PG13=2, R=4, X=8, XXX=16, Blocked=32)."""
NSFW_TRUE_MASK = 4 + 8 + 16 + 32
PUBLIC_MASK = 1
NSFW_LEVEL_NAMES = {1: "None", 2: "Soft", 4: "Mature", 8: "X", 16: "X"}

MODEL_SORTS = (
    "Highest Rated",
    "Most Downloaded",
    "Most Liked",
    "Most Discussed",
    "Most Collected",
    "Most Images",
    "Newest",
    "Oldest",
)
MODEL_TYPES = (
    "Checkpoint",
    "TextualInversion",
    "Hypernetwork",
    "AestheticGradient",
    "LORA",
    "LoCon",
    "DoRA",
    "Controlnet",
    "Upscaler",
    "MotionModule",
    "VAE",
    "Poses",
    "Wildcards",
    "Workflows",
    "Detection",
    "Other",
)
CHECKPOINT_TYPES = ("Standard", "Trained", "Merge")

FILE_TYPES = (
    "Model",
    "Text Encoder",
    "Vision Encoder",
    "Pruned Model",
    "Negative",
    "Training Data",
    "VAE",
    "Config",
    "Archive",
    "UNet",
    "Diffusion Model",
    "CLIPVision",
    "ControlNet",
    "Workflow",
    "Upscaler",
    "Enhancement LoRA",
    "Other",
)
FILE_FORMATS = ("SafeTensor", "PickleTensor", "GGUF", "Diffusers", "Core ML", "ONNX", "Other")
FILE_SIZES = ("full", "pruned")

HASH_KINDS = ("AutoV1", "AutoV2", "AutoV3", "SHA256", "CRC32", "BLAKE3")

PAGE_CAP_MESSAGE = "You've requested too many pages, please use cursors instead"
QUERY_WITH_PAGE_MESSAGE = "Cannot use page param with query search. Use cursor-based pagination."
IMAGES_OVERLOADED_MESSAGE = "Image search is temporarily overloaded — please retry."
DOWNLOAD_LIMITER_MESSAGE = (
    "We've noticed an unusual amount of downloading from your account. Contact support@civitai.com or come back later."
)
LOGIN_REQUIRED_MESSAGE = "The creator of this asset requires you to be logged in to download it"
DOWNLOADS_DISABLED_MESSAGE = "The creator of this asset has disabled downloads on this file"
EARLY_ACCESS_MESSAGE = "This asset is in Early Access. You can use Buzz access it now!"
ARCHIVED_MESSAGE = "Model archived, not available for download"


def invalid_option(path: str, values: tuple[str, ...]) -> dict:
    options = "|".join(json.dumps(value, ensure_ascii=False) for value in values)
    return {
        "code": "invalid_value",
        "values": list(values),
        "path": [path],
        "message": f"Invalid option: expected one of {options}",
    }


def not_a_number(path: str) -> dict:
    return {
        "expected": "number",
        "code": "invalid_type",
        "path": [path],
        "message": "Invalid input: expected number, received NaN",
    }


def too_big(path: str, maximum: int) -> dict:
    return {
        "origin": "number",
        "code": "too_big",
        "maximum": maximum,
        "inclusive": True,
        "path": [path],
        "message": f"Too big: expected number to be <={maximum}",
    }


def too_small(path: str, minimum: int) -> dict:
    return {
        "origin": "number",
        "code": "too_small",
        "minimum": minimum,
        "inclusive": True,
        "path": [path],
        "message": f"Too small: expected number to be >={minimum}",
    }


def too_long(path: str, maximum: int) -> dict:
    return {
        "origin": "string",
        "code": "too_big",
        "maximum": maximum,
        "inclusive": True,
        "path": [path],
        "message": f"Too big: expected string to have <={maximum} characters",
    }


def zod_error(issues: list[dict]) -> dict:
    """What ``res.status(400).json({error: zodError})`` puts in ``error`` with zod v4."""
    return {"name": "ZodError", "message": json.dumps(issues, indent=2, ensure_ascii=False)}


def pretty_zod(issues: list[dict]) -> str:
    """``z.prettifyError``: what the download and by-id endpoints put in ``error`` as a string."""
    lines = []
    for issue in issues:
        lines.append(f"✖ {issue['message']}")
        if issue.get("path"):
            lines.append("  → at " + ".".join(str(part) for part in issue["path"]))
    return "\n".join(lines)


def parse_number(
    params,
    name: str,
    issues: list[dict],
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    integer: bool = True,
) -> float | None:
    """Validate a numeric query parameter like zod's numericString(); returns None when absent/invalid."""
    raw = params.get(name)
    if raw is None:
        return None
    try:
        value = float(raw) if raw.strip() else float("nan")
    except ValueError:
        value = float("nan")
    if value != value or (integer and value != int(value)):
        issues.append(not_a_number(name))
        return None
    if maximum is not None and value > maximum:
        issues.append(too_big(name, maximum))
        return None
    if minimum is not None and value < minimum:
        issues.append(too_small(name, minimum))
        return None
    return int(value) if integer else value


def parse_enum(params, name: str, values: tuple[str, ...], issues: list[dict]) -> str | None:
    raw = params.get(name)
    if raw is None:
        return None
    if raw not in values:
        issues.append(invalid_option(name, values))
        return None
    return raw


def boolean_string(raw: str | None) -> bool | None:
    """Civitai's booleanString(): the string "true" is true, every other string is false."""
    if raw is None:
        return None
    return raw == "true"
