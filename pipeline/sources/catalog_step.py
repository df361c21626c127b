"""The chain's catalog step: a model ComfyUI's own catalogs (templates, ComfyUI-Manager) list by file name.

A catalog gives a link, not proof: the link is resolved like the workflow's own (Hugging Face file info for
size and SHA-256, or the Civitai version), so the evidence is what the host answers. Only the exact file name
in the loader's folder is confident; the same name in another folder, or catalogs that disagree on the file
(different SHA-256 behind their links), is only offered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..shapes.catalog_entries import CatalogEntry, CatalogLookup
from ..shapes.hf_urls import HfError, parse_hf_url
from ..shapes.image_generation import ResolvedResource
from ..shapes.model_names import LEGACY_NAMES
from .civitai_links import parse_civitai_url

if TYPE_CHECKING:
    from .resolution_chain import _Chain

CATALOG_CONFIDENCE = 0.95  # exact name in the loader's folder, resolved by the host the catalog links
OTHER_FOLDER_CONFIDENCE = 0.6
MAX_LINKS = 3


def _same_folder(a: str | None, b: str) -> bool:
    return a is not None and LEGACY_NAMES.get(a, a) == LEGACY_NAMES.get(b, b)


def _ranked(entries: list[CatalogEntry], folder: str | None, subfolder: str) -> list[CatalogEntry]:
    """The loader's folder first, then the written subfolder; one entry per link."""
    by_url: dict[str, CatalogEntry] = {}
    for entry in sorted(
        entries,
        key=lambda e: (not _same_folder(folder, e.folder), e.name.rpartition("/")[0] != subfolder),
    ):
        by_url.setdefault(entry.url, entry)
    return list(by_url.values())[:MAX_LINKS]


async def _resolve_entry(chain: _Chain, entry: CatalogEntry) -> ResolvedResource | None:
    hf = parse_hf_url(entry.url, chain.hf.base_url)
    in_folder = _same_folder(chain.target.folder, entry.folder)
    confidence = CATALOG_CONFIDENCE if in_folder else OTHER_FOLDER_CONFIDENCE
    where = "" if in_folder else f" for {entry.folder}/, not {chain.target.folder}/"
    if hf is not None and hf.path:
        try:
            info = await chain.hf.file_info(hf.repo_id, hf.path, hf.revision, repo_type=hf.repo_type)
        except HfError as error:
            chain.tried.append(f"{entry.provenance} links {hf.repo_path}/{hf.path} on Hugging Face: {error}")
            return None
        evidence = (
            f"From {entry.provenance}: it lists {entry.name}{where} at {hf.repo_path}/{hf.path} on Hugging Face, "
            f"which has the file (SHA-256 {str(info.sha256 or '?')[:12].upper()}…)."
        )
        resource = chain._from_hf(info, evidence, confidence)
    else:
        link = parse_civitai_url(entry.url, chain.civitai.base_url)
        if link is None:
            chain.tried.append(f"{entry.provenance} links {entry.url}, a host this pack does not follow.")
            return None
        resource = await chain._civitai_link(link)
        if resource is None:
            return None
        said = f"From {entry.provenance}: " + str(resource.evidence).replace("The workflow's own link: ", "")
        resource = resource.model_copy(update={"evidence": said, "confidence": confidence})
    if entry.sha256 and resource.sha256 and entry.sha256 != resource.sha256.lower():
        chain.tried.append(f"{entry.provenance} records another SHA-256 than its link serves.")
        return resource.model_copy(update={"needs_confirmation": True, "confidence": 0.5})
    if not in_folder:
        return resource.model_copy(update={"needs_confirmation": True})
    return resource


async def from_catalogs(chain: _Chain, catalog: CatalogLookup) -> ResolvedResource | None:
    """The best catalog answer for the chain's file name, or None (what was tried is noted on the chain)."""
    entries = _ranked(await catalog.entries(chain.target.filename), chain.target.folder, chain.target.subfolder)
    if not entries:
        chain.tried.append(f"No catalog on this machine lists {chain.target.filename}.")
        return None
    found = [r for r in [await _resolve_entry(chain, e) for e in entries] if r is not None and r.resolved]
    if not found:
        return None
    best = found[0]
    hashes = {r.sha256.lower() for r in found if r.sha256 and not r.needs_confirmation}
    if len(hashes) > 1:
        return best.model_copy(
            update={
                "needs_confirmation": True,
                "confidence": 0.5,
                "evidence": f"{best.evidence} But the catalogs link {len(hashes)} different files of this name.",
            }
        )
    return best
