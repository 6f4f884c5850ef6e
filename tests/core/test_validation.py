"""Bad data gets a message naming file, record and field, and never a crash."""

import json

import pytest

from viewer.core.atlas import Atlas
from viewer.core.problems import DataError

GOOD_EVENT = {
    "type": "Feature",
    "geometry": {"type": "Point", "coordinates": [73.24, 34.17]},
    "properties": {
        "id": "test-event", "start": "2011-05-02", "end": None, "title": "A test event",
        "summary": "Something happened.", "category": "incident", "actors": ["PAK", "USA"],
        "place": "Abbottabad", "region": "PK.NW", "note": None,
        "sources": [{"source": "000_a73f359054e38845.txt", "quote": "captured Osama bin Laden in Abbottabad"}],
    },
}


def write_events(folder, *features, raw=None):
    path = folder / "events.geojson"
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}), encoding="utf-8")
    return folder


def event(**changes):
    feature = json.loads(json.dumps(GOOD_EVENT))
    for key, value in changes.items():
        if key == "geometry":
            feature["geometry"] = value
        elif value is ...:
            del feature["properties"][key]
        else:
            feature["properties"][key] = value
    return feature


def problems_of(folder):
    return [str(p) for p in Atlas.load(folder).problems]


def test_a_good_file_loads_and_replaces_the_bundled_events(tmp_path):
    atlas = Atlas.load(write_events(tmp_path, event()), strict=True)
    assert [e["id"] for e in atlas.events] == ["test-event"]
    assert atlas.state("2011-05-02")["regions"] == [{"id": "PK.NW", "name": "Khyber Pakhtunkhwa", "events": ["test-event"]}]  # its name from 19 April 2010


@pytest.mark.parametrize("changes, field, words", [
    ({"start": ...}, "start", "is missing"),
    ({"start": "2 May 2011"}, "start", "not a date"),
    ({"start": "2011-02-30"}, "start", "not a real calendar date"),
    ({"end": "2011-05-01"}, "end", "before start"),
    ({"start": "1930-01-01"}, "start", "outside the timeline"),
    ({"category": "party"}, "category", "not a known value"),
    ({"actors": ["PAK", "XYZ"]}, "actors", "unknown country code XYZ"),
    ({"actors": "P"}, "actors", "three-letter"),
    ({"region": "PK.ZZ"}, "region", "unknown region"),
    ({"title": ""}, "title", "empty"),
    ({"sources": []}, "sources", "non-empty list"),
    ({"sources": [{"source": "x.txt"}]}, "sources", "'quote'"),
    ({"geometry": {"type": "Point", "coordinates": [200, 10]}}, "geometry", "out of range"),
    ({"geometry": None}, "geometry", "not a Point"),
])
def test_each_bad_field_is_named(tmp_path, changes, field, words):
    found = problems_of(write_events(tmp_path, event(**changes), event(id="other")))
    assert len(found) == 1, found
    assert found[0].startswith("events.geojson, record 1 ('test-event'), field '" + field + "'")
    assert words in found[0]


def test_duplicate_ids_keep_the_first(tmp_path):
    atlas = Atlas.load(write_events(tmp_path, event(), event(title="Again")))
    assert [e["title"] for e in atlas.events] == ["A test event"]
    assert "duplicate id 'test-event'" in str(atlas.problems[0])
    assert "record 2" in str(atlas.problems[0])


@pytest.mark.parametrize("raw, words", [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
    (b'{"type": "FeatureCollection", "features": [', "not valid JSON"),
    (b'[1, 2, 3]', "not a GeoJSON FeatureCollection"),
    (b'{"type": "FeatureCollection", "features": [{"properties": {"id": NaN}}]}', "NaN is not allowed"),
])
def test_unreadable_files_say_why(tmp_path, raw, words):
    found = problems_of(write_events(tmp_path, raw=raw))
    assert len(found) == 1 and found[0].startswith("events.geojson: ") and words in found[0]


def test_a_byte_order_mark_is_accepted(tmp_path):
    raw = json.dumps({"type": "FeatureCollection", "features": [event()]}).encode("utf-8-sig")
    assert [e["id"] for e in Atlas.load(write_events(tmp_path, raw=raw), strict=True).events] == ["test-event"]


def test_strict_loading_raises_with_every_problem(tmp_path):
    with pytest.raises(DataError) as caught:
        Atlas.load(write_events(tmp_path, event(start="x"), event(id="b", category="y")), strict=True)
    assert len(caught.value.problems) == 2
    assert "and 1 more problem" in str(caught.value)


def test_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(DataError, match="is not a folder"):
        Atlas.load(tmp_path / "nowhere")
    with pytest.raises(DataError, match="holds no atlas data"):
        Atlas.load(tmp_path)
