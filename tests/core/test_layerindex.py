"""The layers' indexes (viewer.core.layerindex): the atlas loads the names of the map's units and regions
without reading their shapes while the shipped layers are the ones the indexes were made from, and reads a
layer whole when it is not."""

from __future__ import annotations

import json
import shutil

import pytest

from viewer.core import layerindex
from viewer.core.atlas import Atlas
from viewer.core.datafiles import LAYER_FILES
from viewer.core.paths import GEODATA


@pytest.mark.parametrize("name", layerindex.INDEXED)
def test_the_shipped_indexes_are_in_step_with_their_layers(name):
    layer = GEODATA / LAYER_FILES[name]
    assert layerindex.index_path(layer).read_text(encoding="utf-8") == layerindex.index_text(layer), \
        "run python tools/build_shell.py"
    features = json.loads(layer.read_text(encoding="utf-8"))["features"]
    assert layerindex.read_properties(layer) == [f["properties"] for f in features]


def test_the_atlas_loads_without_reading_the_shapes_and_reads_them_when_asked():
    atlas = Atlas.load(None)
    assert atlas.dataset._layers == {}  # neither the countries nor the regions were parsed
    assert atlas.unit_names["PAK"] == "Pakistan" and "PK.BA" in atlas.region_names
    countries = atlas.layer("countries")  # the shapes, when something wants them
    assert len(countries["features"]) == len(atlas.unit_names)
    assert [f["properties"]["ADM0_A3"] for f in countries["features"]] == list(atlas.unit_names)


def test_a_layer_changed_since_its_index_was_made_is_read_whole(tmp_path):
    data = tmp_path / "geodata"
    shutil.copytree(GEODATA, data)
    layer = data / LAYER_FILES["countries"]
    collection = json.loads(layer.read_text(encoding="utf-8"))
    for feature in collection["features"]:
        if feature["properties"]["ADM0_A3"] == "NPL":
            feature["properties"]["NAME"] = "Kingdom of Nepal"
    layer.write_text(json.dumps(collection), encoding="utf-8")
    assert layerindex.read_properties(layer) is None  # the index is of other bytes: not used
    atlas = Atlas.load(data)
    assert atlas.unit_names["NPL"] == "Kingdom of Nepal"
    layerindex.index_path(layer).write_text("not json", encoding="utf-8")
    assert layerindex.read_properties(layer) is None
    assert Atlas.load(data).unit_names["NPL"] == "Kingdom of Nepal"
