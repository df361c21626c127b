"""What to do about a node type no installed pack provides, from what the workflow says of its origin.

The editor saves `cnr_id` / `aux_id` / `ver` in each node's properties. Most unknown types in recent
workflows are core nodes of a newer ComfyUI (`cnr_id: comfy-core`), which no pack installs: the answer is
to update ComfyUI. A registry id or a GitHub repository names the pack; without either, nobody can say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..shapes.workflow_models import MissingNodeType, NodeOrigin

CORE_PACK = "comfy-core"
REGISTRY_PAGE = "https://registry.comfy.org/nodes/"
_GITHUB_REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")


def _version_words(ver: str) -> str:
    return f"commit {ver[:12]}" if _COMMIT.match(ver) else f"version {ver}"


def _repository(aux_id: str) -> str:
    return f"https://github.com/{aux_id}" if _GITHUB_REPO.match(aux_id) else aux_id


def _release(version: str | None) -> tuple[int, ...] | None:
    """ "0.8.2" -> (0, 8, 2); None for anything else (a commit, "unknown")."""
    parts = re.findall(r"\d+", version or "")
    return tuple(int(part) for part in parts[:3]) if version and re.match(r"^v?\d+(\.\d+)*", version) else None


def _core_message(ver: str | None, running: str | None) -> str:
    made, here = _release(ver), _release(running)
    if made is not None and here is not None and here >= made:
        return (
            f"This ComfyUI ({running}) is as new as the one that made this graph ({ver}) but has no such core node: "
            "it was renamed or removed, or its code failed to import (see ComfyUI's log)."
        )
    made_with = f"ComfyUI {ver}" if ver else "a newer ComfyUI"
    return f"Update ComfyUI: this is a core node of a newer ComfyUI (this graph was made with {made_with})."


def describe(node_type: str, origin: NodeOrigin | None, running: str | None = None) -> MissingNodeType:
    """One missing node type with its pack, version and a sentence saying what to do; `running` is the
    version of the ComfyUI asked, when known."""
    origin = origin or NodeOrigin()
    ver = origin.ver
    if origin.cnr_id == CORE_PACK:
        message = _core_message(ver, running)
        return MissingNodeType(type=node_type, pack=CORE_PACK, version=ver, core=True, message=message)
    pack = origin.cnr_id or origin.aux_id
    if pack is None:
        message = (
            "Which pack provides this node type is unknown: the workflow does not say. "
            "Search for it in ComfyUI-Manager."
        )
        return MissingNodeType(type=node_type, message=message)
    version = f" ({_version_words(ver)})" if ver else ""
    if origin.cnr_id:
        where = f"{REGISTRY_PAGE}{origin.cnr_id}"
        if origin.aux_id:
            where += f", repository {_repository(origin.aux_id)}"
        message = f"From the custom node pack {origin.cnr_id}{version}: install it with ComfyUI-Manager ({where})."
    else:
        message = (
            f"From the custom node pack at {_repository(str(origin.aux_id))}{version}: "
            "install it with ComfyUI-Manager or clone it into custom_nodes/."
        )
    return MissingNodeType(type=node_type, pack=pack, version=ver, message=message)


def describe_missing_nodes(
    node_types: Iterable[str], origins: Mapping[str, NodeOrigin], running: str | None = None
) -> list[MissingNodeType]:
    """`describe` for each missing node type, in the order given."""
    return [describe(node_type, origins.get(node_type), running) for node_type in node_types]
