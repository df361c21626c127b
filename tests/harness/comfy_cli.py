"""comfy-cli, the tool the Comfy Registry's publishers use, installed once from PyPI into the cache and run offline.

`comfy node validate` and `comfy node pack` are what `comfy node publish` runs before uploading; the tests run them
on a clean clone of this repo. The CLI is pinned, so a new release cannot change what the check means unannounced.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .provision_comfyui import cache_root

COMFY_CLI_VERSION = "1.23.0"
# Every way comfy-cli could reach the network or wait for a human, turned off: no telemetry (and no consent
# prompt), no PyPI update check, and a proxy that refuses at once, so a forgotten request fails fast, never hangs.
OFFLINE_ENV = {
    "DO_NOT_TRACK": "1",
    "COMFY_NO_TELEMETRY": "1",
    "COMFY_NO_UPDATE_CHECK": "1",
    **{name: "http://127.0.0.1:9" for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")},
}
GLOBAL_FLAGS = ("--skip-prompt", "--no-enable-telemetry")


def ensure_comfy_cli() -> Path:
    """The Python of a venv holding comfy-cli COMFY_CLI_VERSION, built on first use beside the cached ComfyUIs."""
    target = cache_root() / f"comfy-cli-{COMFY_CLI_VERSION}"
    python = target / "bin" / "python"
    if (target / "READY").is_file():
        return python
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".building-", dir=target.parent))
    try:
        subprocess.run([sys.executable, "-m", "venv", str(work)], check=True)
        subprocess.run([str(work / "bin" / "python"), "-m", "pip", "install", "-qq", "--disable-pip-version-check",
                        f"comfy-cli=={COMFY_CLI_VERSION}"], check=True)  # fmt: skip
        (work / "READY").write_text(COMFY_CLI_VERSION)
        # Built beside its final place and renamed in one step, so a half-built venv is never used. Its scripts keep
        # the build path in their shebangs: only bin/python is run (`-m comfy_cli`).
        if target.exists():
            shutil.rmtree(target)
        os.rename(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return python


def run_comfy_cli(python: Path, args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    """`comfy <args>` in cwd, offline, with no input to wait for, its config written under home (not the user's)."""
    env = {**os.environ, **OFFLINE_ENV, "HOME": str(home)}
    env.pop("NO_PROXY", None)
    env.pop("no_proxy", None)
    return subprocess.run(
        [str(python), "-m", "comfy_cli", *GLOBAL_FLAGS, *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


if __name__ == "__main__":
    # `python -m tests.harness.comfy_cli`: provision it ahead of the tests.
    print(ensure_comfy_cli())
