"""LoaderRules from a running ComfyUI's object_info: widget order, combo forms, folder matching, ties."""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow
from civitai_sidebar.pipeline.workflows.parse_object_info import widget_layout
from civitai_sidebar.pipeline.workflows.parse_rules import CORE_LOADERS

# A default ComfyUI install lists these model folders (configs and custom_nodes are not model folders).
FOLDERS = [
    "checkpoints",
    "configs",
    "loras",
    "vae",
    "text_encoders",
    "diffusion_models",
    "clip_vision",
    "style_models",
    "embeddings",
    "diffusers",
    "vae_approx",
    "controlnet",
    "gligen",
    "upscale_models",
    "latent_upscale_models",
    "custom_nodes",
    "hypernetworks",
    "photomaker",
    "classifiers",
    "model_patches",
    "audio_encoders",
]


def legacy_combo(options, **extra):
    return [list(options), extra] if extra else [list(options)]


def v3_combo(options, **extra):
    return ["COMBO", {"multiselect": False, "options": list(options), **extra}]


def node_def(required, optional=None, input_order=True):
    definition = {"input": {"required": required}}
    if optional is not None:
        definition["input"]["optional"] = optional
    if input_order:
        definition["input_order"] = {"required": list(required)}
        if optional is not None:
            definition["input_order"]["optional"] = list(optional)
    return definition


def core_object_info(files):
    """The core loaders as ComfyUI 0.3.75 reports them (legacy nodes: list combos; v3 nodes: COMBO)."""

    def lst(folder):
        return legacy_combo(files.get(folder, []))

    def v3(folder):
        return v3_combo(files.get(folder, []))

    strength = ["FLOAT", {"default": 1.0, "min": -100.0, "max": 100.0, "step": 0.01}]
    hooks = {"prev_hooks": ["HOOKS"]}
    return {
        "CheckpointLoaderSimple": node_def({"ckpt_name": lst("checkpoints")}),
        "unCLIPCheckpointLoader": node_def({"ckpt_name": lst("checkpoints")}),
        "ImageOnlyCheckpointLoader": node_def({"ckpt_name": lst("checkpoints")}),
        "CheckpointLoader": node_def({"config_name": lst("configs"), "ckpt_name": lst("checkpoints")}),
        "LoraLoader": node_def(
            {
                "model": ["MODEL", {}],
                "clip": ["CLIP", {}],
                "lora_name": lst("loras"),
                "strength_model": strength,
                "strength_clip": strength,
            }
        ),
        "LoraLoaderModelOnly": node_def({"model": ["MODEL"], "lora_name": lst("loras"), "strength_model": strength}),
        "VAELoader": node_def({"vae_name": legacy_combo([*files.get("vae", []), "pixel_space"])}),
        "UNETLoader": node_def(
            {"unet_name": lst("diffusion_models"), "weight_dtype": legacy_combo(["default", "fp8"])}
        ),
        "CLIPLoader": node_def(
            {"clip_name": lst("text_encoders"), "type": legacy_combo(["stable_diffusion", "wan"])},
            {"device": legacy_combo(["default", "cpu"], advanced=True)},
        ),
        "DualCLIPLoader": node_def(
            {"clip_name1": lst("text_encoders"), "clip_name2": lst("text_encoders"), "type": legacy_combo(["flux"])},
            {"device": legacy_combo(["default", "cpu"], advanced=True)},
        ),
        "TripleCLIPLoader": node_def({f"clip_name{i}": v3("text_encoders") for i in (1, 2, 3)}),
        "QuadrupleCLIPLoader": node_def({f"clip_name{i}": v3("text_encoders") for i in (1, 2, 3, 4)}),
        "ControlNetLoader": node_def({"control_net_name": lst("controlnet")}),
        "DiffControlNetLoader": node_def({"model": ["MODEL"], "control_net_name": lst("controlnet")}),
        "UpscaleModelLoader": node_def({"model_name": v3("upscale_models")}),
        "CLIPVisionLoader": node_def({"clip_name": lst("clip_vision")}),
        "StyleModelLoader": node_def({"style_model_name": lst("style_models")}),
        "GLIGENLoader": node_def({"gligen_name": lst("gligen")}),
        "HypernetworkLoader": node_def(
            {"model": ["MODEL", {}], "hypernetwork_name": v3("hypernetworks"), "strength": strength}
        ),
        "PhotoMakerLoader": node_def({"photomaker_model_name": v3("photomaker")}),
        "LatentUpscaleModelLoader": node_def({"model_name": v3("latent_upscale_models")}),
        "ModelPatchLoader": node_def({"name": lst("model_patches")}),
        "AudioEncoderLoader": node_def({"audio_encoder_name": v3("audio_encoders")}),
        "CreateHookLora": node_def(
            {"lora_name": lst("loras"), "strength_model": strength, "strength_clip": strength}, hooks
        ),
        "CreateHookLoraModelOnly": node_def({"lora_name": lst("loras"), "strength_model": strength}, hooks),
        "CreateHookModelAsLora": node_def(
            {"ckpt_name": lst("checkpoints"), "strength_model": strength, "strength_clip": strength}, hooks
        ),
        "CreateHookModelAsLoraModelOnly": node_def(
            {"ckpt_name": lst("checkpoints"), "strength_model": strength}, hooks
        ),
        "KSampler": node_def(
            {
                "model": ["MODEL", {}],
                "seed": ["INT", {"default": 0, "control_after_generate": True}],
                "steps": ["INT", {"default": 20}],
                "cfg": ["FLOAT", {"default": 8.0}],
                "sampler_name": legacy_combo(["euler", "dpmpp_2m"]),
                "scheduler": legacy_combo(["normal", "karras"]),
                "positive": ["CONDITIONING", {}],
                "negative": ["CONDITIONING", {}],
                "latent_image": ["LATENT", {}],
                "denoise": ["FLOAT", {"default": 1.0}],
            }
        ),
        "LoadImage": node_def({"image": legacy_combo(files.get("input", []), image_upload=True)}),
    }


