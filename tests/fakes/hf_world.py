"""A realistic Hub for name searches: the repositories ComfyUI's official templates link, plus decoys.

Built from `fixtures/hf_corpus_world.json` (see its `about`): every Hugging Face link in the installed
`comfyui-workflow-templates` packages' `properties.models`, well-known homes of other files the shared corpus
names, and the traps a name search meets on the real Hub: the same file name with other bytes in an unrelated
repository, a renamed copy, a lone upload nobody vouches for, gated repositories. Files that share a `content`
key share their bytes, as ComfyUI's repackaged copies of one file do. Sizes are small so hashing stays fast.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

from .catalog import load_fixture
from .hf_repos import HfRegistry

WORLD_FIXTURE = "hf_corpus_world.json"
MIN_SIZE, SIZE_SPREAD = 4096, 60000


@dataclass(frozen=True)
class WorldFile:
    repo: str
    path: str
    role: str  # template, curated, decoy, renamed, unvouched
    content: str  # files with the same key have the same bytes

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def genuine(self) -> bool:
        """The file its name promises (decoys and lone uploads are not)."""
        return self.role in ("template", "curated")


@functools.cache
def world() -> tuple[tuple[WorldFile, ...], frozenset[str], dict[str, int]]:
    data = load_fixture(WORLD_FIXTURE)
    files = tuple(WorldFile(f["repo"], f["path"], f["role"], f["content"]) for f in data["files"])
    downloads = {r["repo"]: r["downloads"] for r in data["repos"]}
    return files, frozenset(data["gated"]), downloads


def _size(content: str) -> int:
    return MIN_SIZE + int.from_bytes(hashlib.sha256(content.encode()).digest()[:4], "big") % SIZE_SPREAD


def populate(registry: HfRegistry) -> tuple[WorldFile, ...]:
    """Add the world's repositories and files to the fake Hub; returns what was added."""
    files, gated, downloads = world()
    for repo, count in downloads.items():
        registry.add_repo(repo, gated=repo in gated, downloads=count)
    for item in files:
        registry.add_file(item.repo, item.path, size=_size(item.content), seed=f"hf-world:{item.content}")
    return files
