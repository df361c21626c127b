"""The models a Civitai image names, gathered from every place Civitai puts them and merged into one list.

The same LoRA can appear four times in one meta (`resources[]`, `hashes["lora:x"]`, `Lora hashes`, a
`<lora:x:0.8>` prompt tag), each with part of what identifies it. `RefCollector` merges those into one
`ResourceRef` and keeps every place it was seen in `sources`, so the resolver gets the best evidence once.
"""

from __future__ import annotations

import re
from typing import Any, get_args

from ..shapes.image_generation import ResourceKind, ResourceRef
from .meta_values import (
    is_placeholder_name,
    name_key,
    normalize_hash,
    note,
    parse_air,
    same_hash,
    show,
    to_float,
    to_int,
    to_text,
)

# Real images name a few dozen models at most; the caps keep a junk list of thousands from taking seconds.
MAX_REFS = 1000
MAX_LIST_ENTRIES = 1000
KINDS: frozenset[str] = frozenset(get_args(ResourceKind))
# Output order: what a workflow loads first comes first.
KIND_ORDER = (
    "checkpoint",
    "diffusion_model",
    "text_encoder",
    "vae",
    "lora",
    "embedding",
    "hypernetwork",
    "controlnet",
    "upscaler",
    "clip_vision",
    "motion_module",
    "other",
)
# Civitai's free-text resource types (civitaiResources, resources, AIR types), squashed to lower-case
# letters and digits, and the kind each one is.
KIND_OF_TYPE: dict[str, str] = {
    "checkpoint": "checkpoint",
    "model": "checkpoint",
    "ckpt": "checkpoint",
    "unet": "diffusion_model",
    "diffusionmodel": "diffusion_model",
    "lora": "lora",
    "locon": "lora",
    "lycoris": "lora",
    "lyco": "lora",
    "dora": "lora",
    "lokr": "lora",
    "embed": "embedding",
    "embedding": "embedding",
    "textualinversion": "embedding",
    "ti": "embedding",
    "vae": "vae",
    "hypernet": "hypernetwork",
    "hypernetwork": "hypernetwork",
    "upscaler": "upscaler",
    "controlnet": "controlnet",
    "textencoder": "text_encoder",
    "textencoders": "text_encoder",
    "clip": "text_encoder",
    "clipvision": "clip_vision",
    "motion": "motion_module",
    "motionmodule": "motion_module",
}
# `hashes` keys are "<prefix>:<name>"; A1111 writes "lora:", third-party ComfyUI savers "LORA:".
KIND_OF_HASH_PREFIX = {"lora": "lora", "lyco": "lora", "embed": "embedding", "hypernet": "hypernetwork"}
# The ComfyUI parser's flat lists of file names (reference §2.4).
COMFY_LIST_KINDS = {"models": "checkpoint", "vaes": "vae", "upscalers": "upscaler", "controlNets": "controlnet"}
# A1111 hires upscalers that are not model files.
BUILT_IN_UPSCALERS = frozenset({"none", "lanczos", "nearest"})

NETWORK_TAG = re.compile(r"<(lora|lyco|locon|hypernet):([^<>:]+)(?::([^<>:]*))?[^<>]*>", re.IGNORECASE)
# ComfyUI's embedding syntax; the name stops where ComfyUI's tokenizer would stop it, unless it is an AIR.
EMBEDDING_MENTION = re.compile(r"embedding:((?:urn:)?air:[^\s,()\[\]{}<>]+|[^\s,()\[\]{}<>:]+)", re.IGNORECASE)


def kind_of_type(value: Any) -> str:
    """The kind a Civitai type string means; "other" for unknown or missing types."""
    text = to_text(value)
    if text is None:
        return "other"
    return KIND_OF_TYPE.get(re.sub(r"[^a-z0-9]", "", text.lower()), "other")


