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
