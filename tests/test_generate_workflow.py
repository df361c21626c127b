"""build_workflow's txt2img graphs, each one judged by the real ComfyUI 0.3.75's POST /prompt."""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.generation.build_workflow import build_workflow
from civitai_sidebar.pipeline.shapes.image_generation import FOLDER_OF_KIND, GenerationParams, ResolvedResource

from tests.comfy_judge import classes, judge_workflow, only, rejected_by_comfyui

TXT2IMG = [
    "CheckpointLoaderSimple",
    "CLIPTextEncode",
    "CLIPTextEncode",
    "EmptyLatentImage",
    "KSampler",
    "VAEDecode",
    "SaveImage",
]


def resource(kind: str, name: str, filename: str | None = None, **extra) -> ResolvedResource:
    return ResolvedResource(kind=kind, name=name, filename=filename, folder=FOLDER_OF_KIND[kind], **extra)


CHECKPOINT = resource("checkpoint", "DreamShaper", "wf_dreamshaper_8.safetensors")
FULL = GenerationParams(
    prompt="a lighthouse at dusk",
    negative_prompt="blurry",
    seed=1234567890123,
    steps=28,
    cfg=6.5,
    sampler="DPM++ 2M Karras",
    width=832,
    height=1216,
)


@pytest.fixture
def accepted(comfyui):
    """Build, have the real ComfyUI accept it, and hand the result back for the shape assertions."""

    def build(params: GenerationParams, resources: list[ResolvedResource]):
        built = build_workflow(params, resources)
        judge_workflow(comfyui, built.workflow)
        return built

    return build


def test_txt2img_basic(accepted):
    built = accepted(FULL, [CHECKPOINT])
    workflow = built.workflow
    assert classes(workflow) == TXT2IMG
    assert (built.workflow_type, built.node_count, built.warnings) == ("txt2img", 7, [])
    assert workflow["1"]["inputs"] == {"ckpt_name": "wf_dreamshaper_8.safetensors"}
    assert workflow["2"]["inputs"] == {"text": "a lighthouse at dusk", "clip": ["1", 1]}
    assert workflow["3"]["inputs"] == {"text": "blurry", "clip": ["1", 1]}
    assert workflow["4"]["inputs"] == {"width": 832, "height": 1216, "batch_size": 1}
    assert workflow["5"]["inputs"] == {
        "seed": 1234567890123,
        "steps": 28,
        "cfg": 6.5,
        "sampler_name": "dpmpp_2m",
        "scheduler": "karras",
        "denoise": 1.0,
        "model": ["1", 0],
        "positive": ["2", 0],
        "negative": ["3", 0],
        "latent_image": ["4", 0],
    }
    assert workflow["6"]["inputs"] == {"samples": ["5", 0], "vae": ["1", 2]}
    assert workflow["7"]["inputs"] == {"images": ["6", 0], "filename_prefix": "civitai"}
    assert all(node["_meta"]["title"] for node in workflow.values())
    assert workflow["1"]["_meta"]["title"] == "Checkpoint: DreamShaper"


def test_the_same_image_always_gives_the_same_workflow():
    resources = [CHECKPOINT, resource("lora", "Detail", "wf_detail.safetensors", weight=0.5)]
    assert build_workflow(FULL, resources) == build_workflow(FULL, resources)


def test_loras_chain_in_resource_order_with_their_weights(accepted):
    resources = [
        resource("lora", "Detail Tweaker", "wf_add_detail.safetensors", weight=0.6),
        CHECKPOINT,
        resource("lora", "Film Grain", "wf_film_grain.safetensors", weight=-0.4),
        resource("lora", "No Weight", "wf_no_weight.safetensors"),
        resource("lora", "Pixel Art", "wf_pixel.safetensors", local_path="styles/wf_pixel.safetensors", weight=1.25),
    ]
    workflow = accepted(FULL, resources).workflow
    assert classes(workflow) == ["CheckpointLoaderSimple", *["LoraLoader"] * 4, *TXT2IMG[1:]]
    loras = [workflow[str(node_id)]["inputs"] for node_id in range(2, 6)]
    assert [(lora["lora_name"], lora["strength_model"], lora["strength_clip"]) for lora in loras] == [
        ("wf_add_detail.safetensors", 0.6, 0.6),
        ("wf_film_grain.safetensors", -0.4, -0.4),
        ("wf_no_weight.safetensors", 1.0, 1.0),
        ("styles/wf_pixel.safetensors", 1.25, 1.25),
    ]
    assert [(lora["model"], lora["clip"]) for lora in loras] == [
        (["1", 0], ["1", 1]),
        (["2", 0], ["2", 1]),
        (["3", 0], ["3", 1]),
        (["4", 0], ["4", 1]),
    ]
    _, sampler = only(workflow, "KSampler")
    assert sampler["inputs"]["model"] == ["5", 0]
    assert workflow["6"]["inputs"]["clip"] == workflow["7"]["inputs"]["clip"] == ["5", 1]
    assert workflow["2"]["_meta"]["title"] == "LoRA: Detail Tweaker (0.6)"


