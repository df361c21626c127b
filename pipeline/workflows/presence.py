"""Which of a workflow's models this machine lacks, and which node types no installed pack provides.

A reference is present when its folder lists the exact relative name, or the same base name in any
subfolder (any case). A file that sits in another folder, or in the loader's folder under another model
extension (`4x-UltraSharp` wanted, `4x-UltraSharp.pt` there), is not downloaded again: the answer says
where it is and what to do, so the user can move it or pick that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..shapes.listed_names import ListedNames
from ..shapes.workflow_models import MissingModel, ModelReference, ParsedWorkflow

# Node types the frontend draws but the server never runs; never "missing custom nodes".
FRONTEND_ONLY_NODES = frozenset({"Note", "MarkdownNote", "Reroute", "PrimitiveNode", "Comfy.GroupNode", "Label"})
_SUBGRAPH_TYPE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_EMBEDDING_EXTENSIONS = (".safetensors", ".pt", ".bin", ".pth", ".ckpt")


def _slashes(name: str) -> str:
    return name.replace("\\", "/").strip("/")


def _base(name: str) -> str:
    return _slashes(name).rsplit("/", 1)[-1].casefold()


def _strip_embedding_extension(name: str) -> str:
    lowered = name.casefold()
    for extension in _EMBEDDING_EXTENSIONS:
        if lowered.endswith(extension):
            return name[: -len(extension)]
    return name


def _exact_key(folder: str | None, name: str) -> str:
    # ComfyUI tries the extensions of an embedding itself, so embeddings compare without them.
    return _strip_embedding_extension(_slashes(name)).casefold() if folder == "embeddings" else _slashes(name)


def _loose_key(folder: str | None, name: str) -> str:
    return _strip_embedding_extension(_base(name)) if folder == "embeddings" else _base(name)


class _FolderIndex:
    """One folder's listed names by exact and by loose key (first listed wins), built once per check:
    matching each reference against every listed name made a big workflow × a big folder quadratic."""

    def __init__(self, folder: str, listed: Iterable[str]):
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        for name in listed:
            self.exact.setdefault(_exact_key(folder, name), name)
            self.loose.setdefault(_loose_key(folder, name), name)

    def find(self, folder: str, wanted: str) -> str | None:
        """The listed name `wanted` means here: exact relative name first, then the base name."""
        return self.exact.get(_exact_key(folder, wanted)) or self.loose.get(_loose_key(folder, wanted))


class IndexedInventory:
    """The folders' listings, each indexed on first use and kept while the listings do not change (a
    worker keeps one across requests: indexing 10,000 LoRA names costs more than reading the workflow)."""

    def __init__(self, inventory: Mapping[str, list[str]]):
        self.lists = inventory
        self._indexes: dict[str, _FolderIndex] = {}
        self._listed: dict[str, ListedNames] = {}

    def find(self, folder: str, wanted: str) -> str | None:
        if folder not in self._indexes:
            self._indexes[folder] = _FolderIndex(folder, self.lists.get(folder, []))
        return self._indexes[folder].find(folder, wanted)

    def renamed(self, folder: str, wanted: str) -> str | None:
        """The one file of `folder` that is `wanted` under another extension or spelling (listed_names)."""
        if folder not in self._listed:
            self._listed[folder] = ListedNames(self.lists.get(folder, []))
        return self._listed[folder].name(wanted)


def _verdict(reference: ModelReference, inventory: IndexedInventory) -> MissingModel:
    folder = reference.folder
    found = inventory.find(folder, reference.name)
    if found is not None:
        return MissingModel(reference=reference, status="present", local_path=_slashes(found))
    renamed = None if folder == "embeddings" else inventory.renamed(folder, reference.name)
    if renamed is not None:  # the same model under another extension: the loader needs that exact name
        message = f"found as {_slashes(renamed)} in {folder}/: choose that name in the loader"
        return _elsewhere(reference, f"{folder}/{_slashes(renamed)}", message)
    for other in inventory.lists:
        name = inventory.find(other, reference.name) if other != folder else None
        if name:
            message = f"found in {other}/, this loader reads {folder}/: move or link it there"
            return _elsewhere(reference, f"{other}/{_slashes(name)}", message)
    return MissingModel(reference=reference, status="missing")


def _elsewhere(reference: ModelReference, path: str, message: str) -> MissingModel:
    return MissingModel(reference=reference, status="elsewhere", found_elsewhere=path, message=message)


def check_presence(parsed: ParsedWorkflow, inventory: Mapping[str, list[str]] | IndexedInventory) -> list[MissingModel]:
    """A verdict for every reference whose folder is known; `inventory` is {folder: names ComfyUI lists}."""
    indexed = inventory if isinstance(inventory, IndexedInventory) else IndexedInventory(inventory)
    return [_verdict(reference, indexed) for reference in parsed.references if reference.folder is not None]


def missing_custom_nodes(node_types: Iterable[str], known_types: Iterable[str]) -> list[str]:
    """Node types the workflow uses that no installed pack provides (sorted, each once)."""
    known = set(known_types)
    return sorted(
        {
            node_type
            for node_type in node_types
            if node_type
            and node_type not in known
            and node_type not in FRONTEND_ONLY_NODES
            and not node_type.startswith(("workflow>", "workflow/"))
            and not _SUBGRAPH_TYPE.match(node_type)
        }
    )
