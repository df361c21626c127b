"""The journal on its own: one small record per change, compaction, a torn last line, the older format."""

from __future__ import annotations

import json

from civitai_sidebar.civitai_utils.download_journal import (
    COMPACT_AFTER_LINES,
    JOURNAL_NAME,
    OLD_JOURNAL_NAME,
    DownloadJournal,
)


def entry(number: int) -> dict:
    return {
        "id": f"t{number}",
        "batch_id": None,
        "resource": {"folder": "loras", "url": f"https://civitai.com/{number}"},
    }


def test_adds_and_dones_are_appended_and_replayed(tmp_path):
    journal = DownloadJournal(tmp_path)
    for number in range(5):
        journal.add(entry(number))
    journal.done(["t1", "t3"])
    journal.wait()
    lines = (tmp_path / JOURNAL_NAME).read_text().splitlines()
    assert len(lines) <= 7 and all(len(line) < 200 for line in lines)
    assert [e["id"] for e in DownloadJournal(tmp_path).load()] == ["t0", "t2", "t4"]


def test_the_log_is_compacted_once_dead_lines_dominate(tmp_path):
    journal = DownloadJournal(tmp_path)
    for number in range(COMPACT_AFTER_LINES * 2):
        journal.add(entry(number))
        journal.done([f"t{number}"])
    journal.add(entry(9999))
    journal.wait()
    assert len((tmp_path / JOURNAL_NAME).read_text().splitlines()) < COMPACT_AFTER_LINES + 4
    assert [e["id"] for e in DownloadJournal(tmp_path).load()] == ["t9999"]


def test_a_torn_last_line_is_skipped(tmp_path):
    journal = DownloadJournal(tmp_path)
    journal.add(entry(1))
    journal.wait()
    with open(tmp_path / JOURNAL_NAME, "a") as stream:
        stream.write('{"op": "add", "entry": {"id": "t2", "reso')
    assert [e["id"] for e in DownloadJournal(tmp_path).load()] == ["t1"]


def test_the_older_whole_file_journal_is_resumed_and_replaced(tmp_path):
    (tmp_path / OLD_JOURNAL_NAME).write_text(json.dumps({"unfinished": [entry(1), entry(2)]}))
    journal = DownloadJournal(tmp_path)
    assert [e["id"] for e in journal.load()] == ["t1", "t2"]
    journal.done(["t1"])
    journal.wait()
    assert not (tmp_path / OLD_JOURNAL_NAME).exists()
    assert [e["id"] for e in DownloadJournal(tmp_path).load()] == ["t2"]