class RefCollector:
    """Collects resource refs, merging the ones that are the same model; junk values become notices."""

    def __init__(self, notices: list[str]):
        self.notices = notices
        self._refs: list[ResourceRef] = []
        # Each ref under its version id, hash prefix and name key, so a new ref is compared only with
        # the few it could be (a linear scan made a junk list of thousands take seconds).
        self._index: dict[tuple, list[ResourceRef]] = {}
        self._position: dict[int, int] = {}  # id(ref) -> when it was first added
        self._appended = 0

    def add(
        self,
        kind: str,
        source: str,
        *,
        name: Any = None,
        version_id: Any = None,
        hash: Any = None,
        weight: Any = None,
        file_id: int | None = None,
    ) -> None:
        """Add what one source says about one model; a ref with nothing that identifies it is dropped."""
        clean_name = self._name(name)
        described = show(clean_name) if clean_name else f"a model in {source}"
        new = ResourceRef(
            kind=kind if kind in KINDS else "other",
            name=clean_name,
            model_version_id=self._version_id(version_id, described),
            hash=self._hash(hash, described),
            weight=self._weight(weight, described),
            file_id=file_id if version_id is not None else None,
            sources=[source],
        )
        if new.name is None and new.model_version_id is None and new.hash is None:
            return
        self._merge_in(new)

    def add_model_value(self, kind: str, value: Any, source: str, weight: Any = None) -> None:
        """A model slot's value: a Civitai AIR gives a version id, anything else is a name as written."""
        air = parse_air(value)
        if air is not None and air.civitai_version_id is not None:
            self.add(kind, source, version_id=air.civitai_version_id, weight=weight, file_id=air.civitai_file_id)
        else:
            self.add(kind, source, name=value, weight=weight)

    def refs_of_kind(self, kind: str) -> list[ResourceRef]:
        return [ref for ref in self._refs if ref.kind == kind]

    def result(self) -> list[ResourceRef]:
        return sorted(self._refs, key=lambda ref: KIND_ORDER.index(ref.kind))

    def _name(self, value: Any) -> str | None:
        text = to_text(value)
        if text is None or is_placeholder_name(text):
            return None
        return text

    def _version_id(self, value: Any, described: str) -> int | None:
        if value is None or value == "":
            return None
        number = to_int(value)
        if number is None:
            note(self.notices, f"Ignored the version id of {described}: {show(value)} is not a whole number.")
            return None
        return number if number > 0 else None  # Civitai writes 0 for infotext resources it could not match

    def _hash(self, value: Any, described: str) -> str | None:
        if value is None or value == "":
            return None
        normalized = normalize_hash(value)
        if normalized is None:
            note(self.notices, f"Ignored the hash of {described}: {show(value)} is not a model hash.")
        return normalized

    def _weight(self, value: Any, described: str) -> float | None:
        if value is None or value == "":
            return None
        number = to_float(value)
        if number is None:
            note(self.notices, f"Ignored the weight of {described}: {show(value)} is not a number.")
        return number

    def _merge_in(self, new: ResourceRef) -> None:
        matches = [ref for ref in self._candidates(new) if _same_resource(ref, new)]
        if not matches:
            self._append(new)
            return
        target = matches[0]
        _absorb(target, new)
        # The new ref may link two refs seen apart before (one by version id, one by hash).
        for other in matches[1:]:
            if not _conflict(target, other):
                _absorb(target, other)
                self._forget(other)
        self._add_to_index(target)  # it may have gained an id, a hash or a name

    def _candidates(self, ref: ResourceRef) -> list[ResourceRef]:
        """Known refs sharing a version id, a hash prefix or a name key with `ref`, oldest first."""
        found = {id(known): known for key in _index_keys(ref) for known in self._index.get(key, [])}
        return sorted(found.values(), key=lambda known: self._position[id(known)])

    def _append(self, ref: ResourceRef) -> None:
        if len(self._refs) >= MAX_REFS:
            note(self.notices, f"This image lists more than {MAX_REFS} resources; only the first {MAX_REFS} are read.")
            return
        self._position[id(ref)] = self._appended
        self._appended += 1
        self._refs.append(ref)
        self._add_to_index(ref)

    def _add_to_index(self, ref: ResourceRef) -> None:
        for key in _index_keys(ref):
            bucket = self._index.setdefault(key, [])
            if not any(known is ref for known in bucket):
                bucket.append(ref)

    def _forget(self, ref: ResourceRef) -> None:
        self._refs = [known for known in self._refs if known is not ref]
        for key in _index_keys(ref):
            self._index[key] = [known for known in self._index.get(key, []) if known is not ref]


def _index_keys(ref: ResourceRef) -> list[tuple]:
    """Where a ref is filed: its version id, its hash's first 8 digits (the shortest hash), its name key."""
    keys: list[tuple] = []
    if ref.model_version_id is not None:
        keys.append(("version", ref.model_version_id))
    if ref.hash:
        keys.append(("hash", ref.hash[:8]))
    if ref.name:
        keys.append(("name", name_key(ref.name)))
    return keys


