"""Reading a workflow grows linearly with its size (issue 11.3): the nested-subgraph chain, and a big folder.

A quadratic pass shows as ~16× the time for 4× the graph; linear is ~4×. Each side is the best of a few runs,
and the bound (8×) leaves room for a busy machine.
"""

from __future__ import annotations

import time

from civitai_sidebar.pipeline.workflows.parse import parse_workflow
from civitai_sidebar.pipeline.workflows.parse_ui import MAX_NODES, TOO_MANY_NODES_NOTE
from civitai_sidebar.pipeline.workflows.presence import check_presence

from tests.pathological_graph import size_kib, subgraph_chain

SMALL, LARGE = 500, 2000
INVENTORY = {
    "loras": [f"sub{index % 50}/lora-{index}.safetensors" for index in range(10_000)],
    "checkpoints": [f"ckpt-{index}.safetensors" for index in range(3_000)],
}


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def test_the_pathological_chain_is_the_size_the_issue_measured():
    assert 150 <= size_kib(subgraph_chain(SMALL)) <= 190


def test_every_link_of_a_muted_chain_is_disabled():
    parsed = parse_workflow(subgraph_chain(SMALL))
    assert len(parsed.references) == SMALL and all(reference.disabled for reference in parsed.references)
    assert not any(reference.disabled for reference in parse_workflow(subgraph_chain(SMALL, muted=False)).references)


def test_parsing_grows_linearly_with_the_chain():
    small, large = subgraph_chain(SMALL), subgraph_chain(LARGE)
    ratio = best_of(3, lambda: parse_workflow(large)) / best_of(5, lambda: parse_workflow(small))
    assert ratio < 8, f"{LARGE / SMALL:g}× the graph took {ratio:.1f}× the time"


def test_the_presence_check_grows_linearly_with_references_against_a_big_folder():
    small, large = parse_workflow(subgraph_chain(SMALL)), parse_workflow(subgraph_chain(LARGE))
    ratio = best_of(3, lambda: check_presence(large, INVENTORY)) / best_of(3, lambda: check_presence(small, INVENTORY))
    assert ratio < 8, f"{LARGE / SMALL:g}× the references took {ratio:.1f}× the time"


def test_a_graph_past_the_node_cap_is_read_up_to_it_with_a_note():
    nodes = [
        {"id": index, "type": "LoraLoader", "mode": 0, "widgets_values": [f"l{index}.safetensors", 1, 1]}
        for index in range(MAX_NODES + 10)
    ]
    parsed = parse_workflow({"nodes": nodes, "links": [], "version": 0.4})
    assert len(parsed.references) == MAX_NODES
    assert TOO_MANY_NODES_NOTE in parsed.notes
