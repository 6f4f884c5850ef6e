"""The dataset is checked once and never changes; the atlas answers from it without copying it."""

import datetime as dt
import json

import pytest

from viewer.core.atlas import Atlas
from viewer.core.dataset import Dataset
from viewer.core.records import Record


def test_the_dataset_cannot_be_changed(atlas):
    dataset = atlas.dataset
    with pytest.raises(AttributeError, match="does not change"):
        dataset.events = ()
    with pytest.raises(TypeError):
        dataset.unit_names["PAK"] = "elsewhere"
    assert isinstance(dataset.events, tuple) and isinstance(dataset.polities, tuple)
    assert dataset.problems == () and dataset.warnings == ()


def test_records_know_where_they_came_from(atlas):
    event = next(e for e in atlas.dataset.events if e["id"] == "abbottabad-raid")
    assert isinstance(event, Record) and event.file == "events.geojson" and event.n >= 1
    assert event.where == f"events.geojson record {event.n} ('abbottabad-raid')"
    assert not any(key.startswith("_") for e in atlas.dataset.events for key in e)


def test_the_atlas_hands_out_its_events_without_copying(atlas):
    assert atlas.events is atlas.events  # no copy on each read
    first = atlas.events[0]
    assert atlas.event(first["id"]) is first
    assert [e["start"] for e in atlas.events] == sorted(e["start"] for e in atlas.events)
    json.dumps(atlas.events)  # plain JSON, as the command line prints it


def test_two_atlases_can_share_one_dataset(atlas):
    shorter = Atlas(atlas.dataset, recent_days=0)
    day = dt.date(2011, 6, 1)  # a month after Abbottabad: recent for a year, gone at once with 0 days
    assert "abbottabad-raid" in {e["id"] for e in atlas.state(day)["events"]}
    assert "abbottabad-raid" not in {e["id"] for e in shorter.state(day)["events"]}
    assert Dataset.load(strict=True).events == atlas.dataset.events
