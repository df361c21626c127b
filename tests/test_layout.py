"""The file layout keeps the architecture of DESIGN.md §2: every module imports on its own, and imports point one way.

`pipeline` is pure logic: it imports nothing of the pack outside `pipeline`, and neither ComfyUI (`server`,
`folder_paths`, `comfy`) nor aiohttp's web server. `civitai_utils` talks to the outside and uses only
`pipeline.shapes`, the shapes both halves share. The HTTP door and the place that builds its services do not
import each other in a circle. Imports are read with `ast`, including those inside functions, since a lazy
import is still a dependency.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACK = Path(__file__).resolve().parents[1]
PACKAGE_NAMES = ("civitai_sidebar", "civitai_sidebar_pack")  # how tests and the detection worker name the pack
COMFYUI_MODULES = ("server", "folder_paths", "comfy", "aiohttp.web")
# `python -m pipeline` from the pack's folder hands off to the command-line door: a door, not pure logic.
DOORS_INSIDE_PIPELINE = {"pipeline.__main__"}
DOORS = ("civitai_routes", "civitai_cli", "civitai_mcp", "command_line")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACK).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def pack_modules(*folders: str) -> list[str]:
    return sorted(module_name(path) for folder in folders for path in (PACK / folder).rglob("*.py"))


def imports_of(module: str) -> list[str]:
    """Every module `module` imports, absolute; the pack's own spelled relative to the pack (`pipeline.x.y`)."""
    path = PACK / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = PACK / module.replace(".", "/") / "__init__.py"
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
                for name in PACKAGE_NAMES:
                    if target == name or target.startswith(name + "."):
                        target = target[len(name) + 1 :]
            # `from x import y` may import the module x.y: count both, so that `from .. import z` is seen
            found += [target, *(f"{target}.{alias.name}".lstrip(".") for alias in node.names)]
    return found


def ours(name: str) -> bool:
    top = name.split(".", 1)[0]
    return top in ("pipeline", "civitai_utils", "civitai_routes") or name == ""


def is_module(name: str) -> bool:
    path = PACK / name.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def pack_imports(module: str) -> set[str]:
    return {name for name in imports_of(module) if ours(name) and name and is_module(name)}


def test_every_module_imports_on_its_own_in_a_fresh_interpreter():
    """A module that imports only after another one was imported first breaks the day its user imports it first."""
    pure = [m for m in pack_modules("pipeline") if m not in DOORS_INSIDE_PIPELINE]
    # the pure modules first: whatever ComfyUI or aiohttp.web module is loaded then, one of them loaded it
    doors = ["civitai_routes", "civitai_cli", "civitai_mcp", *pack_modules("command_line")]
    modules = pure + sorted(DOORS_INSIDE_PIPELINE) + pack_modules("civitai_utils") + doors
    script = f"""
import importlib, sys, types
names = {modules!r}
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m == "civitai_sidebar" or m.startswith("civitai_sidebar.")]:
        del sys.modules[loaded]
    package = types.ModuleType("civitai_sidebar")  # the pack as ComfyUI imports it, without its __init__
    package.__path__ = [{str(PACK)!r}]
    sys.modules["civitai_sidebar"] = package
    try:
        importlib.import_module("civitai_sidebar." + name)
    except Exception as error:
        failed.append(f"{{name}}: {{type(error).__name__}}: {{error}}")
    if name in {pure!r}:
        comfy = sorted(m for m in ("server", "folder_paths", "comfy", "aiohttp.web") if m in sys.modules)
        if comfy:
            failed.append(f"{{name}}: loads {{comfy}}")
print("\\n".join(failed))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=PACK)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", "modules that fail to import on their own:\n" + done.stdout


@pytest.mark.parametrize("module", pack_modules("pipeline"))
def test_pipeline_imports_nothing_of_ours_outside_pipeline_and_nothing_of_comfyui(module):
    names = imports_of(module)
    comfy = [n for n in names if any(n == c or n.startswith(c + ".") for c in COMFYUI_MODULES)]
    assert not comfy, f"{module} imports {comfy}: pipeline is pure logic, without ComfyUI or a web server"
    if module in DOORS_INSIDE_PIPELINE:
        return
    outside = sorted(n for n in pack_imports(module) if not n.startswith("pipeline"))
    assert not outside, f"{module} imports {outside}: pipeline receives clients through protocols instead"


@pytest.mark.parametrize("module", pack_modules("pipeline/shapes"))
def test_shared_shapes_import_only_shared_shapes(module):
    outside = sorted(n for n in pack_imports(module) if not n.startswith("pipeline.shapes"))
    assert not outside, f"{module} imports {outside}: the shapes civitai_utils may use must not pull in the rest"


@pytest.mark.parametrize("module", pack_modules("civitai_utils"))
def test_civitai_utils_uses_only_the_shared_shapes_of_pipeline(module):
    internals = {n for n in pack_imports(module) if n.startswith("pipeline") and not n.startswith("pipeline.shapes")}
    assert not internals, f"{module} imports {sorted(internals)}: only pipeline.shapes is shared with civitai_utils"
    doors = sorted(n for n in pack_imports(module) if n.split(".")[0] in DOORS)
    assert not doors, f"{module} imports the doors {doors}: services never know who calls them"


def test_no_import_circle_through_the_http_door():
    """civitai_routes imports the services builders; nothing they import may lead back to the routes."""
    graph = {m: pack_imports(m) for m in pack_modules("pipeline", "civitai_utils") + ["civitai_routes"]}
    seen, stack = set(), [n for n in graph["civitai_routes"] if n in graph]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack += [n for n in graph.get(current, ()) if n not in seen]
    assert "civitai_routes" not in seen, "an import circle: the routes import a module that imports the routes"
    assert {"civitai_utils.standalone_services", "civitai_utils.wiring"} <= {
        m for m in graph if "civitai_routes" not in graph[m]
    }


def test_the_layout_reads_as_the_architecture():
    """Sub-packages by concern; the only loose module of pipeline hands `python -m pipeline` to the command line."""
    loose = sorted(p.name for p in (PACK / "pipeline").glob("*.py"))
    assert loose == ["__init__.py", "__main__.py"]
    doors = sorted(p.name for p in PACK.glob("civitai_*.py"))
    assert doors == ["civitai_cli.py", "civitai_mcp.py", "civitai_routes.py"]
    concerns = sorted(p.name for p in (PACK / "pipeline").iterdir() if (p / "__init__.py").exists())
    assert concerns == ["generation", "images", "locks", "reports", "shapes", "sources", "workflows"]
