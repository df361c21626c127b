"""API keys for Civitai and Hugging Face, kept on the server and never handed back.

A key comes from the environment (`CIVITAI_API_KEY`, `HF_TOKEN`) or from a file in ComfyUI's
private user folder written with mode 0600. Only `configured()` leaves this module towards a
client: booleans, never values. A key saved from the sidebar wins over the environment, since it
is the user's latest word.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..pipeline.shapes.api_key_text import key_problem, tidy_key
from ..pipeline.shapes.sites import Service

log = logging.getLogger("civitai_sidebar")

SERVICES: tuple[Service, ...] = ("civitai", "huggingface")
ENV_NAMES: dict[Service, tuple[str, ...]] = {
    "civitai": ("CIVITAI_API_KEY",),
    "huggingface": ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"),
}
KEYS_FILE_NAME = "api_keys.json"


class KeyStore:
    def __init__(self, private_dir: Path | None, environ: Mapping[str, str] | None = None):
        self._file = private_dir / KEYS_FILE_NAME if private_dir else None
        self._environ = os.environ if environ is None else environ
        self._saved: dict[str, str] | None = None  # read once: every request asks, only save() changes it
        self._warned: set[str] = set()  # sources already logged as unusable: once each, not per request

    def _usable(self, value: str, source: str) -> str | None:
        """The key from `source` when it can go into a header; else None, logged once without the key."""
        value = tidy_key(value)
        problem = key_problem(value)
        if problem is None:
            return value
        if source not in self._warned:
            self._warned.add(source)
            log.warning("[Civitai Sidebar] ignoring the key in %s: %s", source, problem)
        return None

    def _stored(self) -> dict[str, str]:
        if self._saved is None:
            self._saved = self._read()
        return self._saved

    def _read(self) -> dict[str, str]:
        if self._file is None or not self._file.is_file():
            return {}
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        usable = {}
        for service, value in data.items():
            if service in SERVICES and isinstance(value, str) and value:
                value = self._usable(value, f"{self._file.name} ({service})")
                if value:
                    usable[service] = value
        return usable

    def get(self, service: Service) -> str | None:
        stored = self._stored().get(service)
        if stored:
            return stored
        for name in ENV_NAMES[service]:
            value = self._environ.get(name, "").strip()
            usable = self._usable(value, name) if value else None
            if usable:
                return usable
        return None

    def configured(self) -> dict[str, bool]:
        return {service: self.get(service) is not None for service in SERVICES}

    def save(self, updates: Mapping[Service, str | None]) -> None:
        """Set (a non-empty string) or forget (None or "") the stored key of each named service."""
        if self._file is None:
            raise RuntimeError("no private folder to store keys in")
        stored = dict(self._stored())
        for service, value in updates.items():
            value = tidy_key(value) if value else value
            if value and key_problem(value):  # the route refuses these first; no other caller may store one
                raise ValueError(f"the {service} key was not saved: {key_problem(value)}")
            if value:
                stored[service] = value
            else:
                stored.pop(service, None)
        self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=self._file.parent, prefix=".keys-")
        try:
            os.fchmod(handle, 0o600)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(stored, stream)
            os.replace(temporary, self._file)
            self._saved = stored
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
