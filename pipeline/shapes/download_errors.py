"""Why a download failed, in a sentence the user can act on (never a key, never a signed URL)."""

from __future__ import annotations

import json
from datetime import datetime

from .sites import Service

SETTINGS_HINT = "Settings → Civitai"


class DownloadFailed(Exception):
    """A download ended for a reason the user can act on; str() is that sentence.

    `keep_part` says whether the bytes received so far stay for Retry to resume from (a network
    failure, a missing key) or are deleted (wrong bytes, a full disk). `retryable` says whether
    trying again can help (a network failure, a full disk the user empties) or cannot (the source
    refuses the file for good: archived, early access, 404); `needs_key` names the service whose key
    is missing or refused, since a Retry helps once that key is set."""

    def __init__(
        self, sentence: str, *, keep_part: bool = False, retryable: bool = True, needs_key: Service | None = None
    ):
        super().__init__(sentence)
        self.keep_part = keep_part
        self.retryable = retryable
        self.needs_key = needs_key


def human_bytes(count: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(count) < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


def _json_fields(body: str) -> dict:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _hf_repo(url: str) -> str | None:
    path = url.split("://", 1)[-1].split("/", 1)[-1]
    parts = path.split("/resolve/", 1)
    return parts[0] if len(parts) == 2 else None


def _deadline(value: object) -> str | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return None


DOWNLOADS_DISABLED = "The creator of this model has disabled downloads on Civitai."
ARCHIVED = "The creator archived this model on Civitai; it can no longer be downloaded."
TAKEN_DOWN = "Civitai took this model down; it can no longer be downloaded."


def early_access(deadline: object) -> str:
    until = _deadline(deadline) if deadline else None
    when = f" until {until}" if until else ""
    return f"This model is in Early Access on Civitai{when}: it can be downloaded there with Buzz, or after that."


def civitai_http_error(status: int, body: str, key_configured: bool) -> str:
    fields = _json_fields(body)
    message = str(fields.get("message") or "")
    error = str(fields.get("error") or "")
    if status == 401 and "disabled downloads" in message:
        return DOWNLOADS_DISABLED
    if status == 401:
        if key_configured:
            return f"Civitai refused the API key for this model: check the key in {SETTINGS_HINT}."
        return f"Civitai says this model needs an API key: add one in {SETTINGS_HINT}."
    if status == 403 and error == "Early Access":
        return early_access(fields.get("deadline"))
    if status == 403:
        return f"Civitai denied access to this file ({error or 'forbidden'})."
    if status == 404:
        return "Civitai has no file at this link (404): the model or version may have been removed."
    if status == 410:
        return ARCHIVED
    if status == 429:
        return "Civitai is limiting downloads from this machine right now: try again in a few minutes."
    return f"Civitai answered HTTP {status}: {error or 'unexpected error'}."


def huggingface_http_error(status: int, headers: dict[str, str], body: str, url: str, key_configured: bool) -> str:
    code = headers.get("X-Error-Code", "")
    repo = _hf_repo(url) or "this repository"
    page = f"https://huggingface.co/{repo}"
    if code == "GatedRepo" and status == 401:
        return (
            f"{repo} is a gated Hugging Face repository: accept its terms at {page} and add a token in {SETTINGS_HINT}."
        )
    if code == "GatedRepo":
        return f"Your Hugging Face token has no access to {repo} yet: request access at {page}."
    if status == 401 and key_configured:
        return f"Hugging Face refused the token, or {repo} does not exist: check both in {SETTINGS_HINT}."
    if status == 401:
        return f"Hugging Face has no public repository {repo}: it is private or missing (a token may help)."
    if code == "RevisionNotFound":
        return f"Hugging Face has no such revision of {repo}."
    if code == "EntryNotFound" or status == 404:
        return f"Hugging Face has no such file in {repo} (404)."
    return f"Hugging Face answered HTTP {status}: {_json_fields(body).get('error', 'unexpected error')}."


def http_error(service: Service | None, status: int, headers: dict[str, str], body: str, url: str, keyed: bool) -> str:
    if service == "civitai":
        return civitai_http_error(status, body, keyed)
    if service == "huggingface":
        return huggingface_http_error(status, headers, body, url, keyed)
    return f"The download server answered HTTP {status}."


def _key_needed(service: Service | None, status: int, body: str) -> Service | None:
    """The service whose key would change this answer: a login wall, a gated repository, a refused key."""
    if status != 401 or service is None:
        return None
    if service == "civitai" and "disabled downloads" in str(_json_fields(body).get("message") or ""):
        return None
    return service


def http_failure(
    service: Service | None, status: int, headers: dict[str, str], body: str, url: str, keyed: bool
) -> DownloadFailed:
    """A 4xx the retry loop does not handle: the source refuses this file, so trying again cannot help
    (unless a key is what it wants). The bytes so far stay, for when a key is added."""
    sentence = http_error(service, status, headers, body, url, keyed)
    return DownloadFailed(sentence, keep_part=True, retryable=False, needs_key=_key_needed(service, status, body))


def retries_exhausted(reason: str, tries: int) -> str:
    return f"{reason} ({tries} tries): try again later."


def not_enough_space(needed: int, free: int, folder: str) -> str:
    return f"Not enough disk space in {folder}/: needs {human_bytes(needed)}, {human_bytes(free)} free."


def hash_mismatch(expected: str, actual: str) -> str:
    return (
        f"The downloaded file is damaged: its SHA-256 {actual[:12].upper()}… differs from the expected "
        f"{expected[:12].upper()}…. It was deleted; Retry downloads it again."
    )


def same_wrong_file(expected: str, actual: str) -> str:
    return (
        f"The source sent the same damaged file again: its SHA-256 is {actual[:12].upper()}… each time, not the "
        f"expected {expected[:12].upper()}…. It was deleted; the source itself serves a different file."
    )


def size_mismatch(expected: int, actual: int) -> str:
    return (
        f"The downloaded file has {human_bytes(actual)} but should have {human_bytes(expected)} "
        f"({actual:,} vs {expected:,} bytes). It was deleted; Retry downloads it again."
    )
