"""Resource refs from every place Civitai puts them, and how the same model found twice becomes one ref."""

from __future__ import annotations

import pytest
from civitai_sidebar.pipeline.images.meta_values import name_key, normalize_hash, parse_air
from civitai_sidebar.pipeline.images.metadata import parse_image
from civitai_sidebar.pipeline.shapes.image_generation import ResourceRef


def refs_of(meta: dict, **item_fields) -> list[ResourceRef]:
    return parse_image({"id": 1, **item_fields, "meta": meta}).refs


def only(refs: list[ResourceRef]) -> ResourceRef:
    assert len(refs) == 1, refs
    return refs[0]


# --- hashes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("afaf521da2", "AFAF521DA2"),
        ("0x95d20eda2f", "95D20EDA2F"),
        ("0X95D20EDA2F", "95D20EDA2F"),
        (" fff5d51ab655 ", "FFF5D51AB655"),
        ("85114a0d", "85114A0D"),
        (
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
            "B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9",
        ),
        ("afaf521da", None),  # 9: no hash Civitai stores has that length
        ("zzzz521da2", None),
        ("", None),
        (1234567890, None),
        (None, None),
    ],
)
def test_hashes_are_normalised_or_refused(raw, expected):
    assert normalize_hash(raw) == expected


def test_model_hash_and_hashes_model_are_one_checkpoint():
    checkpoint = only(refs_of({"Model": "juggernaut", "Model hash": "a49140c6c5", "hashes": {"model": "A49140C6C5"}}))
    assert (checkpoint.kind, checkpoint.name, checkpoint.hash) == ("checkpoint", "juggernaut", "A49140C6C5")
    assert checkpoint.sources == ["hashes", "Model hash"]


def test_lora_hash_keys_in_either_case_and_with_0x():
    refs = refs_of({"hashes": {"lora:detail": "9c783c8ce46c", "LORA:style": "0xE8F6E4297112"}})
    assert [(r.kind, r.name, r.hash, r.sources) for r in refs] == [
        ("lora", "detail", "9C783C8CE46C", ["hashes"]),
        ("lora", "style", "E8F6E4297112", ["hashes"]),
    ]


def test_embed_and_vae_hash_keys():
    refs = refs_of({"VAE": "sdxl_vae.safetensors", "hashes": {"embed:badhands": "fff5d51ab655", "vae": "735e4c3a44"}})
    assert [(r.kind, r.name, r.hash) for r in refs] == [
        ("vae", "sdxl_vae.safetensors", "735E4C3A44"),
        ("embedding", "badhands", "FFF5D51AB655"),
    ]
    assert refs[0].sources == ["hashes", "VAE"]


def test_legacy_vae_hash_key():
    vae = only(refs_of({"VAE": "kl-f8-anime2.ckpt", "VAE hash": "df3c506e51"}))
    assert (vae.kind, vae.name, vae.hash, vae.sources) == ("vae", "kl-f8-anime2.ckpt", "DF3C506E51", ["VAE hash"])


def test_unknown_hash_keys_are_ignored():
    assert refs_of({"hashes": {"adetailer:face_yolov8n.pt": "0123456789", "something": "0123456789"}}) == []


def test_a_bad_hash_keeps_the_name_and_adds_a_notice():
    result = parse_image({"id": 1, "meta": {"hashes": {"lora:detail": "not-a-hash"}}})
    assert [(r.name, r.hash) for r in result.refs] == [("detail", None)]
    assert len(result.notices) == 1 and "not a model hash" in result.notices[0]


# --- TI hashes and Lora hashes -------------------------------------------------------------------


def test_ti_hashes_object():
    refs = refs_of({"TI hashes": {"negativeXL_D": "fff5d51ab655", "easynegative": "c74b4e810b03"}})
    assert [(r.kind, r.name, r.hash, r.sources) for r in refs] == [
        ("embedding", "negativeXL_D", "FFF5D51AB655", ["TI hashes"]),
        ("embedding", "easynegative", "C74B4E810B03", ["TI hashes"]),
    ]


def test_ti_hashes_legacy_string_quoted_or_not():
    for value in (
        "negativeXL_D: fff5d51ab655, easynegative: c74b4e810b03",
        '"negativeXL_D: fff5d51ab655, easynegative: c74b4e810b03"',
    ):
        refs = refs_of({"TI hashes": value})
        assert [(r.name, r.hash) for r in refs] == [("negativeXL_D", "FFF5D51AB655"), ("easynegative", "C74B4E810B03")]


