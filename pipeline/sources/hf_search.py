"""Hugging Face by name: a file of exactly the workflow's name in a repository the Hub's search finds.

Search texts come from the file name (`hf_search_words`); ComfyUI's own orgs (`Comfy-Org`, `comfyanonymous`)
and a few vendors are listed whole too, since repackaged files (`clip_l`, `t5xxl_fp16`, `ae`) have names no
repository id contains. Searches ask for file lists, so only repositories holding the name have their trees
listed (at most MAX_SEARCHES + len(TRUSTED_ORGS) searches and MAX_TREES listings per model, all cached by the
client); only a path whose last segment equals the name counts. Names every diffusers or transformers repository
uses (`diffusion_pytorch_model.safetensors`) say nothing about which model it is: never confident.
A match's size and SHA-256 come from the listing (`lfs.oid`) and the download
is pinned to the commit listed. Candidates are ranked: a folder matching the loader's (`split_files/vae/`),
the owner (ComfyUI's own repackaging orgs, then model vendors), downloads. Confident only when every match
is the same file (one SHA-256) and the best one has a matching folder or a known owner; several different
files of that name, or one in an unknown repository, are offered for the user to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..shapes.hf_repos import HfListingError, HfRepoSummary, HfTree
from ..shapes.model_names import LEGACY_NAMES
from .hf_search_words import search_words

MAX_SEARCHES = 10
MAX_TREES = 8
SEARCH_LIMIT = 20
ORG_LIMIT = 1000  # every repository of ComfyUI's own orgs, with file lists, in one answer each
# Listed whole (with file lists, one cached request each): ComfyUI's own orgs, then vendors whose repositories
# hold single files ComfyUI loads under names their repository ids do not contain (`sd_xl_base_1.0`, `ae`).
TRUSTED_ORGS = (
    "Comfy-Org",
    "comfyanonymous",
    "stabilityai",
    "black-forest-labs",
    "Lightricks",
    "stable-diffusion-v1-5",
    "lllyasviel",
    "Kijai",
    "city96",
    "ai-forever",
)
SURE_CONFIDENCE = 0.9  # one file by that name, in a folder the loader reads or from a known publisher
UNSURE_CONFIDENCE = 0.6  # one file by that name, in a repository nothing vouches for
CONFLICT_CONFIDENCE = 0.4  # files of that name with different contents
COMFY_ORGS = frozenset({"comfy-org", "comfyanonymous"})
# Model vendors publishing their own weights, and long-standing ComfyUI repackagers.
KNOWN_PUBLISHERS = frozenset(
    {
        "black-forest-labs",
        "stabilityai",
        "stable-diffusion-v1-5",
        "runwayml",
        "lightricks",
        "wan-ai",
        "qwen",
        "tencent",
        "thudm",
        "lllyasviel",
        "h94",
        "kijai",
        "city96",
        "nvidia",
        "lightx2v",
        "xlabs-ai",
        "alibaba-pai",
        "hunyuanvideo-community",
        "genmo",
        "mcmonkey",
        "ai-forever",
    }
)


# File names libraries give every model: a match says nothing about which model it is.
LIBRARY_NAMES = frozenset(
    {
        "diffusion_pytorch_model.safetensors",
        "diffusion_pytorch_model.bin",
        "diffusion_pytorch_model.fp16.safetensors",
        "model.safetensors",
        "model.fp16.safetensors",
        "pytorch_model.bin",
        "pytorch_lora_weights.safetensors",
        "adapter_model.safetensors",
        "model.ckpt",
        "model.pt",
        "model.pth",
    }
)


class HfSearchLookup(Protocol):
    base_url: str

    async def search_models(
        self, search: str | None, *, limit: int = 20, author: str | None = None, files: bool = False
    ) -> list[HfRepoSummary]: ...

    async def list_tree(self, repo_id: str, revision: str = "main") -> HfTree: ...


@dataclass(frozen=True)
class HfMatch:
    repo: HfRepoSummary
    path: str
    size: int | None
    sha256: str | None
    commit: str | None
    folder_hint: bool

    @property
    def reputation(self) -> int:
        owner = self.repo.owner.lower()
        return 2 if owner in COMFY_ORGS else 1 if owner in KNOWN_PUBLISHERS else 0

    @property
    def shown(self) -> str:
        digest = f", SHA-256 {self.sha256[:12].upper()}…" if self.sha256 else ""
        return f"{self.repo.repo_id}/{self.path}{digest}"

    def rank_key(self) -> tuple:
        return (self.folder_hint, self.reputation, not self.repo.gated, self.repo.downloads, self.repo.repo_id)


@dataclass
class HfNameOutcome:
    """The ranked exact-name matches and, in words, what was searched."""

    filename: str = ""
    matches: list[HfMatch] = field(default_factory=list)
    searched: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def best(self) -> HfMatch | None:
        return self.matches[0] if self.matches else None

    @property
    def different_files(self) -> int:
        return len({m.sha256 or f"{m.repo.repo_id}/{m.path}" for m in self.matches})

    @property
    def confident(self) -> bool:
        best = self.best
        if best is None or self.different_files > 1 or self.filename.lower() in LIBRARY_NAMES:
            return False
        return best.folder_hint or best.reputation > 0

    @property
    def confidence(self) -> float:
        if self.different_files > 1:
            return CONFLICT_CONFIDENCE
        return SURE_CONFIDENCE if self.confident else UNSURE_CONFIDENCE

    def evidence(self, filename: str) -> str:
        best = self.best
        if best is None:
            return ""
        why = []
        if best.folder_hint:
            why.append(f"in its {best.path.rsplit('/', 2)[-2]}/ folder")
        if best.reputation == 2:
            why.append(f"published by {best.repo.owner}, who repackage models for ComfyUI")
        elif best.reputation == 1:
            why.append(f"published by {best.repo.owner}")
        reasons = f" ({', '.join(why)})" if why else ""
        text = (
            f"Hugging Face search: {best.repo.repo_id} has a file named exactly {filename}, "
            f"at {best.path}{reasons}; pinned to commit {(best.commit or '?')[:12]}."
        )
        others = [m for m in self.matches[1:] if m.sha256 != best.sha256 or not m.sha256]
        same = len(self.matches) - 1 - len(others)
        if same:
            text += f" {same} other repositor{'y has' if same == 1 else 'ies have'} the same file (same SHA-256)."
        if others:
            listed = "; ".join(m.shown for m in others[:4])
            text += (
                f" But {len(others)} other file{'s' if len(others) > 1 else ''} of that name "
                f"differ{'s' if len(others) == 1 else ''} from it: {listed}. Check which one the workflow means."
            )
        elif filename.lower() in LIBRARY_NAMES:
            text += f" {filename} is the name a library gives every model's weights: check it is the one meant."
        elif not self.confident:
            text += " Nothing says this repository is the model's home: check it is the file the workflow means."
        return text


def _folder_hint(path: str, folder: str | None) -> bool:
    if not folder:
        return False
    wanted = LEGACY_NAMES.get(folder, folder)
    return any(LEGACY_NAMES.get(part, part) == wanted for part in path.split("/")[:-1])


def _holds(repo: HfRepoSummary, filename: str) -> bool:
    """Whether the search's file list names the file; a search without file lists cannot tell (True)."""
    return repo.files is None or any(path.rsplit("/", 1)[-1] == filename for path in repo.files)