def distinct_files():
    files = {folder: [f"{folder}_a.safetensors", f"sub/{folder}_b.safetensors"] for folder in FOLDERS}
    files["configs"] = ["v1-inference.yaml"]
    files["custom_nodes"] = ["example_node.py.example"]
    return files


# --- widget order --------------------------------------------------------------------------------


def test_widget_layout_follows_the_frontend():
    info = core_object_info({})
    control = None
    assert widget_layout(info["KSampler"]) == ["seed", control, "steps", "cfg", "sampler_name", "scheduler", "denoise"]
    assert widget_layout(info["LoraLoader"]) == ["lora_name", "strength_model", "strength_clip"]
    assert widget_layout(info["CLIPLoader"]) == ["clip_name", "type", "device"]
    assert widget_layout(info["LoadImage"]) == ["image", "upload"]
    assert widget_layout(info["CheckpointLoader"]) == ["config_name", "ckpt_name"]


def test_widget_layout_details():
    definition = {
        "input": {
            "required": {
                "noise_seed": ["INT", {}],  # named like a seed: control widget added
                "count": ["INT", {"control_after_generate": True}],
                "seed": ["INT", {"control_after_generate": False}],  # explicitly none
                "picked": v3_combo(["a", "b"], control_after_generate=True),  # control + filter list
                "image": ["IMAGE"],
                "linked_only": ["STRING", {"forceInput": True}],
                "note": ["MARKDOWN", {}],
            },
            "optional": {"legacy_default_input": ["FLOAT", {"defaultInput": True}], "flag": ["BOOLEAN", {}]},
            "hidden": {"prompt": "PROMPT"},
        },
        "input_order": {"required": ["count", "noise_seed", "seed", "picked", "image", "linked_only", "note"]},
    }
    assert widget_layout(definition) == [
        "count",
        None,
        "noise_seed",
        None,
        "seed",
        "picked",
        None,
        None,
        "note",
        "flag",  # optional inputs missing from input_order come after the ordered ones
    ]
    # without input_order: required then optional in dict order; an upload widget ends the required ones
    definition = {
        "input": {
            "required": {"video": v3_combo([], video_upload=True), "speed": ["FLOAT", {}]},
            "optional": {"loop": ["BOOLEAN", {}]},
        }
    }
    assert widget_layout(definition) == ["video", "speed", "upload", "loop"]
    definition["input_order"] = {"required": ["video", "speed"], "optional": ["loop"]}
    assert widget_layout(definition) == ["video", "speed", "loop", "upload"]  # not listed: last of all


@pytest.mark.parametrize("files", [{}, distinct_files()], ids=["empty folders", "distinct files"])
def test_object_info_rules_agree_with_the_core_table(files):
    reported = core_object_info(files)
    rules = LoaderRules.from_object_info(reported, files or {folder: [] for folder in FOLDERS})
    core_075 = {node_type: table for node_type, table in CORE_LOADERS.items() if node_type in reported}
    for node_type, table in core_075.items():
        derived = {rule.name: (rule.widget_index, rule.folder) for rule in rules.model_inputs(node_type)}
        assert derived == {rule.name: (rule.widget_index, rule.folder) for rule in table}, node_type
    assert rules.model_inputs("KSampler") == ()
    assert all(not rule.certain for rule in rules.model_inputs("LoadImage"))  # [] only matched empty folders
    evidence = {rule.evidence for node_type in core_075 for rule in rules.model_inputs(node_type)}
    assert evidence == ({"core table"} if not files else {"object_info"})