def test_a_lora_without_a_weight_takes_its_prompt_tags_weight(accepted):
    params = FULL.model_copy(update={"prompt": "a cat <lora:wf_tagged:0.35>"})
    workflow = accepted(params, [CHECKPOINT, resource("lora", "Tagged", "wf_tagged.safetensors")]).workflow
    _, lora = only(workflow, "LoraLoader")
    assert lora["inputs"]["strength_model"] == lora["inputs"]["strength_clip"] == 0.35


@pytest.mark.parametrize(("clip_skip", "layer"), [(2, -2), (3, -3), (12, -12)])
def test_clip_skip_sets_the_last_clip_layer(accepted, clip_skip, layer):
    resources = [CHECKPOINT, resource("lora", "Detail", "wf_detail.safetensors", weight=0.5)]
    built = accepted(FULL.model_copy(update={"clip_skip": clip_skip}), resources)
    workflow = built.workflow
    assert classes(workflow) == ["CheckpointLoaderSimple", "LoraLoader", "CLIPSetLastLayer", *TXT2IMG[1:]]
    assert workflow["3"]["inputs"] == {"clip": ["2", 1], "stop_at_clip_layer": layer}
    assert workflow["4"]["inputs"]["clip"] == workflow["5"]["inputs"]["clip"] == ["3", 0]
    assert workflow["7"]["inputs"]["model"] == ["2", 0]  # clip skip touches CLIP only
    assert built.warnings == []


@pytest.mark.parametrize("clip_skip", [None, 1])
def test_clip_skip_1_or_none_adds_no_node_as_it_would_change_nothing(accepted, clip_skip):
    built = accepted(FULL.model_copy(update={"clip_skip": clip_skip}), [CHECKPOINT])
    assert classes(built.workflow) == TXT2IMG
    assert built.warnings == []


def test_clip_skip_beyond_comfyuis_range_is_clamped_with_a_sentence(accepted):
    built = accepted(FULL.model_copy(update={"clip_skip": 30}), [CHECKPOINT])
    _, node = only(built.workflow, "CLIPSetLastLayer")
    assert node["inputs"]["stop_at_clip_layer"] == -24
    assert built.warnings == ["Clip skip 30 is deeper than ComfyUI allows: using 24."]


def test_clip_skip_below_1_is_ignored_with_a_sentence(accepted):
    built = accepted(FULL.model_copy(update={"clip_skip": 0}), [CHECKPOINT])
    assert classes(built.workflow) == TXT2IMG
    assert built.warnings == ["Clip skip 0 is not a layer count: using the last layer."]


def test_a_vae_resource_overrides_the_checkpoints_vae(accepted):
    vae = resource("vae", "SDXL VAE", "wf_sdxl_vae.safetensors")
    built = accepted(FULL.model_copy(update={"vae": "sdxl_vae.safetensors"}), [CHECKPOINT, vae])
    workflow = built.workflow
    assert classes(workflow) == ["CheckpointLoaderSimple", "VAELoader", *TXT2IMG[1:]]
    assert workflow["2"]["inputs"] == {"vae_name": "wf_sdxl_vae.safetensors"}
    _, decode = only(workflow, "VAEDecode")
    assert decode["inputs"]["vae"] == ["2", 0]
    assert built.warnings == []


def test_a_vae_named_but_not_among_the_resources_keeps_the_checkpoints_with_a_sentence(accepted):
    built = accepted(FULL.model_copy(update={"vae": "kl-f8-anime2.ckpt"}), [CHECKPOINT])
    assert classes(built.workflow) == TXT2IMG
    assert built.warnings == [
        "The image used the VAE 'kl-f8-anime2.ckpt', which is not among its resources: using the checkpoint's own VAE."
    ]


