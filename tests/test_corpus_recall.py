"""Recall and precision of parse_workflow with the built-in table over the shared corpus of real workflows.

The corpus (650 workflows and `truth.jsonl`, built as its RULES.md says) sits next to the repo, in
`shared/corpus`. References are compared as (basename, folder); embeddings without their extension,
since ComfyUI tries .safetensors/.pt/.bin itself. Strings the truth lists as `unlabeled` (model-like names
in custom nodes no truth rule covers) are not counted as false positives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TRUTH = CORPUS / "truth.jsonl"
EMBEDDING_EXTENSIONS = (".safetensors", ".pt", ".bin", ".pth", ".ckpt")
MIN_RECALL = MIN_PRECISION = 0.995

pytestmark = pytest.mark.skipif(not TRUTH.is_file(), reason=f"the shared corpus is not at {CORPUS}")


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def comparable(name: str, folder: str | None) -> tuple[str, str | None]:
    base = basename(name)
    if folder == "embeddings" and base.lower().endswith(EMBEDDING_EXTENSIONS):
        base = base.rsplit(".", 1)[0]
    return base, folder


def unlabeled_names(record: dict) -> set[str]:
    names = set()
    for item in record.get("unlabeled", []):
        value = basename(str(item.get("value", "")))
        names |= {value, value.rsplit(".", 1)[0]}
    return names


def score_corpus():
    rules = LoaderRules.static()
    true_positives, misses, false_positives = 0, [], []
    for line in TRUTH.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        workflow = json.loads((CORPUS / record["file"]).read_text(encoding="utf-8"))
        parsed = parse_workflow(workflow, rules)
        truth = {comparable(model["name"], model["directory"]) for model in record["models"]}
        found = {comparable(ref.name, ref.folder) for ref in parsed.references}
        unlabeled = unlabeled_names(record)
        true_positives += len(truth & found)
        misses += [(record["file"], key) for key in sorted(truth - found, key=str)]
        false_positives += [(record["file"], key) for key in sorted(found - truth, key=str) if key[0] not in unlabeled]
    return true_positives, misses, false_positives


def test_corpus_recall_and_precision():
    true_positives, misses, false_positives = score_corpus()
    recall = true_positives / (true_positives + len(misses))
    precision = true_positives / (true_positives + len(false_positives))
    report = (
        f"recall {recall:.4f} ({true_positives}/{true_positives + len(misses)}), "
        f"precision {precision:.4f} ({true_positives}/{true_positives + len(false_positives)})\n"
        + "".join(f"  missed {file}: {key}\n" for file, key in misses)
        + "".join(f"  false positive {file}: {key}\n" for file, key in false_positives)
    )
    print(report)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, report
