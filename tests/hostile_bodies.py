"""Hostile request bodies for every POST route, generated: each field of a sound body swapped for each hostile value.

Values a JSON encoder cannot write (nesting 10,000 deep, NaN, a lone surrogate, bytes that are not UTF-8) are
spliced into the encoded body through a placeholder string, so the server receives exactly those bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

DEPTH = 10_000
DEEP = {
    '"<deep-list>"': "[" * DEPTH + "]" * DEPTH,
    '"<deep-object>"': '{"a":' * DEPTH + "1" + "}" * DEPTH,
    '"<deep-mixed>"': '[{"a":' * (DEPTH // 2) + "1" + "}]" * (DEPTH // 2),
    # Just under the interpreter's recursion limit: json.loads takes it, what walks it next may not.
    '"<list-950-deep>"': "[" * 950 + "]" * 950,
    '"<object-950-deep>"': '{"a":' * 950 + '"x"' + "}" * 950,
    '"<nan>"': "NaN",
    '"<infinity>"': "-Infinity",
    '"<huge-int>"': "9" * 5000,
    '"<lone-surrogate>"': '"\\ud800x"',
}
BAD_URLS = [
    "http://127.0.0.1:99999/api/download/models/1",
    "https://civitai.com:99999/api/download/models/1",
    "https://civitai.com:-1/models/1",
    "https://civitai.com:0x50/models/1",
    "http://[::1/api/download/models/1",
    "https://[::1]]/x",
    "https://[fe80::1%25eth0]/x.safetensors",
    "https://[gggg::1]/x.safetensors",
    "https://huggingface.co:/acme/vae/resolve/main/vae.safetensors",
    "https://user:pass@civitai.com@evil.example/x",
    "https://civitai.com/api/download/models/1?\r\nX-Evil: 1",
    "https://\u0441ivitai.com/models/1",
    "http://%zz/x",
    "https:///x",
    "//civitai.com/models/1",
    "https://civitai.com/images/" + "9" * 400,
]
HOSTILE_VALUES = [
    None,
    True,
    -1,
    0,
    2**70,
    -(2**70),
    1.5e308,
    "",
    "x" * 100_000,
    "\x00",
    "a\r\nb",
    "../../custom_nodes/evil.py",
    "C:\\Windows\\evil.safetensors",
    "$(touch /tmp/civitai-canary)",
    [],
    {},
    [None] * 2000,
    {str(index): index for index in range(2000)},
    *[placeholder.strip('"') for placeholder in DEEP],
    *BAD_URLS,
]


@dataclass(frozen=True)
class HostileBody:
    route: str
    label: str
    raw: bytes


def _graph(url: str) -> dict:
    """A small UI graph: a LoRA loader whose own link says where to download the file, and a subgraph."""
    lora = {
        "id": 1,
        "type": "LoraLoader",
        "mode": 0,
        "widgets_values": ["fuzz-lora.safetensors", 1, 1],
        "properties": {"models": [{"name": "fuzz-lora.safetensors", "directory": "loras", "url": url}]},
    }
    inner = {"id": 5, "type": "CheckpointLoaderSimple", "mode": 0, "widgets_values": ["fuzz-ckpt.safetensors"]}
    return {
        "nodes": [lora, {"id": 2, "type": "subgraph-a", "mode": 0}],
        "links": [],
        "definitions": {"subgraphs": [{"id": "subgraph-a", "nodes": [inner], "links": []}]},
        "version": 0.4,
    }


def sound_bodies(civitai_base: str) -> dict[str, dict]:
    """A body each route accepts; its downloads point at a version the fake does not have (no file ever lands)."""
    resource = {
        "folder": "loras",
        "filename": "fuzz.safetensors",
        "url": f"{civitai_base}/api/download/models/987654321",
        "size": 1024,
    }
    reference = {
        "name": "fuzz.safetensors",
        "folder": "loras",
        "node_id": "1",
        "node_type": "LoraLoader",
        "url": f"{civitai_base}/api/download/models/987654321",
        "hash": "0" * 64,
        "hash_type": "SHA256",
    }
    return {
        "/civitai/settings/keys": {"civitai": None, "huggingface": None},
        "/civitai/settings/downloads": {"concurrency": 2},
        "/civitai/download": {"resource": resource},
        "/civitai/download-all": {"resources": [resource, {**resource, "filename": "fuzz2.safetensors"}]},
        "/civitai/download-cancel": {"task_id": "no-such-task"},
        "/civitai/download-retry": {"task_id": "no-such-task"},
        "/civitai/download-pause": {"task_id": "no-such-task"},
        "/civitai/download-resume": {"task_id": "no-such-task"},
        "/civitai/resolve": {"image_id": "https://civitai.com/images/1"},
        "/civitai/missing": {"workflow": _graph(f"{civitai_base}/api/download/models/987654321"), "sources": True},
        "/civitai/sources": {"references": [reference], "deadline": 2},
        "/civitai/generate": {
            "metadata": {"prompt": "a cat", "steps": 20, "model_name": "fuzz-ckpt"},
            "resources": [{"kind": "checkpoint", "name": "fuzz-ckpt.safetensors"}],
        },
        "/civitai/lock": {"workflow": _graph(f"{civitai_base}/api/download/models/987654321")},
        "/civitai/verify": {
            "lock": {
                "schema": "civitai-sidebar/models-lock@1",
                "models": [
                    {
                        "folder": "loras",
                        "name": "sub/fuzz.safetensors",
                        "sha256": "0" * 64,
                        "size": 1,
                        "sources": [{"kind": "civitai", "model_version_id": 987654321}],
                    }
                ],
                "unpinned": [{"folder": "vae", "name": "fuzz.safetensors", "reason": "none"}],
            }
        },
    }


def more_sound_bodies(civitai_base: str) -> list[tuple[str, dict]]:
    """The other shapes /civitai/missing reads: an API prompt, and a {prompt, workflow} pair of JSON strings."""
    api_prompt = {
        "1": {"class_type": "LoraLoader", "inputs": {"lora_name": "fuzz.safetensors", "model": ["2", 0]}},
        "2": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "embedding:fuzz, a cat"}},
    }
    pair = {"prompt": json.dumps(api_prompt), "workflow": json.dumps(_graph(f"{civitai_base}/api/download/models/1"))}
    return [("/civitai/missing", {"workflow": api_prompt}), ("/civitai/missing", {"workflow": pair})]


def _paths(value, prefix=()) -> Iterator[tuple]:
    """Every place inside a body a value sits (dict keys and list indexes), the body's own top included."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _replaced(body, path: tuple, value):
    if not path:
        return value
    copy = json.loads(json.dumps(body))
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return copy


