"""parse_workflow on small hand-made graphs: UI nodes, API prompts, wrappers, embeddings, odd input."""

from __future__ import annotations

import json

import pytest
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow, parse_workflow_text


def ui_node(node_id, node_type, widgets_values=None, mode=0, **extra):
    return {"id": node_id, "type": node_type, "mode": mode, "widgets_values": widgets_values, **extra}


def ui_graph(*nodes, **extra):
    return {"last_node_id": 99, "nodes": list(nodes), "links": [], "version": 0.4, **extra}


def refs_by_key(parsed):
    return {(ref.name, ref.folder): ref for ref in parsed.references}


def test_ui_core_loaders_with_folders_inputs_and_node_types():
    graph = ui_graph(
        ui_node(4, "CheckpointLoaderSimple", ["sd_xl_base_1.0.safetensors"]),
        ui_node(10, "LoraLoader", ["detail.safetensors", 0.8, 1.0]),
        ui_node(11, "DualCLIPLoader", ["t5xxl_fp16.safetensors", "clip_l.safetensors", "flux", "default"]),
        ui_node(12, "UNETLoader", ["flux1-dev.safetensors", "default"]),
        ui_node(13, "CheckpointLoader", ["v1-inference.yaml", "old.ckpt"]),
        ui_node(14, "KSampler", [1234, "randomize", 20, 7.0, "euler", "normal", 1.0]),
    )
    parsed = parse_workflow(graph, LoaderRules.static())
    assert parsed.format == "ui"
    assert [(ref.name, ref.folder) for ref in parsed.references] == [
        ("sd_xl_base_1.0.safetensors", "checkpoints"),
        ("detail.safetensors", "loras"),
        ("t5xxl_fp16.safetensors", "text_encoders"),
        ("clip_l.safetensors", "text_encoders"),
        ("flux1-dev.safetensors", "diffusion_models"),
        ("old.ckpt", "checkpoints"),  # widget 0 is the config .yaml, not a model
    ]
    checkpoint = parsed.references[0]
    assert (checkpoint.node_id, checkpoint.node_type, checkpoint.input_name) == (
        "4",
        "CheckpointLoaderSimple",
        "ckpt_name",
    )
    assert checkpoint.folder_evidence == "core table"
    assert (checkpoint.where, checkpoint.disabled, checkpoint.occurrences) == (None, False, 1)
    assert parsed.node_types == [
        "CheckpointLoaderSimple",
        "LoraLoader",
        "DualCLIPLoader",
        "UNETLoader",
        "CheckpointLoader",
        "KSampler",
    ]
    assert parsed.notes == []


