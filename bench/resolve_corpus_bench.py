"""Resolution of the whole shared corpus (links and hashes removed) against the fakes: figures and time.

    .venv/bin/python bench/resolve_corpus_bench.py

Starts the fake Civitai and Hugging Face on loopback, fills the Hub with `tests/fakes/hf_world` (the official
templates' files, well-known homes, decoys, gated repositories), then resolves every workflow of
`shared/corpus` twice with the same clients: a cold pass and a warm one (every search, listing and lookup
cached). Prints the share of models resolved to the right file (same SHA-256, or same repository + path),
wrong, gated and unresolved, requests sent, and time per workflow of the warm pass. Not a test: exit 0.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.pack_import import import_pack  # noqa: E402

import_pack()

from civitai_sidebar.civitai_utils.civitai_client import CivitaiClient  # noqa: E402
from civitai_sidebar.civitai_utils.hf_client import HuggingFaceClient  # noqa: E402
from civitai_sidebar.civitai_utils.http_client import OutboundHttp  # noqa: E402
from civitai_sidebar.civitai_utils.keys import KeyStore  # noqa: E402
from civitai_sidebar.civitai_utils.retry import RetryPolicy  # noqa: E402
from civitai_sidebar.civitai_utils.settings import api_bases  # noqa: E402
from civitai_sidebar.civitai_utils.url_policy import UrlPolicy  # noqa: E402

from tests.corpus_resolution import TRUTH, score_corpus, world_truth  # noqa: E402
from tests.fakes.server import start_in_thread  # noqa: E402


async def run(fake) -> None:
    truth = world_truth(fake)
    bases = api_bases(fake.env())
    http = OutboundHttp(UrlPolicy(bases), KeyStore(None, environ={}))
    retry = RetryPolicy(attempts=2, base_delay=0.01)
    civitai, hf = CivitaiClient(http, bases.civitai, retry), HuggingFaceClient(http, bases.huggingface, retry)
    try:
        for label in ("cold", "warm"):
            fake.requests.clear()
            started = time.perf_counter()
            score = await score_corpus(civitai, hf, truth)
            elapsed = time.perf_counter() - started
            hf_asked = len(fake.requests.entries(server="hf"))
            civitai_asked = len(fake.requests.entries(server="civitai"))
            print(f"\n== {label} pass: {elapsed:.1f} s, requests: Hugging Face {hf_asked}, Civitai {civitai_asked}")
            for line in score.lines():
                print(line)
            for wrong in score.wrong_confident:
                print("WRONG (confident):", wrong)
    finally:
        await http.close()


def main() -> int:
    if not TRUTH.is_file():
        print(f"The shared corpus is not at {TRUTH.parent}.")
        return 0
    fake = start_in_thread()
    try:
        asyncio.run(run(fake))
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
