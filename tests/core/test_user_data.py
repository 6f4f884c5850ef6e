"""Researchers' own files (GeoJSON, CSV, GeoPackage): loaded on top of the data or instead
of it, every problem named by file, record and field, nothing lost, nothing crashing."""

import csv
import json
import os
import sys

import pytest

from viewer.cli import main
from viewer.core import fileio, geojson
from viewer.core.atlas import Atlas
from viewer.core.formats import kind_from_columns, kind_from_name, load_user_file, read_user_file
from viewer.core.problems import DataError, Problem

SOURCE = {"source": "jamal-diplomat-2024", "quote": "Iran launched missile and drone strikes"}


def props(**changes):
    base = {"id": "strike-1", "start": "2024-01-16", "end": None, "title": "Strike on Panjgur",
            "summary": "Iranian missiles and drones hit a village.", "category": "strike", "actors": ["IRN", "PAK"],
            "place": "Panjgur", "region": "PK.BA", "sources": [SOURCE], "note": None}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


def feature(geometry=(64.09, 26.96), **changes):
    if isinstance(geometry, tuple):
        geometry = {"type": "Point", "coordinates": list(geometry)}
    return {"type": "Feature", "geometry": geometry, "properties": props(**changes)}


def collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def write_json(path, value):
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


CSV_HEADER = ["id", "start", "end", "title", "category", "actors", "place", "region", "lat", "lon", "source", "quote"]


def csv_row(**changes):
    row = {"id": "strike-1", "start": "2024-01-16", "end": "", "title": "Strike on Panjgur", "category": "strike",
           "actors": "IRN;PAK", "place": "Panjgur", "region": "PK.BA", "lat": "26.96", "lon": "64.09",
           "source": SOURCE["source"], "quote": SOURCE["quote"]}
    row.update(changes)
    return row


