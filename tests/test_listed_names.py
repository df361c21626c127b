"""Finding a wanted model file in ComfyUI's list of its folder, and a built workflow named as those lists say.

Pure: the lists are what `folder_paths.get_filename_list` returns; a Windows ComfyUI joins subfolders with
backslashes, which a Linux ComfyUI cannot produce, so those lists are written out here.
"""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.generation.build_workflow import build_workflow
from civitai_sidebar.pipeline.shapes.image_generation import (
    FOLDER_OF_KIND,
    GenerationParams,
    HiresParams,
    ResolvedResource,
)
from civitai_sidebar.pipeline.shapes.listed_names import listed_candidates, listed_name

from tests.comfy_judge import only


@pytest.mark.parametrize(
    ("wanted", "listing", "found"),
    [
        ("4x-UltraSharp", ["4x-UltraSharp.pth", "4x-AnimeSharp.pth"], "4x-UltraSharp.pth"),
        ("4x-UltraSharp.safetensors", ["4x-UltraSharp.pth"], "4x-UltraSharp.pth"),
        ("x.safetensors", ["x.safetensors", "x.ckpt"], "x.safetensors"),  # the exact name wins
        ("sdxl/x.safetensors", ["sdxl\\x.safetensors"], "sdxl\\x.safetensors"),  # as a Windows ComfyUI lists it
        ("sdxl\\x.safetensors", ["sdxl/x.safetensors"], "sdxl/x.safetensors"),
        ("X.SafeTensors", ["x.safetensors"], "x.safetensors"),
        ("x.safetensors", ["deep\\er\\x.safetensors", "sub\\x.safetensors"], "sub\\x.safetensors"),
        ("x.safetensors", ["SD 1.5\\photo\\x.gguf"], "SD 1.5\\photo\\x.gguf"),
        ("sdxl/x.safetensors", ["sdxl\\x.ckpt", "sd15\\x.pt"], "sdxl\\x.ckpt"),  # its own subfolder decides
        ("Detail v1.5", ["Detail v1.5.safetensors"], "Detail v1.5.safetensors"),  # ".5" is not an extension
        ("x.safetensors", ["x.ckpt", "x.pt"], None),  # two candidates: only a hash could tell
        ("x.safetensors", ["a\\x.ckpt", "b\\x.sft"], None),
        ("x.safetensors", ["xx.safetensors", "x_v2.ckpt"], None),
        ("x.safetensors", [], None),
    ],
)
def test_a_wanted_name_is_the_one_listed_file_it_can_only_be(wanted, listing, found):
    assert listed_name(wanted, listing) == found


def test_same_stem_files_are_all_offered_so_a_hash_can_choose():
    assert listed_candidates("x.safetensors", ["x.pt", "other.pt", "x.ckpt"]) == ["x.ckpt", "x.pt"]


def resource(kind: str, name: str, filename: str | None = None, **extra) -> ResolvedResource:
    return ResolvedResource(kind=kind, name=name, filename=filename, folder=FOLDER_OF_KIND[kind], **extra)


PARAMS = GenerationParams(
    prompt="a lighthouse, easynegative",
    negative_prompt="blurry, badhandv4",
    seed=42,
    steps=20,
    cfg=7,
    sampler="Euler a",
    width=512,
    height=768,
    hires=HiresParams(upscale=2, upscaler="4x-UltraSharp"),
)
RESOURCES = [
    resource("checkpoint", "Meina", "meinamix_v11.safetensors"),
    resource("lora", "Detail", "add_detail.safetensors", weight=0.5),
    resource("vae", "MSE", "vae-ft-mse.safetensors"),
    resource("upscaler", "4x-UltraSharp"),  # known only by the name the image wrote
    resource("embedding", "easynegative", "easynegative.safetensors"),
    resource("embedding", "badhandv4", "badhandv4.safetensors"),
]
WINDOWS_LISTS = {
    "checkpoints": ["SD1.5\\anime\\meinamix_v11.safetensors", "sdxl\\other.safetensors"],
    "loras": ["styles\\add_detail.ckpt"],
    "vae": ["vae-ft-mse.safetensors"],
    "upscale_models": ["ESRGAN\\4x-UltraSharp.pth"],
    "embeddings": ["neg\\EasyNegative.pt"],
}


