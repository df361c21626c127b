"""`python -m pipeline ...` from the pack's folder (or `python path/to/pack/pipeline ...`): the same command
line as the installed `civitai-sidebar` (civitai_cli.py).

The pack's modules import each other relatively, as ComfyUI loads them; so the folder is imported
here as one package first, and its command line is run from there.
"""

import importlib.util
import sys
from pathlib import Path

PACK_DIR = Path(__file__).resolve().parents[1]
PACKAGE = "civitai_sidebar"


def _import_pack():
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, PACK_DIR / "__init__.py", submodule_search_locations=[str(PACK_DIR)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return importlib.import_module(f"{PACKAGE}.civitai_cli")


if __name__ == "__main__":
    _import_pack().main(prog="python -m pipeline")
