"""The command line's report of node types no installed pack provides: update ComfyUI, which pack, or unknown."""

from __future__ import annotations

import json
import shutil

from tests.test_cli import cli
from tests.wild_catalog import WILD


def test_the_scan_says_update_comfyui_for_newer_core_nodes_and_names_the_packs(tmp_path):
    (tmp_path / "models" / "checkpoints").mkdir(parents=True)
    workflow = shutil.copy(WILD / "a-newer-core-and-pack-nodes.json", tmp_path / "wf.json")
    object_info = tmp_path / "object_info.json"
    object_info.write_text(json.dumps({"KSampler": {"input": {"required": {}}, "input_order": {"required": []}}}))
    done = cli("scan", str(workflow), "--models-dir", str(tmp_path / "models"), "--object-info", str(object_info),
               "--report-dir", str(tmp_path))  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert (
        "update    node type EmptyQwenImageLayeredLatentImage: Update ComfyUI: this is a core node of a newer "
        "ComfyUI (this graph was made with ComfyUI 0.8.2)." in done.stdout
    )
    assert "no pack   node type ImpactWildcardProcessor: From the custom node pack comfyui-impact-pack" in done.stdout
    report = json.loads((tmp_path / "missing-models.json").read_text())
    nodes = {entry["type"]: entry for entry in report["custom_nodes"]}
    assert nodes["TextEncodeZImageOmni"]["core"] and nodes["TextEncodeZImageOmni"]["version"] == "0.9.0"
    assert nodes["VideoDepthAnythingProcess"]["pack"] == "yuvraj108c/ComfyUI-Video-Depth-Anything"
    assert nodes["MysteryNodeWithoutOrigin"]["pack"] is None and nodes["MysteryNodeWithoutOrigin"]["workflows"]
    markdown = (tmp_path / "missing-models.md").read_text()
    assert "- `MysteryNodeWithoutOrigin`: Which pack provides this node type is unknown" in markdown
