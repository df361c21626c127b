"""What the HTTP routes need, in one object: defined here so the builder (`wiring`) never imports the routes."""

from __future__ import annotations

from dataclasses import dataclass

from ..pipeline.shapes.comfy_facts import ComfyFacts
from .civitai_client import CivitaiClient
from .detection_process import DetectionProcess
from .download_engine import DownloadEngine
from .hf_client import HuggingFaceClient
from .host_guard import HostGuard
from .keys import KeyStore
from .local_lookup import ThreadedLocalLookup
from .model_catalogs import ModelCatalogs
from .settings import ApiBases


@dataclass
class PackServices:
    """What the routes need, built once when ComfyUI imports the pack."""

    bases: ApiBases
    keys: KeyStore
    downloads: DownloadEngine
    civitai: CivitaiClient
    local: ThreadedLocalLookup
    huggingface: HuggingFaceClient
    comfy: ComfyFacts
    catalogs: ModelCatalogs
    hosts: HostGuard
    detection: DetectionProcess
