"""parse_image on the six captured /api/v1/images items, the three meta shapes, and every parameter key.

The expectations for the fixtures were read off the fixture files by hand, not computed by the code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from civitai_sidebar.pipeline.images.metadata import HIDDEN_META_NOTICE, parse_image, unwrap_meta
from civitai_sidebar.pipeline.shapes.image_generation import HiresParams, ImageMetadata, ResourceRef

FIXTURES = Path(__file__).parent / "fakes" / "fixtures"


def without_truncation_notes(value):
    """The fixtures' `_truncated` keys are notes by whoever captured them, not API fields."""
    if isinstance(value, dict):
        return {key: without_truncation_notes(inner) for key, inner in value.items() if key != "_truncated"}
    if isinstance(value, list):
        return [without_truncation_notes(inner) for inner in value]
    return value


def fixture_item(number: int) -> dict:
    page = json.loads((FIXTURES / f"civitai_images_{number}.json").read_text(encoding="utf-8"))
    return without_truncation_notes(page)["items"][0]


def image(meta, **fields) -> dict:
    return {"id": 1, **fields, "meta": meta}


def ref(kind, sources, name=None, model_version_id=None, hash=None, weight=None) -> ResourceRef:
    return ResourceRef(
        kind=kind, name=name, model_version_id=model_version_id, hash=hash, weight=weight, sources=sources
    )


# --- the six fixtures ------------------------------------------------------------------------------


def test_fixture_1_a1111_with_hires_fix_and_a_prompt_lora():
    result = parse_image(fixture_item(1))

    params = result.params
    assert params.prompt.startswith("<lora:setsunaTokage_v10:0.6>, green hair, long hair")
    assert params.prompt.endswith("high ponytail, [Style of boku no hero academia]")
    assert params.negative_prompt == "(worst quality, low quality, extra digits:1.3), easynegative,"
    assert (params.seed, params.steps, params.cfg) == (234871805, 35, 7.0)
    assert params.sampler == "DPM++ SDE Karras"
    assert params.scheduler is None
    assert (params.width, params.height) == (512, 768)  # "Size"; the item's 1024x1536 is after hires
    assert params.clip_skip == 2  # "Clip skip": "2"
    assert params.hires == HiresParams(upscale=2.0, upscaler="4x-AnimeSharp", steps=None, denoise=0.4)
    assert params.denoise is None  # "Denoising strength" belongs to the hires pass here
    assert params.model_name == "Meina"
    assert (params.vae, params.base_model, params.engine) == (None, None, None)
    assert result.refs == [
        ref("checkpoint", ["Model"], name="Meina"),
        ref("lora", ["prompt"], name="setsunaTokage_v10", weight=0.6),
        ref("upscaler", ["Hires upscaler"], name="4x-AnimeSharp"),
    ]
    assert result.comfy is None
    assert result.notices == []
    assert result.meta_available is True


def test_fixture_2_onsite_generator_version_ids_merge_with_model_version_ids():
    result = parse_image(fixture_item(2))

    params = result.params
    assert (params.prompt, params.negative_prompt) == ("...", "...")  # the doc example's placeholders
    assert (params.seed, params.steps, params.cfg, params.clip_skip) == (1938345220, 45, 5.0, 2)
    assert params.sampler == "DPM++ 2M"
    assert (params.width, params.height) == (832, 1216)
    assert params.base_model == "SDXL 1.0"  # item-level baseModel
    assert params.hires is None
    assert params.model_name is None
    assert result.refs == [
        ref("checkpoint", ["civitaiResources", "modelVersionIds"], model_version_id=345685),
        ref("lora", ["civitaiResources", "modelVersionIds"], model_version_id=249861, weight=0.65),
        ref("other", ["modelVersionIds"], model_version_id=9208),
        ref("other", ["modelVersionIds"], model_version_id=258687),
        ref("other", ["modelVersionIds"], model_version_id=332071),
    ]
    assert result.notices == []


def test_fixture_3_resources_hashes_and_prompt_tags():
    result = parse_image(fixture_item(3))

    params = result.params
    assert params.prompt.startswith("<lora:MatoiRyuukoV3:1>,  matoi ryuuko")
    assert params.negative_prompt == ""
    assert (params.seed, params.steps, params.cfg, params.clip_skip) == (3754869890, 28, 6.0, 2)
    assert params.sampler == "DPM++ 2M Karras"
    assert (params.width, params.height) == (512, 512)
    assert params.model_name == "mistoonAnime_v10"
    assert params.hires is None
    assert params.denoise is None
    assert result.refs == [
        ref("checkpoint", ["hashes", "Model"], name="mistoonAnime_v10", hash="A49140C6C5"),
        ref("lora", ["resources", "prompt"], name="MatoiRyuukoV3", weight=1.0),
        ref("lora", ["prompt"], name="merrytail_forex-meme_v02-13", weight=0.9),
    ]
    assert result.notices == []


