"""Files received from someone else: nothing in them runs, hangs the app, crashes it or prints a traceback.

Each case is a small hostile file built here. Qt-free: the page is built (as for the window and every
export) and the command line is run in-process; the window's own page is checked in
test_hostile_window.py.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from viewer.cli import main
from viewer.core.dataset import load_records
from viewer.core.atlas import Atlas
from viewer.core.csvfile import MAX_COLUMNS
from viewer.core.formats import read_user_file
from viewer.core.paths import GEODATA

SOURCE = {"source": "004_b82e77a36fe45dc5.txt", "quote": "On January 16, Iran launched a series of drone and "
          "missile attacks against alleged terrorist bases located in the Pakistani border region of Balochistan."}


def payload(marker: Path) -> str:
    """Text that would create ``marker`` if it were ever rendered as a Jinja2 template, and that uses
    every kind of template tag."""
    return (f"{{{{ lipsum.__globals__.os.system('touch {marker}') }}}} {{% if true %}}block{{% endif %}} "
            "{# comment #} http://example.org/x")


def hostile_files(folder: Path, text: str) -> list[Path]:
    """One file of each kind of record with ``text`` in every text field the kind has."""
    event = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [64.09, 26.96]},
             "properties": {"id": "hostile-" + text, "start": "2024-01-16", "end": None, "title": text,
                            "summary": text, "category": "strike", "actors": ["IRN", "PAK"], "place": text,
                            "region": "PK.BA", "sources": [SOURCE, {"source": "jamal-diplomat-2024", "paraphrase": text}],
                            "note": text}}
    relation = {"type": "Feature", "geometry": None,
                "properties": {"partner": "NPL", "status": "cooperative", "start": "1960-01-01", "end": None,
                               "reason": text, "sources": [SOURCE], "note": text}}
    member = {"type": "Feature", "geometry": None,
              "properties": {"alliance": "X" + text, "name": text, "member": "PAK", "join": "1960-01-01",
                             "leave": None, "sources": [SOURCE], "note": text}}
    polity = {"type": "Feature", "geometry": None,
              "properties": {"id": "P" + text, "name": text, "units": ["NPL", "BTN"], "start": "1950-01-01",
                             "end": "1970-01-01", "sources": [SOURCE], "note": text}}
    paths = []
    for name, feature in (("events", event), ("relations", relation), ("alliances", member), ("polities", polity)):
        path = folder / f"{name}-hostile.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
        paths.append(path)
    return paths


def json_strings(page: str) -> set[str]:
    """Every JSON string literal of a page, decoded as the page's scripts read it."""
    found = set()
    for literal in re.findall(r'"(?:[^"\\\n]|\\.)*"', page):
        try:
            found.add(json.loads(literal))
        except ValueError:
            pass
    return found


def hostile_atlas(folder: Path, extra: list[Path] = ()):
    """The bundled atlas with the hostile files of ``folder`` (and ``extra``) added: (atlas, text, marker, files)."""
    marker = folder / "it-ran"
    text = payload(marker)
    files = hostile_files(folder, text) + list(extra)
    return Atlas.load(extra_files=files, strict=True), text, marker, files


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_atlas(tmp_path_factory.mktemp("hostile"))


def test_template_text_in_every_field_is_accepted_as_text(hostile):
    atlas, text, marker, _files = hostile
    event = atlas.event("hostile-" + text)
    assert event["title"] == text and event["place"] == text
    assert any(t["name"] == text for t in atlas.state("1965-01-01")["territories"])
    assert any(a["name"] == text for a in atlas.state("1965-01-01")["alliances"])


def test_building_the_page_runs_nothing_and_keeps_the_text(hostile):
    from viewer.page.build import build_page

    atlas, text, marker, _files = hostile
    page = build_page(atlas)
    assert not marker.exists()
    strings = json_strings(page)
    assert text in strings  # the event's title and place, the polity's and alliance's names
    assert "X" + text in {s for s in strings if s.startswith("X")} or any(text in s for s in strings)
    assert "block" not in strings and "{{" not in page.replace("{{ ", "")  # nothing evaluated, nothing raw


