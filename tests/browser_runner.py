"""Run a browser scenario (tests/browser/*.mjs) against a running ComfyUI and return what it observed."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
ARTIFACTS_DIR = REPO_DIR / "test-artifacts"


def run_scenario(name: str, comfyui, timeout: float = 180, **env: str) -> dict:
    """Run tests/browser/<name>.mjs against a ComfyUI server; screenshots go to test-artifacts/<frontend>/."""
    artifacts = ARTIFACTS_DIR / getattr(comfyui, "frontend_label", "pinned-frontend")
    process = subprocess.run(
        ["node", str(REPO_DIR / "tests" / "browser" / f"{name}.mjs")],
        env={**os.environ, "COMFYUI_URL": comfyui.url, "ARTIFACTS_DIR": str(artifacts), **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO_DIR,
    )
    lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise AssertionError(f"scenario {name} printed no result\n{process.stdout}\n{process.stderr}")
    result = json.loads(lines[-1])
    assert result["ok"], f"scenario {name} failed:\n{result.get('error')}\n{process.stderr}"
    return result
