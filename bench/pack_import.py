"""Import the repo as the package ComfyUI sees (`civitai_sidebar`), without ComfyUI running.

The pack's modules use relative imports, so they only load as submodules of a package. Like
`tests/conftest.py`, this registers the repo folder as the package `civitai_sidebar`; unlike it,
the root `__init__.py` (ComfyUI's entry point, which imports every route module) is not run, so the
bench loads only the download engine and what it imports.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACK_DIR = Path(__file__).resolve().parents[1]
PACK_MODULE_NAME = "civitai_sidebar"


def import_pack() -> ModuleType:
    if PACK_MODULE_NAME in sys.modules:
        return sys.modules[PACK_MODULE_NAME]
    spec = importlib.util.spec_from_file_location(
        PACK_MODULE_NAME, PACK_DIR / "__init__.py", submodule_search_locations=[str(PACK_DIR)]
    )
    module = importlib.util.module_from_spec(spec)  # a package whose submodules import normally
    sys.modules[PACK_MODULE_NAME] = module
    return module
