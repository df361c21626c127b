"""The MCP server as an agent meets it: started over stdio by the SDK's own client, against the fake Civitai/HF."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import pytest

from tests.downloads_helpers import MiB, civitai_model, payload, sha256_of
from tests.test_embedded_workflow import png, text_chunk

mcp = pytest.importorskip("mcp", reason="the MCP SDK is an optional extra: pip install '.[mcp]'")
from mcp import ClientSession, StdioServerParameters, stdio_client  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS_EXAMPLES = REPO.parent / "shared" / "corpus" / "workflows" / "comfyui_examples"
HIRES_WORKFLOW = CORPUS_EXAMPLES / "2_pass_txt2img__hiresfix_esrgan_workflow.json"
KEY, HF_KEY = "test-civitai-key", "test-hf-token"
TOOLS = {"find_missing", "resolve_image", "generate_workflow", "download", "download_status", "cancel_download",
         "pause_download", "resume_download", "lock", "verify", "realize"}  # fmt: skip


class Agent:
    """A connected client session that checks every answer for the key before handing it over."""

    def __init__(self, session: ClientSession):
        self.session = session
        self.seen: list[str] = []

    async def call(self, tool: str, **arguments) -> tuple[bool, dict | str]:
        """(is_error, the JSON answer, or the error sentence)."""
        result = await self.session.call_tool(tool, arguments)
        text = "".join(block.text for block in result.content if block.type == "text")
        seen = text + json.dumps(result.structured_content or {})
        self.seen.append(seen)
        assert KEY not in seen and HF_KEY not in seen, f"{tool} answered a key"
        return (True, text) if result.is_error else (False, json.loads(text))

    async def ok(self, tool: str, **arguments) -> dict:
        failed, answer = await self.call(tool, **arguments)
        assert not failed, answer
        return answer

    async def refused(self, tool: str, **arguments) -> str:
        failed, answer = await self.call(tool, **arguments)
        assert failed, answer
        return answer

    async def finished(self, task_id: str, *, until=lambda task: task["status"] in FINISHED) -> dict:
        with anyio.fail_after(30):
            while True:
                [task] = (await self.ok("download_status", task_ids=[task_id]))["tasks"]
                if until(task):
                    return task
                await anyio.sleep(0.1)


FINISHED = {"completed", "failed", "cancelled"}


@pytest.fixture
def models(tmp_path) -> Path:
    (tmp_path / "models" / "checkpoints").mkdir(parents=True)
    return tmp_path / "models"


@pytest.fixture
def server_env(fake_services, tmp_path) -> dict[str, str]:
    keys = {"CIVITAI_API_KEY": KEY, "HF_TOKEN": HF_KEY}
    return {**fake_services.env(), **keys, "XDG_CACHE_HOME": str(tmp_path / "cache")}


SCRIPT = ["civitai_mcp.py"]
COMMAND_LINE = ["-m", "pipeline", "mcp"]  # the command line's door, as `civitai-sidebar mcp` runs it


@asynccontextmanager
async def connected(env: dict[str, str], *args: str, launcher: list[str] = SCRIPT) -> AsyncIterator[Agent]:
    server = StdioServerParameters(command=sys.executable, args=[*launcher, *args], env=env, cwd=REPO)
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield Agent(session)


@pytest.mark.parametrize("launcher", [SCRIPT, COMMAND_LINE], ids=["script", "civitai-sidebar mcp"])
async def test_the_server_lists_its_tools_with_their_input_schemas(server_env, models, launcher):
    async with connected(server_env, "--models-dir", str(models), launcher=launcher) as agent:
        listed = {tool.name: tool for tool in (await agent.session.list_tools()).tools}
    assert set(listed) == TOOLS
    schema = {name: tool.input_schema for name, tool in listed.items()}
    assert schema["find_missing"]["required"] == ["workflow"]
    assert {"type": "string"} in schema["find_missing"]["properties"]["workflow"]["anyOf"]
    assert schema["resolve_image"]["required"] == ["image_id"] == schema["generate_workflow"]["required"]
    file = schema["download"]["$defs"]["DownloadableFile"]  # the routes' own model
    assert set(file["required"]) == {"folder", "url"} and "sha256" in file["properties"]
    assert "task_ids" in schema["download_status"]["properties"]
    assert set(schema["cancel_download"]["properties"]) == {"task_id", "cancel_all"}
    assert not any("key" in name.lower() for s in schema.values() for name in s["properties"])  # keys: env only
    assert listed["download_status"].annotations.read_only_hint and not listed["download"].annotations.read_only_hint
    assert schema["verify"]["required"] == ["lock"] and {"workflow", "image_id"} <= set(schema["lock"]["properties"])
    assert listed["lock"].annotations.read_only_hint and listed["verify"].annotations.read_only_hint


@pytest.mark.skipif(not HIRES_WORKFLOW.is_file(), reason="the shared corpus is not beside this checkout")
async def test_find_missing_reads_a_corpus_workflow_by_path_as_object_and_from_a_png(server_env, models, tmp_path):
    (models / "checkpoints" / "v2-1_768-ema-pruned.ckpt").write_bytes(b"x")
    workflow = json.loads(HIRES_WORKFLOW.read_text())
    (tmp_path / "wf.png").write_bytes(png(text_chunk("workflow", json.dumps(workflow))))
    async with connected(server_env, "--models-dir", str(models)) as agent:
        by_path = await agent.ok("find_missing", workflow=str(HIRES_WORKFLOW))
        as_object = await agent.ok("find_missing", workflow=workflow, sources=False)
        from_png = await agent.ok("find_missing", workflow=str(tmp_path / "wf.png"), sources=False)
    verdicts = {(m["reference"]["folder"], m["reference"]["name"]): m for m in by_path["models"]}
    assert set(verdicts) == {("checkpoints", "v2-1_768-ema-pruned.ckpt"), ("upscale_models", "RealESRGAN_x4plus.pth")}
    assert verdicts["checkpoints", "v2-1_768-ema-pruned.ckpt"]["status"] == "present"
    missing = verdicts["upscale_models", "RealESRGAN_x4plus.pth"]
    assert missing["status"] == "missing" and missing["resource"]["folder"] == "upscale_models"  # a source, or why not
    assert missing["resource"]["resolved"] or missing["resource"]["reason"]
    assert by_path["models_dir"] == str(models.resolve())
    for other in (as_object, from_png):
        assert [(m["reference"]["name"], m["status"]) for m in other["models"]] == [
            (m["reference"]["name"], m["status"]) for m in by_path["models"]
        ]
        assert all(m["resource"] is None for m in other["models"])  # sources: false answers at once


async def test_a_source_find_missing_found_downloads_as_it_is_and_then_counts_as_present(server_env, models):
    workflow = {
        "nodes": [{"id": 1, "type": "LoraLoader", "mode": 0, "widgets_values": ["setsunaTokage_v10.safetensors"]}],
        "links": [],
    }
    async with connected(server_env, "--models-dir", str(models)) as agent:
        answer = await agent.ok("find_missing", workflow=json.dumps(workflow))  # JSON text works too
        [model] = answer["models"]
        assert model["status"] == "missing" and model["resource"]["resolved"]
        assert model["resource"]["confidence"] == 1.0 and "exactly this name" in model["resource"]["evidence"]
        [task] = (await agent.ok("download", resources=[model["resource"]]))["tasks"]  # the answer's own shape
        done = await agent.finished(task["task_id"])
        again = await agent.ok("find_missing", workflow=workflow, sources=False)
    landed = models / "loras" / "setsunaTokage_v10.safetensors"
    assert done["status"] == "completed" and sha256_of(landed) == model["resource"]["sha256"] == done["sha256"]
    assert [m["status"] for m in again["models"]] == ["present"]


async def test_resolve_image_and_generate_workflow_from_the_fake(server_env, models):
    async with connected(server_env, "--models-dir", str(models)) as agent:
        resolved = await agent.ok("resolve_image", image_id="https://civitai.com/images/26962948")
        generated = await agent.ok("generate_workflow", image_id=26962948)
    assert resolved["image"]["id"] == 26962948 and resolved["metadata"]["seed"] == 3150861441
    kinds = {r["kind"] for r in resolved["resources"]}
    assert {"checkpoint", "lora", "embedding", "vae"} <= kinds
    assert all(r["resolved"] and len(r["sha256"]) == 64 and not r["already_downloaded"] for r in resolved["resources"])
    nodes = {node["class_type"]: node["inputs"] for node in generated["workflow"].values()}
    assert (nodes["KSampler"]["seed"], nodes["KSampler"]["steps"], nodes["KSampler"]["sampler_name"]) == (
        3150861441,
        20,
        "dpmpp_2m",
    )
    checkpoint = next(r for r in resolved["resources"] if r["kind"] == "checkpoint")
    assert nodes["CheckpointLoaderSimple"]["ckpt_name"] == checkpoint["filename"]
    assert generated["workflow_type"] == "txt2img" and generated["node_count"] == len(generated["workflow"])


async def test_download_lands_with_its_sha256_and_a_stalled_one_is_cancelled(server_env, models, fake_services):
    small = civitai_model(fake_services, size=MiB, require_auth=True)  # needs the key from the environment
    async with connected(server_env, "--models-dir", str(models)) as agent:
        started = await agent.ok("download", resources=[payload(small)])
        [task] = started["tasks"]
        done = await agent.finished(task["task_id"])
        assert done["status"] == "completed", done
        landed = models / "loras" / small["filename"]
        assert done["file"] == str(landed) and done["sha256"] == small["sha256"] == sha256_of(landed)

        stalled = civitai_model(fake_services, size=8 * MiB)
        fake_services.faults.stall("storage", after_bytes=MiB, seconds=None, times=None)
        [task] = (await agent.ok("download", resources=[payload(stalled)]))["tasks"]
        await agent.finished(task["task_id"], until=lambda t: t["downloaded_bytes"] > 0)
        cancelled = await agent.ok("cancel_download", task_id=task["task_id"])
        assert cancelled["cancelled"] == [task["task_id"]]
        fake_services.faults.clear()
        assert (await agent.finished(task["task_id"]))["status"] == "cancelled"
        everything = await agent.ok("download_status")
    assert {t["status"] for t in everything["tasks"]} == {"completed", "cancelled"}
    assert sorted(p.name for p in (models / "loras").iterdir()) == [small["filename"]]  # no .part left behind


async def test_an_agent_pauses_a_download_and_resumes_it_from_its_bytes(server_env, models, fake_services):
    resource = civitai_model(fake_services, size=8 * MiB)
    fake_services.faults.slow("storage", 2 * MiB, match=resource["_storage_key"])
    async with connected(server_env, "--models-dir", str(models)) as agent:
        [task] = (await agent.ok("download", resources=[payload(resource)]))["tasks"]
        await agent.finished(task["task_id"], until=lambda t: t["downloaded_bytes"] >= MiB)
        assert (await agent.ok("pause_download", task_id=task["task_id"]))["paused"] == [task["task_id"]]
        paused = await agent.finished(task["task_id"], until=lambda t: t["status"] == "paused")
        assert not (models / "loras" / resource["filename"]).exists()
        fake_services.faults.clear()
        assert (await agent.ok("resume_download", all=True))["resumed"] == [task["task_id"]]
        done = await agent.finished(task["task_id"])
        assert "completed" in await agent.refused("pause_download", task_id=task["task_id"])
    assert done["status"] == "completed" and done["sha256"] == resource["sha256"]
    resumed = fake_services.requests.entries(server="storage")[-1]
    assert resumed.header("Range") == f"bytes={paused['downloaded_bytes']}-"


async def test_bad_input_is_a_clear_tool_error_and_the_server_keeps_answering(server_env, models, tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.json").write_text("{not json")
    async with connected(server_env, "--models-dir", str(models)) as agent:
        assert "not a Civitai link" in await agent.refused("resolve_image", image_id="hello there")
        assert "no image 999999999" in await agent.refused("resolve_image", image_id=999999999)
        assert "no image" in await agent.refused("generate_workflow", image_id=999999999)
        assert "no workflow file at" in await agent.refused("find_missing", workflow=str(tmp_path / "nope.json"))
        assert "not a workflow file" in await agent.refused("find_missing", workflow=str(tmp_path / "notes.txt"))
        assert "cannot be read" in await agent.refused("find_missing", workflow=str(tmp_path / "broken.json"))
        assert "no workflow file at" in await agent.refused("find_missing", workflow="x" * 5000)  # too long a name
        assert "not JSON" in await agent.refused("find_missing", workflow="{nodes: [")
        assert "valid dictionary" in await agent.refused("find_missing", workflow="[1, 2]")
        assert "lone UTF-16 surrogate" in await agent.refused("find_missing", workflow='{"nodes": [], "x": "\\ud800"}')
        assert "workflow" in await agent.refused("find_missing", workflow=["not", "an", "object"])
        no_folder = await agent.refused("find_missing", workflow={"nodes": []}, models_dir=str(tmp_path / "none"))
        assert "no models folder at" in no_folder
        assert "resources.0.url: Field required" in await agent.refused("download", resources=[{"folder": "loras"}])
        outside = {"folder": "loras", "filename": "../../evil.safetensors", "url": "https://civitai.com/api/x"}
        assert "download:" in await agent.refused("download", resources=[outside])
        assert "no download task 'nope'" in await agent.refused("download_status", task_ids=["nope"])
        assert "give task_id" in await agent.refused("cancel_download")
        assert (await agent.ok("download_status"))["tasks"] == []
    assert not any((models / folder).exists() for folder in ("loras",))  # nothing written on a refusal


async def test_without_a_models_folder_only_the_folder_tools_refuse(server_env):
    async with connected(server_env) as agent:
        assert "no models folder" in await agent.refused("find_missing", workflow={"nodes": []})
        resolved = await agent.ok("resolve_image", image_id=26962948)
    assert resolved["resources"] and not any(r["already_downloaded"] for r in resolved["resources"])


async def test_the_civitai_key_never_appears_in_an_answer(server_env, models, fake_services):
    """Every call above checks its answer; here the calls that use the key most, side by side."""
    gated = civitai_model(fake_services, size=MiB, require_auth=True)
    async with connected(server_env, "--models-dir", str(models)) as agent:
        await agent.ok("resolve_image", image_id=26962948)
        unhashed = {k: v for k, v in payload(gated).items() if k != "sha256"}  # no SHA-256 given: hashed once done
        [task] = (await agent.ok("download", resources=[unhashed]))["tasks"]
        done = await agent.finished(task["task_id"])
        await agent.ok("download_status")
        await agent.refused("resolve_image", image_id=999999999)
    assert done["status"] == "completed" and done["sha256"] == gated["sha256"] == sha256_of(Path(done["file"]))
    assert len(agent.seen) >= 5 and not any(KEY in text for text in agent.seen)


def run_script(*args: str, without_sdk: bool = False) -> subprocess.CompletedProcess:
    """`python civitai_mcp.py ...`, optionally in a Python where the MCP SDK cannot be imported."""
    hide = "sys.modules['mcp'] = None; " if without_sdk else ""
    code = (
        f"import runpy, sys; {hide}sys.argv = ['civitai_mcp.py', *sys.argv[1:]]; "
        "runpy.run_path('civitai_mcp.py', run_name='__main__')"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_without_the_sdk_the_server_says_how_to_install_it(models):
    done = run_script("--models-dir", str(models), without_sdk=True)
    assert done.returncode == 1 and "pip install 'comfyui-civitai-sidebar[mcp]'" in done.stderr
    assert done.stdout == ""  # stdout is the protocol's: nothing else is ever written there


def test_a_models_folder_that_is_not_there_is_a_usage_error(tmp_path):
    done = run_script("--models-dir", str(tmp_path / "nope"))
    assert done.returncode == 2 and "no models folder at" in done.stderr
