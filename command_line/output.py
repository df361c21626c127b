"""How the command line shows its answers: one versioned JSON document with `--json`, else lines for people.

Keys never reach this module: the answers it prints come from the same services the sidebar reads.
"""

from __future__ import annotations

import json
import sys

SCHEMA_VERSION = 1


def schema_name(verb: str) -> str:
    return f"civitai-sidebar/{verb}@{SCHEMA_VERSION}"


class JsonOutput:
    """With `--json`: one document on stdout (schema first), progress as JSON lines on stderr."""

    def __init__(self, verb: str, enabled: bool):
        self.verb = verb
        self.enabled = enabled

    def document(self, answer: dict) -> None:
        print(json.dumps({"schema": schema_name(self.verb), **answer}, indent=2))

    def failed(self, error: str) -> None:
        if self.enabled:
            self.document({"error": error})

    def event(self, event: str, payload: dict) -> None:
        print(json.dumps({"event": event, **payload}), file=sys.stderr, flush=True)


def source_words(resource) -> str:
    """Where the file comes from (or which local file to use), how sure, and why."""
    if resource.already_downloaded and resource.local_path:
        head = f"= use {resource.folder}/{resource.local_path}"
    elif resource.resolved:
        head = f"<- {resource.url}"
    else:
        return f"({resource.reason})"
    sure = "check first" if resource.needs_confirmation else "sure"
    confidence = f"confidence {resource.confidence:.2f}, " if resource.confidence is not None else ""
    return f"{head}  [{confidence}{sure}] {resource.evidence or ''}".rstrip()


def print_report(report) -> None:
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for finding in report.findings:
        verdict, reference = finding.verdict, finding.verdict.reference
        line = f"{verdict.status:<9} {reference.folder}/{reference.name}"
        if verdict.message:
            line += f"  ({verdict.message})"
        elif verdict.resource is not None:
            line += "  " + source_words(verdict.resource)
        print(line)
    for node_type in sorted(report.custom_nodes):
        advice = report.advice(node_type)
        print(f"{'update' if advice.core else 'no pack':<9} node type {node_type}: {advice.message}")
    print(
        f"{len(report.workflows)} workflow(s), {len(report.findings)} model(s): {report.count('present')} present, "
        f"{report.count('missing')} missing, {report.count('elsewhere')} in another folder"
    )


def _resource_line(resource: dict) -> str:
    where = f"{resource.get('folder')}/{resource.get('filename') or resource.get('name')}"
    if resource.get("already_downloaded"):
        return f"{'present':<9} {resource.get('folder')}/{resource.get('local_path') or resource.get('filename')}"
    if not resource.get("resolved"):
        return f"{'unknown':<9} {resource.get('kind')} {resource.get('name')!r}  ({resource.get('reason')})"
    weight = f" weight {resource['weight']}" if resource.get("weight") is not None else ""
    blocked = f"  [{resource['blocked']}]" if resource.get("blocked") else ""
    return f"{'missing':<9} {where}{weight}  <- {resource.get('url')}{blocked}"


def print_image(answer: dict) -> None:
    """What /civitai/resolve answers, as the sidebar's image view shows it."""
    if answer.get("kind") == "model":
        model = answer["model"]
        print(f"model {model['name']} / {model['version_name']} ({model['type']}, {model['base_model']})")
        print(f"page: {model['page_url']}")
    else:
        image, params = answer["image"], answer.get("metadata") or {}
        base_model = image.get("base_model") or params.get("base_model") or "base model unknown"
        print(f"image {image['id']}  {image['page_url']}  ({base_model}, {answer['workflow_type']})")
        for key in ("prompt", "negative_prompt"):
            if params.get(key):
                print(f"{key.replace('_', ' ')}: {params[key]}")
        settings = ("seed", "steps", "cfg", "sampler", "scheduler", "width", "height", "clip_skip")
        shown = [f"{key} {params[key]}" for key in settings if params.get(key) is not None]
        if shown:
            print(", ".join(shown))
    for notice in answer.get("notices", []):
        print(f"note: {notice}", file=sys.stderr)
    for resource in answer.get("resources", []):
        print(_resource_line(resource))


def print_tasks(tasks: list[dict]) -> None:
    """The download tasks of a running ComfyUI, one line each."""
    if not tasks:
        print("no downloads")
    for task in tasks:
        if task.get("kind") == "batch":
            print(f"{task.get('status', ''):<11} batch {task.get('task_id')}: {task.get('filename') or ''}")
            continue
        percent = f"{task['progress']:5.1f}%" if isinstance(task.get("progress"), int | float) else ""
        where = task.get("path") or task.get("filename")
        error = f"  {task['error']}" if task.get("error") else ""
        print(f"{task.get('status', ''):<11} {percent:>6} {task.get('folder')}/{where}{error}")
