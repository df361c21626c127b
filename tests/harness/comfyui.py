"""Start and stop a real ComfyUI with this pack in its custom_nodes, on a free loopback port.

Each server gets its own base directory (models, user, custom_nodes, input, output), so a test
sees exactly the files it put there. The process is stopped by its PID, never by name.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .provision_comfyui import ComfyInstall

PACK_DIR = Path(__file__).resolve().parents[2]
PACK_LINK_NAME = "comfyui-civitai-sidebar"
# A custom loader with a model folder of its own, present only in test ComfyUIs.
TEST_LOADER_PACK = Path(__file__).resolve().parent / "custom_loader_pack"
# Settings that keep first-run dialogs (templates browser, release notes) off the canvas.
QUIET_FIRST_RUN_SETTINGS = {
    "Comfy.TutorialCompleted": True,
    "Comfy.InstalledVersion": "1.32.9",
    "Comfy.Release.Version": "1.32.9",
    "Comfy.Release.Status": "skipped",
    "Comfy.Release.Timestamp": 4102444800000,
    "Comfy.Workflow.ShowMissingModelsWarning": False,
}
# Keys of the developer's own shell never reach a test server.
SCRUBBED_ENV = ("CIVITAI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "CIVITAI_API_BASE", "HF_ENDPOINT")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare_base_dir(base_dir: Path, settings: dict | None = None, test_packs: bool = True) -> None:
    """A ComfyUI base directory with this pack linked in and first-run dialogs already answered."""
    (base_dir / "custom_nodes").mkdir(parents=True, exist_ok=True)
    (base_dir / "models").mkdir(exist_ok=True)
    links = {PACK_LINK_NAME: PACK_DIR, **({"test-custom-loader": TEST_LOADER_PACK} if test_packs else {})}
    for name, target in links.items():
        link = base_dir / "custom_nodes" / name
        if not link.exists():
            link.symlink_to(target, target_is_directory=True)
    user_dir = base_dir / "user" / "default"
    user_dir.mkdir(parents=True, exist_ok=True)
    settings_file = user_dir / "comfy.settings.json"
    merged = json.loads(settings_file.read_text()) if settings_file.exists() else {}
    merged.update(QUIET_FIRST_RUN_SETTINGS)
    merged.update(settings or {})
    settings_file.write_text(json.dumps(merged, indent=2))


class ComfyUIStartError(RuntimeError):
    pass


@dataclass
class ComfyUIServer:
    install: ComfyInstall
    base_dir: Path
    port: int = field(default_factory=free_port)
    env: dict[str, str] = field(default_factory=dict)
    test_packs: bool = True
    front_end_root: Path | None = None  # another frontend's static files (the newest one), else ComfyUI's own
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.base_dir / f"comfyui-{self.port}.log"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def start(self, timeout: float = 180) -> ComfyUIServer:
        prepare_base_dir(self.base_dir, test_packs=self.test_packs)
        env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
        env.update({"PYTHONUNBUFFERED": "1", "DO_NOT_TRACK": "1"}, **self.env)
        command = [
            str(self.install.python),
            "main.py",
            "--cpu",
            "--listen",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--base-directory",
            str(self.base_dir),
            "--disable-auto-launch",
            # Newer ComfyUIs keep a database; by default inside their own tree, shared by every server.
            "--database-url",
            f"sqlite:///{self.base_dir / 'user' / 'comfyui.db'}",
        ]
        if self.front_end_root is not None:
            command += ["--front-end-root", str(self.front_end_root)]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                command,
                cwd=self.install.comfyui_dir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._wait_until_ready(timeout)
            self._check_pack_imported()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ComfyUIStartError(f"ComfyUI exited with {self.process.returncode}:\n{self.log_text()}")
            try:
                with urllib.request.urlopen(self.url + "/system_stats", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        raise ComfyUIStartError(f"ComfyUI did not answer /system_stats within {timeout}s:\n{self.log_text()}")

    def _check_pack_imported(self) -> None:
        """Fail with ComfyUI's log when the pack's import failed (ComfyUI keeps running in that case)."""
        log = self.log_text()
        lines = [line for line in log.splitlines() if re.search(rf"custom_nodes[/\\]{PACK_LINK_NAME}\s*$", line)]
        if not lines or any("IMPORT FAILED" in line for line in lines):
            raise ComfyUIStartError(f"the pack did not import into ComfyUI:\n{log}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
        """Stop the process group started for this server, by PID; SIGKILL if it does not go in time."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout)

    def kill(self) -> None:
        """Die like a crash: no cleanup handlers run (used to test resume after a restart)."""
        self.stop(signal.SIGKILL)
