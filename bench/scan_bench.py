"""Time parse_workflow over the shared corpus of real workflows (target: the whole corpus in <= 1 s).

    .venv/bin/python bench/scan_bench.py                 # the corpus next to the repo (../shared/corpus)
    .venv/bin/python bench/scan_bench.py --corpus DIR --runs 5

Three figures, best and median of `--runs`: the parse alone (files read and JSON-decoded beforehand),
JSON decoding plus parse (file text read beforehand), and everything from the disk (read, decode, parse;
the page cache is warm after the first run). It prints figures and exits 0; 2 if there is no corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.pack_import import import_pack  # noqa: E402

TARGET_SECONDS = 1.0
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def timed(function, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    files = sorted((args.corpus / "workflows").rglob("*.json"))
    if not files:
        print(f"no workflows under {args.corpus / 'workflows'}")
        return 2

    import_pack()
    from civitai_sidebar.pipeline.workflows.loader_rules import LoaderRules
    from civitai_sidebar.pipeline.workflows.parse import parse_workflow

    rules = LoaderRules.static()
    texts = [path.read_text(encoding="utf-8") for path in files]
    graphs = [json.loads(text) for text in texts]
    size_mib = sum(len(text.encode("utf-8")) for text in texts) / 2**20
    parse_workflow(graphs[0], rules)  # imports and caches warmed

    def parse_only():
        return [parse_workflow(graph, rules) for graph in graphs]

    def decode_and_parse():
        return [parse_workflow(json.loads(text), rules) for text in texts]

    def read_decode_parse():
        return [parse_workflow(json.loads(path.read_text(encoding="utf-8")), rules) for path in files]

    results = parse_only()
    references = sum(len(parsed.references) for parsed in results)
    nodes = sum(len(graph.get("nodes", [])) if isinstance(graph.get("nodes"), list) else len(graph) for graph in graphs)
    print(
        f"corpus: {len(files)} workflows, {size_mib:.1f} MiB of JSON, {nodes} top-level nodes, {references} references"
    )
    for label, function in (
        ("parse only", parse_only),
        ("json.loads + parse", decode_and_parse),
        ("read + json.loads + parse", read_decode_parse),
    ):
        best, median = timed(function, args.runs)
        verdict = (
            ""
            if label != "parse only"
            else ("  (target <= 1 s: met)" if best <= TARGET_SECONDS else "  (target missed)")
        )
        print(
            f"{label:>26}: best {best * 1000:7.1f} ms, median {median * 1000:7.1f} ms, "
            f"{best / len(files) * 1e6:6.0f} us/workflow{verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
