"""ComfyUI's own missing-models check agrees with the pack once the pack has downloaded the files.

Frontends 1.47 and later list a workflow's missing models in their Issues panel, outline those nodes in red
and put a warning on Run. After Download All in the sidebar, all three must clear without a page reload.
Frontend 1.32 has no such check; the same flow must work there without errors. On every frontend the user
gets from a node whose model is missing to the pack's sources for it: the selection toolbox (the Issues panel's
"locate" leads to the node) or the node's menu opens the sidebar with that model's card marked. The user
closes the sidebar while the files download: the host must learn about them all the same.
Screenshots: test-artifacts/<frontend>/native-missing-*.png.
"""

from __future__ import annotations

import json
import uuid

from tests.browser_runner import run_scenario
from tests.downloads_helpers import MiB, sha256_of

# Which frontends have the Issues panel (ComfyUI 0.3.75 ships frontend 1.32.9, which has none).
WITHOUT_NATIVE_CHECK = {"comfyui-0.3.75"}
LOADERS = [  # (node type, folder, Civitai model type, widgets after the file name)
    ("CheckpointLoaderSimple", "checkpoints", "Checkpoint", []),
    ("LoraLoader", "loras", "LORA", [1, 1]),
    ("VAELoader", "vae", "VAE", []),
]


def loader_node(node_id: int, node_type: str, filename: str, extra: list) -> dict:
    inputs = [{"name": "model", "type": "MODEL", "link": None}, {"name": "clip", "type": "CLIP", "link": None}]
    return {
        "id": node_id,
        "type": node_type,
        "pos": [100, 150 * node_id],
        "size": [320, 100],
        "flags": {},
        "order": node_id,
        "mode": 0,
        "inputs": inputs if node_type == "LoraLoader" else [],
        "outputs": [],
        "properties": {"Node name for S&R": node_type},
        "widgets_values": [filename, *extra],
    }


def workflow_with_missing_models(fake) -> tuple[dict, list[dict]]:
    """A UI workflow with one loader per model folder, each naming a file only the fake Civitai has."""
    tag = uuid.uuid4().hex[:8]
    nodes, models = [], []
    for index, (node_type, folder, model_type, extra) in enumerate(LOADERS, start=1):
        filename = f"native{folder}_{tag}.safetensors"
        version_id = 20_000_000 + uuid.uuid4().int % 70_000_000
        version = fake.catalog.add_version(
            version_id=version_id,
            model_name=filename.removesuffix(".safetensors"),
            model_type=model_type,
            files=[{"name": filename, "size": MiB, "id": version_id}],
        )
        nodes.append(loader_node(index, node_type, filename, extra))
        models.append({"folder": folder, "filename": filename, "sha256": version.primary_file.hashes().sha256.lower()})
    graph = {"last_node_id": len(nodes), "last_link_id": 0, "nodes": nodes, "links": [], "groups": [], "version": 0.4}
    return graph, models


def test_comfyuis_missing_models_check_clears_after_download_all(ui_comfyui, fake_services):
    workflow, models = workflow_with_missing_models(fake_services)
    files = [model["filename"] for model in models]
    fake_services.faults.delay("storage", 1.5)  # still downloading when the user closes the sidebar (stall: 2 s)
    native = ui_comfyui.frontend_label not in WITHOUT_NATIVE_CHECK
    result = run_scenario(
        "native_missing_models",
        ui_comfyui,
        timeout=300,
        WORKFLOW_JSON=json.dumps(workflow),
        EXPECTED_FILES=json.dumps(files),
        EXPECT_NATIVE="1" if native else "0",
    )
    for model in models:
        landed = ui_comfyui.base_dir / "models" / model["folder"] / model["filename"]
        assert sha256_of(landed) == model["sha256"]
    assert sorted(result["offered"]) == sorted(files)
    assert result["packErrors"] == []
    assert "present" not in result["statesAtClose"], result["statesAtClose"]
    # Reached from the node (selection toolbox on 1.47+, node menu on 1.32): that node's card is marked.
    assert result["focused"] == [files[0]]
    if native:
        before, after = result["before"], result["after"]
        listed = before["panelText"].replace("\n", "").replace(" ", "")
        assert all(name in listed for name in files), before
        assert sorted(before["outlined"]) == sorted(node_type for node_type, *_ in LOADERS)
        assert before["runWarning"] is True and before["redPixels"] > 1000
        assert result["cleared"], after
        assert after == {"panelText": "", "runWarning": False, "outlined": [], "redPixels": 0}
