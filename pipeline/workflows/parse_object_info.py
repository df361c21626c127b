"""What a running ComfyUI's `GET /object_info` says about a node: its widget order and its model inputs.

Widget order follows ComfyUI frontend 1.32 (`litegraphService.#addInputs`, `getOrderedInputSpecs`):
inputs in `input_order` (required, then optional, then any left over) or, without it, required then
optional in dict order. An input is a widget when its type has a widget constructor (INT, FLOAT, BOOLEAN,
STRING, COMBO, ...) and it is not `forceInput` (an optional `defaultInput` counts as `forceInput`). Link-only
types (MODEL, CLIP, IMAGE, ...) take no slot in `widgets_values`. Extra slots the frontend adds:

* an INT whose `control_after_generate` is true, or unset and named `seed`/`noise_seed`: one control
  widget after it (`useIntWidget`);
* a COMBO with `control_after_generate`: the control widget and a filter-list widget (`addValueControlWidgets`);
* a required combo with `image_upload`/`video_upload`/`animated_image_upload` (or `audio` with
  `audio_upload`): an `upload` widget added to the required inputs (`Comfy.UploadImage`/`UploadAudio`),
  so last of the required ones, or last of all when `input_order` is given (it is not listed there).

A combo input is a model input when its options are a model folder's file list (see `match_folders`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .parse_rules import NO_FILE_VALUES, VAE_PSEUDO_VALUES, ModelInput

# Types with a widget constructor in the 1.32 frontend (`ComfyWidgets`, plus the upload extensions).
WIDGET_TYPES = frozenset(
    {
        "INT",
        "FLOAT",
        "BOOLEAN",
        "STRING",
        "MARKDOWN",
        "COMBO",
        "IMAGEUPLOAD",
        "AUDIOUPLOAD",
        "COLOR",
        "IMAGECOMPARE",
        "CHART",
        "GALLERIA",
        "TEXTAREA",
    }
)
SEED_NAMES = ("seed", "noise_seed")
MEDIA_UPLOAD_FLAGS = ("image_upload", "video_upload", "animated_image_upload")
CONTROL_SLOT = None  # the name recorded for a control widget's slot: it holds no input's value
# Options that stand for "no file" in a loader list; a list of only these matches an empty folder.
PSEUDO_OPTIONS = frozenset(NO_FILE_VALUES | VAE_PSEUDO_VALUES)
# Folders that ComfyUI registers but that hold no models.
NON_MODEL_FOLDERS = frozenset({"configs", "custom_nodes"})
# Words that tie a node type or input name to a folder, to break ties between identical file lists.
FOLDER_HINTS: dict[str, tuple[str, ...]] = {
    "checkpoints": ("checkpoint", "ckpt"),
    "loras": ("lora",),
    "vae": ("vae",),
    "vae_approx": ("vaeapprox", "taesd"),
    "text_encoders": ("textencoder", "clip"),
    "diffusion_models": ("diffusionmodel", "unet"),
    "clip_vision": ("clipvision",),
    "style_models": ("stylemodel",),
    "embeddings": ("embedding",),
    "controlnet": ("controlnet", "t2iadapter"),
    "gligen": ("gligen",),
    "upscale_models": ("upscalemodel", "upscale"),
    "latent_upscale_models": ("latentupscale",),
    "hypernetworks": ("hypernetwork",),
    "photomaker": ("photomaker",),
    "classifiers": ("classifier",),
    "model_patches": ("modelpatch",),
    "audio_encoders": ("audioencoder",),
}
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


# --- input specs -------------------------------------------------------------------------------------


def spec_type(spec: Any) -> str | None:
    """ "COMBO" for both combo forms, the type name otherwise; None for a malformed spec."""
    if not isinstance(spec, (list, tuple)) or not spec:
        return None
    head = spec[0]
    if isinstance(head, list):
        return "COMBO"
    return head if isinstance(head, str) else None


def spec_options(spec: Any) -> dict:
    if isinstance(spec, (list, tuple)) and len(spec) > 1 and isinstance(spec[1], dict):
        return spec[1]
    return {}


def combo_options(spec: Any) -> list | None:
    """The choices of `[[a, b], {...}]` or `["COMBO", {"options": [a, b]}]`; None if not a combo."""
    if spec_type(spec) != "COMBO":
        return None
    if isinstance(spec[0], list):
        return spec[0]
    options = spec_options(spec).get("options")
    return options if isinstance(options, list) else []


def ordered_inputs(node_def: dict) -> list[tuple[str, Any, bool]]:
    """(name, spec, optional) in the order the frontend creates the node's inputs."""
    inputs = node_def.get("input") if isinstance(node_def.get("input"), dict) else {}
    required = dict(inputs.get("required")) if isinstance(inputs.get("required"), dict) else {}
    optional = inputs.get("optional") if isinstance(inputs.get("optional"), dict) else {}
    upload = _upload_widget(required)
    if upload is not None:
        required["upload"] = upload
    specs = {name: (spec, False) for name, spec in required.items()}
    specs.update({name: (spec, True) for name, spec in optional.items()})
    input_order = node_def.get("input_order")
    if not isinstance(input_order, dict):
        return [(name, spec, is_optional) for name, (spec, is_optional) in specs.items()]
    ordered: list[tuple[str, Any, bool]] = []
    for group, want_optional in (("required", False), ("optional", True)):
        names = input_order.get(group) if isinstance(input_order.get(group), list) else []
        for name in names:
            if isinstance(name, str) and name in specs and specs[name][1] == want_optional:
                ordered.append((name, *specs[name]))
    done = {name for name, _spec, _optional in ordered}
    ordered += [(name, spec, is_optional) for name, (spec, is_optional) in specs.items() if name not in done]
    return ordered