# --- folder matching -----------------------------------------------------------------------------


def test_both_combo_forms_match_their_folder_and_parse_uses_the_derived_index():
    files = {"loras": ["a.safetensors", "b.safetensors"], "checkpoints": ["c.safetensors"], "vae": []}
    info = {
        "OldStyleLoraPicker": node_def(
            {"model": ["MODEL"], "steps": ["INT", {}], "lora": legacy_combo(["b.safetensors", "a.safetensors"])}
        ),
        "NewStyleCheckpoint": node_def({"seed": ["INT", {}], "which": v3_combo(["c.safetensors", "None"])}),
    }
    rules = LoaderRules.from_object_info(info, files)
    [lora] = rules.model_inputs("OldStyleLoraPicker")
    assert (lora.name, lora.widget_index, lora.folder, lora.evidence) == ("lora", 1, "loras", "object_info")
    [ckpt] = rules.model_inputs("NewStyleCheckpoint")
    assert (ckpt.widget_index, ckpt.folder) == (2, "checkpoints")  # after seed and its control widget
    graph = {
        "nodes": [
            {"id": 1, "type": "OldStyleLoraPicker", "widgets_values": [20, "missing_lora.safetensors"]},
            {"id": 2, "type": "NewStyleCheckpoint", "widgets_values": [5, "fixed", "gone.safetensors"]},
            {"id": 3, "type": "CheckpointLoaderSimple", "widgets_values": ["table_fallback.safetensors"]},
        ]
    }
    parsed = parse_workflow(graph, rules)
    assert [(ref.name, ref.folder, ref.folder_evidence) for ref in parsed.references] == [
        ("missing_lora.safetensors", "loras", "object_info"),
        ("gone.safetensors", "checkpoints", "object_info"),
        ("table_fallback.safetensors", "checkpoints", "core table"),  # not in this object_info: the table
    ]


def test_vae_loader_list_with_pseudo_values_and_vae_approx_files_is_the_vae_folder():
    files = {
        "vae": ["ae.safetensors"],
        "vae_approx": ["taesd_decoder.pth", "taesd_encoder.pth", "taehv.safetensors"],
    }
    info = {
        "VAELoader": node_def(
            {"vae_name": legacy_combo(["ae.safetensors", "taehv.safetensors", "taesd", "pixel_space"])}
        )
    }
    [rule] = LoaderRules.from_object_info(info, files).model_inputs("VAELoader")
    assert (rule.folder, rule.evidence, rule.candidates) == ("vae", "object_info", ())


def test_filtered_folder_lists_and_unrelated_combos():
    files = {"sams": ["sam_vit_b.pth", "sam_hq_vit_h.pth"], "loras": ["x.safetensors"]}
    info = {
        "FilteringLoader": node_def({"model_name": legacy_combo(["sam_vit_b.pth"]), "mode": legacy_combo(["AUTO"])}),
        "Durations": node_def({"duration": legacy_combo([5, 10]), "empty": legacy_combo([])}),
        "Mixed": node_def({"choice": legacy_combo(["x.safetensors", "not_a_listed_file.safetensors"])}),
    }
    rules = LoaderRules.from_object_info(info, files)
    assert [(rule.name, rule.folder) for rule in rules.model_inputs("FilteringLoader")] == [("model_name", "sams")]
    assert rules.model_inputs("Durations") == ()  # numbers are settings; [] matched no empty folder here
    assert rules.model_inputs("Mixed") == ()


def test_identical_lists_are_decided_by_properties_then_table_then_name():
    same = ["shared.safetensors"]
    files = {"checkpoints": same, "diffusion_models": same, "loras": []}
    info = {
        "CheckpointLoaderSimple": node_def({"ckpt_name": legacy_combo(same)}),
        "SharedPicker": node_def({"model_file": legacy_combo(same)}),
        "UnetStyleLoader": node_def({"unet_file": legacy_combo(same)}),
    }
    rules = LoaderRules.from_object_info(info, files)
    [table_pick] = rules.model_inputs("CheckpointLoaderSimple")
    assert (table_pick.folder, table_pick.evidence) == ("checkpoints", "core table")
    assert set(table_pick.candidates) == {"checkpoints", "diffusion_models"}
    [name_pick] = rules.model_inputs("UnetStyleLoader")
    assert (name_pick.folder, name_pick.evidence) == ("diffusion_models", "object_info")
    [unknown] = rules.model_inputs("SharedPicker")
    assert (unknown.folder, unknown.certain) == (None, True)

    def node(node_id, node_type, value, directory=None):
        props = (
            {"models": [{"name": value, "url": f"https://e.x/{value}", "directory": directory}]} if directory else {}
        )
        return {"id": node_id, "type": node_type, "widgets_values": [value], "properties": props}

    graph = {
        "nodes": [
            node(1, "SharedPicker", "a.safetensors"),
            node(2, "SharedPicker", "b.safetensors", directory="diffusion_models"),
            node(3, "CheckpointLoaderSimple", "c.safetensors", directory="diffusion_models"),
            node(4, "CheckpointLoaderSimple", "d.safetensors", directory="loras"),  # not a candidate
        ]
    }
    refs = {ref.name: ref for ref in parse_workflow(graph, rules).references}
    assert (refs["a.safetensors"].folder, refs["a.safetensors"].folder_evidence) == (None, "unknown")
    assert (refs["b.safetensors"].folder, refs["b.safetensors"].folder_evidence) == (
        "diffusion_models",
        "properties.models",
    )
    assert (refs["c.safetensors"].folder, refs["c.safetensors"].folder_evidence) == (
        "diffusion_models",
        "properties.models",
    )
    assert (refs["d.safetensors"].folder, refs["d.safetensors"].folder_evidence) == ("checkpoints", "core table")


