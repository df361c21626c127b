"""How much of the corpus's truth the catalogs ComfyUI already has would answer, and how often their link is the
workflow's own (same Hugging Face repo + path). Run it with the Python of a ComfyUI whose templates to read:

    PYTHONPATH=~/.cache/comfyui-civitai-sidebar/comfyui-0.30.0-*/venv/lib/python3.11/site-packages \
        .venv/bin/python bench/catalog_coverage.py [--corpus DIR]

Counts each distinct (name, folder) of truth.jsonl once. "same link" compares the first catalog link the chain
would try (the loader's folder first) with the workflow's own `properties.models` link, when the corpus workflow
has one; a different link is not necessarily a different file (Comfy-Org repackages the same file in several repos).
Also times the index build (cold) and a lookup (warm). Prints figures; exits 0, or 2 without a corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.pack_import import import_pack  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    truth = args.corpus / "truth.jsonl"
    if not truth.is_file():
        print(f"no corpus at {args.corpus}")
        return 2
    import_pack()
    from civitai_sidebar.civitai_utils.model_catalogs import ModelCatalogs, _model_lists
    from civitai_sidebar.pipeline.shapes.hf_urls import parse_hf_url
    from civitai_sidebar.pipeline.sources.catalog_step import _ranked, _same_folder

    catalogs = ModelCatalogs()
    started = time.perf_counter()
    catalogs.lookup("")
    cold = time.perf_counter() - started
    models: dict[tuple[str, str], dict] = {}
    links: dict[tuple[str, str], str] = {}  # the workflows' own properties.models links, by (name, folder)
    for line in truth.read_text().splitlines():
        record = json.loads(line)
        for model in record["models"]:
            models.setdefault((model["basename"], model["directory"]), model)
        try:
            workflow = json.loads((args.corpus / record["file"]).read_text())
        except (OSError, ValueError):
            continue
        for entry in _model_lists(workflow):
            if isinstance(entry.get("directory"), str) and isinstance(entry["url"], str):
                links.setdefault((str(entry["name"]).rsplit("/", 1)[-1], entry["directory"]), entry["url"])
    started = time.perf_counter()
    listed = in_folder = with_url = same_link = other_link = 0
    for basename, directory in models:
        entries = catalogs.lookup(basename)
        listed += bool(entries)
        ranked = _ranked(entries, directory, "")
        if not ranked or not _same_folder(directory, ranked[0].folder):
            continue
        in_folder += 1
        wanted = parse_hf_url(links.get((basename, directory), ""))
        if wanted is None:
            continue
        with_url += 1
        found = parse_hf_url(ranked[0].url)
        if found and (found.repo_id, found.path) == (wanted.repo_id, wanted.path):
            same_link += 1
        else:
            other_link += 1
            own = links[basename, directory]
            print(f"  another link for {directory}/{basename}: {ranked[0].url} (workflow: {own})")
    warm = (time.perf_counter() - started) / max(len(models), 1)
    names = len(catalogs._by_name)
    print(f"catalog: {names} file names; index built in {cold:.2f} s; lookup {warm * 1e3:.3f} ms")
    print(f"truth models (distinct name+folder): {len(models)}")
    print(f"  listed by a catalog under that name: {listed} ({listed / len(models):.0%})")
    print(f"  listed for the loader's folder (a confident candidate): {in_folder} ({in_folder / len(models):.0%})")
    print(f"  of those the workflow links itself: {with_url}; same repo+path: {same_link}; another link: {other_link}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
