"""The file primitives on a real file system: what a planted link or a swapped folder meets.

The real-door tests (test_planted_links_comfyui.py) cover every name through ComfyUI; these cover
the cases a test cannot time through a socket: a folder swapped between the last check and the
rename, a FIFO under a part name.
"""

from __future__ import annotations

import os

import pytest
from civitai_sidebar.civitai_utils.safe_files import (
    PlantedLink,
    open_part,
    place_final,
    read_small,
    remove_own,
    replace_with_text,
)


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "models" / "loras"
    (root / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    return root, outside


def test_a_rename_through_a_folder_swapped_for_a_symlink_is_undone(tree):
    root, outside = tree
    part = root / "sub" / "m.safetensors.part"
    part.write_bytes(b"model")
    os.rename(root / "sub", outside / "sub")
    os.symlink(outside / "sub", root / "sub")
    with pytest.raises(PlantedLink):
        place_final(part, root / "sub" / "m.safetensors", root)
    assert sorted(os.listdir(outside / "sub")) == []


def test_the_final_name_is_never_replaced_even_by_a_dangling_symlink(tree):
    root, outside = tree
    part = root / "m.safetensors.part"
    part.write_bytes(b"model")
    os.symlink(outside / "nothing-yet", root / "m.safetensors")
    with pytest.raises(FileExistsError):
        place_final(part, root / "m.safetensors", root)
    assert (root / "m.safetensors").is_symlink() and not (outside / "nothing-yet").exists()


def test_a_fifo_under_a_part_name_is_refused_without_hanging(tree):
    root, _ = tree
    os.mkfifo(root / "m.safetensors.part")
    os.mkfifo(root / "m.safetensors.part.json")
    with pytest.raises(PlantedLink):
        open_part(root / "m.safetensors.part", keep_bytes=True)
    with pytest.raises(PlantedLink):
        read_small(root / "m.safetensors.part.json", 100)


def test_links_are_refused_and_never_removed(tree):
    root, outside = tree
    victim = outside / "victim"
    victim.write_bytes(b"precious")
    os.symlink(victim, root / "a.part")
    os.link(victim, root / "b.part.json")
    with pytest.raises(PlantedLink):
        open_part(root / "a.part", keep_bytes=False)
    with pytest.raises(PlantedLink):
        replace_with_text(root / "b.part.json", "{}")
    remove_own(root / "a.part")
    remove_own(root / "b.part.json")
    assert (root / "a.part").is_symlink() and (root / "b.part.json").exists()
    assert victim.read_bytes() == b"precious"
