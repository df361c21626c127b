"""parse_workflow on subgraphs (nested twice) and legacy group nodes."""

from __future__ import annotations

from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow

OUTER, MIDDLE, INNER, UNUSED = (
    "11111111-0000-4000-8000-000000000001",
    "22222222-0000-4000-8000-000000000002",
    "33333333-0000-4000-8000-000000000003",
    "44444444-0000-4000-8000-000000000004",
)


def node(node_id, node_type, widgets_values=None, mode=0, **extra):
    return {"id": node_id, "type": node_type, "mode": mode, "widgets_values": widgets_values, **extra}


def subgraph(subgraph_id, *nodes, **extra):
    return {"id": subgraph_id, "name": subgraph_id[:8], "inputs": [], "outputs": [], "nodes": list(nodes), **extra}


def nested_graph(outer_mode=0, middle_mode=0):
    """Top level -> OUTER instance -> MIDDLE instance -> INNER instance: three levels of definitions."""
    return {
        "nodes": [
            node(1, "CheckpointLoaderSimple", ["top.safetensors"]),
            node(2, OUTER, ["promoted_value.safetensors", 42], mode=outer_mode),
        ],
        "definitions": {
            "subgraphs": [
                subgraph(
                    OUTER,
                    node(10, "LoraLoaderModelOnly", ["outer_lora.safetensors", 1.0]),
                    node(11, MIDDLE, [], mode=middle_mode),
                ),
                subgraph(
                    MIDDLE,
                    node(20, "VAELoader", ["middle_vae.safetensors"]),
                    node(21, INNER, []),
                ),
                subgraph(
                    UNUSED,
                    node(40, "UpscaleModelLoader", ["unused_upscaler.pth"]),
                ),
            ]
        },
    }


def with_inner_definition_nested(graph):
    """Put INNER's definition inside MIDDLE's own `definitions` (the recursive form)."""
    middle = graph["definitions"]["subgraphs"][1]
    middle["definitions"] = {
        "subgraphs": [
            subgraph(
                INNER,
                node(30, "CLIPTextEncode", ["a photo, embedding:inner_neg"]),
                node(31, "UNETLoader", ["inner_unet.safetensors", "default"]),
                node(32, "CLIPLoader", ["muted_clip.safetensors", "wan"], mode=2),
            )
        ]
    }
    return graph


def parsed_refs(graph):
    parsed = parse_workflow(graph, LoaderRules.static())
    return parsed, {ref.name: ref for ref in parsed.references}


def test_subgraphs_nested_twice_are_read_with_where():
    parsed, refs = parsed_refs(with_inner_definition_nested(nested_graph()))
    assert list(refs) == [
        "top.safetensors",
        "outer_lora.safetensors",
        "middle_vae.safetensors",
        "unused_upscaler.pth",
        "inner_neg",
        "inner_unet.safetensors",
        "muted_clip.safetensors",
    ]
    assert refs["top.safetensors"].where is None
    assert (refs["outer_lora.safetensors"].where, refs["outer_lora.safetensors"].node_id) == (f"subgraph:{OUTER}", "10")
    assert refs["middle_vae.safetensors"].where == f"subgraph:{MIDDLE}"
    assert (refs["inner_unet.safetensors"].where, refs["inner_unet.safetensors"].folder) == (
        f"subgraph:{INNER}",
        "diffusion_models",
    )
    assert refs["inner_neg"].folder == "embeddings"
    assert refs["muted_clip.safetensors"].disabled is True
    assert not any(ref.disabled for name, ref in refs.items() if name != "muted_clip.safetensors")
    # promoted values on an instance are not references: the inner nodes hold the live ones
    assert "promoted_value.safetensors" not in refs
    # instance types (subgraph ids) are not node types; inner node types are
    assert OUTER not in parsed.node_types and "UNETLoader" in parsed.node_types


def test_a_bypassed_instance_disables_everything_inside_it_down_the_nesting():
    _, refs = parsed_refs(with_inner_definition_nested(nested_graph(outer_mode=4)))
    assert refs["top.safetensors"].disabled is False
    for name in ("outer_lora.safetensors", "middle_vae.safetensors", "inner_unet.safetensors", "inner_neg"):
        assert refs[name].disabled is True, name
    assert refs["unused_upscaler.pth"].disabled is False  # never instanced: read as it is

    _, refs = parsed_refs(with_inner_definition_nested(nested_graph(middle_mode=2)))
    assert refs["outer_lora.safetensors"].disabled is False
    assert refs["middle_vae.safetensors"].disabled is True
    assert refs["inner_unet.safetensors"].disabled is True


def test_a_definition_used_twice_is_read_once():
    graph = nested_graph()
    graph["nodes"].append(node(3, OUTER, [], mode=4))  # a second, bypassed, instance
    _, refs = parsed_refs(graph)
    lora = refs["outer_lora.safetensors"]
    assert (lora.occurrences, lora.disabled) == (1, False)  # one instance still runs it


