"""Dates as historians write them (EDTF, ISO 8601-2): loaded, answered with how certain they are, checked."""

import datetime as dt
import json

import pytest

from viewer.cli import main
from viewer.core.dates import EdtfDay, parse_edtf

from tests.core.test_user_data import collection, feature, write_json


@pytest.mark.parametrize("text, first, last", [
    ("1965-09~", dt.date(1965, 9, 1), dt.date(1965, 9, 30)),
    ("1948?", dt.date(1948, 1, 1), dt.date(1948, 12, 31)),
    ("1979-XX-XX", dt.date(1979, 1, 1), dt.date(1979, 12, 31)),
    ("197X", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
])
def test_edtf_dates_have_strict_bounds_inside_fuzzy_ones(text, first, last):
    start, end = parse_edtf(text), parse_edtf(text, last=True)
    assert (start, end) == (first, last)
    assert isinstance(start, EdtfDay) and start.edtf == text
    assert start.fuzzy[0] <= first and start.fuzzy[1] >= last


def test_exact_iso_days_stay_plain_dates():
    day = parse_edtf("1965-09-06")
    assert type(day) is dt.date and day == dt.date(1965, 9, 6)


@pytest.mark.parametrize("text", ["1965-13~", "about 1965", "1965-09-06/..", ""])
def test_what_is_not_one_edtf_date_is_refused(text):
    with pytest.raises(ValueError):
        parse_edtf(text)


def state(capsys, *args):
    assert main(["state", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_approximate_event_is_listed_with_how_certain_it_is(tmp_path, capsys):
    path = write_json(tmp_path / "war.geojson", collection(feature(id="war-65", start="1965-09~", region=None)))
    found = {d: [e for e in state(capsys, "--date", d, "--add", str(path))["events"] if e["id"] == "war-65"]
             for d in ("1965-08-25", "1965-09-15", "1964-01-01")}
    assert [(e["edtf"], e["certain"]) for e in found["1965-08-25"]] == [("1965-09~", False)]
    assert [(e["edtf"], e["certain"]) for e in found["1965-09-15"]] == [("1965-09~", True)]
    assert found["1964-01-01"] == []


def test_an_invalid_edtf_string_is_one_problem_naming_the_field(tmp_path, capsys):
    path = write_json(tmp_path / "bad.geojson", collection(feature(id="bad", start="1965-13~")))
    assert main(["check", str(path)]) != 0
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if "field" in line]
    assert len(lines) == 1 and "'start'" in lines[0] and "1965-13~" in lines[0], lines


def test_an_end_before_its_start_is_judged_on_strict_bounds(tmp_path, capsys):
    ok = write_json(tmp_path / "ok.geojson", collection(feature(id="ok", start="1965-09~", end="1965-09-10")))
    bad = write_json(tmp_path / "bad.geojson", collection(feature(id="bad", start="1965-09~", end="1964")))
    assert main(["check", str(ok)]) == 0
    capsys.readouterr()
    assert main(["check", str(bad)]) != 0
    out = capsys.readouterr()
    assert "'end'" in out.out + out.err


def test_a_conflict_event_known_only_to_the_month_is_that_month():
    from viewer.core.dates import record_edtf

    assert record_edtf("2009-05-01", "2009-05-31", "month") == "2009-05"
    assert record_edtf("2009-01-01", "2009-12-31", "year") == "2009"
    assert record_edtf("2009-05-03", "2009-05-09", "week") == "2009-05-03/2009-05-09"
    assert record_edtf(parse_edtf("1965-09~"), parse_edtf("1965-10", last=True)) == "1965-09~/1965-10"
    assert record_edtf(dt.date(1954, 9, 8), "..") == "1954-09-08/.."


def test_a_range_lists_everything_active_in_it_with_the_same_keys(tmp_path, capsys):
    path = write_json(tmp_path / "war.geojson", collection(feature(id="war-65", start="1965-09~", region=None)))
    found = state(capsys, "--from", "1965-01-01", "--to", "1965-12-31", "--add", str(path))
    war = [e for e in found["events"] if e["id"] == "war-65"]
    assert [(e["edtf"], e["certain"]) for e in war] == [("1965-09~", True)]
    assert "1966-01-10" not in {e["start"] for e in found["events"]}  # the Tashkent Declaration is after it
    seato = [m for m in found["memberships"] if m["alliance"] == "SEATO" and m["member"] == "PAK"]
    assert seato and seato[0]["edtf"].startswith("1954-09-08/") and seato[0]["certain"]
    assert {r["partner"] for r in found["relations"]} >= {"USA", "IND", "CHN"}
    before = state(capsys, "--from", "1964-01-01", "--to", "1964-03-31", "--add", str(path))
    assert not [e for e in before["events"] if e["id"] == "war-65"]


def test_a_csv_file_takes_edtf_in_start_and_end_too(tmp_path, capsys):
    from tests.core.test_user_data import csv_row, write_csv

    path = write_csv(tmp_path / "events.csv", csv_row(id="talks", start="1979-XX-XX", end="1979?"),
                     csv_row(id="late", start="1948?", end="1947-12-01"))
    assert main(["check", str(path)]) != 0
    out = capsys.readouterr()
    problems = [line for line in (out.out + out.err).splitlines() if "field" in line]
    assert len(problems) == 1 and "'late'" in problems[0] and "'end'" in problems[0], problems
    ok = write_csv(tmp_path / "events-ok.csv", csv_row(id="talks", start="1979-XX-XX", end="1979?"))
    found = [e for e in state(capsys, "--date", "1979-06-01", "--add", str(ok))["events"] if e["id"] == "talks"]
    assert [(e["edtf"], e["certain"]) for e in found] == [("1979-XX-XX/1979?", True)]


def test_a_geopackage_takes_edtf_in_start(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    from viewer.core.atlas import Atlas
    from tests.core.test_user_data import SOURCE

    frame = gpd.GeoDataFrame({
        "id": ["war-65"], "start": ["1965-09~"], "title": ["War"], "category": ["war"], "actors": ["IND;PAK"],
        "sources": [json.dumps([SOURCE])],
    }, geometry=[Point(74.3, 31.5)], crs=4326)
    frame.to_file(tmp_path / "events.gpkg", driver="GPKG")
    atlas = Atlas.load(None, extra_files=[tmp_path / "events.gpkg"], strict=True)
    early = {e["id"]: e for e in atlas.state("1965-08-25")["events"]}
    assert early["war-65"]["edtf"] == "1965-09~" and early["war-65"]["certain"] is False


@pytest.mark.parametrize("text", ["Y170000002", "9999-12~", "1965-02-29~", "{1965,1966}", "1965" * 5000])
def test_odd_or_hostile_edtf_is_a_value_error(text):
    with pytest.raises(ValueError):
        parse_edtf(text)


def test_an_interval_in_the_start_field_gives_the_record_its_end(tmp_path, capsys):
    path = write_json(tmp_path / "war.geojson", collection(
        feature(id="open", start="1965-09-06/..", region=None),
        feature(id="closed", start="1965-09~/1965-10", region=None),
        feature(id="both", start="1965-09-06/1965-09-23", end="1965-10-01", region=None)))
    assert main(["check", str(path)]) != 0
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if "field" in line]
    assert len(lines) == 1 and "record 3 ('both'), field 'start'" in lines[0], lines
    good = write_json(tmp_path / "events-good.geojson", collection(
        feature(id="open", start="1965-09-06/..", region=None),
        feature(id="closed", start="1965-09~/1965-10", region=None)))
    assert main(["events", "--add", str(good)]) == 0
    found = {e["id"]: e for e in json.loads(capsys.readouterr().out) if e["id"] in ("open", "closed")}
    assert (found["open"]["start"], found["open"]["end"], found["open"]["edtf"]) == (
        "1965-09-06", "2025-12-31", "1965-09-06/..")  # open: to the timeline's end
    assert found["closed"]["edtf"] == "1965-09~/1965-10" and found["closed"]["end"] == "1965-10-31"


def test_a_relation_period_with_a_rough_start_is_listed_as_possible_in_its_margin(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    write_json(folder / "relations.geojson", {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {
            "partner": "USA", "status": "cooperative", "start": "1947-08-14", "end": "1954-04-30",
            "reason": "before", "sources": [{"source": "x", "locator": "y"}]}},
        {"type": "Feature", "geometry": None, "properties": {
            "partner": "USA", "status": "allied", "start": "1954-05~", "end": None,
            "reason": "after", "sources": [{"source": "x", "locator": "y"}]}},
        {"type": "Feature", "geometry": None, "properties": {
            "partner": "CHN", "status": "cooperative", "start": "1954-05~", "end": None,
            "reason": "only", "sources": [{"source": "x", "locator": "y"}]}}]})
    china = state(capsys, "--date", "1954-02-01", "--add", str(folder / "relations.geojson"), "--replace")
    assert [(r["status"], r["certain"]) for r in china["relations"] if r["partner"] == "CHN"] == [
        ("cooperative", False)]  # only possibly in force: in the margin of "about May 1954"
    usa = {d: [r for r in state(capsys, "--date", d, "--add", str(folder / "relations.geojson"), "--replace")
               ["relations"] if r["partner"] == "USA"] for d in ("1954-02-01", "1954-04-15", "1954-05-20")}
    assert [(r["status"], r["certain"]) for r in usa["1954-05-20"]] == [("allied", True)]
    assert [(r["status"], r["certain"]) for r in usa["1954-04-15"]] == [("cooperative", True)]  # one per partner
    assert [(r["status"], r["certain"]) for r in usa["1954-02-01"]] == [("cooperative", True)]


def test_the_bundled_data_s_rough_dates_are_read_without_the_package_and_as_it_reads_them(monkeypatch):
    """A launch does not import ``edtf`` and its grammar for the bundled data's few rough dates: they were read
    at development time (viewer/core/edtfmemo.py, by tools/build_edtf_memo.py), and the memo is what the
    package says now. A text not in it is read by the package, as before."""
    import importlib.util
    import subprocess
    import sys
    from pathlib import Path

    from viewer.core import edtfmemo

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_edtf_memo", root / "tools" / "build_edtf_memo.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (root / "viewer" / "core" / "edtfmemo.py").read_text(encoding="utf-8") == tool.make(), \
        "viewer/core/edtfmemo.py is out of date: run python tools/build_edtf_memo.py"
    assert edtfmemo.MEMO, "the bundled data has rough dates: the memo should hold them"

    remembered = {text: (parse_edtf(text), parse_edtf(text, last=True)) for text in edtfmemo.MEMO}
    monkeypatch.setattr(edtfmemo, "MEMO", {})
    for text, (first, last) in remembered.items():  # the package itself, now
        again, again_last = parse_edtf(text), parse_edtf(text, last=True)
        assert (first, last, first.strict, first.fuzzy) == (again, again_last, again.strict, again.fuzzy)

    code = ("import sys\nfrom viewer.core.atlas import Atlas\nfrom viewer.page import build\n"
            "atlas = Atlas.load()\nbuild.load_message(atlas, lang='fr')\nprint('EDTF', 'edtf' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert "EDTF False" in out
