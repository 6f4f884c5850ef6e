"""The window with thousands of events: the map draws them on its canvas, thinned by zoom; the list,
its filters, selection and clicks on the map work as with the bundled data."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from qthelpers import js, shown  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from viewer.core.atlas import Atlas  # noqa: E402

LOAD_TIMEOUT = 60_000
PAINT_TIMEOUT = 15_000
COUNT = 3000
DAY = dt.date(1991, 6, 1)
CATEGORIES = ("diplomacy", "visit", "statement", "strike", "incident", "aid")


def many_events(count: int) -> dict:
    """Valid events around Pakistan, all begun in 1990-1991, so that about two thousand are on the map in mid-1991."""
    rng = random.Random(1991)
    first = dt.date(1990, 1, 1).toordinal()
    features = []
    for n in range(count):
        start = first + rng.randrange(520)
        end = start + rng.choice((0, 0, 3, 30, 200))
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(rng.uniform(60, 76), 4), round(rng.uniform(24, 36), 4)]},
            "properties": {
                "id": f"many-{n}", "start": dt.date.fromordinal(start).isoformat(),
                "end": dt.date.fromordinal(end).isoformat() if end > start else None,
                "title": f"Event number {n}", "summary": "A test event.", "category": rng.choice(CATEGORIES),
                "actors": ["PAK", rng.choice(("USA", "IRN", "IND", "AFG", "CHN"))], "place": None,
                "region": rng.choice(("PK.BA", "PK.PB", None)), "note": None,
                "sources": [{"source": "test", "quote": f"record {n}"}],
            },
        })
    return {"type": "FeatureCollection", "features": features}


@pytest.fixture(scope="module")
def big_atlas(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many-events")
    (folder / "events.geojson").write_text(json.dumps(many_events(COUNT)), encoding="utf-8")
    return Atlas.load(folder, strict=True)


@pytest.fixture
def window(open_window, big_atlas):
    return open_window(big_atlas, DAY, size=(1200, 800))


def test_thousands_of_events_are_drawn_thinned_on_a_canvas(qtbot, window, big_atlas):
    assert window.panel.list.count() == COUNT
    state = big_atlas.state(DAY)
    ids = sorted(e["id"] for e in state["events"])
    assert len(ids) > 1000  # far over the page's 300: the canvas draws them
    page = shown(qtbot, window)
    assert page["date"] == DAY.isoformat()
    assert page["events"] == ids
    assert page["recentEvents"] == sorted(e["id"] for e in state["events"] if e["recent"])
    assert page["eventsDrawn"] == "canvas"
    drawn = set(page["eventsOnMap"])
    assert drawn <= set(ids) and 100 < len(drawn) < len(ids)  # one per few pixels at this zoom
    assert js(qtbot, window, "document.querySelectorAll('.leaflet-marker-pane .atlas-ev').length") == 0
    assert js(qtbot, window, "document.querySelectorAll('canvas.atlas-dots-canvas').length") == 1
    # the list marks the day's events, and only them; the card lists the first of them
    assert all(window.panel.is_bold(i) for i in ids)
    assert not any(window.panel.is_bold(e["id"]) for e in big_atlas.events if e["id"] not in set(ids))
    qtbot.waitUntil(lambda: f"On the map on {DAY.isoformat()}" in window.panel.card.toPlainText(),
                    timeout=PAINT_TIMEOUT)
    assert f"and {len(ids) - 25:,} more" in window.panel.card.toPlainText()

    # closer in, fewer events share a cell: more of them are drawn
    js(qtbot, window, "atlas.map().setZoom(atlas.map().getZoom() + 2, {animate: false}); 1")
    closer = shown(qtbot, window)
    assert closer["events"] == ids and len(closer["eventsOnMap"]) > len(drawn)


def test_selecting_filtering_and_clicking_with_thousands_of_events(qtbot, window, big_atlas):
    # filters hide rows without touching the others
    window.panel.search.setText("number 123")
    visible = window.panel.visible_ids()
    assert visible == [e["id"] for e in big_atlas.events if "number 123" in e["title"]]
    rows = {window.panel.list.item(r).data(Qt.ItemDataRole.UserRole): window.panel.list.item(r).isHidden()
            for r in range(window.panel.list.count())}
    assert sorted(i for i, hidden in rows.items() if not hidden) == sorted(visible)
    window.panel.search.setText("")
    window.panel.category.setCurrentIndex(window.panel.category.findData("visit"))
    visits = window.panel.visible_ids()
    assert visits and all(big_atlas.event(i)["category"] == "visit" for i in visits)
    assert len(visits) == sum(e["category"] == "visit" for e in big_atlas.events)
    window.panel.category.setCurrentIndex(0)
    assert len(window.panel.visible_ids()) == COUNT

    # choosing an event in the list moves the date there and shows its marker, never thinned out
    target = big_atlas.events[COUNT // 2]
    item = window.panel.list.item(window.panel.visible_ids().index(target["id"]))
    with qtbot.waitSignal(window.map.statePainted, timeout=LOAD_TIMEOUT,
                          check_params_cb=lambda d, _ms: d == target["start"]):
        window.panel.list.setCurrentItem(item)
    assert window.timeline.day.isoformat() == target["start"]
    qtbot.waitUntil(lambda: shown(qtbot, window)["selected"] == target["id"], timeout=PAINT_TIMEOUT)
    page = shown(qtbot, window)
    assert page["eventsDrawn"] == "canvas" and target["id"] in page["eventsOnMap"]
    assert js(qtbot, window, f"atlas.markerElement({target['id']!r}).classList.contains('atlas-ev-selected')")
    assert target["title"] in window.panel.card.toPlainText()

    # a click on a burst drawn on the canvas selects that event in the list
    on_canvas = [i for i in page["eventsOnMap"] if i != target["id"] and big_atlas.event(i)["category"] == "strike"]
    assert on_canvas
    clicked = big_atlas.event(on_canvas[0])
    with qtbot.waitSignal(window.map.eventClicked, timeout=PAINT_TIMEOUT) as blocker:
        window.map.run_js(f"atlas.map().fire('click', {{latlng: L.latLng({clicked['lat']}, {clicked['lon']})}}); 1")
    assert blocker.args == [clicked["id"]]
    assert window.panel.selected_id() == clicked["id"]
    qtbot.waitUntil(lambda: shown(qtbot, window)["selected"] == clicked["id"], timeout=PAINT_TIMEOUT)


def test_the_page_gets_only_what_changed_in_the_events(big_atlas):
    from viewer.page.protocol import event_changes

    page = {e["id"] for e in big_atlas.events}
    before, after = big_atlas.state(DAY)["events"], big_atlas.state(DAY + dt.timedelta(days=30))["events"]
    held, first = event_changes(None, before, page)
    assert first["reset"] and sorted(first["put"]) == sorted([e["id"], int(e["recent"])] for e in before)
    held, changes = event_changes(held, after, page)
    old = {e["id"]: e["recent"] for e in before}
    new = {e["id"]: e["recent"] for e in after}
    assert sorted(changes["drop"]) == sorted(set(old) - set(new))
    assert sorted(changes["put"]) == sorted([i, int(r)] for i, r in new.items() if old.get(i) is not r)
    assert held == {i: int(r) for i, r in new.items()}
    assert event_changes(held, after, page)[1] is None  # nothing changed: nothing to send
    # an event the page was not built with travels whole
    stranger = {**after[0], "id": "not-in-the-page"}
    _held, changes = event_changes(held, after + [stranger], page)
    assert changes["drop"] == [] and changes["put"][0]["id"] == "not-in-the-page"
    assert changes["put"][0]["lat"] == stranger["lat"] and "sources" not in changes["put"][0]
