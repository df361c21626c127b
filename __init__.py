"""ComfyUI entry point of the Civitai Sidebar: a UI-only pack that adds no nodes.

ComfyUI imports this package at start; that is the moment the HTTP routes must be registered,
because ComfyUI freezes its route table right after importing custom nodes. Imported anywhere
else (pytest, the command line) it registers nothing and touches nothing.
"""

import sys

NODE_CLASS_MAPPINGS: dict = {}
NODE_DISPLAY_NAME_MAPPINGS: dict = {}
WEB_DIRECTORY = "./js"

__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"]


def _running_prompt_server():
    """ComfyUI's PromptServer when this import happens inside ComfyUI, else None (no import attempted)."""
    server_module = sys.modules.get("server")
    prompt_server_class = getattr(server_module, "PromptServer", None)
    return getattr(prompt_server_class, "instance", None)


_prompt_server = _running_prompt_server()
if _prompt_server is not None:  # the HTTP door (aiohttp.web and all services) is loaded only inside ComfyUI
    from .civitai_routes import register_with_comfyui

    register_with_comfyui(_prompt_server)