def test_with_windows_lists_every_loader_names_the_listed_file_with_backslashes():
    built = build_workflow(PARAMS, RESOURCES, WINDOWS_LISTS)
    workflow = built.workflow
    assert (
        only(workflow, "CheckpointLoaderSimple")[1]["inputs"]["ckpt_name"] == "SD1.5\\anime\\meinamix_v11.safetensors"
    )
    assert only(workflow, "LoraLoader")[1]["inputs"]["lora_name"] == "styles\\add_detail.ckpt"
    assert only(workflow, "VAELoader")[1]["inputs"]["vae_name"] == "vae-ft-mse.safetensors"
    assert only(workflow, "UpscaleModelLoader")[1]["inputs"]["model_name"] == "ESRGAN\\4x-UltraSharp.pth"
    texts = [node["inputs"]["text"] for node in workflow.values() if node["class_type"] == "CLIPTextEncode"]
    assert texts == ["a lighthouse, embedding:neg/EasyNegative", "blurry, embedding:badhandv4"]
    assert built.warnings == [
        "models/embeddings has no 'badhandv4' yet: the prompt names it, and ComfyUI will run without it until "
        "that file is downloaded or put there."
    ]


def test_a_file_not_on_disk_keeps_its_resolved_name_and_says_so():
    lists = {**WINDOWS_LISTS, "loras": [], "upscale_models": ["4x-UltraSharp.pth", "4x-UltraSharp.safetensors"]}
    built = build_workflow(PARAMS, RESOURCES, lists)
    assert only(built.workflow, "LoraLoader")[1]["inputs"]["lora_name"] == "add_detail.safetensors"
    assert only(built.workflow, "UpscaleModelLoader")[1]["inputs"]["model_name"] == "4x-UltraSharp.safetensors"
    assert (
        "models/loras has no 'add_detail.safetensors' yet: the workflow names it, and ComfyUI will fail to run it "
        "until that file is downloaded or put there."
    ) in built.warnings


def test_an_unresolved_resource_is_explained_once():
    lost = resource("lora", "Lost", "lost.safetensors", resolved=False, reason="no such version")
    built = build_workflow(PARAMS.model_copy(update={"hires": None}), [RESOURCES[0], lost], {"checkpoints": []})
    assert [w for w in built.warnings if "lost.safetensors" in w] == [
        "The lora 'Lost' was not found (no such version): the workflow names it 'lost.safetensors'; "
        "ComfyUI accepts it once a file of that name is in models/loras."
    ]


def test_without_lists_the_workflow_is_built_as_before():
    assert build_workflow(PARAMS, RESOURCES) == build_workflow(PARAMS, RESOURCES, None)
    assert "has no" not in " ".join(build_workflow(PARAMS, RESOURCES).warnings)


def test_the_images_own_name_counts_only_when_no_version_id_or_hash_chose_the_file():
    by_name = resource("upscaler", "4x-UltraSharp", "4xUltrasharp_4xUltrasharpV10.pt", needs_confirmation=True)
    by_hash = resource("checkpoint", "Meina", "meinamix_v11.safetensors", model_version_id=991001)
    lists = {"checkpoints": ["Meina.safetensors"], "upscale_models": ["4x-UltraSharp.pth"]}
    built = build_workflow(PARAMS.model_copy(update={"prompt": "", "negative_prompt": ""}), [by_hash, by_name], lists)
    assert only(built.workflow, "UpscaleModelLoader")[1]["inputs"]["model_name"] == "4x-UltraSharp.pth"
    assert only(built.workflow, "CheckpointLoaderSimple")[1]["inputs"]["ckpt_name"] == "meinamix_v11.safetensors"
    assert any("models/checkpoints has no 'meinamix_v11.safetensors'" in warning for warning in built.warnings)
