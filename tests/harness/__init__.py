"""The real-host rig: ComfyUI provisioned from PyPI and started per test session, and real Chromium."""
