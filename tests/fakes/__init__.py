"""Offline fakes of the Civitai REST API and the Hugging Face download protocol (see README.md)."""

from .server import BackgroundFakeServices, FakeServices, running_in_thread, start_in_thread
from .state import DEFAULT_CIVITAI_KEY, DEFAULT_HF_TOKEN, FakeConfig, FakeUrls

__all__ = [
    "DEFAULT_CIVITAI_KEY",
    "DEFAULT_HF_TOKEN",
    "BackgroundFakeServices",
    "FakeConfig",
    "FakeServices",
    "FakeUrls",
    "running_in_thread",
    "start_in_thread",
]
