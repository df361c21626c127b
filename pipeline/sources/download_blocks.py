"""What a source says about a file before any byte is asked for: a reason it will refuse the download.

Civitai describes early access, archived models and disabled downloads in the version itself, and a
gated Hugging Face file answers its metadata request with GatedRepo; trying to download such a file
only fails. A resource with `blocked` set is shown with that sentence and left out of Download All.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..shapes import download_errors as sentences
from ..shapes.civitai_types import ModelSearchVersion, ModelVersion
from ..shapes.route_schemas import DownloadableFile


def _moment(value: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def civitai_block(version: ModelVersion, now: datetime | None = None) -> str | None:
    """Why Civitai will refuse to download this version's files, or None (a login wall is `needs_key`)."""
    mode = (version.model.mode or "").casefold()
    if mode == "archived":
        return sentences.ARCHIVED
    if mode == "takendown":
        return sentences.TAKEN_DOWN
    if version.usage_control and version.usage_control != "Download":
        return sentences.DOWNLOADS_DISABLED
    ends = _moment(version.early_access_ends_at) if version.early_access_ends_at else None
    if ends is not None:
        still_early = ends > (now or datetime.now(timezone.utc))
        return sentences.early_access(version.early_access_ends_at) if still_early else None
    if version.availability == "EarlyAccess":
        return sentences.early_access(None)
    return None


def listing_block(version: ModelSearchVersion) -> str | None:
    """The same from a search listing, which only says "EarlyAccess" (archived models list no files)."""
    return sentences.early_access(None) if version.availability == "EarlyAccess" else None


def split_blocked(resources: list[DownloadableFile]) -> tuple[list[DownloadableFile], list[dict]]:
    """Download All's two lists: what to queue, and what is skipped with the reason (said, never silent)."""
    wanted = [resource for resource in resources if not resource.blocked]
    skipped = [{"folder": r.folder, "filename": r.filename, "reason": r.blocked} for r in resources if r.blocked]
    return wanted, skipped


def nothing_to_download(skipped: list[dict]) -> str:
    reasons = "; ".join(f"{item['filename'] or item['folder']}: {item['reason']}" for item in skipped[:5])
    more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
    return f"Nothing to download: every file is refused by its source. {reasons}{more}"