def test_ambiguous_empty_folders():
    files = {folder: [] for folder in FOLDERS}
    info = {
        "LoadImage": node_def({"image": legacy_combo([], image_upload=True)}),
        "MyLoraStack": node_def({"lora_name": v3_combo(["None"]), "mode": legacy_combo(["simple", "advanced"])}),
        "FancyUpscaleModelLoader": node_def({"model_name": v3_combo([])}),
        "TwoEmptyCombos": node_def({"first": legacy_combo([]), "second": legacy_combo([])}),
        "CheckpointLoader": node_def({"config_name": legacy_combo([]), "ckpt_name": legacy_combo([])}),
    }
    rules = LoaderRules.from_object_info(info, files)
    # all-empty lists prove nothing: the input's own name decides...
    assert [(rule.name, rule.folder) for rule in rules.model_inputs("MyLoraStack")] == [("lora_name", "loras")]
    # ...or the node's name, when it has one such input
    assert [(rule.name, rule.folder) for rule in rules.model_inputs("FancyUpscaleModelLoader")] == [
        ("model_name", "upscale_models")
    ]
    # ...else it is no model input, unless the node's properties.models names a folder
    [image] = rules.model_inputs("LoadImage")
    assert (image.folder, image.certain) == (None, False)
    # the table knows CheckpointLoader: config_name is not one of its model inputs
    assert [rule.name for rule in rules.model_inputs("CheckpointLoader")] == ["ckpt_name"]
    graph = {
        "nodes": [
            {"id": 1, "type": "LoadImage", "widgets_values": ["example.png", "image"]},
            {
                "id": 2,
                "type": "TwoEmptyCombos",
                "widgets_values": ["x", "y.safetensors"],
                "properties": {
                    "models": [{"name": "y.safetensors", "url": "https://e.x/y.safetensors", "directory": "loras"}]
                },
            },
            {"id": 3, "type": "CheckpointLoader", "widgets_values": ["v1.yaml", "model.ckpt"]},
        ]
    }
    refs = parse_workflow(graph, rules).references
    assert [(ref.name, ref.folder, ref.folder_evidence) for ref in refs] == [
        ("y.safetensors", "loras", "properties.models"),
        ("model.ckpt", "checkpoints", "core table"),
    ]


def test_table_inputs_join_object_info_nodes_and_other_nodes_have_none():
    info = {"LoraLoader": node_def({"text": ["STRING", {}]})}  # its lora_name input was not reported
    rules = LoaderRules.from_object_info(info, {"loras": ["a.safetensors"]})
    assert rules.model_inputs("LoraLoader") == LoaderRules.static().model_inputs("LoraLoader")
    assert rules.model_inputs("IPAdapterModelLoader") == LoaderRules.static().model_inputs("IPAdapterModelLoader")
    assert rules.model_inputs("Nope") == ()
    info = {"Plain": node_def({"text": ["STRING", {}]})}
    rules = LoaderRules.from_object_info(info, {"loras": ["a.safetensors"]})
    assert rules.model_inputs("Plain") == ()
    assert rules.widget_slots("Plain") == {"text": 0}


@pytest.mark.parametrize(
    ("object_info", "folder_files"),
    [(None, None), ("x", []), ({"A": "b", 3: {}, "B": {"input": "x"}}, {"loras": "abc", 5: ["x"]})],
)
def test_malformed_object_info_gives_the_table(object_info, folder_files):
    rules = LoaderRules.from_object_info(object_info, folder_files)
    assert rules.model_inputs("CheckpointLoaderSimple") == LoaderRules.static().model_inputs("CheckpointLoaderSimple")