def test_html_export_runs_nothing_keeps_the_text_and_holds_no_url(hostile, tmp_path):
    atlas, text, marker, files = hostile
    out = tmp_path / "map.html"
    argv = ["export", "--date", "2024-01-17", "--out", str(out), "--title", "See http://example.org/{{ 7*7 }}"]
    for path in files:
        argv += ["--add", str(path)]
    assert main(argv) == 0
    page = out.read_text(encoding="utf-8")
    assert not marker.exists()
    assert not re.search(r"https?://", page)
    strings = json_strings(page)
    assert text in strings
    assert "See http://example.org/{{ 7*7 }}" in strings  # the caption's title, as typed


def test_check_accepts_template_text_without_running_it(hostile, capsys):
    _atlas, _text, marker, files = hostile
    assert main(["check", *map(str, files)]) == 0
    assert not marker.exists()


# -- the terminal ----------------------------------------------------------------------------------


def test_control_characters_in_names_are_escaped_one_line_per_problem(tmp_path, capsys):
    path = tmp_path / "events-a\nb\x1b]0;owned\x07.csv"
    path.write_text("id,title\x1b[2J,\x9bcolumn\n1,2,3\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", stream)
    assert "\\x1b]0;owned\\x07" in out and "\\x1b[2j" in out and "\\x9bcolumn" in out  # names lower-cased
    lines = out.splitlines()
    assert all(line.startswith(str(tmp_path)) for line in lines)  # each problem is one line, from the start


# -- hangs, crashes and memory ------------------------------------------------------------------------