def test_everything_at_once_in_a_deterministic_order(accepted):
    resources = [
        CHECKPOINT,
        resource("lora", "A", "wf_a.safetensors", weight=0.7),
        resource("lora", "B", "wf_b.safetensors", weight=0.3),
        resource("vae", "VAE", "wf_vae.safetensors"),
    ]
    built = accepted(FULL.model_copy(update={"clip_skip": 2}), resources)
    assert classes(built.workflow) == [
        "CheckpointLoaderSimple",
        "LoraLoader",
        "LoraLoader",
        "CLIPSetLastLayer",
        "VAELoader",
        *TXT2IMG[1:],
    ]
    assert built.node_count == 11


def test_missing_values_get_stated_defaults(accepted):
    built = accepted(GenerationParams(prompt="a cat"), [CHECKPOINT])
    workflow = built.workflow
    _, sampler = only(workflow, "KSampler")
    assert {
        key: sampler["inputs"][key] for key in ("seed", "steps", "cfg", "sampler_name", "scheduler", "denoise")
    } == {
        "seed": 0,
        "steps": 20,
        "cfg": 7.0,
        "sampler_name": "euler",
        "scheduler": "normal",
        "denoise": 1.0,
    }
    assert only(workflow, "EmptyLatentImage")[1]["inputs"] == {"width": 512, "height": 512, "batch_size": 1}
    assert workflow["3"]["inputs"]["text"] == ""
    assert built.warnings == [
        "No seed in the image's data: using 0, so the picture will not match.",
        "No steps in the image's data: using 20.",
        "No CFG scale in the image's data: using 7.",
        "No sampler in the image's data: using euler.",
        "No image size in the image's data: using 512x512.",
    ]


def test_odd_sizes_are_rounded_to_multiples_of_8_with_a_sentence(accepted):
    built = accepted(FULL.model_copy(update={"width": 1023, "height": 765}), [CHECKPOINT])
    assert only(built.workflow, "EmptyLatentImage")[1]["inputs"]["width"] == 1024
    assert only(built.workflow, "EmptyLatentImage")[1]["inputs"]["height"] == 768
    assert built.warnings == ["Size 1023x765 is not made of multiples of 8: using 1024x768."]


@pytest.mark.parametrize(
    ("update", "expected", "warning"),
    [
        ({"seed": -1}, ("seed", 0), "Seed -1 means 'random' in A1111: using 0, so the picture will not match."),
        ({"seed": 2**64 + 5}, ("seed", 5), f"Seed {2**64 + 5} is beyond ComfyUI's range: using 5."),
        ({"steps": 0}, ("steps", 20), "Steps 0 is not a step count: using 20."),
        ({"steps": 20000}, ("steps", 10000), "Steps 20000 is more than ComfyUI allows: using 10000."),
        ({"cfg": 130}, ("cfg", 100.0), "CFG scale 130 is outside ComfyUI's 0-100: using 100."),
    ],
)
def test_out_of_range_values_are_brought_into_comfyuis_range(accepted, update, expected, warning):
    built = accepted(FULL.model_copy(update=update), [CHECKPOINT])
    assert only(built.workflow, "KSampler")[1]["inputs"][expected[0]] == expected[1]
    assert built.warnings == [warning]


def test_sampler_warnings_reach_the_workflow(accepted):
    built = accepted(FULL.model_copy(update={"sampler": "Foo", "scheduler": "Align Your Steps"}), [CHECKPOINT])
    inputs = only(built.workflow, "KSampler")[1]["inputs"]
    assert (inputs["sampler_name"], inputs["scheduler"]) == ("euler", "karras")
    assert built.warnings[0] == "Unknown sampler 'Foo': using euler."
    assert "Align Your Steps" in built.warnings[1]


def test_schedule_type_reaches_the_sampler(accepted):
    built = accepted(FULL.model_copy(update={"sampler": "Euler a", "scheduler": "SGM Uniform"}), [CHECKPOINT])
    inputs = only(built.workflow, "KSampler")[1]["inputs"]
    assert (inputs["sampler_name"], inputs["scheduler"]) == ("euler_ancestral", "sgm_uniform")


def test_img2img_denoise_without_hires_builds_txt2img_and_says_so(accepted):
    built = accepted(FULL.model_copy(update={"denoise": 0.45}), [CHECKPOINT])
    assert only(built.workflow, "KSampler")[1]["inputs"]["denoise"] == 1.0
    assert built.warnings == ["Denoise 0.45 without a hires pass suggests img2img: built txt2img at full denoise."]


def test_no_checkpoint_is_a_value_error_the_user_can_act_on():
    with pytest.raises(ValueError, match="no checkpoint.*Pick a checkpoint"):
        build_workflow(FULL, [resource("lora", "Detail", "wf_detail.safetensors")])
    with pytest.raises(ValueError, match="no checkpoint"):
        build_workflow(FULL, [])