def test_lora_hashes_legacy_string():
    refs = refs_of({"Lora hashes": "add_detail: 7c6bad76eb54, more details: 3b8aa1d351ef"})
    assert [(r.kind, r.name, r.hash, r.sources) for r in refs] == [
        ("lora", "add_detail", "7C6BAD76EB54", ["Lora hashes"]),
        ("lora", "more details", "3B8AA1D351EF", ["Lora hashes"]),
    ]


def test_embeddings_listed_in_ti_hashes_are_found_in_either_prompt():
    refs = refs_of(
        {
            "prompt": "a portrait, goodhands",
            "negativePrompt": "(negativeXL_D:1.2), lowres",
            "TI hashes": {"negativeXL_D": "fff5d51ab655", "goodhands": "0123456789ab", "unused": "ba9876543210"},
        }
    )
    assert {r.name: r.sources for r in refs} == {
        "negativeXL_D": ["TI hashes", "prompt"],
        "goodhands": ["TI hashes", "prompt"],
        "unused": ["TI hashes"],
    }


def test_an_embedding_name_inside_a_longer_word_is_not_a_use():
    ref = only(refs_of({"prompt": "goodhandsome", "TI hashes": {"goodhands": "0123456789ab"}}))
    assert ref.sources == ["TI hashes"]


def test_embeddings_only_named_in_a_prompt_are_not_guessed():
    assert refs_of({"negativePrompt": "easynegative, lowres"}) == []


def test_embedding_syntax_in_a_prompt_is_a_ref():
    ref = only(refs_of({"negativePrompt": "(embedding:easynegative.pt:1.1), lowres"}))
    assert (ref.kind, ref.name, ref.sources) == ("embedding", "easynegative.pt", ["prompt"])


# --- prompt tags ---------------------------------------------------------------------------------


def test_prompt_lora_tag_weight_goes_to_the_ref_found_elsewhere():
    ref = only(refs_of({"prompt": "a cat <lora:detail:0.7>", "hashes": {"lora:detail": "9c783c8ce46c"}}))
    assert (ref.name, ref.hash, ref.weight, ref.sources) == ("detail", "9C783C8CE46C", 0.7, ["hashes", "prompt"])


def test_prompt_tags_alone_are_refs_of_their_own():
    refs = refs_of({"prompt": "<lora:a:0.5> <lyco:b:1.2> <LORA:c> <lora:d:0.8:0.4> <hypernet:e:0.3> <lora:f:te=1>"})
    assert [(r.kind, r.name, r.weight) for r in refs] == [
        ("lora", "a", 0.5),
        ("lora", "b", 1.2),
        ("lora", "c", None),
        ("lora", "d", 0.8),
        ("lora", "f", None),
        ("hypernetwork", "e", 0.3),
    ]
    assert all(r.sources == ["prompt"] for r in refs)


def test_a_weight_already_known_is_kept():
    ref = only(
        refs_of({"prompt": "<lora:detail:0.4>", "resources": [{"type": "lora", "name": "detail", "weight": 0.9}]})
    )
    assert ref.weight == 0.9


def test_prompt_tag_matches_a_lora_file_in_a_subfolder():
    ref = only(
        refs_of(
            {
                "prompt": "<lora:detail:0.6>",
                "additionalResources": [{"name": "sdxl\\detail.safetensors", "type": "lora", "strength": 0.6}],
            }
        )
    )
    assert ref.name == "sdxl\\detail.safetensors"
    assert ref.sources == ["additionalResources", "prompt"]


# --- civitaiResources, modelVersionIds, resources, additionalResources --------------------------------


@pytest.mark.parametrize(
    ("civitai_type", "kind"),
    [
        ("checkpoint", "checkpoint"),
        ("lora", "lora"),
        ("embed", "embedding"),
        ("embedding", "embedding"),
        ("vae", "vae"),
        ("lycoris", "lora"),
        ("dora", "lora"),
        ("LoCon", "lora"),
        ("TextualInversion", "embedding"),
        ("upscaler", "upscaler"),
        ("controlnet", "controlnet"),
        ("text_encoders", "text_encoder"),
        ("diffusionmodel", "diffusion_model"),
        ("motion", "motion_module"),
        ("hypernet", "hypernetwork"),
        ("workflows", "other"),
        (None, "other"),
        (7, "other"),
    ],
)
def test_civitai_resource_types(civitai_type, kind):
    ref = only(refs_of({"civitaiResources": [{"type": civitai_type, "modelVersionId": 101}]}))
    assert (ref.kind, ref.model_version_id, ref.sources) == (kind, 101, ["civitaiResources"])


