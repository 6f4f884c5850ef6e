"""What the map page is sent of large conflict files (viewer/page/density.py): cells or points for the day and
the page's view, never the same payload twice; the page config for density.js."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.clustered import write as write_clustered
from viewer.core import conflictlayer
from viewer.core.atlas import Atlas
from viewer.page import density
from viewer.page.protocol import script_json


@pytest.fixture(scope="module")
def layer(tmp_path_factory):
    path = write_clustered(3000, tmp_path_factory.mktemp("ged") / "ged.csv", seed=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflictlayer, "LARGE_FILE_BYTES", 1000)
        return Atlas.load(extra_files=[path], strict=True).conflicts


def test_payload_follows_the_day_and_the_view_and_is_sent_once(layer):
    feed = density.DensityFeed(layer, zoom=6, bounds=None)
    day = dt.date(2009, 10, 17)
    first = feed.payload(day)
    assert first["mode"] in ("cells", "points") and first["events"] == layer.summary(day)["events"]
    assert feed.payload(day) is None  # the page already shows it
    assert feed.payload(dt.date(2009, 10, 18)) is not None or layer.summary(dt.date(2009, 10, 18)) == layer.summary(day)
    assert not feed.set_view(6, None)
    assert feed.set_view(8, [[33.9, 71.4], [34.1, 71.7]])  # zoomed in on Peshawar
    near = feed.payload(day)
    assert near["mode"] == "points" and 0 < near["events"] < first["events"]
    assert all(32.9 < p[0] < 35.1 and 71.0 < p[1] < 72.2 for p in near["points"])  # within the widened view
    feed.forget()
    assert feed.payload(day) == near  # sent again after the page lost it
    assert script_json(near)  # travels as the page's JSON


def test_widened_bounds_stay_in_the_world():
    assert density.widened([[0, 0], [10, 20]]) == [[-5.0, -10.0], [15.0, 30.0]]
    assert density.widened([[-80, -170], [80, 170]]) == [[-85.0, -180.0], [85.0, 180.0]]


def test_page_config_names_categories_and_area_precisions():
    config = density.page_config()
    assert config["categories"][config["categories"].index("war")] == "war"
    assert {config["places"][i] for i in config["vague"]} == set(conflictlayer.VAGUE_PLACES)
    assert all(colour.startswith("#") for colour in config["ramp"])
