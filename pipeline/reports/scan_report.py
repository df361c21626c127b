"""The scan's findings as JSON (for machines) and Markdown (for people)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..shapes.workflow_models import MissingModel, MissingNodeType
from ..workflows.missing_nodes import describe


def _cell(text: str | None) -> str:
    """Text that stays inside one Markdown table cell."""
    return " ".join((text or "").split()).replace("|", "\\|")


def _confidence(resource) -> str:
    """How sure the source is, in a word and a number: "sure 1.00", "to confirm 0.40"."""
    if resource is None or not resource.resolved or resource.confidence is None:
        return ""
    word = "to confirm" if resource.needs_confirmation else "sure"
    return f"{word} {resource.confidence:.2f}"


@dataclass
class ScanFinding:
    """One model (folder + name) and every workflow that needs it."""

    verdict: MissingModel
    workflows: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.verdict.reference.folder or "", self.verdict.reference.name


@dataclass
class ScanReport:
    workflows: list[str] = field(default_factory=list)
    findings: list[ScanFinding] = field(default_factory=list)
    custom_nodes: dict[str, list[str]] = field(default_factory=dict)  # node type -> workflows using it
    node_advice: dict[str, MissingNodeType] = field(default_factory=dict)  # node type -> its pack and what to do
    problems: list[str] = field(default_factory=list)  # unreadable files, files without a workflow

    def advice(self, node_type: str) -> MissingNodeType:
        return self.node_advice.get(node_type) or describe(node_type, None)

    def count(self, status: str) -> int:
        return sum(finding.verdict.status == status for finding in self.findings)

    @property
    def complete(self) -> bool:
        return not any(f.verdict.status != "present" for f in self.findings) and not self.custom_nodes

    def as_json(self) -> str:
        return json.dumps(
            {
                "workflows": self.workflows,
                "summary": {s: self.count(s) for s in ("present", "missing", "elsewhere")},
                "models": [
                    {**finding.verdict.model_dump(exclude_none=True), "workflows": finding.workflows}
                    for finding in self.findings
                ],
                "custom_nodes": [
                    {**self.advice(node_type).model_dump(), "workflows": users}
                    for node_type, users in sorted(self.custom_nodes.items())
                ],
                "problems": self.problems,
            },
            indent=2,
        )

    def as_markdown(self) -> str:
        lines = [
            "# Models these workflows need",
            "",
            f"{len(self.workflows)} workflow(s): {self.count('present')} model(s) present, "
            f"{self.count('missing')} missing, {self.count('elsewhere')} in another folder.",
            "",
            "| status | folder | file | source | confidence | evidence | workflows |",
            "|---|---|---|---|---|---|---|",
        ]
        for finding in self.findings:
            verdict, reference = finding.verdict, finding.verdict.reference
            resource = verdict.resource
            if verdict.status == "elsewhere":
                source = verdict.message or ""
            elif resource is not None and resource.already_downloaded and resource.local_path:
                source = f"use `{resource.local_path}` (on disk)"
                if resource.needs_confirmation:
                    source += " (check: another precision or format)"
            elif resource is not None and resource.resolved:
                source = f"[{resource.model_name or resource.filename}]({resource.url})"
                if resource.needs_confirmation:
                    theirs = resource.source_filename
                    called = f"; the source calls it `{theirs}`" if theirs else ""
                    source += f" (check: found by name{called})"
            elif resource is not None:
                source = resource.reason or ""
            else:
                source = ""
            if resource is not None and resource.evidence:
                confidence = f"{resource.confidence:.2f}" if resource.confidence is not None else "?"
                source += f" — confidence {confidence}: {resource.evidence}".replace("|", "\\|")
            used_by = ", ".join(finding.workflows)
            sure, evidence = _confidence(resource), _cell(resource.evidence if resource is not None else None)
            lines.append(
                f"| {verdict.status} | {reference.folder} | `{reference.name}` | {_cell(source)} | {sure} | {evidence} "
                f"| {used_by} |"
            )
        if self.custom_nodes:
            lines += ["", "## Node types no installed pack provides", ""]
            lines += [
                f"- `{node_type}`: {self.advice(node_type).message} ({', '.join(users)})"
                for node_type, users in sorted(self.custom_nodes.items())
            ]
        if self.problems:
            lines += ["", "## Files that could not be read", ""] + [f"- {problem}" for problem in self.problems]
        return "\n".join(lines) + "\n"