async def _candidates(hf: HfSearchLookup, filename: str, outcome: HfNameOutcome) -> list[HfRepoSummary]:
    """Repositories that hold a file of that name: found by words of the name, then among ComfyUI's own orgs."""
    seen: dict[str, HfRepoSummary] = {}
    asks: list[tuple[str | None, str | None, int]] = [
        (q, None, SEARCH_LIMIT) for q in search_words(filename, MAX_SEARCHES)
    ]
    asks += [(None, org, ORG_LIMIT) for org in TRUSTED_ORGS]
    for query, author, limit in asks:
        try:
            repos = await hf.search_models(query, limit=limit, author=author, files=True)
        except HfListingError as error:
            outcome.failures.append(str(error))
            if error.unanswered:  # a silent Hub: the other searches would only wait too
                break
            continue
        outcome.searched.append(query or f"{author}'s repositories")
        for repo in repos:
            if not repo.private and repo.repo_id not in seen and _holds(repo, filename):
                seen[repo.repo_id] = repo
    ranked = sorted(
        seen.values(),
        key=lambda r: (r.owner.lower() in COMFY_ORGS, r.owner.lower() in KNOWN_PUBLISHERS, r.downloads),
        reverse=True,
    )
    return ranked[:MAX_TREES]


async def find_by_name(hf: HfSearchLookup, filename: str, folder: str | None) -> HfNameOutcome:
    """Every file named exactly `filename` in the repositories the searches find, best first.

    Searches ask for file lists (`full=true`), so only repositories that hold the name have their tree listed
    (for sizes, SHA-256s and the commit)."""
    outcome = HfNameOutcome(filename)
    found: dict[tuple[str, str], HfMatch] = {}
    for repo in await _candidates(hf, filename, outcome):
        try:
            tree = await hf.list_tree(repo.repo_id)
        except HfListingError as error:
            outcome.failures.append(str(error))
            continue
        for entry in tree.files:
            if entry.name == filename:
                hint = _folder_hint(entry.path, folder)
                found[(repo.repo_id, entry.path)] = HfMatch(
                    repo, entry.path, entry.size, entry.sha256, tree.commit, hint
                )
    outcome.matches = sorted(found.values(), key=HfMatch.rank_key, reverse=True)
    return outcome
