"""Building blocks of the realize tests: locked models on the fake Civitai/HF, a static SHA-256 mirror on loopback,
the command line run as a user runs it, and what the fake's storage and CDN served (one GET per file body)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from tests.test_cli import REPO

MiB = 1024 * 1024
FILE_HOSTS = ("storage", "cdn")


def civitai_locked(fake, *, folder: str = "loras", size: int = MiB, name: str | None = None) -> dict:
    """A new Civitai version's file, as a lock entry pinned to its version and file id."""
    unique = uuid.uuid4()
    filename = name or f"civ-{unique.hex[:8]}.safetensors"
    number = 10_000_000 + unique.int % 80_000_000
    version = fake.catalog.add_version(
        version_id=number, model_name=filename, files=[{"name": filename, "size": size, "id": number}]
    )
    file = version.primary_file
    return {
        "folder": folder, "name": filename, "sha256": file.hashes().sha256.lower(), "size": file.size,
        "sources": [{"kind": "civitai", "model_version_id": version.id, "file_id": file.id}],
        "_key": file.storage_key,
    }  # fmt: skip


def hf_locked(fake, *, folder: str = "vae", size: int = MiB, name: str | None = None) -> dict:
    """A new Hugging Face file, as a lock entry pinned to its repo's commit."""
    unique = uuid.uuid4().hex[:8]
    filename = name or f"hf-{unique}.safetensors"
    repo = f"acme/r-{unique}"
    hf_file = fake.hf.add_file(repo, filename, size=size)
    return {
        "folder": folder, "name": filename, "sha256": hf_file.sha256(), "size": hf_file.size,
        "sources": [{"kind": "huggingface", "repo": repo, "revision": fake.hf.get(repo).commit, "path": filename}],
        "_key": filename,
    }  # fmt: skip


def write_lock(path: Path, *models: dict) -> Path:
    import json

    entries = [{k: v for k, v in model.items() if not k.startswith("_")} for model in models]
    path.write_text(json.dumps({"schema": "civitai-sidebar/models-lock@1", "models": entries}), encoding="utf-8")
    return path


def served(fake, model: dict) -> list:
    """The requests for this model's bytes the fake's file hosts received."""
    return [e for e in fake.requests.entries() if e.server in FILE_HOSTS and model["_key"] in e.path_qs]


def realize_env(fake, tmp_path: Path | None, *extra_origins: str) -> dict:
    """The fakes' environment without keys; a hash cache of its own under tmp_path (None: the user's cache, where
    the provisioned ComfyUIs also live)."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_KEY", "HF_TOKEN")}
    env = {**clean, **fake.env()}
    if tmp_path is not None:
        env["XDG_CACHE_HOME"] = str(tmp_path / f"cache-{uuid.uuid4().hex[:6]}")
    if extra_origins:
        env["CIVITAI_SIDEBAR_LOCAL_ORIGINS"] += "," + ",".join(extra_origins)
    return env


def realize_command(*args: str) -> list[str]:
    return [sys.executable, str(REPO / "pipeline"), "realize", *args]


def realize(*args: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(realize_command(*args), cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]


@contextlib.contextmanager
def static_mirror(folder: Path):
    """python's http.server on loopback serving `folder` (a mirror laid out `sha256/ab/<hex>`); yields (url, paths)."""
    folder.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    server.paths = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.paths  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