def test_civitai_resources_skip_unmatched_ids_and_keep_weights():
    refs = refs_of(
        {
            "civitaiResources": [
                {"type": "model", "modelVersionId": 0},
                {"type": "lora", "modelVersionId": -3},
                {"type": "lora", "modelVersionId": "2001", "weight": "0.8"},
                {"type": "lora"},
                "junk",
            ]
        }
    )
    assert [(r.kind, r.model_version_id, r.weight) for r in refs] == [("lora", 2001, 0.8)]


def test_model_version_ids_merge_with_civitai_resources_and_learn_their_kind():
    refs = refs_of(
        {"civitaiResources": [{"type": "vae", "modelVersionId": 30}]},
        modelVersionIds=[10, 30, 10, 0, "x"],
    )
    assert [(r.kind, r.model_version_id, r.sources) for r in refs] == [
        ("vae", 30, ["civitaiResources", "modelVersionIds"]),
        ("other", 10, ["modelVersionIds"]),
    ]


def test_resources_types_map_to_kinds():
    refs = refs_of(
        {
            "resources": [
                {"type": "model", "name": "base", "hash": "a49140c6c5"},
                {"type": "lora", "name": "l1", "weight": 0.5},
                {"type": "lycoris", "name": "l2", "weight": "1"},
                {"type": "hypernet", "name": "h1", "weight": 0.2},
                {"type": "embed", "name": "e1"},
                {"type": "textualinversion", "name": "e2"},
                {"type": "lora"},
            ]
        }
    )
    assert [(r.kind, r.name, r.hash, r.weight) for r in refs] == [
        ("checkpoint", "base", "A49140C6C5", None),
        ("lora", "l1", None, 0.5),
        ("lora", "l2", None, 1.0),
        ("embedding", "e1", None, None),
        ("embedding", "e2", None, None),
        ("hypernetwork", "h1", None, 0.2),
    ]


def test_additional_resources_with_strength_and_air():
    refs = refs_of(
        {
            "additionalResources": [
                {"name": "detail.safetensors", "type": "lora", "strength": 0.7, "strengthClip": 1},
                {
                    "name": "x.safetensors",
                    "type": "lora",
                    "strength": 1,
                    "air": "urn:air:sdxl:lora:civitai:1231067@1387174",
                },
            ]
        }
    )
    assert [(r.name, r.model_version_id, r.weight) for r in refs] == [
        ("detail.safetensors", None, 0.7),
        ("x.safetensors", 1387174, 1.0),
    ]


def test_comfy_parser_lists_are_refs():
    refs = refs_of(
        {
            "models": ["juggernaut.safetensors"],
            "vaes": ["sdxl_vae.safetensors"],
            "upscalers": ["4x-UltraSharp.pth"],
            "controlNets": ["control_v11p_sd15_openpose.pth"],
            "versionIds": [555],
        }
    )
    assert [(r.kind, r.name or r.model_version_id, r.sources) for r in refs] == [
        ("checkpoint", "juggernaut.safetensors", ["models"]),
        ("vae", "sdxl_vae.safetensors", ["vaes"]),
        ("controlnet", "control_v11p_sd15_openpose.pth", ["controlNets"]),
        ("upscaler", "4x-UltraSharp.pth", ["upscalers"]),
        ("other", 555, ["versionIds"]),
    ]


@pytest.mark.parametrize(
    ("upscaler", "is_model"),
    [
        ("4x-UltraSharp", True),
        ("R-ESRGAN 4x+", True),
        ("Latent", False),
        ("Latent (nearest-exact)", False),
        ("None", False),
        ("Lanczos", False),
    ],
)
def test_hires_upscaler_is_a_ref_only_when_it_is_a_model(upscaler, is_model):
    refs = refs_of({"Hires upscaler": upscaler})
    assert [(r.kind, r.name) for r in refs] == ([("upscaler", upscaler)] if is_model else [])


# --- merging ---------------------------------------------------------------------------------------


