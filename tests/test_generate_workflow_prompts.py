"""Prompt text for ComfyUI: embeddings written as ComfyUI loads them, <lora:...> tags out.

Workflows are judged by the real ComfyUI's POST /prompt, and the rewritten prompts by ComfyUI's own
tokenizer, which must load every embedding they name with the weight the A1111 prompt gave it.
"""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.generation.build_workflow import build_workflow
from civitai_sidebar.pipeline.generation.prompt_text import (
    EmbeddingSpelling,
    NetworkTag,
    remove_network_tags,
    rewrite_embeddings,
)
from civitai_sidebar.pipeline.shapes.image_generation import GenerationParams, ResolvedResource

from tests.comfy_judge import embedding_weights, judge_workflow, only, prompt_texts
from tests.test_generate_workflow import CHECKPOINT, FULL, resource

EASYNEGATIVE = resource("embedding", "EasyNegative", "wf_easynegative.safetensors", trained_words=["easynegative"])
NEGATIVE_XL = resource("embedding", "negativeXL", "wf_negativeXL_D.safetensors", trained_words=["negativeXL_D"])
HANDS = resource("embedding", "Bad Hands", "wf_bad_hands.safetensors", local_path="neg/wf_bad_hands.safetensors")
STYLE = resource("embedding", "wf_style", "wf_style.safetensors")


@pytest.fixture
def accepted(comfyui, comfyui_install):
    """Build; ComfyUI must accept the workflow; returns it with the embedding weights ComfyUI reads per prompt."""

    def build(params: GenerationParams, resources: list[ResolvedResource]):
        built = build_workflow(params, resources)
        embedding_files = [
            resource.local_path or resource.filename for resource in resources if resource.kind == "embedding"
        ]
        judge_workflow(comfyui, built.workflow, embedding_files)
        texts = prompt_texts(built.workflow)
        weights = embedding_weights(comfyui_install, comfyui.base_dir / "models" / "embeddings", texts)
        return built, texts, weights

    return build


def test_embeddings_in_both_prompts_are_loaded_with_their_weights(accepted):
    params = FULL.model_copy(
        update={
            "prompt": "masterpiece, wf_style, a lighthouse",
            "negative_prompt": "(wf_easynegative:1.2), lowres,wf_negativeXL_D, [embedding:neg/wf_bad_hands]",
        }
    )
    built, texts, weights = accepted(params, [CHECKPOINT, EASYNEGATIVE, NEGATIVE_XL, HANDS, STYLE])
    assert texts == [
        "masterpiece, embedding:wf_style, a lighthouse",
        "(embedding:wf_easynegative:1.2), lowres, embedding:wf_negativeXL_D, [embedding:neg/wf_bad_hands]",
    ]
    assert weights[0] == [1.0]
    assert sorted(weights[1]) == [1.0, 1.2]  # [..] is plain text to ComfyUI: its embedding is not found
    assert built.warnings == []


def test_already_prefixed_embeddings_are_not_prefixed_again(accepted):
    params = FULL.model_copy(
        update={"prompt": "a cat", "negative_prompt": "embedding:wf_easynegative, (embedding:neg/wf_bad_hands:0.8)"}
    )
    built, texts, weights = accepted(params, [CHECKPOINT, EASYNEGATIVE, HANDS])
    assert texts[1] == "embedding:wf_easynegative, (embedding:neg/wf_bad_hands:0.8)"
    assert weights[1] == [1.0, 0.8]
    assert built.warnings == []


def test_embeddings_are_found_by_trigger_word_name_or_file_in_any_case(accepted):
    params = FULL.model_copy(update={"prompt": "EASYNEGATIVE x", "negative_prompt": "(negativeXL:1.1), bad hands"})
    built, texts, weights = accepted(params, [CHECKPOINT, EASYNEGATIVE, NEGATIVE_XL])
    assert texts == ["embedding:wf_easynegative x", "(embedding:wf_negativeXL_D:1.1), bad hands"]
    assert weights == [[1.0], [1.1]]


def test_an_embedding_in_a_subfolder_is_named_with_it(accepted):
    params = FULL.model_copy(update={"negative_prompt": "wf_bad_hands, (wf_bad_hands:1.3)"})
    built, texts, weights = accepted(params, [CHECKPOINT, HANDS])
    assert texts[1] == "embedding:neg/wf_bad_hands, (embedding:neg/wf_bad_hands:1.3)"
    assert weights[1] == [1.0, 1.3]