def test_names_are_kept_as_written_with_subfolders_and_windows_separators():
    graph = ui_graph(
        ui_node(1, "CheckpointLoaderSimple", ["SDXL\\people\\juggernaut.safetensors"]),
        ui_node(2, "LoraLoaderModelOnly", ["flux/loras/style v2.safetensors", 1.0]),
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [ref.name for ref in refs] == ["SDXL\\people\\juggernaut.safetensors", "flux/loras/style v2.safetensors"]
    assert [ref.basename for ref in refs] == ["juggernaut.safetensors", "style v2.safetensors"]


def test_only_literal_non_empty_strings_are_references():
    graph = ui_graph(
        ui_node(1, "CheckpointLoaderSimple", [None]),
        ui_node(2, "CheckpointLoaderSimple", [""]),
        ui_node(3, "CheckpointLoaderSimple", ["   "]),
        ui_node(4, "CheckpointLoaderSimple", [42]),
        ui_node(5, "CheckpointLoaderSimple", []),
        ui_node(6, "CheckpointLoaderSimple", None),
        ui_node(7, "LoraLoader", ["None", 1.0, 1.0]),
    )
    assert parse_workflow(graph, LoaderRules.static()).references == []


def test_vae_loader_pseudo_values_are_not_files():
    graph = ui_graph(
        *[
            ui_node(index, "VAELoader", [value])
            for index, value in enumerate(
                ["taesd", "taesdxl", "taesd3", "taef1", "pixel_space", "none", "ae.safetensors"]
            )
        ]
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [(ref.name, ref.folder) for ref in refs] == [("ae.safetensors", "vae")]


def test_strings_in_unknown_custom_nodes_are_not_references():
    graph = ui_graph(
        ui_node(1, "SomePack_ModelLoader", ["mystery.safetensors", "fp16"]),
        ui_node(2, "DWPreprocessor", ["enable", "enable", "enable", 512, "yolox_l.onnx", "dw-ll.pt"]),
    )
    parsed = parse_workflow(graph, LoaderRules.static())
    assert parsed.references == []
    assert parsed.node_types == ["SomePack_ModelLoader", "DWPreprocessor"]


def test_custom_loaders_from_the_table():
    graph = ui_graph(
        ui_node(1, "IPAdapterModelLoader", ["ip-adapter_sd15.bin"]),
        ui_node(2, "UltralyticsDetectorProvider", ["bbox/face_yolov8m.pt"]),
        ui_node(3, "ADE_AnimateDiffLoaderWithContext", ["mm_sd_v14.ckpt", "sqrt_linear (AnimateDiff)", 1, False]),
        ui_node(4, "LoadFluxControlNet", ["flux-dev", "flux-depth-controlnet-v3.safetensors"]),
        ui_node(5, "SAMLoader", ["sam_vit_b_01ec64.pth", "AUTO"]),
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [(ref.name, ref.folder) for ref in refs] == [
        ("ip-adapter_sd15.bin", "ipadapter"),
        ("bbox/face_yolov8m.pt", "ultralytics"),
        ("mm_sd_v14.ckpt", "animatediff_models"),
        ("flux-depth-controlnet-v3.safetensors", "xlabs_controlnets"),
        ("sam_vit_b_01ec64.pth", "sams"),
    ]


def test_dict_widgets_values_are_read_by_input_name():
    graph = ui_graph(
        ui_node(1, "CheckpointLoaderSimple", {"ckpt_name": "dict.safetensors"}),
        ui_node(2, "VHS_VideoCombine", {"frame_rate": 8, "format": "video/h264-mp4", "filename_prefix": "AD"}),
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [(ref.name, ref.folder, ref.input_name) for ref in refs] == [
        ("dict.safetensors", "checkpoints", "ckpt_name")
    ]


def test_duplicates_merge_with_occurrences_and_disabled_only_when_every_node_is():
    graph = ui_graph(
        ui_node(1, "CheckpointLoaderSimple", ["base.safetensors"]),
        ui_node(2, "CheckpointLoaderSimple", ["base.safetensors"], mode=4),
        ui_node(3, "LoraLoader", ["muted.safetensors", 1, 1], mode=2),
        ui_node(4, "LoraLoaderModelOnly", ["muted.safetensors", 1], mode=4),
        ui_node(5, "UpscaleModelLoader", ["4x.pth"], mode=4),
        ui_node(6, "UpscaleModelLoader", ["4x.pth"], mode=0),
    )
    refs = refs_by_key(parse_workflow(graph, LoaderRules.static()))
    assert (refs["base.safetensors", "checkpoints"].occurrences, refs["base.safetensors", "checkpoints"].disabled) == (
        2,
        False,
    )
    muted = refs["muted.safetensors", "loras"]
    assert (muted.occurrences, muted.disabled, muted.node_id, muted.node_type) == (2, True, "3", "LoraLoader")
    assert refs["4x.pth", "upscale_models"].disabled is False


def test_same_name_in_two_folders_is_two_references():
    graph = ui_graph(
        ui_node(1, "CheckpointLoaderSimple", ["model.safetensors"]),
        ui_node(2, "UNETLoader", ["model.safetensors", "default"]),
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [(ref.name, ref.folder) for ref in refs] == [
        ("model.safetensors", "checkpoints"),
        ("model.safetensors", "diffusion_models"),
    ]


def test_properties_models_carry_url_hash_and_directory():
    models = [
        {
            "name": "flux1-dev-fp8.safetensors",
            "url": "https://huggingface.co/x/flux1-dev-fp8.safetensors",
            "directory": "diffusion_models",
            "hash": "abc123",
            "hash_type": "SHA256",
        },
        {
            "name": "extra_listed.safetensors",
            "url": "https://example.com/extra_listed.safetensors",
            "directory": "loras",
        },
        {"name": "", "directory": "vae"},  # no name: skipped
        "not an entry",
    ]
    graph = ui_graph(
        ui_node(7, "UNETLoader", ["flux1-dev-fp8.safetensors", "default"], properties={"models": models}),
        ui_node(
            8,
            "MyCustomLoader",
            ["custom.gguf"],
            properties={
                "models": [
                    {"name": "custom.gguf", "url": "https://example.com/custom.gguf", "directory": "diffusion_models"}
                ]
            },
        ),
    )
    parsed = parse_workflow(graph, LoaderRules.static())
    refs = refs_by_key(parsed)
    # extra_listed is not among the UNETLoader's widget values: ComfyUI does not count it, nor does this.
    assert list(refs) == [("flux1-dev-fp8.safetensors", "diffusion_models"), ("custom.gguf", "diffusion_models")]
    unet = refs["flux1-dev-fp8.safetensors", "diffusion_models"]
    assert (unet.url, unet.hash, unet.hash_type, unet.input_name) == (
        "https://huggingface.co/x/flux1-dev-fp8.safetensors",
        "abc123",
        "SHA256",
        "unet_name",
    )
    assert unet.occurrences == 1  # the widget value and its properties entry are one mention
    # properties.models outranks the built-in table (source b before c)
    assert unet.folder_evidence == "properties.models"
    listed = refs["custom.gguf", "diffusion_models"]  # no rule knows the node: its listed, loaded entry counts
    assert (listed.folder_evidence, listed.input_name, listed.url, listed.node_type) == (
        "properties.models",
        None,
        "https://example.com/custom.gguf",
        "MyCustomLoader",
    )


def test_properties_models_directory_beats_the_table_for_that_value():
    graph = ui_graph(
        ui_node(
            1,
            "CLIPLoader",
            ["umt5.safetensors", "wan"],
            properties={
                "models": [{"name": "umt5.safetensors", "url": "https://e.x/umt5.safetensors", "directory": "clip"}]
            },
        ),
    )
    parsed = parse_workflow(graph, LoaderRules.static())
    assert [(ref.name, ref.folder, ref.folder_evidence) for ref in parsed.references] == [
        ("umt5.safetensors", "clip", "properties.models")
    ]


# --- embeddings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("embedding:EasyNegative, lowres", ["EasyNegative"]),
        ("(embedding:bad_hands:1.2), worst", ["bad_hands"]),
        ("(embedding:x:1.2),", ["x"]),
        ("a photo, embedding:sub/dir/neg.pt. end", ["sub/dir/neg.pt"]),
        ("embedding:trailing;", ["trailing"]),
        ("[embedding:a|embedding:b]", ["a", "b"]),
        ("{embedding:c} <embedding:d> 'embedding:e' \"embedding:f\" `embedding:g`", ["c", "d", "e", "f", "g"]),
        ("embedding:Windows\\neg", ["Windows\\neg"]),
        ("embedding: spaced", []),
        ("Embedding:Capital", []),  # ComfyUI's prefix is case-sensitive
        ("no mention here", []),
    ],
)
def test_embedding_mentions(text, expected):
    graph = ui_graph(ui_node(6, "CLIPTextEncode", [text]))
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [ref.name for ref in refs] == expected
    assert all(ref.folder == "embeddings" and ref.folder_evidence == "embedding in text" for ref in refs)


def test_embeddings_are_read_from_any_node_but_notes_labels_displays_and_show_nodes():
    text = "embedding:neg"
    graph = ui_graph(
        ui_node(1, "Note", [text]),
        ui_node(2, "MarkdownNote", [text]),
        ui_node(3, "Label (rgthree)", [text]),
        ui_node(4, "DisplayText", [text]),
        ui_node(5, "ShowText|pysssss", [text]),
        ui_node(6, "SDXLPromptStyler", ["x", "embedding:styled", {"nested": ["embedding:deep"]}]),
        ui_node(7, "CLIPTextEncode", {"text": "embedding:dict_one"}),
    )
    refs = parse_workflow(graph, LoaderRules.static()).references
    assert [(ref.name, ref.node_id, ref.input_name) for ref in refs] == [
        ("styled", "6", None),
        ("deep", "6", None),
        ("dict_one", "7", "text"),
    ]


# --- API prompts and wrappers ----------------------------------------------------------------------

API_PROMPT = {
    "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "api_model.safetensors"}},
    "5": {"class_type": "LoraLoader", "inputs": {"lora_name": ["30", 0], "model": ["4", 0], "clip": ["4", 1]}},
    "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "(embedding:api_neg:0.8), blurry", "clip": ["5", 1]}},
    "8": {"class_type": "VAELoader", "inputs": {"vae_name": "taesdxl"}},
    "9": {"class_type": "DualCLIPLoader", "inputs": {"clip_name1": "a.safetensors", "clip_name2": "b.safetensors"}},
    "30": {"class_type": "PrimitiveNode", "inputs": {"value": "from_primitive.safetensors"}},
    "_meta_only": {"title": "not a node"},
}


def test_api_prompt_skips_links_and_notes_them():
    parsed = parse_workflow(API_PROMPT, LoaderRules.static())
    assert parsed.format == "api"
    assert [(ref.name, ref.folder, ref.input_name, ref.node_id) for ref in parsed.references] == [
        ("api_model.safetensors", "checkpoints", "ckpt_name", "4"),
        ("api_neg", "embeddings", "text", "6"),
        ("a.safetensors", "text_encoders", "clip_name1", "9"),
        ("b.safetensors", "text_encoders", "clip_name2", "9"),
    ]
    assert any("lora_name" in note and "another node" in note for note in parsed.notes)
    assert parsed.node_types == [
        "CheckpointLoaderSimple",
        "LoraLoader",
        "CLIPTextEncode",
        "VAELoader",
        "DualCLIPLoader",
        "PrimitiveNode",
    ]


def test_prompt_workflow_pair_prefers_the_workflow():
    workflow = ui_graph(ui_node(1, "CheckpointLoaderSimple", ["from_workflow.safetensors"]))
    parsed = parse_workflow({"prompt": API_PROMPT, "workflow": workflow}, LoaderRules.static())
    assert parsed.format == "ui"
    assert [ref.name for ref in parsed.references] == ["from_workflow.safetensors"]


def test_prompt_workflow_pair_falls_back_to_the_prompt():
    for pair in (
        {"prompt": API_PROMPT, "workflow": None},
        {"prompt": json.dumps(API_PROMPT), "workflow": "not json"},
        {"prompt": API_PROMPT},
    ):
        parsed = parse_workflow(pair, LoaderRules.static())
        assert parsed.format == "api"
        assert parsed.references[0].name == "api_model.safetensors"


def test_pair_with_json_strings_and_civitai_comfy_string():
    workflow = ui_graph(ui_node(1, "LoraLoader", ["civitai_lora.safetensors", 1, 1]))
    comfy = '{"prompt": ' + json.dumps(API_PROMPT) + ', "workflow": ' + json.dumps(workflow) + "}"
    meta = {"prompt": "a cat, masterpiece", "negativePrompt": "blurry", "comfy": comfy}
    parsed = parse_workflow(meta, LoaderRules.static())
    assert (parsed.format, [ref.name for ref in parsed.references]) == ("ui", ["civitai_lora.safetensors"])
    # Civitai pastes `undefined` for a missing workflow: the prompt is read instead
    broken = '{"prompt": ' + json.dumps(API_PROMPT) + ', "workflow": undefined}'
    parsed = parse_workflow({"comfy": broken}, LoaderRules.static())
    assert (parsed.format, parsed.references[0].name) == ("api", "api_model.safetensors")
    assert parse_workflow_text(broken).references[0].name == "api_model.safetensors"
    assert parse_workflow_text(json.dumps(workflow)).references[0].name == "civitai_lora.safetensors"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"hello": "world"},
        {"nodes": "not a list"},
        {"prompt": "a cat"},
        {"comfy": "{not json"},
        {"1": {"inputs": {}}},
    ],
)
def test_non_workflow_dicts_give_a_note(data):
    parsed = parse_workflow(data, LoaderRules.static())
    assert parsed.references == [] and parsed.node_types == []
    assert parsed.notes


