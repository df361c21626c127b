"""Building blocks of the download tests: a model on the fake Civitai/HF, and what landed on disk."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

MiB = 1024 * 1024


def civitai_model(fake, *, size: int = 2 * MiB, folder: str = "loras", model_type: str = "LORA", **flags) -> dict:
    """A new model version on the fake Civitai, as the resource the download route takes."""
    unique = uuid.uuid4()
    filename = f"model-{unique.hex[:8]}.safetensors"
    # Unique ids: the fake starts over each test, but ComfyUI's process caches Civitai answers by id.
    version = fake.catalog.add_version(
        version_id=10_000_000 + unique.int % 80_000_000,
        model_name=filename.removesuffix(".safetensors"),
        model_type=model_type,
        files=[{"name": filename, "size": size, "id": 10_000_000 + unique.int % 80_000_000}],
        **flags,
    )
    file = version.primary_file
    return {
        "folder": folder,
        "filename": filename,
        "url": f"{fake.urls.civitai_api_base}/api/download/models/{version.id}",
        "size": file.size,
        "sha256": file.hashes().sha256.lower(),
        "_storage_key": file.storage_key,
    }


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(4 * MiB):
            digest.update(block)
    return digest.hexdigest()


def model_path(server, resource: dict) -> Path:
    folder = resource["folder"]
    return server.base_dir / "models" / folder / resource.get("subfolder", "") / resource["filename"]


def leftovers(server, resource: dict) -> list[str]:
    """Partial files a download left beside its target (there must be none after a cancel or failure)."""
    target = model_path(server, resource)
    mine = (f"{target.name}.part", f"{target.name}.part.json", f"{target.name}.part.json.tmp")
    # Only this download's own partial files: other tests share the folder and may keep theirs for a Retry.
    return sorted(p.name for p in target.parent.glob("*") if p.name in mine)


def payload(resource: dict) -> dict:
    return {k: v for k, v in resource.items() if not k.startswith("_")}
