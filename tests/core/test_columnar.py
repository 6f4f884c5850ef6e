"""The columnar store of conflict events and its interval index (viewer/core/columnar.py, intervals.py)."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.clustered import write as write_clustered
from tests.core.test_conflict import GED_COLUMNS, ged_row, write_csv
from viewer.core.columnar import load_conflict_csv
from viewer.core.formats import read_user_file
from viewer.core.intervals import IntervalIndex, ShortIntervalIndex

intervals = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60) | st.integers(0, 5000)), max_size=150)


@settings(max_examples=150, deadline=None)
@given(intervals, st.integers(-10, 6000), st.none() | st.integers(0, 100), st.booleans())
def test_short_index_answers_as_the_plain_index(pairs, day, span, presorted):
    if presorted:
        pairs = sorted(pairs)
    starts = [s for s, _ in pairs]
    stops = [s + length for s, length in pairs]
    expected = IntervalIndex(starts, stops).query(day)
    found = ShortIntervalIndex(starts, stops, span=span).query(day)
    assert found.tolist() == expected.tolist()


def test_short_index_on_every_day_of_clustered_spans():
    rng = np.random.default_rng(5)
    starts = np.sort(rng.integers(0, 3000, 5000))
    stops = starts + np.where(rng.random(5000) < 0.005, rng.integers(400, 3000, 5000), rng.integers(0, 6, 5000)) + 365
    plain, short = IntervalIndex(starts, stops), ShortIntervalIndex(starts, stops)
    assert short.span < 400  # the long ones are not in the slice
    for day in range(-5, 6500, 7):
        assert short.query(day).tolist() == plain.query(day).tolist()


def test_clustered_file_same_events_as_the_row_by_row_reader(tmp_path):
    path = write_clustered(3000, tmp_path / "ged-clustered.csv", seed=7)
    store, problems = load_conflict_csv(path)
    assert problems == [] and len(store) == 3000
    tables, found = read_user_file(path)
    rows = {f.properties["id"]: f for f in tables[0].records}
    # the events in force on a day are those the plain interval index finds over the row-by-row events
    ids = list(rows)
    starts = [dt.date.fromisoformat(rows[i].properties["start"]).toordinal() for i in ids]
    lasts = [dt.date.fromisoformat(rows[i].properties["end"] or rows[i].properties["start"]).toordinal()
             for i in ids]
    plain = IntervalIndex(starts, [last + store.recent_days for last in lasts])
    for day in (dt.date(2003, 6, 1), dt.date(2009, 10, 17), dt.date(2014, 12, 16), dt.date(2024, 1, 17)):
        expected = sorted(ids[i] for i in plain.query(day.toordinal()))
        found_ids = sorted(f"ged-{store.ids[i]}" for i in store.query(day))
        assert found_ids == expected and expected
    # each row's full event is the row-by-row reader's, with its place
    for i in (0, 1, 1500, 2999):
        record = store.record(i, dt.date(2030, 1, 1))
        feature = rows[record["id"]]
        assert {k: v for k, v in record.items() if k not in ("lat", "lon", "recent", "edtf", "certain")} == feature.properties
        assert [record["lon"], record["lat"]] == feature.geometry["coordinates"]
        assert record["recent"] is True
    assert np.all(np.diff(store.start) >= 0)


def test_bad_rows_reported_as_the_row_by_row_reader_reports_them(tmp_path):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [
        ged_row(id="1"), ged_row(id="2", date_start="2009-02-30"), ged_row(id="3", best="many"),
        ged_row(id="4", latitude="north"), ged_row(id="5", where_prec="9"), ged_row(id="6", country="Atlantis"),
        ged_row(id="7", date_end="2009-05-01"), ged_row(id="8", best="20"), ged_row(id=""), ged_row(id="9"),
    ])
    store, problems = load_conflict_csv(path)
    _, expected = read_user_file(path)
    assert [str(p) for p in problems] == [str(p) for p in expected]
    assert sorted(store.ids) == ["1", "9"]


def test_line_numbers_with_cells_holding_line_breaks(tmp_path):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [ged_row(id="1", where_description="two\nlines"), ged_row(id="2", low="x"),
                                  ged_row(id="3"), ged_row(id="3")])
    store, problems = load_conflict_csv(path)
    assert [(p.record, p.field) for p in problems] == [("record 2 ('ged-2') on line 4", "low"),
                                                      ("record 4 ('ged-3') on line 6", "id")]
    assert store.ids == ["1", "3"] and store.lines.tolist() == [2, 5]


def test_events_outside_the_timeline_and_refusals(tmp_path):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [ged_row(id="1", date_start="2026-02-01", date_end="2026-02-01"), ged_row(id="2")])
    store, problems = load_conflict_csv(path)
    assert [(p.field, p.message) for p in problems] == [("date_start", "is outside the timeline")]
    assert store.ids == ["2"]
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    store, problems = load_conflict_csv(other)
    assert store is None and "neither UCDP GED nor ACLED" in problems[0].message
    store, problems = load_conflict_csv(path, max_bytes=10)
    assert store is None and "larger than" in problems[0].message
