"""The real Civitai and Hugging Face hosts, and the two services a key or a download belongs to."""

from __future__ import annotations

from typing import Literal

Service = Literal["civitai", "huggingface"]

# Civitai's sites since April 2026 (API reference §15): civitai.com shows safe content, civitai.red everything,
# civitai.green is the safe alias. Each serves the same pages and the same API; links use any of them.
CIVITAI_SITES = frozenset(
    {"civitai.com", "civitai.red", "civitai.green", "www.civitai.com", "www.civitai.red", "www.civitai.green"}
)
SITE_FOR_SAFE_CONTENT = "https://civitai.com"
SITE_FOR_ALL_CONTENT = "https://civitai.red"
REAL_HOSTS: dict[Service, frozenset[str]] = {
    "civitai": CIVITAI_SITES,
    "huggingface": frozenset({"huggingface.co", "www.huggingface.co", "hf.co"}),
}
