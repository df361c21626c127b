"""The repositories the fake Hugging Face hub serves, and how each file is stored (git blob or LFS).

Model weights are LFS files (the hub answers them with a 302 to the CDN and the content's SHA-256 as
``X-Linked-Etag``); small text files are plain git blobs (200, ETag = git blob sha1). Tests add repos
and files with ``add_file``; a few public-looking repos exist by default for demos.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field

from .catalog import load_fixture
from .content import BytesContent, Content, SeededContent, default_size, git_blob_sha1

LFS_SUFFIXES = (
    ".safetensors",
    ".sft",
    ".bin",
    ".ckpt",
    ".pt",
    ".pt2",
    ".pth",
    ".pkl",
    ".gguf",
    ".onnx",
    ".h5",
    ".msgpack",
    ".model",
    ".zip",
    ".tar",
    ".gz",
    ".npz",
    ".pb",
    ".tflite",
    ".ot",
)
LFS_SIZE_THRESHOLD = 10 * 1024 * 1024
REPO_TYPES = ("model", "dataset", "space")


@dataclass
class HfFile:
    path: str
    content: Content
    lfs: bool
    _oid_cache: dict = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def size(self) -> int:
        return self.content.size

    def sha256(self) -> str:
        """Lower-case hex SHA-256 of the content (the LFS oid); computed once."""
        return self.content.hashes().sha256.lower()

    def pointer(self) -> bytes:
        """The git-lfs pointer file that the git tree stores instead of the content."""
        return (f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256()}\nsize {self.size}\n").encode()

    def git_oid(self) -> str:
        """The git blob id of what git stores: the pointer for LFS files, the content otherwise."""
        key = self.content.identity
        if key not in self._oid_cache:
            stored = BytesContent(self.pointer()) if self.lfs else self.content
            self._oid_cache[key] = git_blob_sha1(stored)
        return self._oid_cache[key]


@dataclass
class HfRepo:
    repo_id: str
    repo_type: str = "model"
    gated: bool = False
    private: bool = False
    approved_tokens: set[str] | None = None
    """For gated repos: tokens granted access; ``None`` means every valid token is granted."""
    files: dict[str, HfFile] = field(default_factory=dict)
    downloads: int = 0
    """What the search sorts by (``sort=downloads``)."""
    branches: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.commit = hashlib.sha1(
            f"fake-hf:{self.repo_type}:{self.repo_id}".encode(), usedforsecurity=False
        ).hexdigest()
        self.branches.setdefault("main", self.commit)

    def resolve_revision(self, revision: str) -> str | None:
        """A branch name (``main``, ``refs/pr/1``...) or the full 40-hex commit id."""
        if revision in self.branches:
            return self.branches[revision]
        return self.commit if revision == self.commit else None

    def is_approved(self, token: str) -> bool:
        return self.approved_tokens is None or token in self.approved_tokens


def _default_text(path: str) -> bytes:
    if path.endswith(".json"):
        return (json.dumps({"_name_or_path": path, "fake": True}, indent=2) + "\n").encode()
    return f"# {path}\n\nServed by the offline Hugging Face fake.\n".encode()


class HfRegistry:
    def __init__(self, *, defaults: bool = True) -> None:
        self.repos: dict[tuple[str, str], HfRepo] = {}
        self._lock = threading.Lock()
        if defaults:
            self._add_defaults()

    def add_repo(
        self,
        repo_id: str,
        *,
        repo_type: str = "model",
        gated: bool = False,
        private: bool = False,
        approved_tokens: set[str] | None = None,
        downloads: int | None = None,
    ) -> HfRepo:
        if repo_type not in REPO_TYPES:
            raise ValueError(f"repo_type must be one of {REPO_TYPES}")
        with self._lock:
            repo = self.repos.get((repo_type, repo_id))
            if repo is None:
                repo = HfRepo(repo_id, repo_type)
                self.repos[(repo_type, repo_id)] = repo
            repo.gated, repo.private = gated, private
            repo.approved_tokens = None if approved_tokens is None else set(approved_tokens)
            if downloads is not None:
                repo.downloads = downloads
            return repo

    def add_file(
        self,
        repo_id: str,
        path: str,
        *,
        size: int | None = None,
        data: bytes | None = None,
        lfs: bool | None = None,
        gated: bool | None = None,
        private: bool | None = None,
        repo_type: str = "model",
        seed: str | None = None,
    ) -> HfFile:
        """Add (or replace) a file. Model extensions and files over 10 MiB are LFS unless ``lfs`` says
        otherwise; ``data`` gives exact bytes, otherwise bytes are seeded (a valid safetensors container
        for ``.safetensors``); files given the same ``seed`` and size have the same bytes.
        ``gated``/``private`` change the repo when given."""
        repo = self.repos.get((repo_type, repo_id)) or self.add_repo(repo_id, repo_type=repo_type)
        if gated is not None:
            repo.gated = gated
        if private is not None:
            repo.private = private
        seed = seed or f"hf-file:{repo_type}:{repo_id}:{path}"
        if data is not None:
            content: Content = BytesContent(data)
        elif size is None and not path.lower().endswith(LFS_SUFFIXES):
            content = BytesContent(_default_text(path))
        else:
            content = SeededContent(
                seed, default_size(seed) if size is None else size, path.lower().endswith((".safetensors", ".sft"))
            )
        if lfs is None:
            lfs = path.lower().endswith(LFS_SUFFIXES) or content.size > LFS_SIZE_THRESHOLD
        hf_file = HfFile(path=path, content=content, lfs=lfs)
        with self._lock:
            repo.files[path] = hf_file
        return hf_file

    def set_file_size(self, repo_id: str, path: str, size: int, *, repo_type: str = "model") -> HfFile:
        hf_file = self.repos[(repo_type, repo_id)].files[path]
        if isinstance(hf_file.content, SeededContent):
            hf_file.content = hf_file.content.with_size(size)
        else:
            seed = f"hf-file:{repo_type}:{repo_id}:{path}"
            hf_file.content = SeededContent(seed, size, path.lower().endswith((".safetensors", ".sft")))
        return hf_file

    def search(self, text: str, author: str | None, repo_type: str = "model") -> list[HfRepo]:
        """Public repositories whose id contains ``text`` (case-insensitive), most downloaded first (§15)."""
        wanted, owner = text.lower(), (author or "").lower()
        with self._lock:
            repos = [r for (kind, _), r in self.repos.items() if kind == repo_type and not r.private]
        found = [
            r
            for r in repos
            if wanted in r.repo_id.lower() and (not owner or r.repo_id.split("/", 1)[0].lower() == owner)
        ]
        return sorted(found, key=lambda r: (-r.downloads, r.repo_id))

    def get(self, repo_id: str, repo_type: str = "model") -> HfRepo | None:
        return self.repos.get((repo_type, repo_id))

    def file_by_sha256(self, sha256: str) -> HfFile | None:
        """The CDN serves LFS objects by content hash; only files whose hash was computed can be asked for."""
        with self._lock:
            repos = list(self.repos.values())
        for repo in repos:
            for hf_file in list(repo.files.values()):
                if hf_file.lfs and hf_file.content.hashes_cached() and hf_file.sha256() == sha256:
                    return hf_file
        return None

    def _add_defaults(self) -> None:
        """Demo repos. ``bert-base-uncased`` mirrors the paths of fixture hf_tree_1.json (sizes are small)."""
        for entry in load_fixture("hf_tree_1.json"):
            if "lfs" in entry:
                self.add_file("bert-base-uncased", entry["path"])
            else:
                seed = f"hf-file:model:bert-base-uncased:{entry['path']}"
                self.add_file(
                    "bert-base-uncased", entry["path"], data=SeededContent(seed, entry["size"]).read(0, entry["size"])
                )
        self.add_file("stabilityai/sdxl-vae", "README.md")
        self.add_file("stabilityai/sdxl-vae", "config.json")
        self.add_file("stabilityai/sdxl-vae", "sdxl_vae.safetensors")
        self.add_file("stabilityai/sdxl-vae", "diffusion_pytorch_model.safetensors")
        self.add_file("Comfy-Org/stable-diffusion-v1-5-archive", "v1-5-pruned-emaonly-fp16.safetensors")
        self.add_file("black-forest-labs/FLUX.1-dev", "README.md", gated=True)
        self.add_file("black-forest-labs/FLUX.1-dev", "ae.safetensors")
        self.add_file("black-forest-labs/FLUX.1-dev", "flux1-dev.safetensors")
