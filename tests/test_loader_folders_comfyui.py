"""Every loader's folder is known inside the real ComfyUI even when the folder is empty.

The truth comes from ComfyUI itself: in a ComfyUI whose every model folder holds one probe file, a combo
input that offers folder F's probe reads F. Then, in a ComfyUI whose model folders are all empty (a user
lacking every model of a kind), each such input, set to a file nobody has, must be reported missing in
exactly that folder, with `object_info` as the evidence, for every node type the host provides.
"""

from __future__ import annotations

import json
import urllib.request

import pytest
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules

from tests.comfy_lists import combo_options
from tests.conftest import HOST_VERSIONS
from tests.harness.comfy_client import ComfyClient

pytestmark = pytest.mark.asyncio
PROBE = "civitai-probe-"


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=120) as answer:
        return json.loads(answer.read())


def place_probes(server) -> None:
    """One file in every model folder ComfyUI registers, under a name that says which folder it is in."""
    for folder in get_json(server.url + "/api/experiment/models"):
        extensions = sorted(folder.get("extensions") or [".safetensors"])
        extension = ".safetensors" if ".safetensors" in extensions else extensions[0]
        path = server.base_dir / "models" / folder["name"] / f"{PROBE}{folder['name']}{extension}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"probe")


def folders_read(object_info: dict) -> dict[tuple[str, str], set[str]]:
    """(node type, input) -> the folders whose probe its options offer: what ComfyUI itself would read."""
    truth = {}
    for node_type, definition in object_info.items():
        for section in ("required", "optional"):
            for name, spec in (definition.get("input", {}).get(section) or {}).items():
                options = combo_options(spec) or []
                probed = {o.rsplit("/", 1)[-1][len(PROBE) :].rsplit(".", 1)[0] for o in options if PROBE in str(o)}
                if probed:
                    truth[(node_type, name)] = probed
    return truth


@pytest.mark.parametrize("version", HOST_VERSIONS)
async def test_every_loader_input_is_mapped_to_the_folder_comfyui_reads_even_when_empty(start_comfyui, version):
    probed = start_comfyui(version=version)
    place_probes(probed)
    truth = folders_read(get_json(probed.url + "/api/object_info"))
    probed.stop()
    assert len(truth) > 30, f"too few loaders found: {sorted(truth)}"

    empty = start_comfyui(version=version)
    prompt = {
        str(index): {"class_type": node_type, "inputs": {name: f"nobody-has-{index}.safetensors"}}
        for index, (node_type, name) in enumerate(sorted(truth))
    }
    async with ComfyClient(empty.url) as client:
        status, answer = await client.post("/civitai/missing", {"workflow": prompt})
    assert status == 200, answer
    reported = {m["reference"]["node_id"]: m["reference"] for m in answer["models"]}
    wrong = []
    for index, (node_type, name) in enumerate(sorted(truth)):
        reference = reported.get(str(index))
        if reference is None:
            wrong.append(f"{node_type}.{name}: not reported (ComfyUI reads {sorted(truth[(node_type, name)])})")
        elif reference["folder"] not in truth[(node_type, name)] or reference["folder_evidence"] != "object_info":
            wrong.append(
                f"{node_type}.{name}: {reference['folder']} ({reference['folder_evidence']}), "
                f"ComfyUI reads {sorted(truth[(node_type, name)])}"
            )
    loaders = sorted({node_type for node_type, _ in truth})
    print(f"\nComfyUI {version}: {len(truth)} inputs of {len(loaders)} loaders, {len(truth) - len(wrong)} mapped right")
    assert not wrong, "\n".join(wrong)


def static_table_disagreements(truth: dict[tuple[str, str], set[str]]) -> list[str]:
    table = LoaderRules.static()
    wrong = []
    for node_type, name in sorted(truth):
        rule = next((r for r in table.model_inputs(node_type) if r.name == name), None)
        if node_type == "FancyModelLoader":  # the tests' own custom loader, unknown outside them
            continue
        if rule is None or rule.folder not in truth[(node_type, name)]:
            wrong.append(
                f"{node_type}.{name}: table says {rule.folder if rule else None}, ComfyUI reads "
                f"{sorted(truth[(node_type, name)])}"
            )
    return wrong


@pytest.mark.parametrize("version", HOST_VERSIONS)
async def test_the_command_lines_table_knows_every_core_loader_of_each_host(start_comfyui, version):
    """Without a running ComfyUI (the command line) the built-in table is all there is: it must agree."""
    probed = start_comfyui(version=version)
    place_probes(probed)
    wrong = static_table_disagreements(folders_read(get_json(probed.url + "/api/object_info")))
    assert not wrong, "\n".join(wrong)