def _encoded(body) -> bytes:
    text = json.dumps(body)
    for placeholder, raw in DEEP.items():
        text = text.replace(placeholder, raw)
    return text.encode("utf-8", "surrogatepass")


WHOLE_BODIES = {
    "not UTF-8": b'{"a": "\xff\xfe"}',
    "a lone surrogate escaped": b'{"a": "\\udfff"}',
    "an array": b"[]",
    "a string": b'"x"',
    "null": b"null",
    "truncated": b'{"resource": {"url": "',
    "duplicate keys": b'{"a": 1, "a": 2}',
    "a BOM": b"\xef\xbb\xbf{}",
    "empty": b"",
    "NUL bytes": b"\x00" * 64,
    "200,000 keys": json.dumps({f"k{index}": index for index in range(200_000)}).encode(),
}


def hostile_bodies(civitai_base: str) -> Iterator[HostileBody]:
    for route in sound_bodies(civitai_base):
        for label, raw in WHOLE_BODIES.items():
            yield HostileBody(route, label, raw)
        for placeholder in DEEP:
            yield HostileBody(route, f"the body is {placeholder}", _encoded(placeholder.strip('"')))
    for route, sound in [*sound_bodies(civitai_base).items(), *more_sound_bodies(civitai_base)]:
        for path in _paths(sound):
            for value in HOSTILE_VALUES:
                shown = value if not isinstance(value, str | list | dict) else repr(value)[:40]
                yield HostileBody(
                    route, f"{'.'.join(map(str, path)) or 'body'} = {shown}", _encoded(_replaced(sound, path, value))
                )
