"""The few facts the pack asks of the ComfyUI it runs in. The only module that imports `folder_paths`."""

from __future__ import annotations

import threading
from pathlib import Path

PRIVATE_FOLDER_NAME = "civitai_sidebar"
# A marker per model extension, so a loader that filters its folder's list by extension keeps one.
MARKER_EXTENSIONS = (".safetensors", ".ckpt", ".pt", ".pth", ".bin", ".sft", ".gguf", ".onnx", ".yaml", ".json")
_marking = threading.local()


def private_dir() -> Path:
    """A per-pack folder ComfyUI never serves over HTTP (`user/__civitai_sidebar`) for keys and state."""
    import folder_paths

    system_dir = getattr(folder_paths, "get_system_user_directory", None)
    if system_dir is not None:
        return Path(system_dir(PRIVATE_FOLDER_NAME))
    # Older ComfyUI without system-user protection: the user folder, under a name no route lists.
    return Path(folder_paths.get_user_directory()) / f"__{PRIVATE_FOLDER_NAME}"


def listen_addresses() -> list[str]:
    """The addresses ComfyUI was told to listen on (`--listen`, comma-separated; its default is 127.0.0.1)."""
    try:
        from comfy.cli_args import args
    except ImportError:  # not inside ComfyUI: assume its default
        return ["127.0.0.1"]
    return str(getattr(args, "listen", None) or "127.0.0.1").split(",")


def model_folders():
    """ComfyUI's model folders (incl. extra_model_paths.yaml and custom packs' folders), read live."""
    import folder_paths

    from .model_folders import ModelFolders

    return ModelFolders(folder_paths.folder_names_and_paths, folder_paths.get_folder_paths("custom_nodes"))


def custom_nodes_dirs() -> list[str]:
    """Where ComfyUI looks for custom node packs (ComfyUI-Manager's model list lives in one)."""
    import folder_paths

    return list(folder_paths.get_folder_paths("custom_nodes"))


def refresh_model_list(folder: str) -> None:
    """Forget ComfyUI's cached file list of a folder, so loaders offer a new file without a restart."""
    import folder_paths

    folder_paths.filename_list_cache.pop(folder, None)


def folder_marker_names(folder: str) -> list[str]:
    """What a loader sees as the file list of `folder` while its definition is read for folder discovery."""
    return [f"civitai-sidebar-folder-marker:{folder}/marker{extension}" for extension in MARKER_EXTENSIONS]


def folder_markers(folder_names) -> dict[str, list[str]]:
    return {folder: folder_marker_names(folder) for folder in folder_names}


def _install_marker_hook() -> None:
    """Make `folder_paths.get_filename_list` answer markers, but only in a thread that asks for them.

    Every other thread (the prompt worker, ComfyUI's own /object_info) gets the real lists, as before."""
    import folder_paths

    real = folder_paths.get_filename_list
    if getattr(real, "civitai_sidebar_marker_hook", False):
        return

    def get_filename_list(folder_name, *args, **kwargs):
        if getattr(_marking, "active", False):
            canonical = getattr(folder_paths, "map_legacy", lambda name: name)(folder_name)
            return folder_marker_names(canonical)
        return real(folder_name, *args, **kwargs)

    get_filename_list.civitai_sidebar_marker_hook = True
    get_filename_list.__wrapped__ = real
    folder_paths.get_filename_list = get_filename_list


def _definition(node_class) -> dict:
    try:
        from comfy_api.internal import _ComfyNodeInternal
    except ImportError:  # a ComfyUI without the V3 node API
        _ComfyNodeInternal = None
    if _ComfyNodeInternal is not None and issubclass(node_class, _ComfyNodeInternal):
        info = node_class.GET_NODE_INFO_V1()
        return {"input": info.get("input", {}), "input_order": info.get("input_order", {})}
    inputs = node_class.INPUT_TYPES()
    return {"input": inputs, "input_order": {k: list(v) for k, v in inputs.items()}}


def _read_definition(node_class) -> dict | None:
    """With markers when the node accepts them, else with the real lists; None for a broken node."""
    try:
        return _definition(node_class)
    except Exception:  # a node that chokes on the markers (it parses the names, say): read it as it is
        _marking.active = False
        try:
            return _definition(node_class)
        except Exception:  # a broken custom node must not break the missing-models check
            return None
        finally:
            _marking.active = True


class _MarkedDefinitions:
    """Node definitions read with every folder list replaced by markers, cached until the node set changes.

    A combo input that offers a folder's markers reads that folder, whatever is on disk: an empty folder
    (a user lacking every model of a new kind) is found as surely as a full one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._node_set: frozenset = frozenset()
        self._cache: dict[str, dict | None] = {}

    def get(self, node_types) -> dict[str, dict]:
        import nodes

        with self._lock:
            node_set = frozenset(nodes.NODE_CLASS_MAPPINGS)
            if node_set != self._node_set:
                self._node_set, self._cache = node_set, {}
            wanted = [t for t in set(node_types) if t in nodes.NODE_CLASS_MAPPINGS and t not in self._cache]
            if wanted:
                _install_marker_hook()
                _marking.active = True
                try:
                    for node_type in wanted:
                        self._cache[node_type] = _read_definition(nodes.NODE_CLASS_MAPPINGS[node_type])
                finally:
                    _marking.active = False
            return {t: self._cache[t] for t in set(node_types) if self._cache.get(t) is not None}


_marked = _MarkedDefinitions()


def node_definitions(node_types) -> dict[str, dict]:
    """`/object_info` entries (input and input_order) of the installed node types among `node_types`, read
    with folder markers in place of the folders' file lists (see `folder_markers`).

    Computed for just the types a workflow uses, the way ComfyUI's own /object_info does; a node whose
    definition raises is left out (its references then fall back to the static table)."""
    return _marked.get(node_types)


def comfyui_version() -> str | None:
    """The running ComfyUI's version (`comfyui_version.py` at its root), None when it has none."""
    try:
        from comfyui_version import __version__
    except ImportError:
        return None
    return str(__version__)


def installed_node_types() -> set[str]:
    import nodes

    return set(nodes.NODE_CLASS_MAPPINGS)


def model_inventory(folder_names) -> dict[str, list[str]]:
    """What ComfyUI lists in each model folder, exactly as its loaders offer the names."""
    import folder_paths

    return {name: list(folder_paths.get_filename_list(name)) for name in folder_names}
