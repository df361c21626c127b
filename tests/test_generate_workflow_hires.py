"""Hires fix graphs (latent, plain resize, upscale model), each one judged by the real ComfyUI's POST /prompt."""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.generation.build_workflow import build_workflow
from civitai_sidebar.pipeline.shapes.image_generation import GenerationParams, HiresParams, ResolvedResource

from tests.comfy_judge import classes, judge_workflow, only
from tests.test_generate_workflow import CHECKPOINT, FULL, resource

FIRST_PASS = ["CheckpointLoaderSimple", "CLIPTextEncode", "CLIPTextEncode", "EmptyLatentImage", "KSampler"]
FINISH = ["KSampler", "VAEDecode", "SaveImage"]
ULTRASHARP = resource("upscaler", "4x-UltraSharp", "wf_4x-UltraSharp.pth")


@pytest.fixture
def accepted(comfyui):
    def build(params: GenerationParams, resources: list[ResolvedResource]):
        built = build_workflow(params, resources)
        judge_workflow(comfyui, built.workflow)
        return built

    return build


def hires(**fields) -> GenerationParams:
    return FULL.model_copy(update={"hires": HiresParams(**fields)})


def second_sampler(workflow: dict) -> dict:
    samplers = [node["inputs"] for node in workflow.values() if node["class_type"] == "KSampler"]
    assert len(samplers) == 2
    return samplers[1]


@pytest.mark.parametrize(
    ("upscaler", "method"),
    [
        (None, "bilinear"),
        ("Latent", "bilinear"),
        ("Latent (antialiased)", "bilinear"),
        ("Latent (bicubic)", "bicubic"),
        ("Latent (bicubic antialiased)", "bicubic"),
        ("Latent (nearest)", "nearest-exact"),
        ("Latent (nearest-exact)", "nearest-exact"),
        ("latent  (BICUBIC)", "bicubic"),
    ],
)
def test_latent_hires_by_factor(accepted, upscaler, method):
    built = accepted(hires(upscale=1.5, upscaler=upscaler, steps=12, denoise=0.55), [CHECKPOINT])
    workflow = built.workflow
    assert classes(workflow) == [*FIRST_PASS, "LatentUpscaleBy", *FINISH]
    assert (built.workflow_type, built.node_count, built.warnings) == ("txt2img-hires", 9, [])
    assert workflow["6"]["inputs"] == {"samples": ["5", 0], "upscale_method": method, "scale_by": 1.5}
    assert workflow["7"]["inputs"] == {
        "seed": FULL.seed,
        "steps": 12,
        "cfg": 6.5,
        "sampler_name": "dpmpp_2m",
        "scheduler": "karras",
        "denoise": 0.55,
        "model": ["1", 0],
        "positive": ["2", 0],
        "negative": ["3", 0],
        "latent_image": ["6", 0],
    }
    assert workflow["8"]["inputs"] == {"samples": ["7", 0], "vae": ["1", 2]}
    assert workflow["5"]["inputs"]["denoise"] == 1.0
    assert workflow["5"]["_meta"]["title"] == "KSampler (first pass)"


def test_latent_hires_to_a_resize_with_both_sides_crops_to_fill(accepted):
    built = accepted(hires(upscaler="Latent", width=1024, height=1024), [CHECKPOINT])
    assert classes(built.workflow) == [*FIRST_PASS, "LatentUpscale", *FINISH]
    assert built.workflow["6"]["inputs"] == {
        "samples": ["5", 0],
        "upscale_method": "bilinear",
        "width": 1024,
        "height": 1024,
        "crop": "center",
    }


def test_latent_hires_to_a_resize_with_one_side_keeps_the_aspect_ratio(accepted):
    built = accepted(hires(upscaler="Latent (bicubic)", width=1248), [CHECKPOINT])
    _, upscale = only(built.workflow, "LatentUpscale")
    assert (upscale["inputs"]["width"], upscale["inputs"]["height"], upscale["inputs"]["crop"]) == (
        1248,
        1824,
        "disabled",
    )


def test_hires_resize_not_in_multiples_of_8_is_rounded_with_a_sentence(accepted):
    built = accepted(hires(width=1000, height=1500), [CHECKPOINT])
    _, upscale = only(built.workflow, "LatentUpscale")
    assert (upscale["inputs"]["width"], upscale["inputs"]["height"]) == (1000, 1504)
    assert built.warnings == ["Hires size 1000x1500 is not made of multiples of 8: using 1000x1504."]


@pytest.mark.parametrize("steps", [None, 0])
def test_hires_steps_0_or_none_mean_as_many_as_the_first_pass(accepted, steps):
    built = accepted(hires(steps=steps), [CHECKPOINT])
    assert second_sampler(built.workflow)["steps"] == FULL.steps


def test_the_images_denoising_strength_is_the_hires_denoise_unless_hires_has_its_own(accepted):
    params = FULL.model_copy(update={"denoise": 0.3, "hires": HiresParams(upscale=2)})
    assert second_sampler(accepted(params, [CHECKPOINT]).workflow)["denoise"] == 0.3
    params = FULL.model_copy(update={"denoise": 0.3, "hires": HiresParams(upscale=2, denoise=0.6)})
    assert second_sampler(accepted(params, [CHECKPOINT]).workflow)["denoise"] == 0.6


def test_hires_factor_beyond_8_is_clamped_with_a_sentence(accepted):
    built = accepted(hires(upscale=10), [CHECKPOINT])
    assert only(built.workflow, "LatentUpscaleBy")[1]["inputs"]["scale_by"] == 8.0
    assert built.warnings == ["Hires upscale 10 is outside 1-8: using 8."]