def test_fixture_4_nested_meta_forge_keys_and_0x_lora_hash():
    result = parse_image(fixture_item(4))

    params = result.params
    assert result.meta_available is True
    assert params.prompt.startswith("masterpiece, best quality, year 2025, explicit,\nnightmare")
    assert params.negative_prompt.startswith("worst quality, low quality, score_1")
    assert (params.cfg, params.clip_skip) == (4.0, 2)
    assert (params.seed, params.steps, params.sampler) == (None, None, None)
    assert params.scheduler == "SGM Uniform"  # Forge "Schedule type"
    assert (params.width, params.height) == (832, 1216)
    assert params.model_name == "anima-preview"
    assert params.engine == "neo"  # Forge "Version"
    assert params.base_model == "Anima"
    assert result.refs == [
        ref("checkpoint", ["hashes", "Model hash"], name="anima-preview", hash="41FA7B7861"),
        ref("lora", ["hashes"], name="mygoooo_anima_grok_lokr_v02", hash="95D20EDA2F"),
    ]
    assert result.notices == []


def test_fixture_5_comfyui_flat_keys_and_embedded_graph():
    result = parse_image(fixture_item(5))

    params = result.params
    assert (params.prompt, params.negative_prompt) == ("masterpiece best quality girl", "bad hands")
    assert (params.seed, params.steps, params.cfg) == (8566257, 20, 8.0)
    assert (params.sampler, params.scheduler) == ("Euler", "normal")
    assert (params.width, params.height) == (512, 512)
    assert params.denoise == 1.0
    assert params.model_name == "v1-5-pruned-emaonly"
    assert params.engine == "ComfyUI"
    assert params.base_model == "SD 1.5"
    assert params.hires is None
    assert result.refs == [
        ref("checkpoint", ["comfy", "models", "Model"], name="v1-5-pruned-emaonly.safetensors"),
    ]
    assert result.comfy is not None
    assert sorted(result.comfy.prompt) == ["3", "4", "5", "6", "7", "8", "9"]
    assert result.comfy.prompt["4"] == {
        "class_type": "CheckpointLoaderSimple",
        "inputs": {"ckpt_name": "v1-5-pruned-emaonly.safetensors"},
    }
    assert result.comfy.workflow["last_node_id"] == 9
    assert len(result.comfy.workflow["nodes"]) == 7
    assert result.notices == []


def test_fixture_6_a1111_hashes_ti_hashes_vae_and_resources():
    result = parse_image(fixture_item(6))

    params = result.params
    assert params.prompt.startswith("masterpiece,ultra-detailed,best quality,8K")
    assert params.negative_prompt.startswith("negativeXL_D,(worst quality,extra legs")
    assert (params.seed, params.steps, params.cfg) == (3150861441, 20, 7.0)
    assert params.sampler == "DPM++ 2M Karras"
    assert (params.width, params.height) == (1152, 1536)
    assert params.clip_skip is None
    assert params.hires is None  # "Tiled Diffusion" upscaling is not A1111 hires fix
    assert params.denoise == 0.4  # no hires key, so "Denoising strength" is the image's own
    assert params.vae == "sdxl_vae.safetensors"
    assert params.model_name == "boleromix_XL_V1.3"
    assert params.engine == "v1.7.0"
    assert result.refs == [
        ref(
            "checkpoint",
            ["resources", "hashes", "Model hash"],
            name="boleromix_XL_V1.3",
            hash="AFAF521DA2",
        ),
        ref("vae", ["hashes", "VAE"], name="sdxl_vae.safetensors", hash="735E4C3A44"),
        ref("lora", ["resources", "hashes", "prompt"], name="add-detail-xl", hash="9C783C8CE46C", weight=1.0),
        # resources[] has no weight for a name with a space; the prompt tag gives it
        ref("lora", ["resources", "hashes", "prompt"], name="classic maid_XL_V1.0", hash="E8F6E4297112", weight=1.0),
        ref("embedding", ["TI hashes", "prompt"], name="negativeXL_D", hash="FFF5D51AB655"),
    ]
    assert result.notices == []


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_every_fixture_gives_a_serialisable_result(number):
    result = parse_image(fixture_item(number))
    assert isinstance(result, ImageMetadata)
    assert ImageMetadata.model_validate_json(result.model_dump_json()) == result


