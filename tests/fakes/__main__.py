"""``python -m tests.fakes --port 8190``: run the fakes until SIGINT/SIGTERM (used by ``make run DEMO=1``).

Prints one JSON line with the URLs, then one line of environment assignments for ComfyUI.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys

from .server import FakeServices


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.fakes", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="Civitai API port (0 = any free port)")
    parser.add_argument("--storage-port", type=int, default=0)
    parser.add_argument("--hf-port", type=int, default=0)
    parser.add_argument("--cdn-port", type=int, default=0)
    parser.add_argument("--civitai-key", action="append", help="accepted Civitai API key (repeatable)")
    parser.add_argument("--hf-token", action="append", help="accepted Hugging Face token (repeatable)")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    services = FakeServices(
        host=args.host,
        civitai_port=args.port,
        storage_port=args.storage_port,
        hf_port=args.hf_port,
        cdn_port=args.cdn_port,
        civitai_keys=args.civitai_key,
        hf_tokens=args.hf_token,
    )
    await services.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    print(json.dumps(services.urls.to_json()), flush=True)
    print(" ".join(f"{name}={value}" for name, value in services.env().items()), flush=True)
    try:
        await stop.wait()
    finally:
        await services.stop()


def main(argv: list[str] | None = None) -> int:
    asyncio.run(serve(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
