"""The resolution chain's Hugging Face-by-name step: `hf_search`'s best match turned into an answer.

The download is pinned to the commit the tree was listed at. A file in a gated repository is checked with a
HEAD (the only request that tells whether this machine's token may download it): refused, it becomes a
sentence naming the page where the terms are accepted, never a download that would fail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..shapes.download_errors import SETTINGS_HINT
from ..shapes.hf_urls import PUBLIC_SITE, HfError, HfFileInfo, HfLocation, page_url, resolve_url
from ..shapes.image_generation import ResolvedResource
from .hf_search import HfMatch, HfNameOutcome, find_by_name
from .name_match import model_extension

if TYPE_CHECKING:
    from .resolution_chain import _Chain


def _info(base_url: str, match: HfMatch, filename: str) -> HfFileInfo:
    revision = match.commit or "main"
    return HfFileInfo(
        repo_id=match.repo.repo_id,
        repo_type="model",
        revision=revision,
        path=match.path,
        url=resolve_url(base_url, match.repo.repo_id, match.path, revision),
        commit=match.commit or "",
        size=match.size,
        etag=match.sha256,
        lfs=match.sha256 is not None,
    )


def _usable(outcome: HfNameOutcome) -> HfMatch:
    """The best match, or the same file (same SHA-256) in a repository that is not gated."""
    best = outcome.best
    assert best is not None
    if best.repo.gated and best.sha256:
        for match in outcome.matches:
            if match.sha256 == best.sha256 and not match.repo.gated:
                return match
    return best


def _gated_sentence(match: HfMatch, filename: str, error: HfError) -> str:
    page = f"{PUBLIC_SITE}/{match.repo.repo_id}"
    if error.needs_token:
        return (
            f"{filename} is in the gated Hugging Face repository {match.repo.repo_id}: accept its terms at {page}, "
            f"then add a Hugging Face token in {SETTINGS_HINT}."
        )
    return f"{filename} is in the gated Hugging Face repository {match.repo.repo_id}: request access at {page}."


async def hf_by_name(chain: _Chain) -> ResolvedResource | None:
    filename = chain.target.filename
    if not model_extension(filename):
        chain.tried.append(f"Hugging Face was not searched: {filename} has no model file extension.")
        return None
    outcome = await find_by_name(chain.hf, filename, chain.target.folder)
    if outcome.best is None:
        searched = " or ".join(repr(q) for q in outcome.searched) or "nothing (no usable search words)"
        failed = f" ({outcome.failures[0]})" if outcome.failures else ""
        chain.tried.append(f"Hugging Face's search for {searched} found no file named {filename}{failed}.")
        return None
    match = _usable(outcome)
    info = _info(chain.hf.base_url, match, filename)
    if match.repo.gated:
        try:
            await chain.hf.file_info(match.repo.repo_id, match.path, info.revision)
        except HfError as error:
            sentence = _gated_sentence(match, filename, error) if error.code == "GatedRepo" else str(error)
            chain.tried.append(sentence)
            location = HfLocation(match.repo.repo_id, "model", info.revision, match.path)
            chain.fallbacks.append(
                chain._unresolved(
                    sentence,
                    url=info.url,
                    needs_key=error.needs_token,
                    blocked=sentence,
                    model_name=match.repo.repo_id,
                    page_url=page_url(chain.hf.base_url, location),
                    evidence=outcome.evidence(filename),
                    confidence=outcome.confidence,
                )
            )
            return None
    resource = chain._from_hf(info, outcome.evidence(filename), outcome.confidence)
    if not outcome.confident:
        resource = resource.model_copy(update={"needs_confirmation": True})
        chain.tried.append("Hugging Face's search offers only a likely match.")
    return resource
