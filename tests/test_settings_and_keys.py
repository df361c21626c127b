"""API bases and keys: what the pack talks to, and keys that stay on the server."""

from __future__ import annotations

import stat

import pytest
from civitai_sidebar.civitai_utils.keys import KeyStore
from civitai_sidebar.civitai_utils.settings import api_bases, normalize_base_url


def test_defaults_are_the_real_hosts():
    bases = api_bases({})
    assert (bases.civitai, bases.huggingface) == ("https://civitai.com", "https://huggingface.co")
    assert bases.local_origins == ()


def test_civitais_other_sites_are_api_bases():
    assert api_bases({"CIVITAI_API_BASE": "https://civitai.red/"}).civitai == "https://civitai.red"
    assert api_bases({"CIVITAI_API_BASE": "https://www.civitai.green"}).civitai == "https://www.civitai.green"


def test_loopback_base_and_local_origins():
    bases = api_bases(
        {
            "CIVITAI_API_BASE": "http://127.0.0.1:8190/",
            "HF_ENDPOINT": "https://hf-mirror.com",
            "CIVITAI_SIDEBAR_LOCAL_ORIGINS": "http://127.0.0.1:8192, https://files.mirror.lan/, http://evil.example",
        }
    )
    assert bases.civitai == "http://127.0.0.1:8190"
    assert bases.huggingface == "https://hf-mirror.com"
    assert bases.local_origins == ("http://127.0.0.1:8192", "https://files.mirror.lan")


@pytest.mark.parametrize(
    "value",
    [
        "ftp://civitai.com",
        "file:///etc/passwd",
        "http://civitai.com",
        "https://user:pw@civitai.com",
        "civitai.com",
        "https://civitai.com/?token=x",
    ],
)
def test_unusable_bases_are_refused(value):
    with pytest.raises(ValueError):
        normalize_base_url(value)
    assert api_bases({"CIVITAI_API_BASE": value}).civitai == "https://civitai.com"


def test_keys_come_from_the_environment_and_report_only_booleans(tmp_path):
    store = KeyStore(tmp_path, environ={"CIVITAI_API_KEY": "abc", "HUGGING_FACE_HUB_TOKEN": "hf_x"})
    assert store.configured() == {"civitai": True, "huggingface": True}
    assert store.get("civitai") == "abc"
    assert KeyStore(tmp_path, environ={}).configured() == {"civitai": False, "huggingface": False}


def test_saved_keys_are_private_and_win_over_the_environment(tmp_path):
    store = KeyStore(tmp_path / "private", environ={"HF_TOKEN": "from-env"})
    store.save({"civitai": "saved-civitai", "huggingface": "saved-hf"})
    keys_file = tmp_path / "private" / "api_keys.json"
    assert stat.S_IMODE(keys_file.stat().st_mode) == 0o600
    assert store.get("huggingface") == "saved-hf"
    store.save({"huggingface": ""})
    assert store.get("huggingface") == "from-env"
    assert store.get("civitai") == "saved-civitai"
    assert [p.name for p in (tmp_path / "private").iterdir()] == ["api_keys.json"]  # no temp file left


def test_a_corrupt_keys_file_means_no_stored_keys(tmp_path):
    (tmp_path / "api_keys.json").write_text("{not json")
    assert KeyStore(tmp_path, environ={}).configured() == {"civitai": False, "huggingface": False}


def test_the_store_itself_never_saves_a_key_that_cannot_go_into_a_header(tmp_path):
    store = KeyStore(tmp_path, environ={})
    with pytest.raises(ValueError, match="civitai key was not saved"):
        store.save({"civitai": "abc\r\nX-Evil: 1"})
    assert not (tmp_path / "api_keys.json").exists()
    store.save({"huggingface": "  hf_ok\n"})
    assert store.get("huggingface") == "hf_ok"