def test_name_and_hash_evidence_merge_but_an_unlinked_version_id_stays_apart():
    refs = refs_of(
        {
            "prompt": "<lora:Detail_Tweaker:0.5>",
            "civitaiResources": [{"type": "lora", "modelVersionId": 62833, "weight": 0.5}],
            "resources": [{"type": "lora", "name": "detail_tweaker", "hash": "7c6bad76eb54"}],
            "hashes": {"lora:detail_tweaker": "7C6BAD76EB54"},
        }
    )
    # the version id is not linked to the hash by anything in the meta, so those stay two refs
    assert [(r.name, r.model_version_id, r.hash, r.weight, r.sources) for r in refs] == [
        (None, 62833, None, 0.5, ["civitaiResources"]),
        ("detail_tweaker", None, "7C6BAD76EB54", 0.5, ["resources", "hashes", "prompt"]),
    ]


def test_a_ref_matching_two_refs_seen_apart_links_them():
    refs = refs_of(
        {
            "additionalResources": [
                {"name": "detail.safetensors", "type": "lora", "air": "urn:air:sd1:lora:civitai:58390@62833"}
            ],
            "resources": [{"type": "lora", "name": "Detail Tweaker", "hash": "7c6bad76eb54"}],
            # same name as the first, same hash as the second
            "hashes": {"lora:detail": "7c6bad76eb54"},
        }
    )
    ref = only(refs)
    assert (ref.name, ref.model_version_id, ref.hash) == ("detail.safetensors", 62833, "7C6BAD76EB54")
    assert ref.sources == ["additionalResources", "hashes", "resources"]


def test_different_hashes_of_one_length_are_different_models_even_with_one_name():
    refs = refs_of(
        {"resources": [{"type": "lora", "name": "x", "hash": "111111111111"}], "hashes": {"lora:x": "222222222222"}}
    )
    assert [r.hash for r in refs] == ["111111111111", "222222222222"]


def test_different_kinds_with_one_name_are_different_models():
    refs = refs_of({"TI hashes": {"detail": "111111111111"}, "prompt": "<lora:detail:1>"})
    assert [(r.kind, r.name) for r in refs] == [("lora", "detail"), ("embedding", "detail")]


def test_a_full_sha256_replaces_its_autov2_prefix():
    sha256 = "a49140c6c5" + "0" * 54
    ref = only(
        refs_of(
            {
                "Model": "m",
                "Model hash": "a49140c6c5",
                "resources": [{"type": "model", "name": "other-name", "hash": sha256}],
            }
        )
    )
    assert ref.hash == sha256.upper()
    assert ref.name == "other-name"


def test_refs_come_out_checkpoint_first():
    refs = refs_of({"prompt": "<lora:l:1>", "TI hashes": {"e": "111111111111"}, "VAE": "v.pt", "Model": "m"})
    assert [r.kind for r in refs] == ["checkpoint", "vae", "lora", "embedding"]


# --- AIR and names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "version_id", "air_type"),
    [
        ("urn:air:sdxl:lora:civitai:1231067@1387174", 1387174, "lora"),
        ("urn:air:sdxl:checkpoint:civitai:827184@2514310+2402203", 2514310, "checkpoint"),
        ("air:flux1:lora:civitai:1231067@1387174.safetensors", 1387174, "lora"),
        ("urn:air:other:upscaler:civitai:147759@164821", 164821, "upscaler"),
        ("1231067@1387174", 1387174, None),
        ("urn:air:sdxl:vae:huggingface:stabilityai/sdxl-vae", None, "vae"),
        ("urn:air:sdxl:lora:civitai:1231067", None, "lora"),
    ],
)
def test_air_strings(value, version_id, air_type):
    air = parse_air(value)
    assert air is not None
    assert (air.civitai_version_id, air.type) == (version_id, air_type)


@pytest.mark.parametrize("value", ["detail.safetensors", "sdxl\\detail.safetensors", "C:/models/x.ckpt", "", None, 5])
def test_file_names_are_not_airs(value):
    assert parse_air(value) is None


def test_name_key_ignores_folder_extension_and_case():
    assert name_key("SDXL\\Detail.safetensors") == name_key("sdxl/detail.SAFETENSORS") == name_key("detail") == "detail"
    assert name_key("boleromix_XL_V1.3") == "boleromix_xl_v1.3"


def test_an_airs_file_id_is_kept_with_its_version():
    meta = {
        "additionalResources": [{"name": "a", "type": "lora", "air": "urn:air:sdxl:lora:civitai:11@22+33"}],
        "civitaiResources": [{"type": "lora", "modelVersionId": 22, "weight": 0.5}],
    }
    [ref] = parse_image({"id": 1, "meta": meta}).refs
    assert (ref.model_version_id, ref.file_id, ref.weight) == (22, 33, 0.5)
