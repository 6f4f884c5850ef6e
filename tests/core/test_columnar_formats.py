"""Large files of the atlas's own events as FlatGeobuf (GDAL) or GeoParquet (pyarrow): read like a
GeoPackage layer, every problem named, the good records loaded."""

from __future__ import annotations

import pytest

from viewer.core.atlas import Atlas
from viewer.core.formats import read_user_file

SOURCE = {"source": "jamal-diplomat-2024", "paraphrase": "Iran struck alleged militant bases in Balochistan."}


def events_frame(bad_date: bool = False):
    import geopandas
    from shapely.geometry import Point

    return geopandas.GeoDataFrame({
        "id": ["big-1", "big-2"], "start": ["2024-01-16", "2024-13-40" if bad_date else "2024-01-18"],
        "title": ["Strike at Panjgur", "Strike at Saravan"], "category": ["strike", "strike"],
        "actors": ["IRN;PAK", "PAK;IRN"], "source": [SOURCE["source"]] * 2, "paraphrase": [SOURCE["paraphrase"]] * 2,
    }, geometry=[Point(64.09, 26.96), Point(62.33, 27.37)], crs=4326)


@pytest.mark.parametrize("suffix", [".fgb", ".parquet"])
def test_events_load_from_flatgeobuf_and_geoparquet(tmp_path, suffix):
    path = tmp_path / f"events-large{suffix}"
    frame = events_frame()
    if suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver="FlatGeobuf")
    tables, problems = read_user_file(path)
    assert [p for p in problems if p.is_error] == []
    assert [(t.kind, len(t.records)) for t in tables] == [("events", 2)]
    atlas = Atlas.load(extra_files=[path], strict=True)
    shown = {e["id"] for e in atlas.state("2024-01-18")["events"]}
    assert {"big-1", "big-2"} <= shown
    assert atlas.event("big-2")["lon"] == pytest.approx(62.33)


def test_a_bad_record_of_a_flatgeobuf_file_is_named_and_the_rest_loads(tmp_path):
    path = tmp_path / "events-large.fgb"
    events_frame(bad_date=True).to_file(path, driver="FlatGeobuf")
    atlas = Atlas.load(extra_files=[path])
    assert atlas.event("big-1") is not None and atlas.event("big-2") is None
    assert any(str(p).startswith(f"{path}, record 2 ('big-2'), field 'start'") for p in atlas.problems)


def test_a_damaged_flatgeobuf_file_is_a_problem(tmp_path):
    path = tmp_path / "events.fgb"
    path.write_bytes(b"fgb\x03fgb\x00" + b"\x00" * 40)
    tables, problems = read_user_file(path)
    assert tables == [] and problems and problems[0].file == str(path) and "FlatGeobuf" in str(problems[0])