def test_model_hires_decodes_upscales_resizes_and_encodes(accepted):
    built = accepted(hires(upscale=2, upscaler="4x-UltraSharp", steps=15, denoise=0.35), [CHECKPOINT, ULTRASHARP])
    workflow = built.workflow
    assert classes(workflow) == [
        *FIRST_PASS,
        "VAEDecode",
        "UpscaleModelLoader",
        "ImageUpscaleWithModel",
        "ImageScale",
        "VAEEncode",
        *FINISH,
    ]
    assert workflow["6"]["inputs"] == {"samples": ["5", 0], "vae": ["1", 2]}
    assert workflow["7"]["inputs"] == {"model_name": "wf_4x-UltraSharp.pth"}
    assert workflow["8"]["inputs"] == {"upscale_model": ["7", 0], "image": ["6", 0]}
    # the model upscales 4x by itself; the image is then brought to the image's own 2x target
    assert workflow["9"]["inputs"] == {
        "image": ["8", 0],
        "upscale_method": "lanczos",
        "width": 1664,
        "height": 2432,
        "crop": "disabled",
    }
    assert workflow["10"]["inputs"] == {"pixels": ["9", 0], "vae": ["1", 2]}
    assert workflow["11"]["inputs"]["latent_image"] == ["10", 0]
    assert (workflow["11"]["inputs"]["steps"], workflow["11"]["inputs"]["denoise"]) == (15, 0.35)
    assert workflow["12"]["inputs"] == {"samples": ["11", 0], "vae": ["1", 2]}
    assert (built.workflow_type, built.node_count, built.warnings) == ("txt2img-hires", 13, [])


SPELT = resource("upscaler", "4x-UltraSharp", "4x_UltraSharp_wf.pth", local_path="esrgan/4x_UltraSharp_wf.pth")


@pytest.mark.parametrize(
    "spelling", ["4x-UltraSharp", "4x_ultrasharp", "4X UltraSharp", "4x_UltraSharp_wf", "4x_UltraSharp_wf.pth"]
)
def test_the_upscale_model_is_found_by_name_or_file_however_it_is_spelt(accepted, spelling):
    built = accepted(hires(upscaler=spelling), [CHECKPOINT, SPELT])
    assert only(built.workflow, "UpscaleModelLoader")[1]["inputs"]["model_name"] == "esrgan/4x_UltraSharp_wf.pth"
    assert built.warnings == []


def test_model_hires_uses_the_vae_override_everywhere(accepted):
    vae = resource("vae", "VAE", "wf_hires_vae.safetensors")
    workflow = accepted(hires(upscaler="4x-UltraSharp"), [CHECKPOINT, vae, ULTRASHARP]).workflow
    vae_id, _ = only(workflow, "VAELoader")
    coders = [node for node in workflow.values() if node["class_type"] in ("VAEDecode", "VAEEncode")]
    assert len(coders) == 3 and all(node["inputs"]["vae"] == [vae_id, 0] for node in coders)


@pytest.mark.parametrize(
    ("upscaler", "method"), [("None", "lanczos"), ("Lanczos", "lanczos"), ("Nearest", "nearest-exact")]
)
def test_a1111_plain_resize_upscalers_resize_the_decoded_image(accepted, upscaler, method):
    built = accepted(hires(upscale=1.5, upscaler=upscaler), [CHECKPOINT])
    workflow = built.workflow
    assert classes(workflow) == [*FIRST_PASS, "VAEDecode", "ImageScale", "VAEEncode", *FINISH]
    assert workflow["7"]["inputs"] == {
        "image": ["6", 0],
        "upscale_method": method,
        "width": 1248,
        "height": 1824,
        "crop": "disabled",
    }
    assert built.warnings == []


def test_an_upscaler_not_among_the_resources_falls_back_to_latent_with_a_sentence(accepted):
    built = accepted(hires(upscale=2, upscaler="R-ESRGAN 4x+"), [CHECKPOINT, ULTRASHARP])
    assert classes(built.workflow) == [*FIRST_PASS, "LatentUpscaleBy", *FINISH]
    assert only(built.workflow, "LatentUpscaleBy")[1]["inputs"]["upscale_method"] == "bilinear"
    assert built.warnings == [
        "The hires upscaler 'R-ESRGAN 4x+' is not among the image's resources: upscaling the latent (bilinear) "
        "instead, so the picture will differ. Add the upscale model to use it.",
        "The upscale model '4x-UltraSharp' is not used by the image's hires pass.",
    ]


def test_an_unknown_latent_variant_falls_back_to_bilinear_with_a_sentence(accepted):
    built = accepted(hires(upscaler="Latent (wobbly)"), [CHECKPOINT])
    assert only(built.workflow, "LatentUpscaleBy")[1]["inputs"]["upscale_method"] == "bilinear"
    assert built.warnings == ["Unknown latent upscaler 'Latent (wobbly)': using bilinear."]


def test_hires_with_loras_clip_skip_and_vae_keeps_every_link(accepted):
    resources = [
        CHECKPOINT,
        resource("lora", "L", "wf_hires_lora.safetensors", weight=0.8),
        resource("vae", "V", "wf_hires_vae2.safetensors"),
        ULTRASHARP,
    ]
    params = hires(upscale=1.5, upscaler="4x-UltraSharp").model_copy(update={"clip_skip": 2})
    built = accepted(params, resources)
    assert built.node_count == 16
    samplers = [node["inputs"] for node in built.workflow.values() if node["class_type"] == "KSampler"]
    assert samplers[0]["model"] == samplers[1]["model"] == ["2", 0]