def _upload_widget(required: dict) -> list | None:
    for spec in required.values():
        if spec_type(spec) == "COMBO" and any(spec_options(spec).get(flag) is True for flag in MEDIA_UPLOAD_FLAGS):
            return ["IMAGEUPLOAD", {}]
    if spec_options(required.get("audio")).get("audio_upload") is True:
        return ["AUDIOUPLOAD", {}]
    return None


def widget_layout(node_def: dict) -> list[str | None]:
    """The input name held by each `widgets_values` slot of a UI node; None for control-widget slots."""
    layout: list[str | None] = []
    for name, spec, is_optional in ordered_inputs(node_def):
        options = spec_options(spec)
        kind = options.get("widgetType") if isinstance(options.get("widgetType"), str) else spec_type(spec)
        force_input = options.get("forceInput") or (is_optional and options.get("defaultInput"))
        if kind not in WIDGET_TYPES or force_input:
            continue
        layout.append(name)
        control = options.get("control_after_generate")
        if kind == "INT" and (control if control is not None else name in SEED_NAMES):
            layout.append(CONTROL_SLOT)
        elif kind == "COMBO" and control:
            layout += [CONTROL_SLOT, CONTROL_SLOT]
    return layout


# --- folders -----------------------------------------------------------------------------------------


class FolderIndex:
    """The model folders' file lists, ready to be compared with combo options."""

    def __init__(self, folder_files: dict[str, Iterable[str]], ignore: Iterable[str] = NON_MODEL_FOLDERS):
        ignored = set(ignore)
        self.files: dict[str, frozenset[str]] = {}
        for folder, names in (folder_files or {}).items():
            if isinstance(folder, str) and folder not in ignored:
                self.files[folder] = frozenset(name for name in _iter_strings(names))
        self.every_file = frozenset().union(*self.files.values()) if self.files else frozenset()
        self.empty = tuple(folder for folder, names in self.files.items() if not names)

    def match(self, options: list) -> tuple[tuple[str, ...], bool]:
        """The folders whose file list these options are, and whether the match rests on real files.

        No-file choices ("None", VAELoader's "pixel_space", ...) are set aside first. A folder matches when
        the other options are exactly its files; failing that, when they are its files plus files of other
        folders (VAELoader also lists some models/vae_approx files); failing that, when they are some of
        its files (a loader that filters its folder). An option that is no folder's file rules a list out.
        An empty folder matches only options that are all no-file choices, which proves little:
        (every empty folder, False).
        """
        if not all(isinstance(option, str) for option in options):
            return (), False  # numbers or objects: a choice of settings, not of files
        values = frozenset(options)
        pseudo = frozenset(value for value in values if value.strip().lower() in PSEUDO_OPTIONS)
        real = values - pseudo
        if not real:
            return self.empty, False
        if not real <= self.every_file:
            return (), False
        exact, superset, subset = [], [], []
        for folder, names in self.files.items():
            if names and names <= real:
                (exact if names == real else superset).append(folder)
            elif real <= names:
                subset.append(folder)
        return tuple(exact or superset or subset), True


