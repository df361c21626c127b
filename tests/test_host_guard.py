"""The Host decision on its own: which names pass while ComfyUI listens on loopback, and when the check is off."""

from __future__ import annotations

import pytest
from civitai_sidebar.civitai_utils.host_guard import HostGuard

LOOPBACK = HostGuard.build(["127.0.0.1"], ["comfy.lan"])


@pytest.mark.parametrize(
    "header", ["localhost", "localhost:8188", "127.0.0.1:8188", "127.9.9.9", "[::1]:8188", "a.localhost", "Comfy.Lan"]
)
def test_loopback_and_configured_names_pass(header):
    assert LOOPBACK.refusal(header) is None


@pytest.mark.parametrize(
    "header", ["evil.example", "evil.example:8188", "10.0.0.5", "localhost.evil.example", "[::1", "a:b:c", "", "x:99x"]
)
def test_other_names_are_refused_with_a_sentence(header):
    assert "CIVITAI_SIDEBAR_ALLOWED_HOSTS" in LOOPBACK.refusal(header)


@pytest.mark.parametrize("listen", [["0.0.0.0"], ["::"], ["127.0.0.1", "192.168.1.4"]])
def test_listening_on_a_network_address_turns_the_check_off(listen):
    assert HostGuard.build(listen, []).refusal("evil.example") is None


def test_every_loopback_listen_address_keeps_it_on():
    assert HostGuard.build(["127.0.0.1", "::1"], []).refusal("evil.example")
