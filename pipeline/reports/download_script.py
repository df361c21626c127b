"""A bash script that downloads the models a scan found missing, for machines without this pack.

It resumes with `curl -C -`, checks each file against its SHA-256 before giving it its final name,
and reads API keys from the environment when it runs: no key is ever written into it. A key is
sent only to its own API host; the redirect to the storage/CDN host is fetched without it.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

HEADER = """#!/usr/bin/env bash
# Downloads the models these workflows need into a ComfyUI models folder.
# Written by comfyui-civitai-sidebar. Run it again at any time: finished files are skipped and
# interrupted ones resume. Keys come from the environment when it runs, never from this file:
#   CIVITAI_API_KEY=...  HF_TOKEN=...  MODELS_DIR=/path/to/ComfyUI/models  bash {name}
set -uo pipefail
DEFAULT_MODELS_DIR={models_dir}
MODELS_DIR="${{MODELS_DIR:-$DEFAULT_MODELS_DIR}}"
failures=0

auth_for() {{  # the Authorization header for a service, only when its key is set
  case "$1" in
    civitai) [ -n "${{CIVITAI_API_KEY:-}}" ] && printf '%s' "Authorization: Bearer $CIVITAI_API_KEY" ;;
    huggingface) [ -n "${{HF_TOKEN:-}}" ] && printf '%s' "Authorization: Bearer $HF_TOKEN" ;;
  esac
}}

fetch() {{  # fetch SERVICE URL TARGET SHA256
  local service="$1" url="$2" target="$MODELS_DIR/$3" sha256="$4" auth location
  if [ -f "$target" ]; then echo "present  $3"; return 0; fi
  mkdir -p -- "$(dirname -- "$target")"
  auth="$(auth_for "$service")"
  # Ask the API (with the key) where the file is; the storage host it redirects to gets no key.
  location="$(curl -sS -r 0-0 -o /dev/null -w '%{{redirect_url}}' ${{auth:+-H "$auth"}} "$url")" || location=""
  local get=(-fL --retry 5 --retry-delay 3 -C - -o "$target.part")
  if [ -n "$location" ]; then get+=("$location"); else get+=(${{auth:+-H "$auth"}} "$url"); fi
  curl "${{get[@]}}" || {{ echo "FAILED   $3 (download)"; return 1; }}
  # Hashed from stdin: sha256sum -c would read a file name with a newline or backslash as another line.
  if [ -n "$sha256" ] && [ "$(sha256sum < "$target.part" | cut -d' ' -f1)" != "$sha256" ]; then
    rm -f -- "$target.part"; echo "FAILED   $3 (SHA-256 mismatch; deleted)"; return 1
  fi
  mv -- "$target.part" "$target" && echo "done     $3"
}}
"""
FOOTER = """
if [ "$failures" -gt 0 ]; then echo "$failures download(s) failed"; exit 1; fi
echo "All models are in place."
"""


@dataclass(frozen=True)
class ScriptEntry:
    service: str  # "civitai", "huggingface" or "other": which key, if any, the API request may carry
    url: str
    target: str  # models-dir-relative path, already checked safe (folder root/subfolder/filename)
    sha256: str | None


def _comment_safe(text: str) -> str:
    """A value shown in a comment line: a newline there would end the comment and start a command."""
    return "".join(char if char.isprintable() else "?" for char in text)


def render_script(entries: list[ScriptEntry], models_dir: str, name: str = "download-models.sh") -> str:
    """Every value is one shell word (shlex.quote): a path holding `$(...)` or quotes stays a path."""
    lines = [HEADER.format(models_dir=shlex.quote(models_dir), name=shlex.quote(_comment_safe(name)))]
    for entry in entries:
        arguments = " ".join(shlex.quote(part) for part in (entry.service, entry.url, entry.target, entry.sha256 or ""))
        lines.append(f"fetch {arguments} || failures=$((failures + 1))")
    lines.append(FOOTER)
    return "\n".join(lines)
