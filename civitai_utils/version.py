"""The pack's version, kept equal to pyproject.toml's (a test checks it)."""

PACK_VERSION = "0.1.0"