def _same_resource(known: ResourceRef, new: ResourceRef) -> bool:
    """Same version id, same hash, or same name in a compatible kind, unless ids or hashes disagree."""
    if _conflict(known, new):
        return False
    if known.model_version_id is not None and known.model_version_id == new.model_version_id:
        return True
    if known.hash and new.hash and same_hash(known.hash, new.hash):
        return True
    if not (known.name and new.name and _compatible_kinds(known.kind, new.kind)):
        return False
    return name_key(known.name) == name_key(new.name)


def _conflict(first: ResourceRef, second: ResourceRef) -> bool:
    """Two different version ids, or two different hashes of one kind (same length), are two models."""
    if first.model_version_id and second.model_version_id and first.model_version_id != second.model_version_id:
        return True
    return bool(first.hash and second.hash and len(first.hash) == len(second.hash) and first.hash != second.hash)


def _compatible_kinds(first: str, second: str) -> bool:
    """An unknown kind fits any; a checkpoint and a diffusion model are named the same way."""
    if first == second or "other" in (first, second):
        return True
    return {first, second} == {"checkpoint", "diffusion_model"}


def _absorb(target: ResourceRef, extra: ResourceRef) -> None:
    """Fill what `target` lacks from `extra`; what was found first (the better source) is kept."""
    if target.kind == "other":
        target.kind = extra.kind
    target.name = target.name or extra.name
    if target.model_version_id is None:
        target.model_version_id = extra.model_version_id
    if target.hash is None:
        target.hash = extra.hash
    elif extra.hash and len(extra.hash) > len(target.hash) and same_hash(target.hash, extra.hash):
        target.hash = extra.hash  # a full SHA-256 says more than its AutoV2 prefix
    if target.weight is None:
        target.weight = extra.weight
    target.file_id = target.file_id or extra.file_id  # an AIR's "+<fileId>": that file of the version
    target.sources += [source for source in extra.sources if source not in target.sources]


# --- the places Civitai puts resources -------------------------------------------------------------


def add_civitai_resources(meta: dict, refs: RefCollector) -> None:
    """`civitaiResources[]`: the on-site generator's exact version ids (ids <= 0 are unmatched: skipped)."""
    for entry in _dicts(meta.get("civitaiResources")):
        refs.add(
            kind_of_type(entry.get("type")),
            "civitaiResources",
            version_id=entry.get("modelVersionId"),
            weight=entry.get("weight"),
        )


def add_version_ids(values: Any, refs: RefCollector, source: str) -> None:
    """A bare list of version ids (item `modelVersionIds`, the ComfyUI parser's `versionIds`): kind unknown."""
    for value in _entries(values):
        refs.add("other", source, version_id=value)


def add_additional_resources(meta: dict, refs: RefCollector) -> None:
    """`additionalResources[]`: the ComfyUI parser's LoRA loaders (file name, strength, sometimes an AIR)."""
    for entry in _dicts(meta.get("additionalResources")):
        kind = kind_of_type(entry.get("type"))
        air = parse_air(entry.get("air"))
        refs.add(
            kind,
            "additionalResources",
            name=entry.get("name"),
            version_id=air.civitai_version_id if air else None,
            weight=entry.get("strength"),
            file_id=air.civitai_file_id if air else None,
        )


def add_comfy_lists(meta: dict, refs: RefCollector) -> None:
    """The ComfyUI parser's `models[]`, `vaes[]`, `upscalers[]`, `controlNets[]` file names."""
    for key, kind in COMFY_LIST_KINDS.items():
        for value in _entries(meta.get(key)):
            refs.add_model_value(kind, value, key)


def add_listed_resources(meta: dict, refs: RefCollector) -> None:
    """`resources[]`: what Civitai's A1111 parser found (type "model" is the checkpoint)."""
    for entry in _dicts(meta.get("resources")):
        refs.add(
            kind_of_type(entry.get("type")),
            "resources",
            name=entry.get("name"),
            hash=entry.get("hash"),
            weight=entry.get("weight"),
        )


def add_hashes(meta: dict, refs: RefCollector) -> None:
    """`hashes`: {model, vae, refiner, "lora:<name>", "LORA:<name>", "embed:<name>", ...}."""
    hashes = meta.get("hashes")
    if not isinstance(hashes, dict):
        return
    for key, value in hashes.items():
        if not isinstance(key, str):
            continue
        lowered = key.strip().lower()
        if lowered == "model":
            refs.add("checkpoint", "hashes", name=meta.get("Model"), hash=value)
        elif lowered == "vae":
            refs.add("vae", "hashes", name=meta.get("VAE"), hash=value)
        elif lowered == "refiner":
            refs.add("checkpoint", "hashes", hash=value)
        elif ":" in key:
            prefix, name = key.split(":", 1)
            kind = KIND_OF_HASH_PREFIX.get(prefix.strip().lower())
            if kind:
                refs.add(kind, "hashes", name=name, hash=value)


