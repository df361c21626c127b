"""Which node input of a workflow names a model file, and which models/ folder that file belongs in.

Three sources, best first:

a. a running ComfyUI's `GET /object_info` with the file list of every model folder
   (`LoaderRules.from_object_info`): a combo input whose options are a folder's file list reads that folder;
b. the node's own `properties.models[].directory` (applied per node by the parser, see `choose_folder`);
c. the built-in table of core loaders and a few custom ones (`LoaderRules.static()`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..shapes.workflow_models import FolderEvidence
from .parse_object_info import NON_MODEL_FOLDERS, FolderIndex, node_model_inputs
from .parse_rules import STATIC_LOADERS, ModelInput


class LoaderRules:
    """Model inputs by node type, with a fallback for node types this source does not know."""

    def __init__(
        self,
        loaders: dict[str, tuple[ModelInput, ...]],
        fallback: LoaderRules | None = None,
        widget_slots: dict[str, dict[str, int]] | None = None,
        source: str = "static",
    ):
        self._loaders = loaders
        self._fallback = fallback
        self._slots = widget_slots or {}
        self.source = source  # "static" or "object_info"

    @classmethod
    def static(cls) -> LoaderRules:
        """The built-in table: ComfyUI's own loaders and a few well-known custom ones."""
        return _static_rules()

    @classmethod
    def from_object_info(
        cls,
        object_info: dict,
        folder_files: dict[str, list[str]],
        fallback: LoaderRules | None = None,
        ignore_folders: Iterable[str] = NON_MODEL_FOLDERS,
    ) -> LoaderRules:
        """Rules from what a running ComfyUI reports, the built-in table (or `fallback`) for other nodes.

        `folder_files` maps each model folder name (`checkpoints`, `loras`, ...) to its file list as
        ComfyUI lists it (`folder_paths.get_filename_list`). Malformed entries are skipped.
        """
        fallback = fallback if fallback is not None else cls.static()
        folders = FolderIndex(folder_files, ignore_folders)
        loaders: dict[str, tuple[ModelInput, ...]] = {}
        slots: dict[str, dict[str, int]] = {}
        for node_type, node_def in (object_info if isinstance(object_info, dict) else {}).items():
            if not isinstance(node_type, str) or not isinstance(node_def, dict):
                continue
            inputs, node_slots = node_model_inputs(node_type, node_def, folders, fallback.model_inputs(node_type))
            slots[node_type] = node_slots
            if inputs:
                loaders[node_type] = inputs
        return cls(loaders, fallback=fallback, widget_slots=slots, source="object_info")

    def model_inputs(self, node_type: str) -> tuple[ModelInput, ...]:
        """The node's inputs that name model files; empty for a node that loads none (or is unknown)."""
        if node_type in self._loaders:
            return self._loaders[node_type]
        if node_type in self._slots or self._fallback is None:
            return ()  # this ComfyUI has the node, and it has no model input
        return self._fallback.model_inputs(node_type)

    def widget_slots(self, node_type: str) -> dict[str, int] | None:
        """Each widget's position in `widgets_values` by input name, when object_info defined the node."""
        return self._slots.get(node_type)


@lru_cache(maxsize=1)
def _static_rules() -> LoaderRules:
    return LoaderRules(dict(STATIC_LOADERS), fallback=None, source="static")


def choose_folder(rule: ModelInput, properties_directory: Any) -> tuple[str | None, FolderEvidence] | None:
    """The folder for one value of a model input, given the directory the node's `properties.models` gives
    that value (if any). None when the input turns out not to be a model input (see `ModelInput.certain`).

    object_info naming one folder wins; then the node's own directory (among the candidates, when object_info
    left several); then the table's or the name's pick; else unknown.
    """
    directory = properties_directory if isinstance(properties_directory, str) and properties_directory else None
    if rule.evidence == "object_info" and rule.folder and not rule.candidates:
        return rule.folder, "object_info"
    if directory and (not rule.candidates or directory in rule.candidates):
        return directory, "properties.models"
    if rule.folder:
        return rule.folder, rule.evidence
    if not rule.certain:
        return None
    return None, "unknown"
