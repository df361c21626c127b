"""What the Hub's repository search and tree listing answer, as values: the hits, the files, the failure."""

from __future__ import annotations

from dataclasses import dataclass


class HfListingError(Exception):
    """A search or tree listing failed; str() is a sentence. `code` is the Hub's X-Error-Code (`GatedRepo`...)."""

    def __init__(self, sentence: str, status: int = 0, code: str | None = None, *, unanswered: bool = False):
        super().__init__(sentence)
        self.status = status
        self.code = code
        self.unanswered = unanswered


@dataclass(frozen=True)
class HfRepoSummary:
    """One search hit: a repository id with what the search tells about it."""

    repo_id: str
    downloads: int
    gated: bool
    private: bool
    files: tuple[str, ...] | None = None  # every file path (`siblings`), when the search was asked for them

    @property
    def owner(self) -> str:
        return self.repo_id.split("/", 1)[0] if "/" in self.repo_id else ""


@dataclass(frozen=True)
class HfTreeFile:
    """A file in a repository listing: its path, size and, for LFS files, the SHA-256 of its content."""

    path: str
    size: int | None
    sha256: str | None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class HfTree:
    repo_id: str
    commit: str | None  # the commit the listing was taken at (X-Repo-Commit): what a download pins
    files: tuple[HfTreeFile, ...]
