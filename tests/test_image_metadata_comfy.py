"""`meta.comfy`: the embedded ComfyUI graph, its JavaScript-isms, damage, and the models its nodes load."""

from __future__ import annotations

import json

import pytest
from civitai_sidebar.pipeline.images.meta_comfy import DAMAGED_NOTICE
from civitai_sidebar.pipeline.images.metadata import parse_image

WORKFLOW = {"last_node_id": 1, "nodes": [{"id": 1, "type": "KSampler"}], "links": []}


def node(class_type: str, **inputs) -> dict:
    return {"class_type": class_type, "inputs": inputs}


def comfy_string(prompt: dict, workflow: str = json.dumps(WORKFLOW)) -> str:
    """The way Civitai builds it: the two PNG chunks pasted into one string."""
    return '{"prompt": ' + json.dumps(prompt) + ', "workflow": ' + workflow + "}"


def parse_comfy(comfy, **meta):
    return parse_image({"id": 1, "meta": {"comfy": comfy, **meta}})


# --- the container ---------------------------------------------------------------------------------


def test_a_valid_comfy_string_gives_both_graphs():
    prompt = {"4": node("CheckpointLoaderSimple", ckpt_name="sd15.safetensors")}
    result = parse_comfy(comfy_string(prompt))
    assert result.comfy.prompt == prompt
    assert result.comfy.workflow == WORKFLOW
    assert result.notices == []


def test_an_already_parsed_comfy_dict_is_accepted():
    prompt = {"4": node("CheckpointLoaderSimple", ckpt_name="sd15.safetensors")}
    result = parse_comfy({"prompt": prompt, "workflow": WORKFLOW})
    assert (result.comfy.prompt, result.comfy.workflow) == (prompt, WORKFLOW)


def test_workflow_undefined_is_repaired():
    prompt = {"4": node("CheckpointLoaderSimple", ckpt_name="sd15.safetensors")}
    result = parse_comfy(comfy_string(prompt, workflow="undefined"))
    assert result.comfy.prompt == prompt
    assert result.comfy.workflow is None
    assert result.notices == []
    assert [r.name for r in result.refs] == ["sd15.safetensors"]


def test_undefined_inside_a_string_is_left_alone():
    prompt = {"6": node("CLIPTextEncode", text="undefined behaviour")}
    result = parse_comfy(comfy_string(prompt, workflow="undefined"))
    assert result.comfy.prompt["6"]["inputs"]["text"] == "undefined behaviour"


def test_nan_and_infinity_become_null():
    text = comfy_string({"3": node("KSampler", cfg=7)}).replace('"cfg": 7', '"cfg": NaN, "x": [Infinity, -Infinity]')
    result = parse_comfy(text)
    assert result.comfy.prompt["3"]["inputs"]["cfg"] is None
    assert result.comfy.prompt["3"]["inputs"]["x"] == [None, None]
    assert result.notices == []


