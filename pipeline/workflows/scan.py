"""Reading workflow files from disk and checking them against a models folder (the CLI's first half).

Workflows come as .json files (UI graphs, API prompts, `{prompt, workflow}` pairs) or embedded in
PNG/WEBP images; folders are read recursively. A file that cannot be read is reported, not fatal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..reports.scan_report import ScanFinding, ScanReport
from .embedded_in_image import workflow_from_png, workflow_from_webp
from .loader_rules import LoaderRules
from .missing_nodes import describe_missing_nodes
from .parse import parse_workflow
from .presence import check_presence, missing_custom_nodes

WORKFLOW_SUFFIXES = (".json", ".png", ".webp")


def workflow_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, plus every workflow-like file under folders named; FileNotFoundError for a bad path."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in WORKFLOW_SUFFIXES and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return found


def load_workflow(path: Path) -> dict | None:
    """The workflow a file holds, or None; OSError/ValueError for unreadable files."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".png":
        return workflow_from_png(data)
    if suffix == ".webp":
        return workflow_from_webp(data)
    loaded = json.loads(data)
    return loaded if isinstance(loaded, dict) else None


def scan(
    paths: list[Path], inventory: dict[str, list[str]], rules: LoaderRules, known_nodes: set[str] | None = None
) -> ScanReport:
    """Which models each workflow needs and whether `inventory` ({folder: names}) has them."""
    report = ScanReport()
    findings: dict[tuple[str, str], ScanFinding] = {}
    for path in workflow_files(paths):
        try:
            workflow = load_workflow(path)
        except (OSError, ValueError) as error:
            report.problems.append(f"{path}: cannot be read ({error.__class__.__name__}: {error})")
            continue
        if workflow is None:
            report.problems.append(f"{path}: holds no ComfyUI workflow")
            continue
        report.workflows.append(str(path))
        parsed = parse_workflow(workflow, rules)
        for verdict in check_presence(parsed, inventory):
            key = (verdict.reference.folder or "", verdict.reference.name)
            finding = findings.setdefault(key, ScanFinding(verdict))
            finding.workflows.append(str(path))
        if known_nodes is not None:
            missing_types = missing_custom_nodes(parsed.node_types, known_nodes)
            for advice in describe_missing_nodes(missing_types, parsed.node_origins):
                report.custom_nodes.setdefault(advice.type, []).append(str(path))
                report.node_advice.setdefault(advice.type, advice)
    order = {"missing": 0, "elsewhere": 1, "present": 2}
    report.findings = sorted(findings.values(), key=lambda f: (order[f.verdict.status], f.key))
    return report
