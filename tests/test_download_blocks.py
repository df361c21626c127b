"""What Civitai and Hugging Face say before and instead of a download, read from real-shaped answers
(tests/wild/d-*): which files are blocked before any byte is asked for, and which refusals a Retry can help.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from civitai_sidebar.pipeline.images.resolve_resources import from_version
from civitai_sidebar.pipeline.shapes.civitai_types import ModelVersion
from civitai_sidebar.pipeline.shapes.download_errors import http_failure
from civitai_sidebar.pipeline.shapes.image_generation import ResourceRef
from civitai_sidebar.pipeline.shapes.route_schemas import DownloadableFile
from civitai_sidebar.pipeline.sources.download_blocks import civitai_block, split_blocked

WILD = Path(__file__).resolve().parent / "wild"


def wild(name: str):
    return json.loads((WILD / name).read_text(encoding="utf-8"))


def test_an_early_access_version_is_blocked_until_its_date_and_says_the_date():
    version = ModelVersion.model_validate(wild("d-civitai-early-access-version.json"))
    blocked = civitai_block(version)
    assert blocked is not None and "Early Access" in blocked and "2099-01-01 00:00 UTC" in blocked
    after = datetime(2099, 1, 2, tzinfo=timezone.utc)
    assert civitai_block(version, now=after) is None  # early access ended: an ordinary download
    resource = from_version(ResourceRef(kind="lora", model_version_id=version.id), version, "https://civitai.com")
    assert resource.resolved and resource.url and resource.blocked == blocked


def test_an_archived_model_is_blocked_as_archived_not_as_a_version_without_files():
    version = ModelVersion.model_validate(wild("d-civitai-archived-version.json"))
    resource = from_version(ResourceRef(kind="checkpoint", model_version_id=version.id), version, "https://civitai.com")
    assert not resource.resolved
    assert "archived" in resource.blocked and resource.reason == resource.blocked


def test_disabled_downloads_and_early_access_without_a_date_are_blocked_too():
    fields = wild("d-civitai-early-access-version.json")
    disabled = ModelVersion.model_validate({**fields, "earlyAccessEndsAt": None, "usageControl": "Generation"})
    assert "disabled downloads" in civitai_block(disabled)
    undated = ModelVersion.model_validate({**fields, "earlyAccessEndsAt": None})
    assert "Early Access on Civitai:" in civitai_block(undated)
    public = ModelVersion.model_validate({**fields, "earlyAccessEndsAt": None, "availability": "Public"})
    assert civitai_block(public) is None


@pytest.mark.parametrize("case", wild("d-civitai-download-refusals.json"), ids=lambda case: case["what"])
def test_civitai_refusals_are_permanent_and_a_login_wall_asks_for_the_key(case):
    url = "https://civitai.com/api/download/models/1"
    failure = http_failure("civitai", case["status"], {}, json.dumps(case["body"]), url, keyed=False)
    assert (failure.retryable, failure.needs_key) == (case["retryable"], case["needs_key"])
    assert str(failure) and "Unauthorized" not in str(failure)


def test_a_gated_hugging_face_file_without_a_token_asks_for_the_token_and_is_not_retried():
    case = wild("d-hf-gated-without-token.json")
    failure = http_failure(
        "huggingface", case["status"], case["headers"], json.dumps(case["body"]), case["url"], keyed=False
    )
    assert (failure.retryable, failure.needs_key) == (case["retryable"], case["needs_key"])
    assert "gated" in str(failure) and "token" in str(failure)


def test_download_all_keeps_the_downloadable_and_names_each_skipped_file_with_its_reason():
    fine = DownloadableFile(folder="loras", filename="a.safetensors", url="https://civitai.com/api/download/models/1")
    early = fine.model_copy(update={"filename": "b.safetensors", "blocked": "In Early Access."})
    wanted, skipped = split_blocked([fine, early])
    assert wanted == [fine]
    assert skipped == [{"folder": "loras", "filename": "b.safetensors", "reason": "In Early Access."}]
