"""Resolve every model of the shared corpus against the fakes and score each answer against the world's truth.

The workflows lose their `properties.models` (links and hashes) first, so only names are left. The fake Hub
holds `hf_world` (official templates' files, well-known homes, decoys); the fake Civitai its default catalog.
A model's right file is a genuine world file of that name, or a Civitai catalog file of exactly that name:
an answer is right when its SHA-256 (or repository + path) is one of them, wrong otherwise. Models with no
right file anywhere can only be answered wrongly or left unresolved: they are counted apart ("no source").
Shared by tests/test_hf_search_corpus.py and bench/resolve_corpus_bench.py.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from civitai_sidebar.pipeline.shapes.hf_urls import parse_hf_url
from civitai_sidebar.pipeline.sources.resolution_chain import resolve_missing_all
from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
from civitai_sidebar.pipeline.workflows.parse import parse_workflow

from .fakes import hf_world

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TRUTH = CORPUS / "truth.jsonl"


def without_links(node):
    """The workflow with every `properties.models` removed (their urls and hashes with them)."""
    if isinstance(node, dict):
        cleaned = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                value = {k: v for k, v in value.items() if k != "models"}
            cleaned[key] = without_links(value)
        return cleaned
    if isinstance(node, list):
        return [without_links(item) for item in node]
    return node


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass
class Truth:
    """Right answers by file name: SHA-256s and (repo, path)s."""

    hf_endpoint: str = ""
    shas: dict[str, set[str]] = field(default_factory=dict)
    places: dict[str, set[tuple[str, str]]] = field(default_factory=dict)

    def add(self, name: str, sha256: str | None, place: tuple[str, str] | None = None) -> None:
        """Kept under the name and its stem, case-folded: a workflow may write an embedding without extension."""
        for key in {name.casefold(), name.rsplit(".", 1)[0].casefold()}:
            if sha256:
                self.shas.setdefault(key, set()).add(sha256.lower())
            if place:
                self.places.setdefault(key, set()).add(place)

    def has_source(self, name: str) -> bool:
        return name.casefold() in self.shas or name.casefold() in self.places


def world_truth(fake_services) -> Truth:
    truth = Truth(fake_services.urls.hf_endpoint)
    for item in hf_world.populate(fake_services.hf):
        if item.genuine:
            hf_file = fake_services.hf.get(item.repo).files[item.path]
            truth.add(item.name, hf_file.sha256(), (item.repo, item.path))
    for catalog_file in list(fake_services.catalog.files.values()):
        truth.add(catalog_file.name, catalog_file.hashes().sha256)
    return truth


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    wrong_confident: list[str] = field(default_factory=list)
    seconds_per_workflow: list[float] = field(default_factory=list)
    evidence_kinds: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def with_source(self) -> int:
        return sum(v for k, v in self.counts.items() if k.startswith("source:"))

    def share(self, *keys: str) -> float:
        return sum(self.counts[f"source:{k}"] for k in keys) / max(1, self.with_source)

    def lines(self) -> list[str]:
        c = self.counts
        total = self.with_source
        lines = [
            f"models in the corpus (name, folder per workflow): {sum(c.values())}",
            f"with a right file in the fake world: {total}",
            f"  right, confident:        {c['source:right_confident']:5d} ({self.share('right_confident'):.1%})",
            f"  right, to confirm:       {c['source:right_unconfirmed']:5d} ({self.share('right_unconfirmed'):.1%})",
            f"  wrong, confident:        {c['source:wrong_confident']:5d} ({self.share('wrong_confident'):.1%})",
            f"  wrong, to confirm:       {c['source:wrong_unconfirmed']:5d} ({self.share('wrong_unconfirmed'):.1%})",
            f"  gated, page named:       {c['source:gated_right_page']:5d} ({self.share('gated_right_page'):.1%})",
            f"  unresolved:              {c['source:unresolved']:5d} ({self.share('unresolved'):.1%})",
            f"  not detected by parsing: {c['source:not_detected']:5d}",
            f"with no right file anywhere: {sum(v for k, v in c.items() if k.startswith('none:'))}",
            f"  answered confidently (wrong): {c['none:wrong_confident']}",
            f"  offered to confirm:           {c['none:wrong_unconfirmed']}",
            f"  unresolved (right):           {c['none:unresolved'] + c['none:not_detected']}",
        ]
        if self.seconds_per_workflow:
            times = sorted(self.seconds_per_workflow)
            lines.append(
                f"time per workflow: mean {sum(times) / len(times) * 1000:.1f} ms, "
                f"median {times[len(times) // 2] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"
            )
        return lines


def _verdict(resource, name: str, truth: Truth) -> str:
    location = parse_hf_url(resource.url or "", truth.hf_endpoint)
    place = (location.repo_id, location.path) if location and location.path else None
    if not resource.resolved:
        blocked_right = resource.blocked and place in truth.places.get(name.casefold(), set())
        return "gated_right_page" if blocked_right else "unresolved"
    key = name.casefold()
    right = (resource.sha256 or "").lower() in truth.shas.get(key, set()) or place in truth.places.get(key, set())
    sure = not resource.needs_confirmation
    return f"{'right' if right else 'wrong'}_{'confident' if sure else 'unconfirmed'}"


async def score_corpus(civitai, hf, truth: Truth, score: Score | None = None) -> Score:
    """Resolve each workflow's references (one workflow at a time, timed) and score them."""
    score = score or Score()
    rules = LoaderRules.static()
    for line in TRUTH.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        workflow = without_links(json.loads((CORPUS / record["file"]).read_text(encoding="utf-8")))
        references = parse_workflow(workflow, rules).references
        started = time.perf_counter()
        resources = await resolve_missing_all(references, civitai, hf)
        score.seconds_per_workflow.append(time.perf_counter() - started)
        answers = {(basename(r.name), r.folder): res for r, res in zip(references, resources, strict=True)}
        for model in record["models"]:
            name = model["basename"]
            group = "source" if truth.has_source(name) else "none"
            resource = answers.get((name, model["directory"]))
            verdict = "not_detected" if resource is None else _verdict(resource, name, truth)
            score.counts[f"{group}:{verdict}"] += 1
            score.examples.setdefault(f"{group}:{verdict}", []).append(name)
            if verdict == "wrong_confident":
                score.wrong_confident.append(f"{record['file']}: {name} -> {resource.url} ({resource.evidence})")
            if resource is not None and resource.resolved:
                score.evidence_kinds[(resource.evidence or "").split(":", 1)[0][:40]] += 1
    return score
