"""Build the pack's services inside ComfyUI and tie their lifetime to ComfyUI's server."""

from __future__ import annotations

import asyncio
import logging
import os

from . import comfy_host
from .bandwidth import BandwidthLimit
from .civitai_client import CivitaiClient
from .detection_process import DetectionProcess
from .download_engine import DownloadEngine
from .download_journal import DownloadJournal
from .hash_cache import HashCache
from .hf_client import HuggingFaceClient
from .host_guard import HostGuard, allowed_hosts_from
from .http_client import OutboundHttp
from .keys import KeyStore
from .local_lookup import ThreadedLocalLookup
from .local_models import LocalModels
from .model_catalogs import ModelCatalogs
from .pack_services import PackServices
from .retry import RetryPolicy
from .settings import api_bases, download_tuning
from .transfer import TransferSettings
from .url_policy import UrlPolicy

log = logging.getLogger("civitai_sidebar")
# What the workflow reader runs: pipeline's detection, named here and imported only inside the worker process.
DETECTION_JOB = "pipeline.workflows.detection_steps"


def build_services(prompt_server):
    from ..pipeline.shapes.comfy_facts import ComfyFacts

    bases, tuning, private = api_bases(), download_tuning(), comfy_host.private_dir()
    keys = KeyStore(private)
    folders = comfy_host.model_folders()
    http = OutboundHttp(UrlPolicy(bases), keys)
    engine = DownloadEngine(
        folders=folders,
        http=http,
        emit=lambda event, payload: prompt_server.send_sync(event, payload),
        journal=DownloadJournal(private),
        settings=TransferSettings(
            stall_seconds=tuning.stall_seconds,
            retry=RetryPolicy(attempts=tuning.retry_attempts, base_delay=tuning.retry_base_seconds),
            segments=tuning.segments,
            bandwidth=BandwidthLimit(tuning.bandwidth_limit),
        ),
        concurrency=tuning.concurrency,
        on_completed=lambda target: comfy_host.refresh_model_list(target.folder),
    )

    async def resume_downloads(_app) -> None:
        await engine.sweep_leftovers()  # before anything downloads, so nothing of a new download is swept
        resumed = engine.resume_unfinished()
        if resumed:
            log.info("[Civitai Sidebar] resuming %d unfinished download(s)", resumed)

    detection = DetectionProcess(job=DETECTION_JOB)

    async def start_detection(_app) -> None:
        await asyncio.to_thread(detection.start)

    async def stop_downloads(_app) -> None:
        await engine.close()
        await asyncio.to_thread(detection.close)

    catalogs = ModelCatalogs(comfy_host.custom_nodes_dirs)

    async def index_catalogs(_app) -> None:  # in the background: the first lookup then finds it built
        asyncio.get_running_loop().run_in_executor(None, catalogs.lookup, "")

    prompt_server.app.on_startup.append(index_catalogs)
    prompt_server.app.on_startup.append(resume_downloads)
    prompt_server.app.on_startup.append(start_detection)
    prompt_server.app.on_shutdown.append(stop_downloads)
    civitai = CivitaiClient(http, bases.civitai, RetryPolicy(attempts=3, base_delay=tuning.retry_base_seconds))
    local = ThreadedLocalLookup(LocalModels(folders, HashCache(private)))
    facts = ComfyFacts(
        node_definitions=comfy_host.node_definitions,
        inventory=lambda: comfy_host.model_inventory(folders.names()),
        installed_node_types=comfy_host.installed_node_types,
        folder_markers=lambda: comfy_host.folder_markers(folders.names()),
        version=comfy_host.comfyui_version,
    )
    return PackServices(
        bases=bases,
        keys=keys,
        downloads=engine,
        civitai=civitai,
        local=local,
        huggingface=HuggingFaceClient(
            http, bases.huggingface, RetryPolicy(attempts=3, base_delay=tuning.retry_base_seconds)
        ),
        comfy=facts,
        catalogs=catalogs,
        hosts=HostGuard.build(comfy_host.listen_addresses(), allowed_hosts_from(os.environ)),
        detection=detection,
    )
