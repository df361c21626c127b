"""The bookkeeping of a segmented download: pieces in file order, the written prefix, splitting the slowest."""

from __future__ import annotations

from civitai_sidebar.civitai_utils.segment_plan import MIN_SPLIT_BYTES, ByteRanges, SegmentPlan

MiB = 1024 * 1024


def test_pieces_come_in_file_order_within_the_window_and_the_prefix_grows_as_they_are_written():
    plan = SegmentPlan(10 * MiB)
    first, second = plan.claim(4 * MiB, 100 * MiB), plan.claim(4 * MiB, 100 * MiB)
    assert (first.start, first.end, second.start, second.end) == (0, 4 * MiB, 4 * MiB, 8 * MiB)
    assert plan.claim(4 * MiB, 8 * MiB) is None  # past the window: wait for the prefix
    plan.written(4 * MiB, 8 * MiB)
    assert plan.prefix_end == 0  # bytes after a gap do not count yet
    plan.written(0, 4 * MiB)
    assert plan.prefix_end == 8 * MiB and not plan.complete


def test_a_connection_with_nothing_left_takes_the_second_half_of_the_piece_with_most_to_come():
    plan = SegmentPlan(16 * MiB)
    slow = plan.claim(16 * MiB, 100 * MiB)
    slow.position = 2 * MiB
    stolen = plan.steal()
    assert (stolen.start, stolen.end) == (9 * MiB, 16 * MiB) and slow.end == 9 * MiB
    slow.position = slow.end - MIN_SPLIT_BYTES
    stolen.position = stolen.end - MIN_SPLIT_BYTES
    assert plan.steal() is None  # too little left in any piece to split


def test_a_connection_that_fails_gives_back_what_it_did_not_receive():
    plan = SegmentPlan(8 * MiB)
    piece = plan.claim(8 * MiB, 100 * MiB)
    piece.position = 3 * MiB
    plan.written(0, 3 * MiB)
    plan.release(piece)
    again = plan.claim(8 * MiB, 100 * MiB)
    assert (again.start, again.end) == (3 * MiB, 8 * MiB)


def test_a_resumed_plan_fetches_only_the_gaps_of_what_an_earlier_run_wrote():
    plan = SegmentPlan(10 * MiB, done=[[0, 2 * MiB], [5 * MiB, 6 * MiB], [9 * MiB, 99 * MiB]])
    assert plan.prefix_end == 2 * MiB and plan.obtained == 3 * MiB  # a range past the end is not believed
    claims = [plan.claim(10 * MiB, 100 * MiB) for _ in range(3)]
    assert [(c.start, c.end) for c in claims if c] == [(2 * MiB, 5 * MiB), (6 * MiB, 10 * MiB)]


def test_a_streaming_connection_extends_its_piece_only_into_bytes_nobody_has():
    plan = SegmentPlan(12 * MiB)
    streaming = plan.claim(4 * MiB, 100 * MiB)
    assert plan.extend(streaming, 4 * MiB) and streaming.end == 8 * MiB
    plan.claim(4 * MiB, 100 * MiB)  # another connection takes 8-12
    assert not plan.extend(streaming, 4 * MiB)


def test_byte_ranges_merge_touching_and_overlapping_ranges():
    ranges = ByteRanges([(10, 20), (0, 5)])
    ranges.add(5, 10)
    ranges.add(30, 40)
    ranges.add(15, 35)
    assert ranges.as_list() == [[0, 40]] and ranges.prefix_end() == 40 and ranges.total() == 40
