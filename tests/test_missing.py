"""Presence of a workflow's models in the folders ComfyUI lists."""

from __future__ import annotations

from civitai_sidebar.pipeline.shapes.workflow_models import ModelReference, ParsedWorkflow
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow
from civitai_sidebar.pipeline.workflows.presence import check_presence, missing_custom_nodes


def ref(name: str, folder: str) -> ModelReference:
    return ModelReference(name=name, folder=folder, node_id="1", node_type="Loader")


def verdicts(*references: ModelReference, inventory: dict) -> dict[str, object]:
    parsed = ParsedWorkflow(format="ui", references=list(references))
    return {v.reference.name: v for v in check_presence(parsed, inventory)}


def test_exact_then_base_name_then_another_folder():
    inventory = {
        "loras": ["sdxl/style.safetensors", "Detail.safetensors"],
        "checkpoints": ["flux-dev.safetensors"],
        "diffusion_models": [],
    }
    result = verdicts(
        ref("sdxl\\style.safetensors", "loras"),
        ref("old/place/detail.safetensors", "loras"),
        ref("flux-dev.safetensors", "diffusion_models"),
        ref("nowhere.safetensors", "loras"),
        inventory=inventory,
    )
    assert result["sdxl\\style.safetensors"].local_path == "sdxl/style.safetensors"
    assert result["old/place/detail.safetensors"].local_path == "Detail.safetensors"
    assert result["flux-dev.safetensors"].status == "elsewhere"
    assert result["flux-dev.safetensors"].found_elsewhere == "checkpoints/flux-dev.safetensors"
    assert result["nowhere.safetensors"].status == "missing"


def test_embeddings_match_without_their_extension():
    result = verdicts(ref("EasyNegative", "embeddings"), inventory={"embeddings": ["easynegative.safetensors"]})
    assert result["EasyNegative"].status == "present"


def test_unknown_folders_are_not_judged_and_frontend_nodes_are_not_missing_packs():
    assert verdicts(ModelReference(name="x.pt", folder=None, node_id="1", node_type="X"), inventory={}) == {}
    types = ["KSampler", "Note", "Reroute", "workflow>Group", "3f2b6c1e-1111-2222-3333-444455556666", "MyPackNode"]
    assert missing_custom_nodes(types, {"KSampler"}) == ["MyPackNode"]


def test_the_same_model_under_another_extension_is_pointed_at_not_missing():
    """issue 9: `4x-UltraSharp` (as A1111 writes it) next to upscale_models/4x-UltraSharp.pt, once downloaded."""
    parsed = parse_workflow(
        {"1": {"class_type": "UpscaleModelLoader", "inputs": {"model_name": "4x-UltraSharp"}}}, LoaderRules.static()
    )
    [verdict] = check_presence(parsed, {"upscale_models": ["4x-UltraSharp.pt", "other.pth"]})
    assert verdict.status == "elsewhere" and verdict.found_elsewhere == "upscale_models/4x-UltraSharp.pt"
    assert "choose that name in the loader" in verdict.message
    [two] = check_presence(parsed, {"upscale_models": ["4x-UltraSharp.pt", "4x-UltraSharp.pth"]})
    assert two.status == "missing"  # two candidates: a guess would be wrong half the time


def test_a_core_node_missing_from_a_comfyui_newer_than_the_graph_is_not_an_update_away():
    from civitai_sidebar.pipeline.shapes.workflow_models import NodeOrigin
    from civitai_sidebar.pipeline.workflows.missing_nodes import describe

    origin = NodeOrigin(cnr_id="comfy-core", ver="0.8.2")
    assert "Update ComfyUI" in describe("Gone", origin, running="0.3.75").message
    newer = describe("Gone", origin, running="0.30.0").message
    assert "Update ComfyUI" not in newer and "renamed or removed" in newer and "0.30.0" in newer
    assert "Update ComfyUI" in describe("Gone", origin, running=None).message