# --- the meta container ------------------------------------------------------------------------------


def test_null_meta_is_hidden_generation_data_but_item_level_fields_still_count():
    result = parse_image({"id": 5, "meta": None, "baseModel": "Pony", "modelVersionIds": [11, 12]})
    assert result.meta_available is False
    assert result.notices == [HIDDEN_META_NOTICE]
    assert "creator turned it off" in HIDDEN_META_NOTICE
    assert result.params.base_model == "Pony"
    assert result.params.prompt == ""
    assert [r.model_version_id for r in result.refs] == [11, 12]


def test_missing_meta_key_is_the_same_as_null():
    result = parse_image({"id": 5})
    assert result.meta_available is False
    assert result.notices == [HIDDEN_META_NOTICE]


def test_nested_meta_is_unwrapped():
    result = parse_image({"id": 77, "meta": {"id": 77, "meta": {"prompt": "a cat", "steps": 12}}})
    assert result.meta_available is True
    assert (result.params.prompt, result.params.steps) == ("a cat", 12)


def test_nested_null_meta_is_hidden_generation_data():
    result = parse_image({"id": 77, "meta": {"id": 77, "meta": None}})
    assert result.meta_available is False
    assert result.notices == [HIDDEN_META_NOTICE]


def test_wrapper_with_another_id_is_not_unwrapped():
    assert unwrap_meta({"id": 5, "meta": {"prompt": "x"}}, 6) == {"id": 5, "meta": {"prompt": "x"}}
    assert unwrap_meta({"id": "77", "meta": {"prompt": "x"}}, 77) == {"prompt": "x"}
    assert unwrap_meta({"id": 77, "meta": {}, "prompt": "y"}, 77) == {"id": 77, "meta": {}, "prompt": "y"}


def test_flat_meta_is_read_as_it_is():
    result = parse_image({"id": 3, "meta": {"prompt": "a dog", "seed": 5}})
    assert result.meta_available is True
    assert (result.params.prompt, result.params.seed) == ("a dog", 5)
    assert result.notices == []


@pytest.mark.parametrize("meta", ["a string", 12, ["prompt"], True])
def test_meta_of_another_type_is_unreadable_not_an_error(meta):
    result = parse_image({"id": 3, "meta": meta})
    assert result.meta_available is False
    assert len(result.notices) == 1 and "cannot be read" in result.notices[0]


@pytest.mark.parametrize("item", [None, [], "123", 5])
def test_an_item_that_is_not_a_dict_gives_empty_metadata(item):
    result = parse_image(item)
    assert result.meta_available is False
    assert result.refs == []
    assert result.notices


# --- parameters, key by key --------------------------------------------------------------------------


def params_of(meta: dict, **item_fields):
    return parse_image(image(meta, **item_fields)).params


def test_prompt_and_negative_prompt():
    params = params_of({"prompt": "a castle", "negativePrompt": "blurry"})
    assert (params.prompt, params.negative_prompt) == ("a castle", "blurry")


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"seed": 42, "steps": 30, "cfgScale": 6.5}, (42, 30, 6.5)),
        ({"seed": "42", "steps": "30", "cfgScale": "6.5"}, (42, 30, 6.5)),
        ({"seed": 42.0, "steps": " 30 ", "cfgScale": 7}, (42, 30, 7.0)),
        ({"seed": "18446744073709551615"}, (18446744073709551615, None, None)),  # exact, not via a float
    ],
)
def test_seed_steps_and_cfg_from_numbers_or_numeric_strings(meta, expected):
    params = params_of(meta)
    assert (params.seed, params.steps, params.cfg) == expected


def test_sampler_and_scheduler():
    params = params_of({"sampler": "euler_ancestral", "scheduler": "karras"})
    assert (params.sampler, params.scheduler) == ("euler_ancestral", "karras")


def test_forge_schedule_type_is_the_scheduler():
    assert params_of({"sampler": "DPM++ 2M", "Schedule type": "Karras"}).scheduler == "Karras"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [({"clipSkip": 2}, 2), ({"Clip skip": "2"}, 2), ({"clipSkip": "junk", "Clip skip": "3"}, 3), ({}, None)],
)
def test_clip_skip_from_either_spelling(meta, expected):
    assert params_of(meta).clip_skip == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"Size": "512x768"}, (512, 768)),
        ({"Size": " 1024 x 1536 "}, (1024, 1536)),
        ({"width": 640, "height": "960"}, (640, 960)),
        ({"width": 640, "height": 960, "Size": "512x512"}, (640, 960)),
        ({}, (None, None)),
    ],
)
def test_size_from_size_string_or_width_and_height(meta, expected):
    params = params_of(meta)
    assert (params.width, params.height) == expected