def test_a_longer_word_that_contains_an_embeddings_name_is_left_alone(accepted):
    params = FULL.model_copy(update={"negative_prompt": "wf_easynegativeV2, my-wf_easynegative, wf_easynegative"})
    built, texts, weights = accepted(params, [CHECKPOINT, EASYNEGATIVE])
    assert texts[1] == "wf_easynegativeV2, my-wf_easynegative, embedding:wf_easynegative"
    assert weights[1] == [1.0]


def test_an_embedding_neither_prompt_names_is_reported_unused(accepted):
    built, texts, _ = accepted(FULL, [CHECKPOINT, EASYNEGATIVE])
    assert texts == [FULL.prompt, FULL.negative_prompt]
    assert built.warnings == ["The embedding 'EasyNegative' is not named in either prompt: not used."]


@pytest.fixture
def judged(comfyui):
    """Build and have the real ComfyUI accept it (no embeddings involved)."""

    def build(params: GenerationParams, resources: list[ResolvedResource]):
        built = build_workflow(params, resources)
        judge_workflow(comfyui, built.workflow)
        return built

    return build


def test_lora_tags_leave_both_prompts_and_the_chain_applies_the_loras(judged):
    lora = resource("lora", "Detail Tweaker", "wf_add_detail.safetensors", weight=0.6)
    params = FULL.model_copy(
        update={
            "prompt": "a cat, <lora:wf_add_detail:0.6>, best quality <lora:wf_add_detail:0.6:lbw=OUTD>",
            "negative_prompt": "<lora:wf_add_detail:-1> blurry",
        }
    )
    built = judged(params, [CHECKPOINT, lora])
    assert prompt_texts(built.workflow) == ["a cat, best quality", "blurry"]
    assert only(built.workflow, "LoraLoader")[1]["inputs"]["strength_model"] == 0.6
    assert built.warnings == []


def test_lora_tags_without_a_resource_and_hypernetworks_are_reported(judged):
    params = FULL.model_copy(update={"prompt": "a cat <lora:mystery:0.5> <hypernet:old_style:1>, <lyco:other:1>"})
    built = judged(params, [CHECKPOINT])
    assert prompt_texts(built.workflow)[0] == "a cat"
    assert built.warnings == [
        "The prompt's <lora:mystery> is not among the image's resources: not applied.",
        "The prompt's hypernetwork <hypernet:old_style> is not applied by this workflow.",
        "The prompt's <lora:other> is not among the image's resources: not applied.",
    ]


def test_embeddings_and_lora_tags_together_with_a_lora_chain(accepted):
    lora = resource("lora", "Grain", "wf_grain.safetensors")
    params = FULL.model_copy(
        update={
            "prompt": "film <lora:wf_grain:0.4>, wf_style",
            "negative_prompt": "(wf_easynegative:0.9)",
            "clip_skip": 2,
        }
    )
    built, texts, weights = accepted(params, [CHECKPOINT, lora, EASYNEGATIVE, STYLE])
    assert texts == ["film, embedding:wf_style", "(embedding:wf_easynegative:0.9)"]
    assert weights == [[1.0], [0.9]]
    assert only(built.workflow, "LoraLoader")[1]["inputs"]["strength_model"] == 0.4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a, <lora:x:1>, b", "a, b"),
        ("<lora:x:1> a", "a"),
        ("a <lora:x:1>", "a"),
        ("a,<lora:x:1>", "a"),
        ("a\n<lora:x:1>\nb", "a\n\nb"),
        ("no tags,  here ,", "no tags,  here ,"),  # untouched when nothing was removed
    ],
)
def test_removing_tags_tidies_what_they_leave(text, expected):
    assert remove_network_tags(text)[0] == expected


def test_tags_are_read_with_their_kinds_and_weights():
    _, tags = remove_network_tags("<lora:a:0.5> <lyco:c:0.7:0.2> <hypernet:d:1> <lora:e:lbw=1>")
    assert tags == [
        NetworkTag("lora", "a", 0.5),
        NetworkTag("lora", "c", 0.7),
        NetworkTag("hypernet", "d", 1.0),
        NetworkTag("lora", "e", None),
    ]


def test_rewriting_keeps_text_around_and_says_whether_it_was_named():
    spelling = EmbeddingSpelling(target="sub/neg", aliases=("neg", "NegTrigger"))
    assert rewrite_embeddings("x, negtrigger.", spelling) == ("x, embedding:sub/neg .", True)
    assert rewrite_embeddings("x, embedding:sub/neg", spelling) == ("x, embedding:sub/neg", True)
    assert rewrite_embeddings("negative", spelling) == ("negative", False)
