"""Where downloads may go and what may be fetched (DESIGN.md §5), checked without a server."""

from __future__ import annotations

import os

import pytest
from civitai_sidebar.civitai_utils.model_folders import ModelFolders
from civitai_sidebar.civitai_utils.settings import ApiBases
from civitai_sidebar.civitai_utils.url_policy import UnsafeUrl, UrlPolicy, without_secrets
from civitai_sidebar.pipeline.shapes.model_names import UnsafeTarget

PT = {".ckpt", ".pt", ".safetensors", ".pth", ".bin"}


@pytest.fixture
def folders(tmp_path):
    models = tmp_path / "models"
    for name in ("checkpoints", "loras", "unet", "diffusion_models", "configs"):
        (models / name).mkdir(parents=True)
    (tmp_path / "custom_nodes").mkdir()
    table = {
        "checkpoints": ([str(models / "checkpoints")], PT),
        "loras": ([str(models / "loras")], PT),
        "diffusion_models": ([str(models / "unet"), str(models / "diffusion_models")], PT),
        "configs": ([str(models / "configs")], [".yaml"]),
        "custom_nodes": ([str(tmp_path / "custom_nodes")], set()),
        "sneaky": ([str(tmp_path / "custom_nodes" / "pack")], PT),
        "classifiers": ([str(models / "classifiers")], {""}),
    }
    return ModelFolders(table, [str(tmp_path / "custom_nodes")])


def test_a_plain_target_lands_in_its_folder(folders, tmp_path):
    target = folders.resolve("loras", "detail.safetensors", "sdxl/style")
    assert target.path == tmp_path / "models" / "loras" / "sdxl" / "style" / "detail.safetensors"
    assert target.relative_name == "sdxl/style/detail.safetensors"


def test_new_diffusion_models_go_to_the_folder_named_like_it_and_legacy_names_map(folders, tmp_path):
    assert folders.resolve("unet", "flux.safetensors").path.parent == tmp_path / "models" / "diffusion_models"


def test_only_model_folders_are_targets(folders):
    assert folders.names() == ["checkpoints", "diffusion_models", "loras"]


@pytest.mark.parametrize(
    ("folder", "filename", "subfolder", "why"),
    [
        ("custom_nodes", "x.safetensors", "", "not a model folder"),
        ("configs", "x.yaml", "", "not a model folder"),
        ("sneaky", "x.safetensors", "", "not a model folder"),
        ("classifiers", "x.pt", "", "not a model folder"),
        ("../custom_nodes", "x.safetensors", "", "not a model folder"),
        ("loras", "../../custom_nodes/x.safetensors", "", "path separator"),
        ("loras", "..\\evil.safetensors", "", "path separator"),
        ("loras", "..", "", "relative"),
        ("loras", ".hidden.safetensors", "", "hidden"),
        ("loras", "evil.py", "", "model extension"),
        ("loras", "evil.safetensors.py", "", "model extension"),
        ("loras", "x\x00.safetensors", "", "control character"),
        ("loras", "x\n.safetensors", "", "control character"),
        ("loras", "C:evil.safetensors", "", "':'"),
        ("loras", "x.safetensors", "../../custom_nodes", "relative"),
        ("loras", "x.safetensors", "/etc", "absolute"),
        ("loras", "x.safetensors", "C:\\Windows", "absolute"),
        ("loras", "x.safetensors", "a/b/c/d/e", "deeper"),
        ("loras", "", "", "empty"),
        ("loras", "a" * 300 + ".safetensors", "", "longer"),
    ],
)
def test_unsafe_targets_are_refused_with_a_reason(folders, folder, filename, subfolder, why, tmp_path):
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(UnsafeTarget, match=why):
        folders.resolve(folder, filename, subfolder)
    assert sorted(tmp_path.rglob("*")) == before


def test_a_symlink_inside_a_model_folder_pointing_outside_is_refused(folders, tmp_path):
    outside = tmp_path / "custom_nodes"
    os.symlink(outside, tmp_path / "models" / "loras" / "linked")
    with pytest.raises(UnsafeTarget, match="symlink"):
        folders.resolve("loras", "x.safetensors", "linked")
    os.symlink(outside / "x.safetensors", tmp_path / "models" / "loras" / "x.safetensors")
    with pytest.raises(UnsafeTarget, match="symlink"):
        folders.resolve("loras", "x.safetensors")


def test_a_model_folder_that_is_itself_a_symlink_is_followed(tmp_path):
    big_disk = tmp_path / "big" / "loras"
    big_disk.mkdir(parents=True)
    (tmp_path / "models").mkdir()
    os.symlink(big_disk, tmp_path / "models" / "loras")
    folders = ModelFolders({"loras": ([str(tmp_path / "models" / "loras")], PT)})
    assert folders.resolve("loras", "x.safetensors").path == big_disk / "x.safetensors"


