"""Layers are named by stable ids; labels are only what the layer control shows (no Qt)."""

from viewer import style
from viewer.page import layers


def test_every_id_has_its_label_and_back():
    for layer_id in ("units", "outlines", "regions", "disputed", "alliance.SEATO", "events.strike", "events.visit"):
        assert layers.migrate([layers.label(layer_id)]) == [layer_id]
    assert layers.label("events.visit") == "Events: Visits"
    assert layers.label("alliance.CENTO") == "Alliance: Central Treaty Organization (CENTO; Baghdad Pact until 1959)"
    assert layers.label("alliance.NEW") == "Alliance: NEW"  # an alliance of the user's own: its id
    assert layers.label("disputed") == style.LAYER_LABELS["disputed"] == "Disputed boundaries"


def test_saved_labels_of_older_versions_become_ids():
    saved = ["Disputed boundaries", "Events: Strikes and raids", "Alliance: SEATO", "Countries", "units",
             "no such layer", "Events: Visits", "disputed"]
    assert layers.migrate(saved) == ["disputed", "events.strike", "alliance.SEATO", "units", "events.visit"]


def test_a_renamed_label_keeps_saved_ids_working(monkeypatch):
    monkeypatch.setitem(style.CATEGORY_LABELS, "visit", "Besuche")
    assert layers.label("events.visit") == "Events: Besuche"
    assert layers.migrate(["events.visit"]) == ["events.visit"]


def test_groups_expand_to_the_layers_the_page_has():
    known = ["units", "disputed", "alliance.SEATO", "alliance.CENTO", "events.strike", "events.visit"]
    assert layers.expand(["events"], known) == ["events.strike", "events.visit"]
    assert layers.expand(["alliances", "disputed", "events.war"], known) == ["alliance.SEATO", "alliance.CENTO",
                                                                             "disputed"]