def test_subgraph_cycles_do_not_loop():
    graph = nested_graph()
    graph["definitions"]["subgraphs"][1]["nodes"].append(node(22, OUTER, []))  # MIDDLE contains OUTER
    graph["nodes"] = [node(1, "CheckpointLoaderSimple", ["top.safetensors"])]  # no top-level instance
    _, refs = parsed_refs(graph)
    assert refs["outer_lora.safetensors"].disabled is False


# --- group nodes ---------------------------------------------------------------------------------

GROUP_DEFINITION = {
    "nodes": [
        {"index": 0, "type": "CheckpointLoaderSimple", "widgets_values": ["stale_definition.safetensors"]},
        {"index": 1, "type": "VAELoader", "widgets_values": ["vae-ft-mse.safetensors"]},
        {"index": 2, "type": "CLIPTextEncode", "widgets_values": ["definition text"]},
        {"index": 3, "type": "ToBasicPipe"},  # no widgets: takes no value
        {"index": 4, "type": "LoraLoader", "widgets_values": ["def_lora.safetensors", 1, 1], "mode": 4},
    ],
    "links": [],
    "external": [],
}


def group_graph(instance_type, instance_values, instance_mode=0):
    return {
        "nodes": [node(56, instance_type, instance_values, mode=instance_mode)],
        "extra": {"groupNodes": {"MAKE_BASIC_PIPE": GROUP_DEFINITION}},
    }


INSTANCE_VALUES = [
    "SD1.5/live_instance.safetensors",
    "vae-ft-mse.safetensors",
    "photo, embedding:group_neg",
    "instance_lora.safetensors",
    0.7,
    0.7,
]


def test_group_node_instance_values_are_split_across_inner_nodes():
    for instance_type in ("workflow>MAKE_BASIC_PIPE", "workflow/MAKE_BASIC_PIPE"):
        parsed, refs = parsed_refs(group_graph(instance_type, INSTANCE_VALUES))
        assert list(refs) == [
            "SD1.5/live_instance.safetensors",
            "vae-ft-mse.safetensors",
            "group_neg",
            "instance_lora.safetensors",
        ]
        checkpoint = refs["SD1.5/live_instance.safetensors"]
        assert (checkpoint.folder, checkpoint.node_id, checkpoint.where) == (
            "checkpoints",
            "56:0",
            "groupnode:MAKE_BASIC_PIPE",
        )
        assert (refs["group_neg"].node_id, refs["group_neg"].folder) == ("56:2", "embeddings")
        assert refs["instance_lora.safetensors"].disabled is True  # the inner LoraLoader is bypassed
        assert refs["vae-ft-mse.safetensors"].disabled is False
        assert parsed.node_types == [
            "CheckpointLoaderSimple",
            "VAELoader",
            "CLIPTextEncode",
            "ToBasicPipe",
            "LoraLoader",
        ]
        assert parsed.notes == []


def test_a_muted_group_node_disables_its_inner_references():
    _, refs = parsed_refs(group_graph("workflow>MAKE_BASIC_PIPE", INSTANCE_VALUES, instance_mode=2))
    assert all(ref.disabled for ref in refs.values())


def test_group_node_value_count_mismatch_uses_the_definition_and_notes_it():
    parsed, refs = parsed_refs(group_graph("workflow>MAKE_BASIC_PIPE", ["only one value"]))
    assert "stale_definition.safetensors" in refs and "def_lora.safetensors" in refs
    assert any("MAKE_BASIC_PIPE" in note for note in parsed.notes)


def test_group_node_without_definition_is_noted():
    parsed = parse_workflow({"nodes": [node(5, "workflow>Missing", ["x.safetensors"])]}, LoaderRules.static())
    assert parsed.references == []
    assert any("Missing" in note for note in parsed.notes)


def test_properties_models_on_instances_count_only_what_the_instance_loads():
    listed = {"name": "promoted_value.safetensors", "url": "https://e.x/l.safetensors", "directory": "loras"}
    graph = nested_graph()
    graph["nodes"][1]["properties"] = {"models": [listed, dict(listed, name="only_suggested.safetensors")]}
    graph["nodes"].append(
        node(7, "workflow>MAKE_BASIC_PIPE", INSTANCE_VALUES, properties={"models": [dict(listed, name="on_group.pt")]})
    )
    graph["extra"] = {"groupNodes": {"MAKE_BASIC_PIPE": GROUP_DEFINITION}}
    _, refs = parsed_refs(graph)
    instance_ref = refs["promoted_value.safetensors"]
    assert (instance_ref.folder, instance_ref.node_id, instance_ref.node_type, instance_ref.url) == (
        "loras",
        "2",
        OUTER,
        "https://e.x/l.safetensors",
    )
    # Listed, but no widget of the instance holds them: suggestions, not models the graph loads.
    assert "only_suggested.safetensors" not in refs and "on_group.pt" not in refs