@pytest.mark.parametrize("tenths_kept", [1, 5, 9])
def test_a_truncated_comfy_string_is_a_notice_not_an_error(tenths_kept):
    text = comfy_string({"4": node("CheckpointLoaderSimple", ckpt_name="sd15.safetensors")})
    result = parse_comfy(text[: len(text) * tenths_kept // 10], prompt="kept")
    assert result.comfy is None
    assert result.notices == [DAMAGED_NOTICE]
    assert result.params.prompt == "kept"
    assert result.refs == []  # nothing is read from a graph that cannot be loaded


@pytest.mark.parametrize("comfy", ["not json", "[1, 2]", "42", 42, ["prompt"], '{"prompt": null, "workflow": null}'])
def test_comfy_without_a_graph_is_damaged(comfy):
    result = parse_comfy(comfy)
    assert result.comfy is None
    assert result.notices == [DAMAGED_NOTICE]


@pytest.mark.parametrize("comfy", [None, ""])
def test_no_comfy_is_no_notice(comfy):
    result = parse_comfy(comfy)
    assert result.comfy is None
    assert result.notices == []


def test_a_bare_workflow_or_prompt_without_the_wrapper():
    assert parse_comfy(json.dumps(WORKFLOW)).comfy.workflow == WORKFLOW
    prompt = {"4": node("CheckpointLoaderSimple", ckpt_name="a.safetensors")}
    assert parse_comfy(json.dumps(prompt)).comfy.prompt == prompt


def test_a_graph_stored_as_a_json_string_inside_the_json():
    prompt = {"4": node("CheckpointLoaderSimple", ckpt_name="a.safetensors")}
    result = parse_comfy(json.dumps({"prompt": json.dumps(prompt), "workflow": WORKFLOW}))
    assert result.comfy.prompt == prompt


def test_deeply_nested_json_is_damaged_not_a_crash():
    result = parse_comfy('{"prompt": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert result.comfy is None
    assert result.notices == [DAMAGED_NOTICE]


# --- models the graph loads -------------------------------------------------------------------------


def refs_of_graph(prompt: dict):
    result = parse_comfy(comfy_string(prompt))
    assert result.comfy is not None
    return result.refs


def test_every_core_loader_is_a_ref():
    refs = refs_of_graph(
        {
            "1": node("CheckpointLoaderSimple", ckpt_name="sdxl\\juggernaut.safetensors"),
            "2": node("CheckpointLoader", ckpt_name="v1.ckpt", config_name="v1-inference.yaml"),
            "3": node("UNETLoader", unet_name="flux1-dev.safetensors", weight_dtype="default"),
            "4": node("LoraLoader", lora_name="detail.safetensors", strength_model=0.8, strength_clip=1.0),
            "5": node("LoraLoaderModelOnly", lora_name="speed.safetensors", strength_model=1.0),
            "6": node("VAELoader", vae_name="ae.safetensors"),
            "7": node("UpscaleModelLoader", model_name="4x-UltraSharp.pth"),
            "8": node("ControlNetLoader", control_net_name="canny.safetensors"),
            "9": node("DualCLIPLoader", clip_name1="t5xxl_fp16.safetensors", clip_name2="clip_l.safetensors"),
            "10": node("CLIPVisionLoader", clip_name="clip_vision_h.safetensors"),
        }
    )
    assert [(r.kind, r.name, r.weight, r.sources) for r in refs] == [
        ("checkpoint", "sdxl\\juggernaut.safetensors", None, ["comfy"]),
        ("checkpoint", "v1.ckpt", None, ["comfy"]),
        ("diffusion_model", "flux1-dev.safetensors", None, ["comfy"]),
        ("text_encoder", "t5xxl_fp16.safetensors", None, ["comfy"]),
        ("text_encoder", "clip_l.safetensors", None, ["comfy"]),
        ("vae", "ae.safetensors", None, ["comfy"]),
        ("lora", "detail.safetensors", 0.8, ["comfy"]),
        ("lora", "speed.safetensors", 1.0, ["comfy"]),
        ("controlnet", "canny.safetensors", None, ["comfy"]),
        ("upscaler", "4x-UltraSharp.pth", None, ["comfy"]),
        ("clip_vision", "clip_vision_h.safetensors", None, ["comfy"]),
    ]


def test_air_values_give_version_ids():
    refs = refs_of_graph(
        {
            "1": node("CheckpointLoaderSimple", ckpt_name="urn:air:sdxl:checkpoint:civitai:827184@2514310+2402203"),
            "2": node("LoraLoader", lora_name="urn:air:flux1:lora:civitai:1231067@1387174", strength_model=0.9),
        }
    )
    assert [(r.kind, r.name, r.model_version_id, r.weight) for r in refs] == [
        ("checkpoint", None, 2514310, None),
        ("lora", None, 1387174, 0.9),
    ]


def test_links_placeholders_and_switched_off_loras_are_not_refs():
    refs = refs_of_graph(
        {
            "1": node("CheckpointLoaderSimple", ckpt_name=["12", 0]),
            "2": node("VAELoader", vae_name="None"),
            "3": node("LoraLoader", lora_name="off.safetensors", strength_model=0, strength_clip=0),
            "4": node("LoraLoader", lora_name="clip-only.safetensors", strength_model=0, strength_clip=1),
            "5": node("LoraLoader", lora_name="linked.safetensors", strength_model=["20", 0]),
            "6": node("SomeNode", model_name="not-an-upscaler.pth"),
        }
    )
    assert [(r.name, r.weight) for r in refs] == [("clip-only.safetensors", 0.0), ("linked.safetensors", None)]


def test_embedding_mentions_in_clip_text_encode():
    refs = refs_of_graph(
        {
            "6": node("CLIPTextEncode", text="a photo, embedding:goodhands", clip=["4", 1]),
            "7": node("CLIPTextEncode", text="(embedding:easynegative.pt:1.2), embedding:sdxl\\neg, lowres"),
            "8": node("CLIPTextEncodeSDXL", text_g="embedding:urn:air:sd1:embedding:civitai:7808@9208", text_l="x"),
        }
    )
    assert [(r.kind, r.name, r.model_version_id) for r in refs] == [
        ("embedding", "goodhands", None),
        ("embedding", "easynegative.pt", None),
        ("embedding", "sdxl\\neg", None),
        ("embedding", None, 9208),
    ]


def test_graph_refs_merge_with_the_flat_keys_and_prompt_tags():
    prompt = {
        "4": node("CheckpointLoaderSimple", ckpt_name="juggernaut.safetensors"),
        "10": node("LoraLoader", lora_name="loras\\detail.safetensors", strength_model=0.6, strength_clip=0.6),
    }
    result = parse_comfy(
        comfy_string(prompt),
        Model="juggernaut",
        models=["juggernaut.safetensors"],
        additionalResources=[{"name": "loras\\detail.safetensors", "type": "lora", "strength": 0.6}],
        prompt="<lora:detail:0.6> a cat",
    )
    assert [(r.kind, r.name, r.weight, r.sources) for r in result.refs] == [
        ("checkpoint", "juggernaut.safetensors", None, ["comfy", "models", "Model"]),
        ("lora", "loras\\detail.safetensors", 0.6, ["comfy", "additionalResources", "prompt"]),
    ]


def test_odd_nodes_are_skipped():
    refs = refs_of_graph(
        {
            "1": "not a node",
            "2": {"class_type": "CheckpointLoaderSimple"},
            "3": {"class_type": None, "inputs": {"ckpt_name": "kept.safetensors"}},
            "4": {"inputs": ["x"]},
            "5": node("CLIPTextEncode", text=["6", 0]),
        }
    )
    assert [r.name for r in refs] == ["kept.safetensors"]