def write_csv(path, *rows, header=CSV_HEADER, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A small data folder standing in for the bundled dataset (polities and layers stay bundled)."""
    folder = tmp_path_factory.mktemp("base")
    write_json(folder / "events.geojson", collection(feature(id="base-event", start="1965-09-06", region=None)))
    write_json(folder / "relations.geojson", collection({"type": "Feature", "geometry": None, "properties": {
        "partner": "USA", "status": "cooperative", "start": "1947-08-14", "end": None, "reason": "Test",
        "sources": [SOURCE]}}))
    write_json(folder / "alliances.geojson", collection({"type": "Feature", "geometry": None, "properties": {
        "alliance": "SEATO", "name": "Southeast Asia Treaty Organization", "member": "PAK", "join": "1954-09-08",
        "leave": "1973-11-07", "sources": [SOURCE]}}))
    return folder


def messages(problems):
    return [str(p) for p in problems]


def only(problems, severity="error"):
    found = [p for p in problems if p.severity == severity]
    assert len(found) == 1, messages(problems)
    return found[0]


# -- the formats -----------------------------------------------------------------

def test_csv_round_trip_with_geopandas(tmp_path, base):
    import geopandas as gpd
    from shapely.geometry import Point

    frame = gpd.GeoDataFrame({
        "id": ["strike-1", "strike-2"], "start": ["2024-01-16", "2024-01-18"], "end": ["", "2024-01-19"],
        "title": ["Strike on Panjgur", "Strike on Saravan"], "category": ["strike", "strike"],
        "actors": ["IRN;PAK", "PAK, IRN"], "place": ["Panjgur", "Saravan"], "region": ["PK.BA", "IR.SB"],
        "source1": [SOURCE["source"]] * 2, "quote1": [SOURCE["quote"]] * 2,
        "source2": ["", "ISPR press release, 18 January 2024"], "quote2": ["", "Operation Marg Bar Sarmachar"],
    }, geometry=[Point(64.09, 26.96), Point(62.33, 27.37)], crs=4326)
    frame.assign(lat=frame.geometry.y, lon=frame.geometry.x).drop(columns="geometry").to_csv(
        tmp_path / "events-strikes.csv", index=False)
    atlas = Atlas.load(base, extra_files=[tmp_path / "events-strikes.csv"], strict=True)
    shown = {e["id"]: e for e in atlas.state("2024-01-18")["events"]}
    assert set(shown) == {"strike-1", "strike-2"}
    assert shown["strike-2"]["actors"] == ["PAK", "IRN"] and shown["strike-2"]["end"] == "2024-01-19"
    assert (shown["strike-1"]["lon"], shown["strike-1"]["lat"]) == (64.09, 26.96)
    assert len(shown["strike-2"]["sources"]) == 2 and len(shown["strike-1"]["sources"]) == 1
    assert {r["id"] for r in atlas.state("2024-01-18")["regions"]} == {"PK.BA", "IR.SB"}
    assert [e["id"] for e in atlas.events][0] == "base-event"  # the data it was added to is still there
    assert atlas.user_files == [{"file": str(tmp_path / "events-strikes.csv"), "kind": "events", "records": 2,
                                 "loaded": 2}]


def test_geopackage_round_trip_with_lists_as_json_text(tmp_path, base):
    import geopandas as gpd
    from shapely.geometry import Point

    frame = gpd.GeoDataFrame({
        "ID": [101, 102], "start": ["2024-01-16", "2024-01-18"], "title": ["Strike on Panjgur", "Strike on Saravan"],
        "category": ["strike", "strike"], "actors": ['["IRN", "PAK"]', "PAK;IRN"], "region": ["PK.BA", None],
        "sources": [json.dumps([SOURCE])] * 2,
    }, geometry=[Point(64.09, 26.96), Point(62.33, 27.37)], crs=4326)
    frame.to_file(tmp_path / "drone-db.gpkg", driver="GPKG")
    atlas = Atlas.load(base, extra_files=[tmp_path / "drone-db.gpkg"], strict=True)
    shown = {e["id"]: e for e in atlas.state("2024-01-17")["events"]}
    assert set(shown) == {"101"}  # numeric ids become text; kind found from the columns
    assert shown["101"]["actors"] == ["IRN", "PAK"] and shown["101"]["sources"] == [SOURCE]
    assert atlas.state("2024-01-18")["events"][-1]["lon"] == 62.33


def test_geopackage_layers_each_hold_a_kind_and_projected_data_is_converted(tmp_path, base):
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    path = tmp_path / "research.gpkg"
    events = gpd.GeoDataFrame({**{k: [v] for k, v in props(region=None).items() if k not in ("sources", "actors")},
                               "actors": ["IRN;PAK"], "source": [SOURCE["source"]], "quote": [SOURCE["quote"]]},
                              geometry=[Point(64.09, 26.96)], crs=4326).to_crs(32642)  # UTM zone 42N
    events.to_file(path, layer="events", driver="GPKG")
    relations = pd.DataFrame({"partner": ["GBR"], "status": ["cooperative"], "start": ["1947-08-14"],
                              "reason": ["Commonwealth"], "source": [SOURCE["source"]], "quote": [SOURCE["quote"]]})
    gpd.GeoDataFrame(relations, geometry=[None], crs=4326).to_file(path, layer="relations", driver="GPKG")
    atlas = Atlas.load(base, extra_files=[path], strict=True)
    event = atlas.event("strike-1")
    assert event["lon"] == pytest.approx(64.09) and event["lat"] == pytest.approx(26.96)
    assert "GBR" in {r["partner"] for r in atlas.state("1950-01-01")["relations"]}
    warning = only(atlas.warnings, "warning")
    assert warning.file == f"{path}, layer 'events'" and "converted to longitude/latitude" in warning.message


def test_geopackage_dates_areas_and_layers_it_cannot_place(tmp_path):
    import datetime as dt

    import geopandas as gpd
    from shapely.geometry import MultiPoint, Polygon

    path = tmp_path / "research.gpkg"
    gpd.GeoDataFrame({"id": ["a", "b", "c"], "start": [dt.date(2024, 1, 16)] * 3, "title": ["A", "B", "C"],
                      "category": ["strike"] * 3, "actors": ["PAK"] * 3, "source": ["s"] * 3, "quote": ["q"] * 3},
                     geometry=[Polygon([(64, 26), (65, 26), (65, 27), (64, 27)]), MultiPoint([(64, 26)]), None],
                     crs=4326).to_file(path, layer="events", driver="GPKG")
    gpd.GeoDataFrame({"foo": [1]}, geometry=[None], crs=4326).to_file(path, layer="notes", driver="GPKG")
    records, problems = load_user_file(path)
    assert [(r["id"], r["start"].isoformat(), r["lon"]) for r in records["events"]] == [
        ("a", "2024-01-16", 64.5), ("b", "2024-01-16", 64.0)]
    assert messages(problems) == [
        f"{path}, layer 'notes': warning: is left out: cannot tell whether it holds events, relations, alliances "
        f"or polities (expected {problems[0].expected})",
        f"{path}, layer 'events', record 1 ('a'), field 'geometry': warning: is a Polygon, not a Point; the event "
        'is placed inside it at (64.5, 26.5) (expected a Point geometry {"type": "Point", "coordinates": [lon, lat]})',
        f"{path}, layer 'events', record 3 ('c'), field 'geometry': is missing "
        "(expected a Point, or a Polygon to place the event inside)",
    ]


def test_relations_and_alliances_from_csv(tmp_path, base):
    relations = write_csv(tmp_path / "pak-uk.csv", {"partner": "GBR", "status": "Cooperative", "start": "1947-08-14",
                                                   "reason": "Commonwealth", "source": "jamal-diplomat-2024", "quote": "y"},
                          header=["partner", "status", "start", "end", "reason", "source", "quote"])
    alliances = write_csv(tmp_path / "alliances-rcd.csv", {"alliance": "RCD", "name": "Regional Cooperation for "
                          "Development", "member": "TUR", "join": "1964-07-21", "leave": "1979-03-15",
                          "source": "jamal-diplomat-2024", "quote": "y"},
                          header=["alliance", "name", "member", "join", "leave", "source", "quote"])
    atlas = Atlas.load(base, extra_files=[relations, alliances], strict=True)
    state = atlas.state("1970-01-01")
    assert {"partner": "GBR", "status": "cooperative"}.items() <= next(
        r for r in state["relations"] if r["partner"] == "GBR").items()
    assert {"id": "RCD", "name": "Regional Cooperation for Development", "members": ["TUR"]} in state["alliances"]


def test_replace_uses_the_users_events_instead(tmp_path, base):
    path = write_csv(tmp_path / "mine.csv", csv_row())
    atlas = Atlas.load(base, extra_files=[path], replace=True, strict=True)
    assert [e["id"] for e in atlas.events] == ["strike-1"]
    assert [r["partner"] for r in atlas.state("1990-01-01")["relations"]] == ["USA"]  # other kinds stay


def test_the_kind_of_a_file_comes_from_its_name_then_its_columns():
    assert kind_from_name("events.csv") == kind_from_name("Events-2024.GPKG") == "events"
    assert kind_from_name("my_relations.geojson") == "relations" and kind_from_name("memberships.csv") == "alliances"
    assert kind_from_name("strikes.csv") is None and kind_from_name("my-events-and-relations.csv") is None
    assert kind_from_columns(["id", "Title", "category", "actors", "lat", "lon"]) == "events"
    assert kind_from_columns(["partner", "status", "start"]) == "relations"
    assert kind_from_columns(["foo", "bar"]) is None


def test_a_file_whose_kind_cannot_be_told_says_so(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    _, problems = load_user_file(path)
    assert messages(problems) == [f"{path}: cannot tell whether it holds events, relations, alliances or polities "
                                  f"(expected {problems[0].expected})"]
    assert "events.csv" in problems[0].expected


# -- every bad input: a precise message naming file, record and field ------------------

@pytest.mark.parametrize("name, raw, words", [
    ("events.csv", b"", "is empty"),
    ("events.geojson", b"  \n", "is empty"),
    ("events.gpkg", b"", "is empty"),
    ("events.csv", bytes(range(256)) * 4, "not UTF-8 text"),
    ("events.csv", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (an Excel .xlsx"),
    ("events.gpkg", b"\x89PNG\r\n\x1a\n\x00\x00garbage", "is not a GeoPackage: it is a PNG image"),
    ("events.gpkg", b"id,start\n1,2\n", "is not a GeoPackage: it is text"),
    ("events.gpkg", b"SQLite format 3\x00" + bytes(200), "cannot be read as a GeoPackage"),
    ("events.csv", "id,title\n1,Café\n".encode("latin-1"), "byte 0xe9 at offset 14, line 2"),
    ("events.csv", "id,title\n1,x\n".encode("utf-16"), "is UTF-16 text, not UTF-8"),
    ("events.geojson", "{}".encode("utf-16"), "is UTF-16 text, not UTF-8"),
    ("events.json", b"[1, 2]", "is JSON but not a GeoJSON FeatureCollection (an array)"),
    ("events.json", b'{"type": "Feature"}', "not a GeoJSON FeatureCollection (its type is 'Feature')"),
    ("events.geojson", b'{"type": "FeatureCollection", "features": [', "not valid JSON: Expecting value at line 1"),
    ("events.geojson", b"[" * 100_000, "nested too deeply"),
    ("events.csv", b'id,title\n1,"unclosed\n', "not valid CSV: unexpected end of data in the record that starts on line 2; a quoted cell is never closed"),
    ("events.csv", b"id,id,title\n1,2,3\n", "has the column 'id' more than once"),
    ("events.xlsx", b"PK\x03\x04", "is not a format the atlas reads (.xlsx)"),
])
def test_unreadable_files_get_one_problem_naming_the_file(tmp_path, name, raw, words):
    path = tmp_path / name
    path.write_bytes(raw)
    records, problems = load_user_file(path)
    assert records == {}
    problem = only(problems)
    assert problem.file == str(path) and problem.record == "" and words in problem.message, str(problem)
    assert str(problem).startswith(f"{path}: ")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path, base):
    path = write_csv(tmp_path / "events.csv", csv_row(), encoding="utf-8-sig")
    assert [e["id"] for e in Atlas.load(base, extra_files=[path], replace=True, strict=True).events] == ["strike-1"]


def test_semicolon_separated_csv_from_a_european_spreadsheet(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(";".join(CSV_HEADER) + "\n" + ";".join(csv_row(actors="IRN, PAK").values()) + "\n", "utf-8")
    records, problems = load_user_file(path)
    assert problems == [] and records["events"][0]["actors"] == ("IRN", "PAK")


@pytest.mark.parametrize("row, field, words", [
    ({"start": ""}, "start", "is missing"),
    ({"start": "16/01/2024"}, "start", "'16/01/2024' is not a date"),
    ({"start": "2023-02-29"}, "start", "not a real calendar date"),
    ({"end": "2024-01-01"}, "end", "2024-01-01 is before start 2024-01-16"),
    ({"start": "1900-01-01"}, "start", "is outside the timeline"),
    ({"start": "2026-01-01"}, "start", "is outside the timeline"),
    ({"category": "drone"}, "category", "'drone' is not a known value"),
    ({"actors": "IRN;XYZ"}, "actors", "unknown country code XYZ"),
    ({"actors": "Iran"}, "actors", "'Iran' is not a three-letter country code"),
    ({"region": "PK.XX"}, "region", "unknown region 'PK.XX'"),
    ({"lat": "nan"}, "lat", "'nan' is not a finite number"),
    ({"lon": "inf"}, "lon", "'inf' is not a finite number"),
    ({"lat": "126.9"}, "lat", "126.9 is out of range"),
    ({"lon": "64,09"}, "lon", "'64,09' is not a number"),
    ({"lon": ""}, "lon", "is missing"),
    ({"quote": ""}, "sources", "source 1: 'source' or 'quote' is empty"),
    ({"title": "\ud800"}, "title", "lone surrogate"),
])
def test_each_bad_cell_is_named_by_file_record_line_and_field(tmp_path, base, row, field, words):
    if "\ud800" in row.get("title", ""):  # a lone surrogate cannot be written as UTF-8; JSON escapes make one
        path = write_json(tmp_path / "events.geojson", collection(feature(id="x"), feature(**row), feature(id="z")))
    else:
        path = write_csv(tmp_path / "events.csv", csv_row(id="x"), csv_row(**row), csv_row(id="z"))
    atlas = Atlas.load(base, extra_files=[path])
    problem = only(atlas.problems)
    assert problem.file == str(path) and problem.field == field and words in problem.message, str(problem)
    assert problem.record.startswith("record 2 ('strike-1')") and problem.expected
    if path.suffix == ".csv":
        assert problem.record == "record 2 ('strike-1') on line 3"
    assert sorted(e["id"] for e in atlas.events) == ["base-event", "x", "z"]  # the rest is kept


def test_a_missing_column_is_reported_once_for_the_file(tmp_path):
    header = [c for c in CSV_HEADER if c not in ("category", "lat")]
    path = write_csv(tmp_path / "events.csv", *[csv_row(id=f"e{n}") for n in range(50)], header=header)
    records, problems = load_user_file(path)
    assert records == {"events": []}
    assert messages(problems) == [
        f"{path}, field 'category': is not a column of the file (expected a column 'category': one of "
        "diplomacy, alliance, treaty, war, strike, sanctions, aid, incident, visit, statement)",
        f"{path}, field 'lon': has a longitude column but no latitude column "
        "(expected both lat and lon (or latitude and longitude) columns)",
        f"{path}, field 'geometry': has no coordinates: no lat and lon columns (expected lat and lon (or latitude "
        "and longitude) columns in decimal degrees, or a 'wkt' column, or a geometry)",
    ]


def test_mistyped_fields_in_geojson(tmp_path, base):
    path = write_json(tmp_path / "strikes.geojson", collection(
        feature(actors=7), feature(id="b", start=20240116), feature(id="c", sources="Dawn"),
        feature(id="d", title=...), feature(id=["e"]), feature(id="f", geometry={"type": "Point", "coordinates": ["1", 2]}),
        feature(id="g", geometry={"type": "Point", "coordinates": [123.25, 2]}),
        feature(id="h", geometry={"type": "Point", "coordinates": [10**400, 2]})))
    path.write_text(path.read_text("utf-8").replace("123.25", "1e400"), "utf-8")  # overflows to infinity
    atlas = Atlas.load(base, extra_files=[path])
    found = {(p.record.split(" (")[0], p.field): p.message for p in atlas.problems}
    assert found == {
        ("record 1", "actors"): "is not a non-empty list of country codes",
        ("record 2", "start"): "20240116 is not a date",
        ("record 3", "sources"): "is not a non-empty list of sources",
        ("record 4", "title"): "is missing",
        ("record 5", "id"): "is empty or not text",
        ("record 6", "geometry"): "coordinates ['1', 2] are not two numbers",
        ("record 7", "geometry"): "coordinates (inf, 2.0) are not finite numbers",
        ("record 8", "geometry"): "coordinates are too large",
    }


def test_duplicate_ids_in_a_file_and_against_the_loaded_data(tmp_path, base):
    path = write_csv(tmp_path / "events.csv", csv_row(id="base-event"), csv_row(), csv_row(title="Again"))
    atlas = Atlas.load(base, extra_files=[path])
    assert messages(atlas.problems) == [
        f"{path}, record 1 ('base-event') on line 2, field 'id': duplicate id 'base-event' (already in "
        "events.geojson record 1 ('base-event')) (expected a unique identifier)",
        f"{path}, record 3 ('strike-1') on line 4, field 'id': duplicate id 'strike-1' (already in "
        f"{path} record 2 ('strike-1') on line 3) (expected a unique identifier)",
    ]
    assert atlas.event("base-event")["start"] == "1965-09-06"  # never silently overridden
    assert atlas.event("strike-1")["title"] == "Strike on Panjgur"


def test_periods_clashing_with_loaded_ones_are_problems(tmp_path, base):
    relations = write_csv(tmp_path / "relations.csv", {"partner": "USA", "status": "hostile", "start": "1990-01-01",
                                                      "reason": "x", "source": "jamal-diplomat-2024", "quote": "y"},
                          header=["partner", "status", "start", "reason", "source", "quote"])
    alliances = write_csv(tmp_path / "alliances.csv", {"alliance": "SEATO", "name": "SEATO", "member": "PAK",
                                                      "join": "1960-01-01", "source": "jamal-diplomat-2024", "quote": "y"},
                          header=["alliance", "name", "member", "join", "source", "quote"])
    atlas = Atlas.load(base, extra_files=[relations, alliances])
    assert [(p.file, p.field) for p in atlas.problems] == [(str(relations), "start"), (str(alliances), "join")]
    assert "overlaps another period with the same partner (in relations.geojson record 1 ('USA'))" \
        in atlas.problems[0].message
    assert "PAK is already a member of SEATO then" in atlas.problems[1].message
    assert atlas.state("1995-01-01")["relations"][0]["status"] == "cooperative"


def test_extra_cells_and_unused_columns(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(",".join(CSV_HEADER + ["casualties"]) + "\n" + ",".join(list(csv_row().values()) + ["3", "oops"])
                    + "\n", "utf-8")
    records, problems = load_user_file(path)
    assert messages(problems) == [
        f"{path}: warning: column not used: casualties (expected the columns listed in geodata/README.md)",
        f"{path}, record 1 ('strike-1') on line 2: has 14 cells, more than the 13 columns of the header "
        "(expected one cell per column (quote cells that hold the delimiter))",
    ]


# -- geometries -------------------------------------------------------------------

SQUARE = [[[64.0, 26.0], [65.0, 26.0], [65.0, 27.0], [64.0, 27.0], [64.0, 26.0]]]
BOWTIE = [[[64.0, 26.0], [65.0, 27.0], [65.0, 26.0], [64.0, 27.0], [64.0, 26.0]]]


@pytest.mark.parametrize("geometry, words", [
    ({"type": "Polygon", "coordinates": SQUARE}, "is a Polygon, not a Point; the event is placed inside it at"),
    ({"type": "MultiPolygon", "coordinates": [SQUARE]}, "is a MultiPolygon, not a Point; the event is placed inside"),
    ({"type": "Polygon", "coordinates": BOWTIE}, "is an invalid Polygon (Self-intersection[64.5 26.5]), repaired "
                                                 "with shapely.make_valid; the event is placed inside it at"),
])
def test_areas_place_the_event_inside_them_with_a_warning(tmp_path, base, geometry, words):
    path = write_json(tmp_path / "events.geojson", collection(feature(geometry=geometry)))
    atlas = Atlas.load(base, extra_files=[path], strict=True)
    warning = only(atlas.warnings, "warning")
    assert warning.field == "geometry" and words in warning.message and str(warning).count("warning: ") == 1
    event = atlas.event("strike-1")
    assert 64 < event["lon"] < 65 and 26 < event["lat"] < 27


@pytest.mark.parametrize("geometry, words", [
    ({"type": "Polygon", "coordinates": [[[64, 26], [65, 26], [66, 26], [64, 26]]]}, "cannot be repaired safely"),
    ({"type": "Polygon", "coordinates": [[[64, 26], [65, 26]]]}, "is not a valid Polygon"),
    ({"type": "Polygon", "coordinates": [[[64, 26], [65, 26], [65, 95], [64, 26]]]}, "out of range"),
    ({"type": "Polygon", "coordinates": "junk"}, "is not a valid Polygon"),
    ({"type": "LineString", "coordinates": [[64, 26], [65, 27]]}, "is a LineString, not a Point"),
    ({"type": "Point", "coordinates": []}, "is an empty Point"),
    ({"type": "MultiPoint", "coordinates": [[64, 26], [65, 27]]}, "is a MultiPoint of 2 points, not a Point"),
    (None, "is not a Point"),
])
def test_unusable_geometries_are_errors(tmp_path, base, geometry, words):
    path = write_json(tmp_path / "events.geojson", collection(feature(geometry=geometry)))
    atlas = Atlas.load(base, extra_files=[path])
    problem = only(atlas.problems)
    assert (problem.field, problem.record) == ("geometry", "record 1 ('strike-1')") and words in problem.message
    assert atlas.event("strike-1") is None


def test_wkt_column_places_events(tmp_path):
    header = [c for c in CSV_HEADER if c not in ("lat", "lon")] + ["wkt"]
    path = write_csv(tmp_path / "events.csv", csv_row(wkt="POINT (64.09 26.96)"), csv_row(id="b", wkt="POINT (64"),
                     header=header)
    records, problems = load_user_file(path)
    assert [(r["lon"], r["lat"]) for r in records["events"]] == [(64.09, 26.96)]
    assert only(problems).field == "wkt" and "is not valid WKT" in problems[0].message


# -- size, files that are not files, nothing lost ---------------------------------

def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, base, monkeypatch):
    path = write_csv(tmp_path / "events.csv", *[csv_row(id=f"e{n}") for n in range(100)])
    opened = []
    real_open = type(path).open
    monkeypatch.setattr(type(path), "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    _, problems = load_user_file(path, max_bytes=1000)
    assert only(problems).message.startswith(f"is {path.stat().st_size // 1024} KB, larger than the 1000 bytes")
    assert opened == []
    atlas = Atlas.load(base, extra_files=[path], max_bytes=1000)
    assert [e["id"] for e in atlas.events] == ["base-event"] and "larger than" in atlas.problems[0].message
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1000)  # the default limit is the module's
    assert "larger than the 1000 bytes" in only(load_user_file(path)[1]).message
    assert "larger than the 1000 bytes" in geojson.read_collection(path)[1][0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_device_is_refused_without_reading(tmp_path):
    fifo = tmp_path / "events.csv"
    os.mkfifo(fifo)  # reading it would block for ever
    assert only(load_user_file(fifo)[1]).message == "is not a regular file"
    assert only(load_user_file(tmp_path / "nothere.gpkg")[1]).message == "file not found"
    assert only(load_user_file(tmp_path)[1]).message == "is a folder, not a file"


def test_a_bad_file_loses_nothing_already_loaded(tmp_path, base):
    garbage = tmp_path / "events.geojson"
    garbage.write_bytes(os.urandom(4096))
    atlas = Atlas.load(base, extra_files=[garbage, write_csv(tmp_path / "events.csv", csv_row())])
    assert [e["id"] for e in atlas.events] == ["base-event", "strike-1"]
    assert only(atlas.problems).file == str(garbage)
    with pytest.raises(DataError) as caught:
        Atlas.load(base, extra_files=[garbage], strict=True)
    assert caught.value.problems[0].file == str(garbage)


def test_warnings_do_not_fail_strict_loading(tmp_path, base):
    path = write_json(tmp_path / "events.geojson", collection(feature(geometry={"type": "Polygon", "coordinates": SQUARE})))
    atlas = Atlas.load(base, extra_files=[path], strict=True)
    assert atlas.problems == [] and len(atlas.warnings) == 1
    assert Problem("f", "", "", "m", severity="warning").is_error is False and Problem("f", "", "", "m").is_error


def test_read_user_file_keeps_the_kind_and_the_rows(tmp_path):
    path = write_csv(tmp_path / "things.csv", csv_row(), csv_row(id="b"))
    tables, problems = read_user_file(path)
    assert problems == [] and [(t.kind, len(t.records)) for t in tables] == [("events", 2)]


# -- the command line -----------------------------------------------------------

def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_lists_every_problem_and_exits_1(capsys, tmp_path):
    bad = write_csv(tmp_path / "strikes.csv", csv_row(start="2024-02-30"), csv_row(id="b", lat="nan"))
    empty = tmp_path / "events.gpkg"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "check", bad, empty)
    assert code == 1
    assert out.splitlines() == [
        f"{bad}, record 1 ('strike-1') on line 2, field 'start': '2024-02-30' is not a real calendar date "
        "(expected a date YYYY-MM-DD or EDTF (1965-09~, 1948?, 197X))",
        f"{bad}, record 2 ('b') on line 3, field 'lat': 'nan' is not a finite number "
        "(expected a latitude in decimal degrees from -90 to 90, e.g. 33.69)",
        f"{empty}: is empty (expected a GeoPackage (.gpkg) as written by QGIS, geopandas or ogr2ogr)",
    ]
    assert err == "3 problems in 2 paths\n"


def test_check_of_clean_files_and_of_warnings_exits_0(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    clean = write_csv(tmp_path / "a" / "strikes.csv", csv_row(id="zz-unique-1"))
    code, out, err = run(capsys, "check", clean)
    assert (code, out, err) == (0, "", "0 problems in 1 path\n")
    area = write_json(tmp_path / "a" / "areas.geojson", collection(feature(
        id="zz-unique-2", geometry={"type": "Polygon", "coordinates": SQUARE})))
    code, out, err = run(capsys, "check", tmp_path / "a")  # a folder: every data file in it
    assert code == 0 and out.count("\n") == 1 and out.startswith(f"{area}, record 1 ('zz-unique-2'), field "
                                                                 "'geometry': warning: is a Polygon")
    assert err == "1 problem (0 errors, 1 warning) in 1 path\n"


def test_state_and_events_take_added_files(capsys, tmp_path, base):
    path = write_csv(tmp_path / "strikes.csv", csv_row())
    code, out, err = run(capsys, "state", "--date", "2024-01-17", "--data", base, "--add", path)
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)["events"]] == ["strike-1"]
    code, out, _ = run(capsys, "events", "--data", base, "--add", path, "--replace")
    assert [e["id"] for e in json.loads(out)] == ["strike-1"]
    code, out, err = run(capsys, "events", "--data", base, "--add", tmp_path / "nothere.csv")
    assert code == 2 and out == "" and err == f"pakatlas: error: {tmp_path / 'nothere.csv'}: file not found\n"


def test_added_events_show_on_their_date_over_the_bundled_data(capsys, tmp_path):
    path = write_csv(tmp_path / "strikes.csv", csv_row(id="user-strike-panjgur", start="2024-01-16"))
    code, out, err = run(capsys, "state", "--date", "2024-01-17", "--add", path)
    assert code == 0, err
    events = json.loads(out)["events"]
    assert "user-strike-panjgur" in [e["id"] for e in events] and len(events) > 1
    code, out, err = run(capsys, "check", path)
    assert (code, out) == (0, ""), out


def test_the_cli_reports_odd_characters_without_crashing(tmp_path):
    import subprocess

    path = tmp_path / "events.geojson"
    write_json(path, collection(feature(id="\u0645\u062b\u0627\u0644 \U0001F600", category="\u2603")))
    done = subprocess.run([sys.executable, "-m", "viewer", "check", str(path)], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"field 'category'" in done.stdout
