"""GED and ACLED files in the atlas as a user adds them: ``--add``, ``pakatlas check`` and ``state`` with deaths
and precision; a file mixing good and bad rows loads the good ones and reports the rest; a large file goes to
the columnar store (viewer/core/conflictlayer.py) and answers the same as the row-by-row reader."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from benchmarks.clustered import write as write_clustered
from tests.core.test_conflict import ACLED_COLUMNS, GED_COLUMNS, acled_row, ged_row, write_csv
from viewer.cli import run
from viewer.core import conflictlayer, precision
from viewer.core.atlas import Atlas
from viewer.core.problems import DataError


def ged_file(path, rows=None):
    write_csv(path, GED_COLUMNS, rows or [
        ged_row(),
        ged_row(id="102", where_prec="4", where_coordinates="", adm_2="", latitude="28.5", longitude="65.5",
                adm_1="Balochistan province", date_prec="4", date_start="2009-05-01", date_end="2009-05-31",
                best="3", low="3", high="4"),
    ])
    return path


def test_ged_and_acled_files_added_show_deaths_and_precision_in_state(tmp_path, capsys):
    ged, acled = ged_file(tmp_path / "ged.csv"), tmp_path / "acled.csv"
    write_csv(acled, ACLED_COLUMNS, [acled_row()])
    assert run(["state", "--date", "2009-05-20", "--add", str(ged), "--add", str(acled)]) == 0
    events = {e["id"]: e for e in json.loads(capsys.readouterr().out)["events"]}
    assert events["ged-101"]["deaths"] == {"best": 12, "low": 10, "high": 15}
    assert events["ged-101"]["date_precision"] == "day" and events["ged-101"]["place_precision"] == "exact"
    assert events["ged-102"]["place_precision"] == "adm1" and events["ged-102"]["date_precision"] == "month"
    assert events["ged-102"]["region"] == "PK.BA"
    assert run(["state", "--date", "2024-01-17", "--add", str(acled)]) == 0
    event = {e["id"]: e for e in json.loads(capsys.readouterr().out)["events"]}["acled-PAK98765"]
    assert event["deaths"] == {"best": 2, "low": None, "high": None} and event["category"] == "strike"
    assert event["sources"] == [{"source": "acled", "locator": "event_id_cnty PAK98765"}]


def test_bundled_events_carry_no_conflict_fields():
    atlas = Atlas.load(strict=True)
    assert all("deaths" not in e and "place_precision" not in e for e in atlas.events)


def test_check_passes_good_files_and_names_bad_rows(tmp_path, capsys):
    ged = ged_file(tmp_path / "ged.csv")
    assert run(["check", str(ged)]) == 0
    bad = ged_file(tmp_path / "bad.csv", [ged_row(), ged_row(id="103", best="x"), ged_row(id="104", latitude="95")])
    assert run(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "record 2 ('ged-103') on line 3" in out and "best" in out
    assert "record 3 ('ged-104') on line 4" in out and "latitude" in out


def test_a_file_mixing_good_and_bad_rows_loads_the_good_ones_and_reports_the_rest(tmp_path, capsys):
    mixed = ged_file(tmp_path / "mixed.csv", [ged_row(), ged_row(id="103", date_start="2009-13-01"),
                                              ged_row(id="104", where_prec="9"), ged_row(id="105")])
    atlas = Atlas.load(extra_files=[mixed], strict=True)  # strictly: the bad rows do not stop the good ones
    ids = {e["id"] for e in atlas.events}
    assert {"ged-101", "ged-105"} <= ids and not {"ged-103", "ged-104"} & ids
    assert [(p.record, p.field) for p in atlas.left_out] == [
        ("record 2 ('ged-103') on line 3", "date_start"), ("record 3 ('ged-104') on line 4", "where_prec")]
    assert run(["state", "--date", "2009-05-20", "--add", str(mixed)]) == 0
    captured = capsys.readouterr()
    assert "ged-105" in captured.out and "ged-103" not in captured.out
    assert "left out" in captured.err and "line 3" in captured.err and "where_prec" in captured.err


def test_a_conflict_file_without_a_single_good_row_or_column_still_fails_strictly(tmp_path):
    bad = ged_file(tmp_path / "bad.csv", [ged_row(best="x")])
    with pytest.raises(DataError):
        Atlas.load(extra_files=[bad], strict=True)
    columns = [c for c in GED_COLUMNS if c != "high"]
    write_csv(tmp_path / "nohigh.csv", columns, [{c: v for c, v in ged_row().items() if c != "high"}])
    with pytest.raises(DataError) as err:
        Atlas.load(extra_files=[tmp_path / "nohigh.csv"], strict=True)
    assert any(p.field == "high" and "not a column" in p.message for p in err.value.problems)


@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    return write_clustered(4000, tmp_path_factory.mktemp("ged") / "ged-clustered.csv", seed=3)


@pytest.fixture(scope="module")
def both(clustered):
    """The same file read row by row (dicts) and into the columnar store (as a large file is)."""
    small = Atlas.load(extra_files=[clustered], strict=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflictlayer, "LARGE_FILE_BYTES", 1000)
        large = Atlas.load(extra_files=[clustered], strict=True)
    return small, large


def test_a_large_file_goes_to_the_columnar_store_and_answers_the_same(both):
    small, large = both
    assert len(large.conflicts) == 4000 and not any(e["id"].startswith("ged-") for e in large.events)
    assert large.user_files[-1]["loaded"] == 4000 and large.user_files[-1]["columnar"]
    for day in (dt.date(2004, 6, 1), dt.date(2009, 10, 17), dt.date(2014, 12, 16)):
        rows = [e for e in small.state(day)["events"] if e["id"].startswith("ged-")]
        fast = large.state(day)  # the window's state: a summary, no dict per event
        assert not any(e["id"].startswith("ged-") for e in fast["events"])
        assert fast["conflict"]["events"] == len(rows) and fast["conflict"]["deaths"] == sum(
            e["deaths"]["best"] for e in rows)
        full = [e for e in large.state(day, every_event=True)["events"] if e["id"].startswith("ged-")]
        assert sorted(full, key=lambda e: e["id"]) == sorted(rows, key=lambda e: e["id"])
    one = next(e for e in small.events if e["id"].startswith("ged-"))
    assert large.event(one["id"]) == {**one, "recent": False}
    assert large.next_event_day(dt.date(2004, 1, 1)) == small.next_event_day(dt.date(2004, 1, 1))


def test_density_cells_and_points_of_a_day(both):
    small, large = both
    day = dt.date(2009, 10, 17)
    rows = [e for e in small.state(day)["events"] if e["id"].startswith("ged-")]
    cells = large.conflicts.view(day, 6, point_limit=10)
    assert cells.mode == "cells" and sum(c[4] for c in cells.cells) == len(rows) == cells.events
    assert sum(c[5] for c in cells.cells) == sum(e["deaths"]["best"] for e in rows)
    busiest = max(cells.cells, key=lambda c: c[4])
    (south, west, north, east, count, deaths, key) = busiest
    inside = [e for e in rows if south <= e["lat"] <= north and west <= e["lon"] <= east]
    assert len(inside) == count  # a cell holds the events within its corners
    listed, total = large.conflicts.cell_events(day, 6, key, limit=count)
    assert total == count and sorted(e["id"] for e in listed) == sorted(e["id"] for e in inside)
    assert [e["start"] for e in listed] == sorted(e["start"] for e in listed)  # in date order
    first, total = large.conflicts.cell_events(day, 6, key, limit=2)
    assert total == count and first == listed[:2]
    points = large.conflicts.view(day, 6)  # a few hundred events: each drawn
    assert points.mode == "points" and len(points.points) == len(rows)
    vague = {e["id"] for e in rows if e["place_precision"] in conflictlayer.VAGUE_PLACES}
    assert {p[3] for p in points.points if precision_of(p) in conflictlayer.VAGUE_PLACES} == vague
    quiet = large.conflicts.view(day, 6, [[24.0, 61.0], [24.1, 61.1]])
    assert quiet.mode == "none" and quiet.events == 0


def precision_of(point) -> str:
    from viewer.core.schema import PLACE_PRECISIONS

    return PLACE_PRECISIONS[point[4]]


def test_histogram_counts_every_event_once(both):
    _small, large = both
    edges = [dt.date(y, 1, 1).toordinal() for y in range(1947, 2027)]
    counts, deaths = large.conflicts.histogram(edges)
    assert counts.sum() == 4000
    assert counts[edges.index(dt.date(2009, 1, 1).toordinal())] > counts[edges.index(dt.date(1995, 1, 1).toordinal())]


def test_card_text_of_deaths_precision_and_citation():
    event = {"deaths": {"best": 12, "low": 10, "high": 15}, "date_precision": "month", "place_precision": "country",
             "sources": [{"source": "acled", "locator": "event_id_cnty PAK1"}]}
    assert precision.describe(event) == [("deaths", {"best": 12, "low": 10, "high": 15}), ("date", "month"),
                                         ("place", "country")]
    [(title, citation)] = precision.citations(event)
    assert "ACLED" in title and "Raleigh" in citation
    assert precision.describe({"title": "no conflict fields"}) == []
    assert precision.describe({"deaths": {"best": None}}) == []  # no best estimate: no line of deaths


def test_every_precision_has_its_words_in_every_language():
    """The card and the map's tooltips word each date and place precision in the page's language."""
    from viewer import style
    from viewer.core.conflictlayer import VAGUE_PLACES
    from viewer.core.schema import DATE_PRECISIONS, PLACE_PRECISIONS
    from viewer.i18n.labels import label

    for lang in ("en", "fr", "ur"):
        words = [label("precision", f"date_{p}", lang) for p in DATE_PRECISIONS]
        words += [label("precision", f"place_{p}", lang) for p in PLACE_PRECISIONS]
        words += [label("page", f"area_{p}", lang) for p in VAGUE_PLACES]
        assert len(set(words)) == len(words) and all(words)
        if lang != "en":  # translated, not the English again
            assert not set(words) & {style.label("precision", f"date_{p}") for p in DATE_PRECISIONS}


def test_a_large_file_with_replace_replaces_the_bundled_events(clustered):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflictlayer, "LARGE_FILE_BYTES", 1000)
        atlas = Atlas.load(extra_files=[clustered], replace=True, strict=True)
    assert atlas.events == () and len(atlas.conflicts) == 4000
    assert atlas.state("2009-10-17")["conflict"]["events"] > 0


def test_a_range_lists_the_large_files_events_as_the_row_by_row_reader_does(both):
    """``state --from --to``: the events of a large file active in the range are listed, as for a small one."""
    small, large = both
    first, last = dt.date(2009, 5, 1), dt.date(2009, 8, 31)
    rows = {e["id"] for e in small.state_range(first, last)["events"] if e["id"].startswith("ged-")}
    listed = {e["id"] for e in large.state_range(first, last)["events"] if e["id"].startswith("ged-")}
    assert rows and listed == rows
