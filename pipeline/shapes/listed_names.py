"""Which name in ComfyUI's list of a model folder a wanted file is, whatever its extension or separators.

ComfyUI's loaders accept only the exact names `folder_paths.get_filename_list` gives (subfolders joined with
the host's separator: backslashes on Windows), and its /prompt check does not catch every mismatch, so a
workflow naming `4x-UltraSharp.safetensors` next to `4x-UltraSharp.pth` fails only when it runs. A wanted
name is found, in order of certainty: the same relative name (separators and case aside), the same file
name in another subfolder, then the same stem with another model extension, which is taken only when a
single file has that stem (several are left to the caller: a hash can tell them apart). Pure: lists in,
names out.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence

# The extensions ComfyUI lists model files by (folder_paths.supported_pt_extensions), and GGUF.
MODEL_EXTENSIONS = (".safetensors", ".ckpt", ".pt", ".pt2", ".bin", ".pth", ".pkl", ".sft", ".gguf")


def slashed(name: str) -> str:
    """ "sdxl\\x.safetensors" -> "sdxl/x.safetensors": one spelling to compare names by."""
    return "/".join(part for part in name.replace("\\", "/").split("/") if part)


def stem_of(name: str) -> str:
    """The path without a model extension: "sdxl/x.pth" -> "sdxl/x"; "Detail v1.5" is kept whole."""
    root, extension = posixpath.splitext(slashed(name))
    return root if extension.lower() in MODEL_EXTENSIONS else slashed(name)


def _base(name: str) -> str:
    return slashed(name).rsplit("/", 1)[-1]


class ListedNames:
    """A folder's listing keyed every way `candidates` compares names, built once: looking a wanted name up
    is then a few dict reads instead of a pass over the listing (a big workflow × a big folder was quadratic)."""

    def __init__(self, listing: Iterable[str]):
        self._same_path: dict[str, list[str]] = {}
        self._same_file: dict[str, list[str]] = {}
        self._same_stem: dict[str, list[str]] = {}
        self._same_base_stem: dict[str, list[str]] = {}
        for name in listing:
            stem = stem_of(name).casefold()
            self._same_path.setdefault(slashed(name).casefold(), []).append(name)
            self._same_file.setdefault(_base(name).casefold(), []).append(name)
            self._same_stem.setdefault(stem, []).append(name)
            self._same_base_stem.setdefault(_base(stem), []).append(name)

    def candidates(self, wanted: str) -> list[str]:
        """The listed names `wanted` may be, most certain first: one name when sure, several when only a hash
        could choose between same-stem files, none when the folder holds no such file."""
        same_path = self._same_path.get(slashed(wanted).casefold(), [])
        exact = [name for name in same_path if slashed(name) == slashed(wanted)]
        if exact or same_path:
            return (exact or same_path)[:1]
        same_file = sorted(self._same_file.get(_base(wanted).casefold(), []), key=_depth)
        if same_file:
            return same_file[:1]
        same_stem = self._same_stem.get(stem_of(wanted).casefold()) or self._same_base_stem.get(
            _base(stem_of(wanted)).casefold(), []
        )
        return sorted(same_stem, key=_depth)

    def name(self, wanted: str) -> str | None:
        """The one listed name `wanted` is, or None when the folder lacks it or only a hash could tell."""
        candidates = self.candidates(wanted)
        return candidates[0] if len(candidates) == 1 else None


def listed_candidates(wanted: str, listing: Iterable[str]) -> list[str]:
    """`ListedNames(listing).candidates(wanted)`, for a single look-up."""
    return ListedNames(listing).candidates(wanted)


def listed_name(wanted: str, listing: Sequence[str]) -> str | None:
    """The one listed name `wanted` is, or None when the folder lacks it or only a hash could tell."""
    return ListedNames(listing).name(wanted)


def _depth(name: str) -> tuple[int, str]:
    """Files nearer the folder's root first, then by name: a stable choice among same-name copies."""
    return slashed(name).count("/"), slashed(name)