def test_item_dimensions_are_not_the_generation_size():
    params = params_of({"prompt": "x"}, width=1024, height=1536)
    assert (params.width, params.height) == (None, None)


def test_hires_block_from_all_hires_keys():
    params = params_of(
        {
            "Hires upscale": "1.5",
            "Hires upscaler": "Latent (nearest-exact)",
            "Hires steps": "12",
            "Denoising strength": "0.55",
            "denoise": 1,
        }
    )
    assert params.hires == HiresParams(upscale=1.5, upscaler="Latent (nearest-exact)", steps=12, denoise=0.55)
    assert params.denoise == 1.0


def test_hires_resize_gives_the_target_size():
    params = params_of({"Hires upscaler": "4x-UltraSharp", "Hires resize": "1536x2304"})
    assert params.hires is not None
    assert (params.hires.width, params.hires.height) == (1536, 2304)
    assert params.hires.upscale == 2.0  # the model's default: no factor given
    assert params.hires.denoise == 0.5  # likewise


def test_one_hires_key_is_enough_for_a_hires_block():
    params = params_of({"Hires steps": 0})
    assert params.hires == HiresParams(steps=0)


def test_no_hires_block_is_guessed_without_a_hires_key():
    params = params_of({"Denoising strength": "0.3", "Size": "512x512"})
    assert params.hires is None
    assert params.denoise == 0.3


def test_comfy_denoise_without_hires():
    assert params_of({"denoise": 0.75}).denoise == 0.75


def test_model_vae_engine_and_version():
    params = params_of({"Model": "dreamshaper_8", "VAE": "vae-ft-mse-840000-ema-pruned.ckpt", "Version": "v1.10.1"})
    assert params.model_name == "dreamshaper_8"
    assert params.vae == "vae-ft-mse-840000-ema-pruned.ckpt"
    assert params.engine == "v1.10.1"


@pytest.mark.parametrize("vae", ["Automatic", "None"])
def test_a_vae_left_at_its_default_is_no_override(vae):
    assert params_of({"VAE": vae}).vae is None


def test_engine_key_wins_over_version():
    assert params_of({"engine": "ComfyUI", "Version": "v1.7.0"}).engine == "ComfyUI"


def test_base_model_from_meta_before_item():
    assert params_of({"baseModel": "Illustrious"}, baseModel="SDXL 1.0").base_model == "Illustrious"
    assert params_of({}, baseModel="SDXL 1.0").base_model == "SDXL 1.0"


def test_comfy_parser_flat_keys_fill_the_parameters():
    params = params_of(
        {
            "models": ["sdxl\\juggernautXL_v9.safetensors"],
            "vaes": ["sdxl_vae.safetensors"],
            "cfgScale": 4.5,
            "steps": 25,
            "seed": 7,
            "sampler": "dpmpp_2m",
            "scheduler": "karras",
            "denoise": 1,
            "width": 832,
            "height": 1216,
        }
    )
    assert params.model_name == "sdxl\\juggernautXL_v9"  # Civitai drops only the extension
    assert params.vae == "sdxl_vae.safetensors"
    assert (params.cfg, params.steps, params.seed, params.denoise) == (4.5, 25, 7, 1.0)
    assert (params.sampler, params.scheduler, params.width, params.height) == ("dpmpp_2m", "karras", 832, 1216)


# --- junk values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("steps", "thirty"),
        ("steps", 12.5),
        ("seed", True),
        ("cfgScale", "NaN"),
        ("cfgScale", float("inf")),
        ("cfgScale", [7]),
        ("Clip skip", {"value": 2}),
    ],
)
def test_a_bad_number_is_dropped_with_a_notice(key, value):
    result = parse_image(image({key: value, "prompt": "kept"}))
    assert result.params.prompt == "kept"
    field = {"steps": "steps", "seed": "seed", "cfgScale": "cfg", "Clip skip": "clip_skip"}[key]
    assert getattr(result.params, field) is None
    assert len(result.notices) == 1
    assert f'"{key}"' in result.notices[0]


def test_bad_text_and_sizes_are_dropped_with_a_notice():
    result = parse_image(image({"prompt": {"text": "x"}, "Size": "big", "sampler": ["Euler"]}))
    params = result.params
    assert (params.prompt, params.width, params.sampler) == ("", None, None)
    assert len(result.notices) == 3


def test_a_long_junk_value_is_shortened_in_the_notice():
    result = parse_image(image({"steps": "x" * 100_000}))
    assert len(result.notices) == 1
    assert len(result.notices[0]) < 200
