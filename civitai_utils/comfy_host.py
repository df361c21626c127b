"""The few facts the pack asks of the ComfyUI it runs in. The only module that imports `folder_paths`."""

from __future__ import annotations

from pathlib import Path

PRIVATE_FOLDER_NAME = "civitai_sidebar"


def private_dir() -> Path:
    """A per-pack folder ComfyUI never serves over HTTP (`user/__civitai_sidebar`) for keys and state."""
    import folder_paths

    system_dir = getattr(folder_paths, "get_system_user_directory", None)
    if system_dir is not None:
        return Path(system_dir(PRIVATE_FOLDER_NAME))
    # Older ComfyUI without system-user protection: the user folder, under a name no route lists.
    return Path(folder_paths.get_user_directory()) / f"__{PRIVATE_FOLDER_NAME}"


def model_folders():
    """ComfyUI's model folders (incl. extra_model_paths.yaml and custom packs' folders), read live."""
    import folder_paths

    from .model_folders import ModelFolders

    return ModelFolders(folder_paths.folder_names_and_paths, folder_paths.get_folder_paths("custom_nodes"))


def refresh_model_list(folder: str) -> None:
    """Forget ComfyUI's cached file list of a folder, so loaders offer a new file without a restart."""
    import folder_paths

    folder_paths.filename_list_cache.pop(folder, None)


def node_definitions(node_types) -> dict[str, dict]:
    """`/object_info` entries (input and input_order) of the installed node types among `node_types`.

    Computed for just the types a workflow uses, the way ComfyUI's own /object_info does; a node whose
    definition raises is left out (its references then fall back to the static table)."""
    import nodes

    try:
        from comfy_api.internal import _ComfyNodeInternal
    except ImportError:  # a ComfyUI without the V3 node API
        _ComfyNodeInternal = ()

    definitions = {}
    for node_type in set(node_types):
        node_class = nodes.NODE_CLASS_MAPPINGS.get(node_type)
        if node_class is None:
            continue
        try:
            if _ComfyNodeInternal and issubclass(node_class, _ComfyNodeInternal):
                info = node_class.GET_NODE_INFO_V1()
                definitions[node_type] = {"input": info.get("input", {}), "input_order": info.get("input_order", {})}
            else:
                inputs = node_class.INPUT_TYPES()
                definitions[node_type] = {"input": inputs, "input_order": {k: list(v) for k, v in inputs.items()}}
        except Exception:  # a broken custom node must not break the missing-models check
            continue
    return definitions


def installed_node_types() -> set[str]:
    import nodes

    return set(nodes.NODE_CLASS_MAPPINGS)


def model_inventory(folder_names) -> dict[str, list[str]]:
    """What ComfyUI lists in each model folder, exactly as its loaders offer the names."""
    import folder_paths

    return {name: list(folder_paths.get_filename_list(name)) for name in folder_names}
