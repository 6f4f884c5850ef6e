import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.intervals import IntervalIndex


@pytest.mark.parametrize("checkpoint_every", [1, 7, 256])
def test_index_agrees_with_brute_force(checkpoint_every):
    rng = np.random.default_rng(7)
    starts = rng.integers(0, 20_000, 5_000)
    lengths = rng.integers(0, 2_000, 5_000) * (rng.random(5_000) < 0.6)
    stops = starts + lengths
    index = IntervalIndex(starts, stops, checkpoint_every)
    for day in list(rng.integers(-5, 23_000, 500)) + [0, int(starts.min()), int(stops.max()), int(stops.max()) + 1]:
        expected = np.nonzero((starts <= day) & (stops >= day))[0]
        assert np.array_equal(index.query(int(day)), expected)


def test_closed_interval_ends_are_inclusive():
    index = IntervalIndex([10, 20], [10, 30])
    assert index.query(9).tolist() == []
    assert index.query(10).tolist() == [0]
    assert index.query(30).tolist() == [1]
    assert index.query(31).tolist() == []


def test_empty_index_answers_nothing():
    assert IntervalIndex([], []).query(5).tolist() == []


def test_timeline_clamps_and_steps():
    import datetime as dt

    from viewer.core.timeline import Timeline, add_months

    seen = []
    timeline = Timeline(dt.date(1947, 8, 14), dt.date(2025, 12, 31))
    timeline.connect(seen.append)
    timeline.step(days=-1)
    assert timeline.day == dt.date(1947, 8, 14) and seen == []
    timeline.day = "2024-01-31"
    timeline.step(months=1)
    assert timeline.day == dt.date(2024, 2, 29)
    timeline.step(years=5)
    assert timeline.day == dt.date(2025, 12, 31)
    assert seen == [dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2025, 12, 31)]
    assert timeline.day_at(timeline.index) == timeline.day
    assert add_months(dt.date(2023, 12, 15), 1) == dt.date(2024, 1, 15)


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=300),
       st.integers(-10, 470), st.integers(0, 80), st.integers(1, 64))
def test_overlapping_is_every_interval_sharing_a_day_with_the_range(spans, first, length, every):
    starts = [s for s, _ in spans]
    stops = [s + n for s, n in spans]
    last = first + length
    index = IntervalIndex(starts, stops, checkpoint_every=every)
    expected = [i for i, (a, b) in enumerate(zip(starts, stops)) if a <= last and b >= first]
    assert index.overlapping(first, last).tolist() == expected
