"""Scoring Civitai search results against a bare model name."""

from __future__ import annotations

from civitai_sidebar.pipeline.shapes.civitai_types import ModelPage
from civitai_sidebar.pipeline.sources.name_match import normalize, rank, search_queries


def page(*models) -> ModelPage:
    return ModelPage.model_validate(
        {
            "items": [
                {"id": i, "name": name, "type": kind, "modelVersions": [{"id": i * 10, "name": "v1.0", "files": files}]}
                for i, (name, kind, files) in enumerate(models, 1)
            ]
        }
    )


def file(name: str, kind: str = "Model") -> dict:
    return {"name": name, "type": kind, "downloadUrl": f"https://civitai.com/api/download/models/{len(name)}"}


def test_names_compare_without_folder_extension_case_or_separators():
    assert normalize("SD15\\My_Model-v1.0.safetensors") == "my model v1 0"
    assert search_queries("setsunaTokage_v10") == ["setsunaTokage_v10", "setsunatokage"]


def test_an_exact_file_name_is_certain_and_beats_the_rest():
    results = page(
        ("Detail Tweaker", "LORA", [file("add_detail_v2.safetensors")]),
        ("Add Detail", "LORA", [file("add_detail.safetensors")]),
    )
    [best, *_] = rank("add_detail", "lora", results)
    assert best.file.name == "add_detail.safetensors" and best.score == 100 and best.confident


def test_a_near_name_is_only_a_suggestion():
    [best] = rank("Meina", "checkpoint", page(("MeinaMix", "Checkpoint", [file("meinamix_meinaV11.safetensors")])))
    assert not best.confident and "MeinaMix" in best.evidence


def test_other_types_and_non_weight_files_are_never_offered():
    results = page(
        ("add_detail", "Checkpoint", [file("add_detail.safetensors")]),
        ("add detail", "LORA", [file("add_detail.zip", "Training Data")]),
    )
    assert rank("add_detail", "lora", results) == []


def test_another_version_of_the_same_name_is_only_a_suggestion():
    results = page(("Fashion Girl", "LORA", [file("fashionGirl_v51.safetensors")]))
    [best] = rank("fashionGirl_v53.safetensors", "lora", results)
    assert best.score > 90 and not best.confident  # 93 % alike, and still another file
