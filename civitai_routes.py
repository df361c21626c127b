"""The HTTP layer under /civitai/...: validate the request, call a service, answer JSON. Nothing else."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiohttp import web

from .civitai_utils.keys import KeyStore
from .civitai_utils.settings import ApiBases, api_bases
from .civitai_utils.version import PACK_VERSION

log = logging.getLogger("civitai_sidebar")


@dataclass
class PackServices:
    """What the routes need, built once when ComfyUI imports the pack."""

    bases: ApiBases
    keys: KeyStore


def health(services: PackServices) -> dict:
    return {
        "version": PACK_VERSION,
        "api": {"civitai": services.bases.civitai, "huggingface": services.bases.huggingface},
        "keys": services.keys.configured(),
    }


def add_routes(routes: web.RouteTableDef, services: PackServices) -> None:
    @routes.get("/civitai/health")
    async def get_health(request: web.Request) -> web.Response:
        return web.json_response(health(services))


def register_with_comfyui(prompt_server) -> None:
    from .civitai_utils.comfy_host import private_dir

    services = PackServices(bases=api_bases(), keys=KeyStore(private_dir()))
    add_routes(prompt_server.routes, services)
    log.info("[Civitai Sidebar] routes registered (Civitai API: %s)", services.bases.civitai)