def _iter_strings(names: Any) -> Iterable[str]:
    if isinstance(names, (list, tuple, set, frozenset)):
        return (name for name in names if isinstance(name, str))
    return ()


def hinted_folder(candidates: Iterable[str], text: str) -> str | None:
    """The one candidate a name points at ("LoraLoader" -> loras), the longest matching hint winning."""
    text = _NOT_ALNUM.sub("", text.lower())
    best: list[tuple[int, str]] = []
    for folder in candidates:
        words = FOLDER_HINTS.get(folder) or _default_hints(folder)
        length = max((len(word) for word in words if word and word in text), default=0)
        if length:
            best.append((length, folder))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


def _default_hints(folder: str) -> tuple[str, ...]:
    word = _NOT_ALNUM.sub("", folder.lower())
    return (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word,)


# --- one node ----------------------------------------------------------------------------------------


def node_model_inputs(
    node_type: str, node_def: dict, folders: FolderIndex, table: tuple[ModelInput, ...]
) -> tuple[tuple[ModelInput, ...], dict[str, int]]:
    """A node's model inputs from its object_info entry, and every widget's slot by input name.

    `table` is the built-in rule for this node type (may be empty). It picks among candidate folders, adds
    model inputs the folder lists did not reveal, and, when it knows the node, vetoes inputs that matched
    only empty folders (CheckpointLoader's `config_name` with no configs listed, say).
    """
    layout = widget_layout(node_def)
    slots = {name: index for index, name in enumerate(layout) if name is not None}
    table_folders = {rule.name: rule.folder for rule in table}
    matches = []
    for name, spec, _optional in ordered_inputs(node_def):
        options = combo_options(spec)
        if options is None:
            continue
        candidates, certain = folders.match(options)
        if candidates and (certain or not table or name in table_folders):
            matches.append((name, candidates, certain))
    found = [
        _model_input(node_type, name, slots.get(name), candidates, certain, table_folders.get(name), len(matches))
        for name, candidates, certain in matches
    ]
    seen = {rule.name for rule in found}
    for rule in table:
        if rule.name not in seen:
            index = slots.get(rule.name, rule.widget_index) if slots else rule.widget_index
            found.append(ModelInput(rule.name, index, rule.folder, rule.evidence))
    return tuple(found), slots


def _model_input(
    node_type: str,
    name: str,
    index: int | None,
    candidates: tuple[str, ...],
    certain: bool,
    table_folder: str | None,
    n_matches: int,
) -> ModelInput:
    if len(candidates) == 1 and certain:
        return ModelInput(name, index, candidates[0], "object_info")
    if table_folder in candidates:
        return ModelInput(name, index, table_folder, "core table", candidates=candidates)
    # The input's own name first; the node's name only when this is its one model-like input (a loader's
    # name says what it loads, not which of its inputs does).
    hinted = hinted_folder(candidates, name)
    if hinted is None and n_matches == 1:
        hinted = hinted_folder(candidates, f"{node_type} {name}")
    if hinted is not None:
        return ModelInput(name, index, hinted, "object_info", candidates=candidates)
    return ModelInput(name, index, None, "unknown", candidates=candidates, certain=certain)