def test_a_diffusion_model_without_checkpoint_says_why_it_cannot_be_built():
    with pytest.raises(ValueError, match="'Flux Dev' is a diffusion model.*Pick a checkpoint"):
        build_workflow(FULL, [resource("diffusion_model", "Flux Dev", "flux1-dev.safetensors")])


@pytest.mark.parametrize(
    ("checkpoint", "expected"),
    [
        (
            resource("checkpoint", "A", "wf_a_ckpt.safetensors", subfolder="sdxl\\real"),
            "sdxl/real/wf_a_ckpt.safetensors",
        ),
        (
            resource("checkpoint", "B", "wf_b_ckpt.safetensors", subfolder="sdxl/anime"),
            "sdxl/anime/wf_b_ckpt.safetensors",
        ),
        (
            resource("checkpoint", "C", "ignored.safetensors", local_path="found\\there\\wf_c_ckpt.safetensors"),
            "found/there/wf_c_ckpt.safetensors",
        ),
        (
            resource("checkpoint", "D", "wf_d_ckpt.safetensors", local_path="kept/wf_d_ckpt.safetensors"),
            "kept/wf_d_ckpt.safetensors",
        ),
        (resource("checkpoint", "wf_e_ckpt.safetensors"), "wf_e_ckpt.safetensors"),  # no file name yet: the name
    ],
)
def test_checkpoint_file_names_are_what_comfyui_lists_with_forward_slashes(accepted, checkpoint, expected):
    built = accepted(FULL, [checkpoint])
    assert built.workflow["1"]["inputs"]["ckpt_name"] == expected


def test_subfolder_backslashes_become_forward_slashes_for_every_loader(accepted):
    resources = [
        resource("checkpoint", "Ckpt", "wf_sub_ckpt.safetensors", subfolder="sd15\\photo"),
        resource("lora", "Lora", "wf_sub_lora.safetensors", subfolder="styles\\film", weight=0.5),
        resource("vae", "Vae", "wf_sub_vae.safetensors", subfolder="sd15\\vae"),
    ]
    workflow = accepted(FULL, resources).workflow
    assert workflow["1"]["inputs"]["ckpt_name"] == "sd15/photo/wf_sub_ckpt.safetensors"
    assert workflow["2"]["inputs"]["lora_name"] == "styles/film/wf_sub_lora.safetensors"
    assert workflow["3"]["inputs"]["vae_name"] == "sd15/vae/wf_sub_vae.safetensors"


def test_only_the_first_checkpoint_and_vae_are_loaded_and_the_rest_is_said(accepted):
    resources = [
        CHECKPOINT,
        resource("checkpoint", "Refiner", "wf_refiner.safetensors"),
        resource("vae", "V1", "wf_v1.safetensors"),
        resource("vae", "V2", "wf_v2.safetensors"),
        resource("controlnet", "Canny", "wf_canny.safetensors"),
    ]
    built = accepted(FULL, resources)
    assert built.workflow["1"]["inputs"]["ckpt_name"] == "wf_dreamshaper_8.safetensors"
    assert only(built.workflow, "VAELoader")[1]["inputs"]["vae_name"] == "wf_v1.safetensors"
    assert built.warnings == [
        "Only the first checkpoint is loaded: 'Refiner' is not used.",
        "Only the first VAE is loaded: 'V2' is not used.",
        "The image also uses the controlnet 'Canny'; this workflow does not.",
    ]


def test_unresolved_resources_are_named_with_a_sentence(accepted):
    unresolved = resource("lora", "Lost LoRA", "wf_lost.safetensors", resolved=False, reason="no such version")
    built = accepted(FULL, [CHECKPOINT, unresolved])
    assert only(built.workflow, "LoraLoader")[1]["inputs"]["lora_name"] == "wf_lost.safetensors"
    assert built.warnings == [
        "The lora 'Lost LoRA' was not found (no such version): the workflow names it 'wf_lost.safetensors'; "
        "ComfyUI accepts it once a file of that name is in models/loras."
    ]


def test_the_judge_has_teeth_comfyui_refuses_a_lora_that_is_not_there(comfyui):
    built = build_workflow(FULL, [CHECKPOINT, resource("lora", "Absent", "wf_never_placed.safetensors")])
    errors = rejected_by_comfyui(comfyui, built.workflow)
    lora_id, _ = only(built.workflow, "LoraLoader")
    assert errors[lora_id]["errors"][0]["type"] == "value_not_in_list"
