"""The pack inside the real ComfyUI 0.3.75: it imports, and its health route answers without secrets."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import tomllib

PACK_DIR = Path(__file__).resolve().parents[1]


def get_json(url: str) -> tuple[int, dict, str]:
    with urllib.request.urlopen(url, timeout=10) as answer:
        body = answer.read().decode()
        return answer.status, json.loads(body), body


def test_health_answers_with_the_real_hosts_and_no_keys_by_default(start_comfyui):
    server = start_comfyui()
    status, health, _ = get_json(server.url + "/api/civitai/health")
    assert status == 200
    assert health["version"] == tomllib.loads((PACK_DIR / "pyproject.toml").read_text())["project"]["version"]
    assert health["api"] == {"civitai": "https://civitai.com", "huggingface": "https://huggingface.co"}
    assert health["keys"] == {"civitai": False, "huggingface": False}


def test_health_answers_through_comfyuis_api_prefix_and_without_it(comfyui, fake_services_session):
    for prefix in ("/api", ""):
        status, health, _ = get_json(comfyui.url + prefix + "/civitai/health")
        assert status == 200
        assert health["api"]["civitai"] == fake_services_session.urls.civitai_api_base


def test_pack_adds_no_nodes_and_serves_its_bundle(comfyui):
    _, object_info, _ = get_json(comfyui.url + "/api/object_info")
    assert "KSampler" in object_info  # ComfyUI's own nodes are there...
    with urllib.request.urlopen(comfyui.url + "/api/extensions", timeout=10) as answer:
        extensions = json.loads(answer.read())
    assert "/extensions/comfyui-civitai-sidebar/main.js" in extensions  # ...and our bundle is offered


def test_keys_and_bases_from_environment_never_leave_the_server(start_comfyui):
    civitai_key, hf_token = "civitai-secret-0123456789abcdef", "hf_secretTOKENvalue987"
    server = start_comfyui(
        env={
            "CIVITAI_API_KEY": civitai_key,
            "HF_TOKEN": hf_token,
            "CIVITAI_API_BASE": "http://127.0.0.1:9/",
            "HF_ENDPOINT": "http://localhost:9",
        }
    )
    _, health, body = get_json(server.url + "/api/civitai/health")
    assert health["keys"] == {"civitai": True, "huggingface": True}
    assert health["api"] == {"civitai": "http://127.0.0.1:9", "huggingface": "http://localhost:9"}
    for secret in (civitai_key, hf_token):
        assert secret not in body
        assert secret not in server.log_text()


def test_a_non_loopback_http_base_is_refused_and_the_real_host_kept(start_comfyui):
    server = start_comfyui(env={"CIVITAI_API_BASE": "http://civitai.example.net"})
    _, health, _ = get_json(server.url + "/api/civitai/health")
    assert health["api"]["civitai"] == "https://civitai.com"
    assert "ignoring CIVITAI_API_BASE" in server.log_text()
