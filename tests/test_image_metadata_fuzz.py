"""Hand-made fuzzing: parse_image never raises, whatever type any value in an item has.

Every value of every fixture is replaced, one at a time and all at once, by values of the wrong type;
the embedded ComfyUI graph is damaged node by node and cut at many points; and random junk trees are
put under the keys the parser reads. The result must always be a valid, serialisable ImageMetadata.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
from civitai_sidebar.pipeline.images.metadata import parse_image
from civitai_sidebar.pipeline.shapes.image_generation import ImageMetadata

FIXTURES = Path(__file__).parent / "fakes" / "fixtures"
LONGEST_NOTICE = 300

JUNK = [
    None,
    "",
    "junk",
    "undefined",
    "NaN",
    "0x",
    "<lora:x:y>",
    "embedding:",
    "x" * 5000,
    0,
    -1,
    1.5,
    10**30,
    True,
    float("nan"),
    float("inf"),
    [],
    [None],
    [[1, 2]],
    {},
    {"a": None},
    {1: "x"},
]
GRAPH_JUNK = [None, "junk", "undefined", 0, 1.5, True, float("nan"), [], ["4", 0], {}, {1: "x"}]
META_KEYS = [
    "prompt",
    "negativePrompt",
    "seed",
    "steps",
    "cfgScale",
    "sampler",
    "scheduler",
    "clipSkip",
    "Clip skip",
    "Size",
    "width",
    "height",
    "Hires upscale",
    "Hires upscaler",
    "Hires steps",
    "Hires resize",
    "Denoising strength",
    "denoise",
    "Schedule type",
    "Model",
    "Model hash",
    "VAE",
    "VAE hash",
    "Version",
    "engine",
    "baseModel",
    "hashes",
    "TI hashes",
    "Lora hashes",
    "resources",
    "civitaiResources",
    "additionalResources",
    "models",
    "vaes",
    "upscalers",
    "controlNets",
    "versionIds",
    "comfy",
]


def fixture_item(number: int) -> dict:
    page = json.loads((FIXTURES / f"civitai_images_{number}.json").read_text(encoding="utf-8"))
    return page["items"][0]  # `_truncated` kept on purpose: one more unexpected key


def all_paths(value, prefix=()):
    """Every path to a value inside nested dicts and lists (the root excluded)."""
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in children:
        yield (*prefix, key)
        yield from all_paths(child, (*prefix, key))


def replaced(root, path, new_value):
    result = copy.deepcopy(root)
    parent = result
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = new_value
    return result


def every_leaf_replaced(value, new_value):
    if isinstance(value, dict):
        return {key: every_leaf_replaced(child, new_value) for key, child in value.items()}
    if isinstance(value, list):
        return [every_leaf_replaced(child, new_value) for child in value]
    return new_value


def assert_sound(result):
    assert isinstance(result, ImageMetadata)
    ImageMetadata.model_validate_json(result.model_dump_json())
    assert all(len(notice) <= LONGEST_NOTICE for notice in result.notices)


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_any_single_value_of_the_wrong_type(number):
    item = fixture_item(number)
    for path in all_paths(item):
        for junk in JUNK:
            assert_sound(parse_image(replaced(item, path, junk)))


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_every_value_of_the_wrong_type_at_once(number, junk):
    item = fixture_item(number)
    assert_sound(parse_image({**item, "meta": every_leaf_replaced(item.get("meta"), junk)}))
    assert_sound(parse_image(every_leaf_replaced(item, junk)))


def test_every_node_value_of_the_comfy_graph_of_the_wrong_type():
    item = fixture_item(5)
    comfy = json.loads(item["meta"]["comfy"])
    comfy["workflow"] = {"nodes": []}  # only the prompt graph is read node by node
    for path in all_paths(comfy):
        for junk in GRAPH_JUNK:
            broken = replaced(comfy, path, junk)
            assert_sound(parse_image(replaced(item, ("meta", "comfy"), broken)))
            as_text = json.dumps(broken)  # NaN and Infinity come out as JavaScript writes them
            assert_sound(parse_image(replaced(item, ("meta", "comfy"), as_text)))


def test_the_comfy_string_cut_anywhere():
    item = fixture_item(5)
    text = item["meta"]["comfy"]
    for end in range(0, len(text), 37):
        result = parse_image(replaced(item, ("meta", "comfy"), text[:end]))
        assert_sound(result)
        assert result.comfy is None


def random_junk(rng: random.Random, depth: int = 0):
    """A random value: scalars of every JSON type (and a few that JSON lacks), lists and dicts of them."""
    choice = rng.randrange(8 if depth < 3 else 5)
    if choice == 0:
        return rng.choice(JUNK)
    if choice == 1:
        return rng.choice(["<lora:a:0.5>", "a: 0123456789ab, b: zz", "512x512", "0xAFAF521DA2", "1@2", "Latent"])
    if choice == 2:
        return rng.uniform(-1e6, 1e6)
    if choice == 3:
        return rng.randrange(-5, 10**12)
    if choice == 4:
        return rng.choice(["lora:x", "model", "vae", "embed:e", "LORA:y", "modelVersionId", "type", "name", "hash"])
    if choice in (5, 6):
        return [random_junk(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = ["type", "name", "hash", "weight", "strength", "modelVersionId", "air", "lora:z", "model", "prompt"]
    return {rng.choice(keys): random_junk(rng, depth + 1) for _ in range(rng.randrange(4))}


def test_random_junk_under_the_keys_the_parser_reads():
    rng = random.Random(20240831)
    for _ in range(3000):
        meta = {key: random_junk(rng) for key in rng.sample(META_KEYS, rng.randrange(1, 12))}
        item = {"id": rng.choice([1, "1", None]), "meta": meta, "modelVersionIds": random_junk(rng)}
        if rng.random() < 0.3:
            item["meta"] = {"id": item["id"], "meta": meta}
        assert_sound(parse_image(item))


def test_huge_lists_are_read_only_in_part():
    result = parse_image(
        {"id": 1, "meta": {"versionIds": list(range(5000, 8000))}, "modelVersionIds": list(range(1, 20_001))}
    )
    assert_sound(result)
    assert len(result.refs) == 1000
    assert [r.model_version_id for r in result.refs] == list(range(1, 1001))
    assert any("more than 1000 resources" in notice for notice in result.notices)