REAL = UrlPolicy(ApiBases("https://civitai.com", "https://huggingface.co"))
LOCAL = UrlPolicy(ApiBases("http://127.0.0.1:8190", "http://127.0.0.1:8191", local_origins=("http://127.0.0.1:8192",)))


@pytest.mark.parametrize(
    "url",
    [
        "https://civitai.com/api/download/models/1387174",
        "https://civitai.red/api/download/models/1387174?fileId=1",
        "https://www.civitai.green/api/download/models/1387174",
        "https://huggingface.co/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors",
        "https://hf.co/org/repo/resolve/main/x.safetensors",
    ],
)
def test_civitai_and_hugging_face_urls_are_sources(url):
    assert REAL.check_source(url) == url


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://civitai.com/api/download/models/1", "https"),
        ("file:///etc/passwd", "only https"),
        ("ftp://civitai.com/x", "only https"),
        ("https://evil.example/?civitai.com", "not evil.example"),
        ("https://civitai.com.evil.example/x", "not civitai.com.evil.example"),
        ("https://civitai.red.evil.example/x", "not civitai.red.evil.example"),
        ("http://civitai.red/api/download/models/1", "https"),
        ("https://user:pw@civitai.com/x", "credentials"),
        ("https://127.0.0.1/x", "only Civitai"),
    ],
)
def test_other_urls_are_refused(url, why):
    with pytest.raises(UnsafeUrl, match=why):
        REAL.check_source(url)


@pytest.mark.parametrize(
    "hop",
    ["http://cdn.example/x", "https://127.0.0.1/x", "https://10.0.0.5/x", "https://169.254.169.254/latest/meta-data",
     "https://[::1]/x", "https://[::ffff:192.168.1.1]/x", "https://192.168.0.10:8188/api/x"],
)  # fmt: skip
def test_redirects_to_plain_http_or_private_addresses_are_refused(hop):
    with pytest.raises(UnsafeUrl):
        REAL.check_hop(hop)
    with pytest.raises(UnsafeUrl):  # a loopback base allows its own origin, not all of loopback
        LOCAL.check_hop(hop.replace("https://", "http://"))


@pytest.mark.parametrize(
    "hop",
    ["http://127.0.0.1:8190/api/x", "http://127.0.0.1:8191/x", "http://127.0.0.1:8192/storage/x",
     "https://civitai-delivery.example/x", "https://93.184.216.34/x"],
)  # fmt: skip
def test_the_configured_origins_and_public_hosts_are_followed(hop):
    LOCAL.check_hop(hop)


@pytest.mark.parametrize(
    "hop",
    ["http://127.0.0.1:8193/x", "https://127.0.0.1:8190/x", "http://localhost:8190/x", "http://2130706433:8190/x",
     "http://0177.0.0.1:8190/x", "http://127.1:8190/x", "http://0x7f.1:8190/x", "http://[::ffff:127.0.0.1]:8190/x",
     "https://[64:ff9b::7f00:1]/x", "https://[64:ff9b::a00:1]/x", "https://[2002:7f00:1::]/x", "https://[::127.0.0.1]/x",
     "https://0/x", "https://0.0.0.0/x", "https://１２７.０.０.１/x", "https://127.0.0.1./x", "https://[fd00::1]/x",
     "https://100.64.0.1/x", "http://127.0.0.1:8190\\@evil.example/x"],
)  # fmt: skip
def test_every_spelling_of_a_private_address_is_refused_even_with_loopback_bases(hop):
    with pytest.raises(UnsafeUrl):
        LOCAL.check_hop(hop)


def test_keys_go_only_to_their_own_api_origin():
    assert REAL.key_service_for("https://civitai.com/api/download/models/1") == "civitai"
    assert REAL.key_service_for("https://huggingface.co/a/b/resolve/main/c") == "huggingface"
    assert REAL.key_service_for("https://cdn-lfs.hf.co/repos/x") is None
    assert REAL.key_service_for("https://civitai-delivery-worker-prod.r2.cloudflarestorage.com/x") is None
    assert LOCAL.key_service_for("http://127.0.0.1:8190/api/download/models/1") == "civitai"
    assert LOCAL.key_service_for("http://127.0.0.1:8192/storage/x") is None
    # Civitai's other sites take the same key, but only when one of them is the configured API base.
    assert REAL.key_service_for("https://civitai.red/api/download/models/1") is None
    red = UrlPolicy(ApiBases("https://civitai.red", "https://huggingface.co"))
    assert red.key_service_for("https://civitai.red/api/download/models/1") == "civitai"
    assert red.key_service_for("https://civitai.com/api/download/models/1") is None
    assert red.service_of("https://civitai.com/api/download/models/1") == "civitai"


def test_credentials_in_a_source_url_are_dropped():
    assert without_secrets("https://civitai.com/api/download/models/1?type=Model&token=SECRET") == (
        "https://civitai.com/api/download/models/1?type=Model"
    )
    assert "SECRET" not in REAL.check_source("https://civitai.com/api/download/models/1?token=SECRET")