@pytest.mark.parametrize("data", [None, [], "text", 12, b"bytes"])
def test_non_dicts_give_a_note(data):
    parsed = parse_workflow(data, LoaderRules.static())
    assert parsed.references == [] and parsed.notes


def test_odd_shapes_never_raise():
    odd = ui_graph(
        "not a node",
        {"id": 1},
        {"id": 2, "type": None},
        {"id": 22, "type": ["a list"], "mode": {"a": 1}},
        {"id": [3], "type": "CheckpointLoaderSimple", "widgets_values": ["ok.safetensors"], "properties": "x"},
        {"id": 4, "type": "LoraLoader", "widgets_values": "string", "properties": {"models": {"a": 1}}},
        {"id": 5, "type": "UNETLoader", "widgets_values": [["nested"], 1], "mode": "bypass"},
        {"id": 6, "type": "CLIPTextEncode", "widgets_values": [{"deep": [[[["embedding:deep"]]]]}]},
        definitions={"subgraphs": ["x", {"id": 5}, {"id": "sg", "nodes": "no"}]},
        extra={"groupNodes": "no"},
    )
    parsed = parse_workflow(odd, LoaderRules.static())
    assert [ref.name for ref in parsed.references] == ["ok.safetensors", "deep"]
    assert parsed.notes == []  # nothing broke: odd parts are skipped, not caught as errors
    deep: list = ["embedding:too_deep"]
    for _ in range(50):
        deep = [deep]
    parse_workflow(ui_graph(ui_node(1, "CLIPTextEncode", deep)), LoaderRules.static())
    parse_workflow({"1": {"class_type": "CheckpointLoaderSimple", "inputs": None}}, LoaderRules.static())


def test_default_rules_are_the_static_table():
    graph = ui_graph(ui_node(1, "CheckpointLoaderSimple", ["x.safetensors"]))
    assert parse_workflow(graph).references[0].folder == "checkpoints"