def add_a1111_models(meta: dict, refs: RefCollector) -> None:
    """A1111 `Model` with its `Model hash` (the checkpoint), and `VAE` with its legacy `VAE hash`."""
    model_hash = meta.get("Model hash")
    model_source = "Model" if model_hash in (None, "") else "Model hash"
    refs.add("checkpoint", model_source, name=meta.get("Model"), hash=model_hash)
    vae_hash = meta.get("VAE hash")
    vae_source = "VAE" if vae_hash in (None, "") else "VAE hash"
    refs.add("vae", vae_source, name=meta.get("VAE"), hash=vae_hash)


def add_ti_hashes(meta: dict, refs: RefCollector) -> None:
    """`TI hashes`: embeddings, as an object {name: hash} or a legacy "name: hash, name: hash" string."""
    for name, hash in _name_hash_pairs(meta.get("TI hashes")):
        refs.add("embedding", "TI hashes", name=name, hash=hash)


def add_lora_hashes(meta: dict, refs: RefCollector) -> None:
    """Legacy `Lora hashes` "name: hash, name: hash" (newer meta has them folded into `hashes`)."""
    for name, hash in _name_hash_pairs(meta.get("Lora hashes")):
        refs.add("lora", "Lora hashes", name=name, hash=hash)


def add_hires_upscaler(meta: dict, refs: RefCollector) -> None:
    """A hires upscaler that is a model file ("4x-UltraSharp"), not a latent or built-in resize."""
    name = to_text(meta.get("Hires upscaler"))
    if name is None or name.lower().startswith("latent") or name.lower() in BUILT_IN_UPSCALERS:
        return
    refs.add("upscaler", "Hires upscaler", name=name)


def add_prompt_networks(prompts: list[str], refs: RefCollector) -> None:
    """`<lora:name:weight>`, `<lyco:...>`, `<hypernet:...>` tags: a weight for a known ref, or a ref of its own."""
    tags: dict[tuple[str, str], float | None] = {}  # the first tag of a name gives its weight
    for prompt in prompts:
        for match in NETWORK_TAG.finditer(prompt):
            kind = "hypernetwork" if match.group(1).lower() == "hypernet" else "lora"
            weight = to_float(match.group(3))  # "<lora:x>" has none; "te=0.5" style arguments are not weights
            tags.setdefault((kind, match.group(2)), weight)
    for (kind, name), weight in tags.items():
        refs.add(kind, "prompt", name=name, weight=weight)


def add_prompt_embeddings(prompts: list[str], refs: RefCollector, source: str = "prompt") -> None:
    """Embeddings the prompts use: listed ones (TI hashes, embed: hashes) named in the text, and `embedding:x`."""
    text = "\n".join(prompts)
    for ref in refs.refs_of_kind("embedding"):
        if ref.name and _mentions(text, ref.name):
            refs.add("embedding", source, name=ref.name)
    add_embedding_mentions(text, refs, source)


def add_embedding_mentions(text: str, refs: RefCollector, source: str) -> None:
    """ComfyUI's `embedding:<name>` (or `embedding:<AIR>`) in a prompt."""
    names = dict.fromkeys(match.group(1) for match in EMBEDDING_MENTION.finditer(text))  # once each, in order
    for name in names:
        refs.add_model_value("embedding", name, source)


def _mentions(text: str, name: str) -> bool:
    """The name appears as a whole word: "negativeXL_D," counts, "negativeXL_Dx" does not."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def _name_hash_pairs(value: Any) -> list[tuple[str, Any]]:
    """{name: hash} as it is, or "name: hash, name: hash" (quoted or not) split into pairs."""
    if isinstance(value, dict):
        return [(name, hash) for name, hash in value.items() if isinstance(name, str)]
    if not isinstance(value, str):
        return []
    pairs = []
    for part in value.strip().strip('"').split(","):
        if ":" in part:
            name, hash = part.rsplit(":", 1)
            pairs.append((name.strip().strip('"'), hash.strip().strip('"')))
    return pairs


def _entries(value: Any) -> list:
    """The entries of a list, at most MAX_LIST_ENTRIES of them; a non-list has none."""
    return value[:MAX_LIST_ENTRIES] if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict]:
    """The dict entries of a list; anything else in the list is skipped."""
    return [entry for entry in _entries(value) if isinstance(entry, dict)]
