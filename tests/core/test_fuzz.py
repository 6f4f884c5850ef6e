"""Random and mutated files fed to the loaders: the outcome is always loaded records or
Problems with a message, never any other exception."""

import csv
import io
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.atlas import Atlas
from viewer.core.formats import load_user_file
from viewer.core.problems import DataError, Problem

FUZZ = settings(max_examples=200, deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SOURCE = {"source": "004_diplomat.txt", "quote": "Iran launched missile and drone strikes"}
UNITS = {"PAK": (66, 24), "IRN": (55, 30), "USA": (-100, 40), "IND": (78, 22), "AFG": (66, 34), "BGD": (90, 24)}


def square(x, y, size=4):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]}


def fc(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def event(n=1, **changes):
    props = {"id": f"strike-{n}", "start": "2024-01-16", "end": "2024-01-18", "title": "Strike", "summary": "A strike.",
             "category": "strike", "actors": ["IRN", "PAK"], "place": "Panjgur", "region": "PK.BA",
             "sources": [SOURCE], "note": None, **changes}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [64.09, 26.96]}, "properties": props}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A tiny, fast data folder: its own small layers, polities, events, relations and alliances."""
    folder = tmp_path_factory.mktemp("fuzzbase")

    def write(name, value):
        (folder / name).write_text(json.dumps(value), "utf-8")

    write("countries.geojson", fc(*[{"type": "Feature", "geometry": square(*xy), "properties": {"ADM0_A3": code,
                                     "NAME": code}} for code, xy in UNITS.items()]))
    write("admin1.geojson", fc({"type": "Feature", "geometry": square(62, 25), "properties": {
        "id": "PK.BA", "name": "Baluchistan", "adm0_a3": "PAK"}}))
    write("disputed.geojson", fc())
    write("polities.geojson", fc({"type": "Feature", "geometry": None, "properties": {
        "id": "PAK", "name": "Pakistan", "units": ["PAK", "BGD"], "start": "1947-08-14", "end": "1971-12-15",
        "sources": [SOURCE]}}))
    write("events.geojson", fc(event(0, id="base-event")))
    write("relations.geojson", fc({"type": "Feature", "geometry": None, "properties": {
        "partner": "USA", "status": "allied", "start": "1947-08-14", "end": None, "reason": "x", "sources": [SOURCE]}}))
    write("alliances.geojson", fc({"type": "Feature", "geometry": None, "properties": {
        "alliance": "SEATO", "name": "SEATO", "member": "PAK", "join": "1954-09-08", "leave": None,
        "sources": [SOURCE]}}))
    assert not Atlas.load(folder).problems
    return folder


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def check_outcome(path, base):
    """Loading the file gives records and well-formed Problems; the atlas built on it answers."""
    records, problems = load_user_file(path)
    assert isinstance(records, dict) and all(isinstance(r, dict) for found in records.values() for r in found)
    check_problems(problems)
    atlas = Atlas.load(base, extra_files=[path])
    check_problems(atlas.problems + atlas.warnings)
    assert atlas.event("base-event") is not None  # nothing already loaded is lost
    for e in atlas.events[:5]:
        state = atlas.state(e["start"])
        json.dumps(state, ensure_ascii=False).encode("utf-8")
        assert all(math.isfinite(x["lon"]) and math.isfinite(x["lat"]) for x in state["events"])
    try:
        Atlas.load(base, extra_files=[path], strict=True)
    except DataError as err:
        assert err.problems and str(err)


def check_problems(problems):
    for p in problems:
        assert isinstance(p, Problem) and p.severity in ("error", "warning")
        assert isinstance(p.message, str) and p.message.strip() and p.file
        assert "error in the atlas's reader" not in p.message, str(p)
        str(p).encode("utf-8", "backslashreplace")


# -- strategies -------------------------------------------------------------------

SPECIAL = st.sampled_from([
    math.nan, math.inf, -math.inf, 1e308, -0.0, 10**30, 10**400, -(10**400), True, "", " ", "PAK", "pak", "XYZ",
    "PAK;USA", "2024-01-16", "2023-02-29", "0000-00-00", "9999-12-31", "1947-08-13", "2024-1-6", "strike",
    "PK.BA", "PK.XX", "\ud800", "\u0663\u0669\u0664\u0667-08-14", "\U0001F600" * 3, "a" * 3000, "\x00", "NaN",
])
LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), SPECIAL)
JSON_VALUE = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=10)
TOKENS = st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"1e400", b"9" * 5000, b"[" * 3000, b'"\\ud800"',
                          b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xe9", b"{", b"}", b"]", b",", b'"', b"\n",
                          b"\r\n", b";", b"\t", b"nan", b"-", b"null"])
FIELDS = ["id", "start", "end", "title", "summary", "category", "actors", "place", "region", "sources", "note",
          "partner", "status", "member", "units", "extra"]


@st.composite
def mutated_bytes(draw, raw: bytes) -> bytes:
    """Byte-level damage: truncation, inserted tokens or random bytes, deletions, re-encodings."""
    data = bytearray(raw)
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 1, 1, 2, 4]))):  # mostly intact, so records get checked
        op = draw(st.sampled_from(["truncate", "insert", "random", "delete", "flip"]))
        at = draw(st.integers(0, len(data)))
        if op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(TOKENS)
        elif op == "random":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 50))]
        elif data and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
    encoding = draw(st.sampled_from(["utf-8"] * 12 + ["bom", "utf-16", "latin-1"]))
    if encoding == "bom":
        return b"\xef\xbb\xbf" + bytes(data)
    if encoding != "utf-8":
        return bytes(data).decode("utf-8", "replace").encode(encoding, "replace")
    return bytes(data)


@st.composite
def geojson_files(draw) -> bytes:
    value = fc(event(1), event(2, start="2011-05-02", end=None, actors=["PAK", "USA"], region=None))
    for _ in range(draw(st.integers(0, 6))):
        target = draw(st.sampled_from(["property", "property", "geometry", "coordinates", "feature", "top"]))
        features = value.get("features") if isinstance(value.get("features"), list) else []
        feature = features[draw(st.integers(0, len(features) - 1))] if features else None
        if target == "top":
            key = draw(st.sampled_from(["type", "features", "crs"]))
            value[key] = draw(JSON_VALUE)
        elif feature is None or not isinstance(feature, dict):
            continue
        elif target == "feature":
            features[features.index(feature)] = draw(JSON_VALUE | st.just(event(3)) | st.just(feature))
        elif target == "geometry":
            feature["geometry"] = draw(JSON_VALUE | st.sampled_from([
                None, square(63, 25), {"type": "Polygon", "coordinates": [[[63, 25], [64, 26], [64, 25], [63, 26],
                                                                           [63, 25]]]},
                {"type": "MultiPolygon", "coordinates": [[[[1, 1], [2, 2], [3, 3], [1, 1]]]]},
                {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}, {"type": "Point"}]))
        elif target == "coordinates" and isinstance(feature.get("geometry"), dict):
            feature["geometry"]["coordinates"] = draw(st.lists(LEAF, max_size=3) | JSON_VALUE)
        elif isinstance(feature.get("properties"), dict):
            key = draw(st.sampled_from(FIELDS))
            if draw(st.booleans()):
                feature["properties"].pop(key, None)
            else:
                feature["properties"][key] = draw(JSON_VALUE)
    try:
        text = json.dumps(value, allow_nan=True, ensure_ascii=draw(st.booleans()))
    except ValueError:  # an integer too long for str(): leave that field out
        text = json.dumps(fc(event(1)))
    return draw(mutated_bytes(text.encode("utf-8", "surrogatepass")))


CSV_COLUMNS = ["id", "start", "end", "title", "category", "actors", "place", "region", "lat", "lon", "source",
               "quote", "source2", "quote2", "sources", "wkt"]
CELL = st.one_of(st.text(max_size=15), st.sampled_from([
    "nan", "NaN", "inf", "-inf", "1e400", "-0", "9" * 400, "91", "-181", "33,5", '["PAK", "USA"]', '["PAK"',
    "[[[[[[", '{"a": 1}', '[{"source": "x", "quote": "y"}]', "[1, 2]", "PAK;;;", "PAK, usa", " ", "",
    "POINT (64 26)", "POLYGON ((63 25, 64 26, 64 25, 63 26, 63 25))", "POINT (", "2024-01-16", "2024-02-30",
    "\U0001F600", "a\nb", 'say "hi"', "a,b;c\td", "=cmd|' /C calc'!A0", "@SUM(1+1)"]))


@st.composite
def csv_files(draw) -> bytes:
    columns = [c for c in CSV_COLUMNS if draw(st.integers(0, 39)) > 0 or c in ("sources", "wkt", "source2", "quote2")]
    columns = [c for c in columns if c not in ("sources", "wkt", "source2", "quote2") or draw(st.booleans())]
    rows = [
        {"id": "strike-1", "start": "2024-01-16", "end": "", "title": "Strike", "category": "strike",
         "actors": "IRN;PAK", "place": "Panjgur", "region": "PK.BA", "lat": "26.96", "lon": "64.09",
         "source": SOURCE["source"], "quote": SOURCE["quote"]},
        {"id": "visit-2", "start": "2011-05-02", "end": "2011-05-03", "title": "Visit", "category": "visit",
         "actors": "PAK, USA", "place": "", "region": "", "lat": "34.17", "lon": "73.24",
         "source": SOURCE["source"], "quote": SOURCE["quote"]},
    ]
    for _ in range(draw(st.integers(0, 8))):
        row = rows[draw(st.integers(0, len(rows) - 1))]
        row[draw(st.sampled_from(CSV_COLUMNS + ["extra"]))] = draw(CELL)
    header = list(columns) + draw(st.sampled_from([[]] * 6 + [["extra"], ["id"], [""], ["Lat"], ["LATITUDE"]]))
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        cells = [row.get(c, "") for c in header] + draw(st.sampled_from([[]] * 6 + [[""], ["x"], ["a", "b"]]))
        writer.writerow(cells)
    text = out.getvalue()
    return draw(mutated_bytes(text.encode("utf-8", "surrogatepass")))


# -- the tests -------------------------------------------------------------------

@FUZZ
@given(raw=geojson_files(), name=st.sampled_from(["events.geojson", "events.json", "strikes.geojson",
                                                  "relations.geojson"]))
def test_mutated_geojson_loads_or_says_why(base, work, raw, name):
    path = work / name
    path.write_bytes(raw)
    check_outcome(path, base)


@FUZZ
@given(raw=csv_files(), name=st.sampled_from(["events.csv", "strikes.csv", "Events-2024.CSV", "alliances.csv"]))
def test_mutated_csv_loads_or_says_why(base, work, raw, name):
    path = work / name
    path.write_bytes(raw)
    check_outcome(path, base)


@settings(FUZZ, max_examples=100)
@given(raw=st.binary(max_size=2000), name=st.sampled_from(["events.csv", "events.geojson", "events.gpkg", "x.json"]))
def test_random_bytes_load_or_say_why(base, work, raw, name):
    path = work / name
    path.write_bytes(raw)
    check_outcome(path, base)


@pytest.fixture(scope="module")
def gpkg_bytes(tmp_path_factory):
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path_factory.mktemp("gpkg") / "events.gpkg"
    gpd.GeoDataFrame({"id": ["a", "b"], "start": ["2024-01-16", "2011-05-02"], "title": ["A", "B"],
                      "category": ["strike", "visit"], "actors": ["IRN;PAK", '["PAK", "USA"]'],
                      "source": ["x", "y"], "quote": ["q", "r"]},
                     geometry=[Point(64.09, 26.96), Point(73.24, 34.17)], crs=4326).to_file(path, driver="GPKG")
    return path.read_bytes()


@settings(FUZZ, max_examples=60)
@given(data=st.data())
def test_damaged_geopackages_load_or_say_why(base, work, gpkg_bytes, data):
    raw = bytearray(gpkg_bytes)
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "flip", "zero", "truncate"]))
        at = data.draw(st.integers(0, len(raw) - 1)) if raw else 0
        if op == "truncate":
            del raw[max(at, 16):]
        elif op == "zero":
            end = min(len(raw), at + data.draw(st.integers(1, 512)))
            raw[at:end] = bytes(end - at)
        elif raw:
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
    path = work / "events.gpkg"
    path.write_bytes(bytes(raw))
    check_outcome(path, base)
