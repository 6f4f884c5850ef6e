"""What the window and the standalone page send the map page: one protocol (no Qt)."""

import datetime as dt
import json

import pytest

from viewer.page import protocol


def test_slim_state_keeps_what_the_page_needs(atlas):
    page_events = {e["id"] for e in atlas.events}
    slim = protocol.slim_state(atlas.state(dt.date(1965, 9, 6)), page_events)
    assert set(slim) == set(protocol.SECTIONS)
    pakistan = next(t for t in slim["territories"] if t["id"] == "PAK")
    assert pakistan["key"] == "PAK|BGD,BWP,CTL,DIR,GWD,KHP,KLT,LSB,PAK,SWT" == protocol.polity_key(
        "PAK", ["PAK", "GWD", "KLT", "LSB", "DIR", "CTL", "BGD", "KHP", "BWP", "SWT"])
    kashmir = next(t for t in slim["territories"] if t["id"] == "AJK")
    assert kashmir["held_by"] == ["PAK"] and "held_by" not in pakistan  # a disputed area says who held it
    assert all(set(e) == {"id", "recent"} for e in slim["events"])
    assert all(set(r) == {"id", "name"} for r in slim["regions"])
    stranger = protocol.slim_state({"events": [{"id": "mine", "title": "T", "lat": 1.0, "lon": 2.0,
                                                "sources": [], "recent": True}]})["events"][0]
    assert stranger["title"] == "T" and stranger["recent"] is True and "sources" not in stranger


def test_delta_holds_only_changed_sections(atlas):
    page_events = {e["id"] for e in atlas.events}
    a = protocol.slim_state(atlas.state(dt.date(1965, 9, 6)), page_events)
    b = protocol.slim_state(atlas.state(dt.date(1965, 9, 7)), page_events)
    delta = protocol.state_delta(a, b)
    assert delta["date"] == "1965-09-07" and "territories" not in delta
    assert protocol.state_delta({}, a).keys() == set(protocol.SECTIONS)


def test_page_calls_carry_their_arguments_as_json_only():
    script = protocol.call("atlas.select", "</script><b>")
    assert script == 'window.atlas.select("\\u003c\\/script\\u003e\\u003cb\\u003e"); null'
    assert json.loads(script[len("window.atlas.select("):-len("); null")]) == "</script><b>"
    assert protocol.call("atlas.shownState", result=True).endswith("JSON.stringify(window.atlas.shownState()) : null")
    for bad in ("atlas.apply(1);alert", "atlas..x", "", "a b"):
        with pytest.raises(ValueError):
            protocol.call(bad)