def events_file(path: Path, geometry: dict, **props) -> Path:
    base = {"id": "e1", "start": "2024-01-16", "title": "t", "category": "strike", "actors": ["IRN"],
            "sources": [SOURCE]}
    feature = {"type": "Feature", "geometry": geometry, "properties": {**base, **props}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    return path


def bow_ties(n: int) -> dict:
    """A polygon of ``n`` vertices that crosses itself at every step (a zigzag closed on itself)."""
    ring = [[60 + (i % 2) * 0.5 + i * 0.001, 25 + ((i // 2) % 2) * 0.5] for i in range(n)]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def test_a_large_self_intersecting_polygon_is_refused_quickly(tmp_path):
    path = events_file(tmp_path / "events.geojson", bow_ties(5000))
    started = time.process_time()
    _tables, problems = read_user_file(path)
    records, found = load_records(path, loader_fields(), with_point=True)
    assert time.process_time() - started < 30  # minutes and gigabytes before: a bound, not a benchmark
    messages = [str(p) for p in problems + found]
    assert records == []
    assert any("too many to repair" in m and "field 'geometry'" in m for m in messages), messages


def test_a_small_self_intersecting_polygon_is_still_repaired(tmp_path):
    path = events_file(tmp_path / "events.geojson", bow_ties(40))
    records, found = load_records(path, loader_fields(), with_point=True)
    assert len(records) == 1
    assert any("repaired" in p.message and not p.is_error for p in found)


def loader_fields():
    from viewer.core import schema

    return schema.EVENT


def test_a_csv_with_a_million_columns_is_refused(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n" + "x," * 10 + "\n", encoding="utf-8")
    started = time.process_time()
    tables, problems = read_user_file(path)
    assert time.process_time() - started < 30
    assert tables == []
    assert [f"has 1,000,000 columns in its header row, more than the {MAX_COLUMNS:,}" in p.message
            for p in problems] == [True]


def test_a_million_empty_features_are_refused_with_bounded_work(tmp_path, capsys):
    path = tmp_path / "events-empty.geojson"
    path.write_text('{"type":"FeatureCollection","features":[' + ",".join(["{}"] * 1_000_000) + "]}")
    started = time.process_time()
    assert main(["check", str(path)]) == 1
    assert time.process_time() - started < 60
    out = capsys.readouterr().out.splitlines()
    assert len(out) < 10_000
    assert any("checking stopped there (999,000 records not checked)" in line for line in out)


def gpkg_with(path: Path, sql: list[str]) -> Path:
    """A GeoPackage made by geopandas (one events layer), then changed with ``sql``."""
    import geopandas
    from shapely.geometry import Point

    frame = geopandas.GeoDataFrame({"id": ["e1"], "start": ["2024-01-16"], "title": ["t"], "category": ["strike"],
                                    "actors": ["IRN"], "source": [SOURCE["source"]], "quote": [SOURCE["quote"]]},
                                   geometry=[Point(64.09, 26.96)], crs=4326)
    frame.to_file(path, layer="events", driver="GPKG")
    db = sqlite3.connect(path)
    for statement in sql:
        db.execute(statement)
    db.commit()
    db.close()
    return path


def test_a_geopackage_view_that_never_ends_is_left_out(tmp_path):
    path = gpkg_with(tmp_path / "events.gpkg", [
        "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS fid, "
        "'x' AS title FROM n",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('forever', 'attributes', 'forever')",
    ])
    started = time.monotonic()
    tables, problems = read_user_file(path)
    assert time.monotonic() - started < 60
    assert [t.kind for t in tables] == ["events"]  # the real layer is read
    assert any("layer 'forever'" in str(p) and "is a view, not a table" in p.message for p in problems)


def test_a_deeply_nested_wkt_geometry_is_refused_not_a_crash(tmp_path, capsys):
    import pandas
    import pyogrio

    deep = "GEOMETRYCOLLECTION (" * 100_000 + "POINT (1 2)" + ")" * 100_000
    path = tmp_path / "events.gpkg"
    pyogrio.write_dataframe(pandas.DataFrame({
        "id": ["e1"], "start": ["2024-01-16"], "title": ["t"], "category": ["strike"], "actors": ["IRN"],
        "source": [SOURCE["source"]], "quote": [SOURCE["quote"]], "wkt": [deep]}), path, layer="events", driver="GPKG")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}, record 1 ('e1'), field 'wkt': nests 100001 levels deep" in out


def test_a_geopackage_that_crashes_its_reader_is_a_problem(tmp_path, monkeypatch):
    """A reader killed by a signal (as GDAL is by a stack overflow) is a problem naming the file."""
    from viewer.core import gpkg

    path = gpkg_with(tmp_path / "events.gpkg", [])
    crashing = tmp_path / "crashing-python"
    crashing.write_text("#!/bin/sh\nkill -SEGV $$\n")
    crashing.chmod(0o755)
    monkeypatch.setattr(gpkg.sys, "executable", str(crashing))
    tables, problems = read_user_file(path)
    assert tables == []
    assert [str(p) for p in problems] == [f"{path}: made its reader stop (exit status -11): the file is damaged "
                                          f"or malformed (expected {gpkg._EXPECTED})"]


# -- silent acceptance and tracebacks ------------------------------------------------------------------


def test_duplicate_keys_are_problems(tmp_path):
    path = tmp_path / "events.geojson"
    path.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
                    '"coordinates":[64.09,26.96]},"properties":{"id":"a","id":"b","start":"2024-01-16",'
                    '"title":"t","category":"strike","actors":["IRN"],"sources":[]}}]}')
    tables, problems = read_user_file(path)
    assert [str(p) for p in problems if "more than once" in p.message] == [
        f"{path}, record 1 ('b'), field 'id': is given more than once (which one is meant cannot be told) "
        "(expected each field once)"]


def test_a_countries_layer_without_codes_is_named_not_a_traceback(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    countries = json.loads((GEODATA / "countries.geojson").read_text(encoding="utf-8"))
    del countries["features"][3]["properties"]["ADM0_A3"]
    (folder / "countries.geojson").write_text(json.dumps(countries), encoding="utf-8")
    shutil.copy(GEODATA / "relations.geojson", folder)
    assert main(["state", "--date", "1965-09-06", "--data", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "countries.geojson, record 4, field 'ADM0_A3': is missing" in err
    assert main(["check", str(folder)]) in (1, 2)
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("window, words", [("-1", "-1 is out of range"), ("10" * 15, "is out of range"),
                                           ("many", "is not a whole number")])
def test_window_out_of_range_is_a_one_line_error(capsys, window, words):
    assert main(["state", "--date", "2024-01-17", "--window", window]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "expected 0 to" in err or "whole number" in err
