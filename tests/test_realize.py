"""`civitai-sidebar realize` as a user runs it against the fake Civitai/HF: files land verified in a
content-addressed store and are hard-linked into the model folders; a second run downloads nothing; a wrong file is
never silently replaced; a corrupted store object is fetched again; a SHA-256 mirror is used first and a wrong
mirror file is rejected by its hash; bad input writes nothing (exit 2)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.downloads_helpers import sha256_of
from tests.realize_helpers import (
    civitai_locked,
    hf_locked,
    realize,
    realize_env,
    served,
    static_mirror,
    write_lock,
)


@pytest.fixture
def machine(tmp_path) -> Path:
    models = tmp_path / "models"
    for folder in ("loras", "vae", "checkpoints"):
        (models / folder).mkdir(parents=True)
    return models


def _models(answer: dict) -> dict[str, dict]:
    return {m["name"]: m for m in answer["models"]}


def test_realize_fills_a_machine_and_a_second_run_downloads_nothing(tmp_path, machine, fake_services):
    lora, vae, kept = civitai_locked(fake_services), hf_locked(fake_services), civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora, vae, kept)
    store, env = tmp_path / "store", realize_env(fake_services, tmp_path)
    # the user already has one of them, downloaded long ago
    first = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    os.unlink(machine / "loras" / kept["name"])
    realize(str(lock), "--models-dir", str(machine), "--store", str(store), env=env, cwd=tmp_path)

    answer = json.loads(first.stdout)
    assert answer["schema"] == "civitai-sidebar/realize@1" and answer["complete"] is True
    by_name = _models(answer)
    assert by_name[lora["name"]]["source"] == "civitai" and by_name[vae["name"]]["source"] == "huggingface"
    assert {m["link"] for m in answer["models"]} == {"hardlink"}
    for model in (lora, vae, kept):
        placed = machine / model["folder"] / model["name"]
        obj = store / "sha256" / model["sha256"][:2] / model["sha256"]
        assert sha256_of(placed) == model["sha256"] and os.path.samefile(placed, obj)
        assert len(served(fake_services, model)) == 1

    again = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["summary"]["downloaded"] == 0
    assert {m["state"] for m in json.loads(again.stdout)["models"]} == {"present"}
    for model in (lora, vae, kept):
        assert len(served(fake_services, model)) == 1, "nothing is downloaded twice"
    assert not list((store / "tmp").iterdir()) and not list((store / "claims").iterdir())


def test_a_file_already_in_the_folder_is_adopted_into_the_store(tmp_path, machine, fake_services):
    model = civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    env = realize_env(fake_services, tmp_path)
    other = tmp_path / "other-store"
    realize(str(lock), "--models-dir", str(machine), "--store", str(other), env=env, cwd=tmp_path)  # the file exists
    store = tmp_path / "store"
    done = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [entry] = json.loads(done.stdout)["models"]
    assert entry["state"] == "present" and entry["adopted"] is True and entry["source"] is None
    assert os.path.samefile(machine / "loras" / model["name"], store / "sha256" / model["sha256"][:2] / model["sha256"])
    assert len(served(fake_services, model)) == 1


def test_a_wrong_file_is_refused_then_moved_aside_with_replace(tmp_path, machine, fake_services):
    model = hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    wrong = machine / "vae" / model["name"]
    wrong.write_bytes(b"not the locked file")
    store, env = tmp_path / "store", realize_env(fake_services, tmp_path)

    refused = realize(str(lock), "--models-dir", str(machine), "--store", str(store), env=env, cwd=tmp_path)
    assert refused.returncode == 1
    assert "is a different file" in refused.stdout and "--replace" in refused.stdout
    assert wrong.read_bytes() == b"not the locked file"

    replaced = realize(
        str(lock), "--models-dir", str(machine), "--store", str(store), "--replace", "--json", env=env, cwd=tmp_path
    )
    assert replaced.returncode == 0, replaced.stderr
    [entry] = json.loads(replaced.stdout)["models"]
    assert entry["moved_aside"].startswith(model["name"] + ".wrong-")
    assert (machine / "vae" / entry["moved_aside"]).read_bytes() == b"not the locked file"
    assert sha256_of(wrong) == model["sha256"]


def test_a_corrupted_store_object_is_moved_aside_and_fetched_again(tmp_path, machine, fake_services):
    model = civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    store, env = tmp_path / "store", realize_env(fake_services, tmp_path)
    assert (
        realize(str(lock), "--models-dir", str(machine), "--store", str(store), env=env, cwd=tmp_path).returncode == 0
    )
    obj = store / "sha256" / model["sha256"][:2] / model["sha256"]
    os.chmod(obj, 0o644)
    with open(obj, "r+b") as damaged:  # bit rot: same size, other bytes
        damaged.seek(1000)
        damaged.write(b"\xff\xfe")
    second = tmp_path / "machine2"
    (second / "loras").mkdir(parents=True)
    done = realize(str(lock), "--models-dir", str(second), "--store", str(store), "--json", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["models"][0]["source"] == "civitai"
    assert len(served(fake_services, model)) == 2
    assert len(list((store / "corrupt").iterdir())) == 1
    assert sha256_of(second / "loras" / model["name"]) == model["sha256"] == sha256_of(obj)


def test_a_store_on_another_filesystem_is_symlinked_and_said_so(tmp_path, machine, fake_services):
    if os.stat("/dev/shm").st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs a store on another filesystem")
    model = hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    store = Path("/dev/shm") / f"store-test-{tmp_path.name}"
    env = realize_env(fake_services, tmp_path)
    try:
        done = realize(str(lock), "--models-dir", str(machine), "--store", str(store), env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "symlink" in done.stdout and "store on another filesystem" in done.stdout
        assert (
            os.path.islink(machine / "vae" / model["name"])
            and sha256_of(machine / "vae" / model["name"]) == model["sha256"]
        )
    finally:
        shutil.rmtree(store, ignore_errors=True)


def test_a_mirror_hit_downloads_nothing_from_civitai_or_hf(tmp_path, machine, fake_services):
    lora, vae = civitai_locked(fake_services), hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora, vae)
    env = realize_env(fake_services, tmp_path)
    mirror_dir = tmp_path / "mirror"
    published = realize(
        str(lock), "--models-dir", str(machine), "--store", str(tmp_path / "s1"), "--publish-to-mirror",
        str(mirror_dir), env=env, cwd=tmp_path,
    )  # fmt: skip
    assert published.returncode == 0, published.stderr
    assert (mirror_dir / "sha256" / vae["sha256"][:2] / vae["sha256"]).is_file()
    fake_services.requests.clear()
    with static_mirror(mirror_dir) as (url, paths):
        second = tmp_path / "machine2"
        for folder in ("loras", "vae"):
            (second / folder).mkdir(parents=True)
        env2 = realize_env(fake_services, tmp_path, url)
        done = realize(
            str(lock), "--models-dir", str(second), "--store", str(tmp_path / "s2"), "--mirror", url, "--json",
            env=env2, cwd=tmp_path,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {m["source"] for m in json.loads(done.stdout)["models"]} == {"mirror"}
    assert fake_services.requests.entries() == []
    assert sorted(paths) == sorted(f"/sha256/{m['sha256'][:2]}/{m['sha256']}" for m in (lora, vae))


def test_a_mirror_with_a_wrong_file_is_rejected_by_its_hash(tmp_path, machine, fake_services):
    model = civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    mirror_dir = tmp_path / "mirror"
    planted = mirror_dir / "sha256" / model["sha256"][:2] / model["sha256"]
    planted.parent.mkdir(parents=True)
    planted.write_bytes(os.urandom(model["size"]))
    with static_mirror(mirror_dir) as (url, paths):
        env = realize_env(fake_services, tmp_path, url)
        done = realize(
            str(lock), "--models-dir", str(machine), "--store", str(tmp_path / "s"), "--mirror", url, "--json",
            env=env, cwd=tmp_path,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert paths and json.loads(done.stdout)["models"][0]["source"] == "civitai"
    assert sha256_of(machine / "loras" / model["name"]) == model["sha256"]


def test_bad_input_is_a_usage_error_and_writes_nothing(tmp_path, machine, fake_services):
    env = realize_env(fake_services, tmp_path)
    store = tmp_path / "store"
    bad = tmp_path / "bad.lock.json"
    bad.write_text('{"schema": "civitai-sidebar/models-lock@1", "models": [{"folder": "loras"}]}')
    good = write_lock(tmp_path / "models.lock.json", civitai_locked(fake_services))
    for args in (
        (str(bad), "--models-dir", str(machine), "--store", str(store)),
        (str(tmp_path / "absent.json"), "--models-dir", str(machine), "--store", str(store)),
        (str(good), "--models-dir", str(tmp_path / "nowhere"), "--store", str(store)),
        (str(good), "--models-dir", str(machine)),
        (str(good), "--models-dir", str(machine), "--store", str(store), "--mirror", "http://10.1.2.3/m"),
        (str(good), "--models-dir", str(machine), "--store", str(store), "--mirror", "ftp://example.com/m"),
    ):
        done = realize(*args, env=env, cwd=tmp_path)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert "error:" in done.stderr
    assert not store.exists() and fake_services.requests.entries() == []


def test_keys_go_only_to_their_host_and_never_into_the_output(tmp_path, machine, fake_services):
    lora, vae = civitai_locked(fake_services), hf_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", lora, vae)
    env = {**realize_env(fake_services, tmp_path), "CIVITAI_API_KEY": "test-civitai-key", "HF_TOKEN": "test-hf-token"}
    done = realize(
        str(lock), "--models-dir", str(machine), "--store", str(tmp_path / "s"), "--json", env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "test-civitai-key" not in done.stdout + done.stderr and "test-hf-token" not in done.stdout + done.stderr
    for entry in fake_services.requests.entries():
        auth = entry.header("Authorization") or ""
        if entry.server == "civitai":
            assert "test-hf-token" not in auth
        elif entry.server == "hf":
            assert "test-civitai-key" not in auth
        else:
            assert auth == "", entry.server
    for path in (tmp_path / "s").rglob("*"):
        if path.is_file():
            assert b"test-civitai-key" not in path.read_bytes()


def test_a_subfolder_planted_as_a_link_outside_is_refused_and_nothing_is_written_there(tmp_path, fake_services):
    comfyui = tmp_path / "ComfyUI"
    (comfyui / "models" / "loras").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (comfyui / "models" / "loras" / "styles").symlink_to(elsewhere)
    model = {**civitai_locked(fake_services), "name": "styles/planted.safetensors"}
    lock = write_lock(tmp_path / "models.lock.json", model)
    env = realize_env(fake_services, tmp_path)
    done = realize(
        str(lock), "--comfyui", str(comfyui), "--store", str(tmp_path / "s"), "--json", env=env, cwd=tmp_path
    )
    assert done.returncode == 1
    [entry] = json.loads(done.stdout)["models"]
    assert entry["state"] == "failed" and "leads outside loras/" in entry["detail"]
    assert list(elsewhere.iterdir()) == []


def test_a_file_adopted_into_a_store_on_another_filesystem_is_copied_there(tmp_path, machine, fake_services):
    if os.stat("/dev/shm").st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs a store on another filesystem")
    model = civitai_locked(fake_services)
    lock = write_lock(tmp_path / "models.lock.json", model)
    env = realize_env(fake_services, tmp_path)
    assert realize(str(lock), "--models-dir", str(machine), "--store", str(tmp_path / "s"), env=env,
                   cwd=tmp_path).returncode == 0  # fmt: skip
    store = Path("/dev/shm") / f"store-adopt-{tmp_path.name}"
    try:
        done = realize(str(lock), "--models-dir", str(machine), "--store", str(store), "--json", env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["models"][0]["adopted"] is True
        assert sha256_of(store / "sha256" / model["sha256"][:2] / model["sha256"]) == model["sha256"]
        assert len(served(fake_services, model)) == 1
    finally:
        shutil.rmtree(store, ignore_errors=True)


def test_the_right_file_under_another_root_of_the_folder_counts_as_present(tmp_path, fake_services):
    models = tmp_path / "models"
    (models / "clip").mkdir(parents=True)  # text_encoders' legacy root, which ComfyUI still lists
    model = {**hf_locked(fake_services), "folder": "text_encoders"}
    lock = write_lock(tmp_path / "models.lock.json", model)
    env = realize_env(fake_services, tmp_path)
    first = tmp_path / "first"
    (first / "text_encoders").mkdir(parents=True)
    realize(str(lock), "--models-dir", str(first), "--store", str(tmp_path / "s1"), env=env, cwd=tmp_path)
    shutil.copyfile(first / "text_encoders" / model["name"], models / "clip" / model["name"])
    done = realize(str(lock), "--models-dir", str(models), "--store", str(tmp_path / "s2"), "--json", env=env,
                   cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    [entry] = json.loads(done.stdout)["models"]
    assert entry["state"] == "present" and entry["adopted"] is True
    assert not (models / "text_encoders" / model["name"]).exists()
    assert len(served(fake_services, model)) == 1
