"""The window says what it shows: tooltips and cards follow the date, names are spelled out and of the day,
alliances that coincide stay apart, partners off the map are shown at its edge, the legend keeps clear."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from qthelpers import js, shown  # noqa: E402
from viewer import style  # noqa: E402

PAINT_TIMEOUT = 15_000


def go(qtbot, win, day: str) -> None:
    with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT, check_params_cb=lambda d, _ms: d == day):
        win.set_day(dt.date.fromisoformat(day))


def point_of(qtbot, win, lat: float, lon: float) -> QPoint:
    x, y = json.loads(js(qtbot, win, f"var p = atlas.map().latLngToContainerPoint([{lat}, {lon}]);"
                                       "JSON.stringify([p.x, p.y])"))
    return QPoint(round(x), round(y))


def test_a_tooltip_under_the_mouse_follows_the_date(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 18), size=(1500, 900))
    where = point_of(qtbot, win, 32.5, 54.0)  # central Iran
    target = win.map.focusProxy() or win.map
    QTest.mouseMove(target, where - QPoint(3, 0))
    QTest.mouseMove(target, where)
    qtbot.waitUntil(lambda: (shown(qtbot, win).get("tooltip") or {}).get("unit") == "IRN", timeout=PAINT_TIMEOUT)
    tip = shown(qtbot, win)["tooltip"]
    assert "Hostile" in tip["text"] and "16 Jan 2024" in tip["text"], tip
    go(qtbot, win, "1965-09-06")  # the mouse does not move
    tip = shown(qtbot, win)["tooltip"]
    assert tip["unit"] == "IRN" and tip["date"] == "1965-09-06"
    assert "Hostile" not in tip["text"] and style.label("status", "allied") in tip["text"], tip


def test_a_selected_event_far_from_the_date_says_so_and_offers_the_way_back(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1966, 1, 10))
    win.panel.select("tashkent-declaration")
    card = win.panel.card.toPlainText()
    assert "Soviet Union" in card and "Russia" not in card  # the actors as named on the day
    assert "Not on the map" not in card
    go(qtbot, win, "2024-01-17")
    card = win.panel.card.toPlainText()
    assert win.panel.card_is_off_map()
    assert "Not on the map on 2024-01-17" in card and "1966-01-10" in card and "Go to 1966-01-10" in card
    with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
        win.panel._open_link(QUrl("#goto"))
    assert win.timeline.day == dt.date(1966, 1, 10)
    assert "Not on the map" not in win.panel.card.toPlainText()
    go(qtbot, win, "1947-08-14")
    assert "Not on the map on 1947-08-14" in win.panel.card.toPlainText()
    win.panel._open_link(QUrl("#today"))
    assert win.panel.selected_id() is None and not win.panel.card_is_off_map()
    qtbot.waitUntil(lambda: shown(qtbot, win)["selected"] is None, timeout=PAINT_TIMEOUT)


def test_every_label_is_spelled_out_and_the_same_in_legend_filter_and_status_line(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1965, 9, 6), size=(1500, 900))
    page = shown(qtbot, win)
    legend = page["legend"]["labels"]
    assert not page["legend"]["collapsed"]  # a large map shows it open
    for aid in ("SEATO", "CENTO", "RCD_ECO"):
        assert style.label("alliance", aid) in legend
        assert aid not in legend
    assert "RCD / ECO (Regional Cooperation for Development, then Economic Cooperation Organization)" in legend
    categories = [win.panel.category.itemText(i) for i in range(1, win.panel.category.count())]
    on_map = {style.label("category", e["category"]) for e in atlas.state("1965-09-06")["events"]}
    assert on_map and on_map <= set(legend) and on_map <= set(categories), (on_map, categories, legend)
    assert "Strikes and raids" in categories and "strike" not in categories
    assert "Strikes and raids" not in legend and "Hostile" in legend and "Sanctions" not in legend  # that day only
    summary = win.bar.summary.text()
    assert "Southeast Asia Treaty Organization (SEATO)" in summary and ": hostile" in summary
    assert win.bar.band_names.names == [atlas.unit_names["USA"], atlas.unit_names["IRN"]]
    keys = dict((name, key) for key, name in win.shortcut_rows())
    assert all(key != name for name, key in keys.items()) and keys["End (31 December 2025)"] == "End"  # no "End End"
    win._show_keys()
    assert "<table" in win._keys_box.text() and win._keys_box.text().count("<tr>") == len(keys)
    win._keys_box.close()


def test_names_of_the_day_on_the_map(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1965, 9, 6), size=(1500, 900))
    names = {label["name"] for label in shown(qtbot, win)["labels"]}
    assert "Pakistan" in names and "India" in names and "Bangladesh" not in names
    go(qtbot, win, "1972-06-01")
    # small and marked by the war's events at the opening view, Bangladesh is named where it has room
    js(qtbot, win, "atlas.setView([23.7, 90.3], 6); true")
    qtbot.waitUntil(lambda: "Bangladesh" in {label["name"] for label in shown(qtbot, win)["labels"]},
                    timeout=PAINT_TIMEOUT)


def test_partners_off_the_map_are_marked_at_its_edge_and_clicking_goes_there(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 17), size=(1500, 900))
    status = {r["partner"]: r["status"] for r in atlas.state("2024-01-17")["relations"]}["USA"]
    edges = {e["partner"]: e for e in shown(qtbot, win)["edges"]}
    assert "USA" in edges and "IRN" not in edges  # Iran is on the map
    assert edges["USA"]["status"] == status and edges["USA"]["colour"] == style.STATUS_COLOURS[status]
    assert edges["USA"]["edge"] == "left"
    assert js(qtbot, win, "getComputedStyle(atlas.edgeElement('USA')).backgroundColor") != ""
    js(qtbot, win, "atlas.edgeElement('USA').click(); true")
    qtbot.waitUntil(lambda: "USA" not in {e["partner"] for e in shown(qtbot, win)["edges"]}, timeout=PAINT_TIMEOUT)
    assert js(qtbot, win, "atlas.map().getBounds().contains(L.latLng(39, -98))")
    assert win.actions_by_name["Reset the map view"].shortcut() == QKeySequence("Ctrl+0")
    QTest.keyClick(win.bar.slider, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "USA" in {e["partner"] for e in shown(qtbot, win)["edges"]}, timeout=PAINT_TIMEOUT)
    view = json.loads(js(qtbot, win, "JSON.stringify(atlas.view())"))
    assert view["center"] == pytest.approx([30.0, 62.0], abs=0.5)


def test_the_legend_folds_on_a_small_window_and_never_covers_the_selected_event(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2011, 11, 26), size=(1024, 640))
    assert shown(qtbot, win)["legend"]["collapsed"]
    js(qtbot, win, "document.querySelector('.atlas-legend-title').click(); true")  # the user opens it
    assert not shown(qtbot, win)["legend"]["collapsed"]
    win.panel.select("salala-incident")
    win.map.select_event("salala-incident")
    qtbot.waitUntil(lambda: shown(qtbot, win)["selected"] == "salala-incident", timeout=PAINT_TIMEOUT)
    # put the marker right under the legend: the map moves it out again
    js(qtbot, win, "var m = atlas.map(), r = document.querySelector('.atlas-legend').getBoundingClientRect(),"
                   "c = m.getContainer().getBoundingClientRect(),"
                   "p = m.latLngToContainerPoint(atlas.marker('salala-incident').getLatLng());"
                   "m.panBy([p.x - (r.left + r.width / 2 - c.left), p.y - (r.top + r.height / 2 - c.top)],"
                   "{animate: false}); true")
    qtbot.waitUntil(lambda: not shown(qtbot, win)["legend"]["coversSelected"], timeout=PAINT_TIMEOUT)
    assert shown(qtbot, win)["selected"] == "salala-incident"


def test_search_finds_spelling_variants_and_says_when_nothing_matches(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 17))
    win.panel.search.setText("Balochistan")
    found = set(win.panel.visible_ids())
    assert {"pakistan-strikes-saravan", "pakistan-nuclear-tests-1998", "iran-strikes-panjgur"} <= found
    win.panel.search.setText("dacca")
    assert "creation-of-bangladesh" in win.panel.visible_ids() and win.panel.no_match.isHidden()
    win.panel.search.setText("xyzzy")
    assert win.panel.visible_ids() == [] and not win.panel.no_match.isHidden()
    assert "No matching events" in win.panel.no_match.text()


def _near(image, colour: str, tolerance: int = 40) -> int:
    import numpy as np

    from test_render import to_pil

    rgb = np.asarray(to_pil(image)).astype(int)
    target = np.array([int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)])
    return int((np.abs(rgb - target).sum(axis=2) < tolerance).sum())


def test_two_alliances_with_identical_members_stay_distinct(qtbot, qapp, atlas):
    """CENTO and RCD had the same members from 1964: both outlines must show, each in its own colour."""
    from test_render import render
    from viewer.qt.render.renderer import Renderer, RenderJob

    state = atlas.state("1970-01-01")
    members = ["IRN", "PAK", "TUR"]
    both = [{"id": "CENTO", "name": "CENTO", "members": members}, {"id": "RCD_ECO", "name": "RCD", "members": members}]
    colours = style.alliance_styles(["CENTO", "RCD_ECO"])
    cento, rcd = colours["CENTO"]["color"], colours["RCD_ECO"]["color"]
    view = {"bounds": [[24.0, 25.0], [42.0, 63.0]]}  # Turkey and Iran
    renderer = Renderer(atlas)
    try:
        def pixels(alliances):
            image = render(qtbot, renderer, RenderJob({**state, "alliances": alliances, "relations": []}, (600, 300),
                                                      caption=False, view=view))
            return _near(image, cento), _near(image, rcd)

        alone_cento, alone_rcd_in_cento = pixels(both[:1])
        alone_cento_in_rcd, alone_rcd = pixels(both[1:])
        together = pixels(both)
    finally:
        renderer.close(now=True)
    assert alone_cento > 500 and alone_rcd > 500
    assert alone_rcd_in_cento < alone_rcd / 20 and alone_cento_in_rcd < alone_cento / 20  # the count tells them apart
    # together: neither hides the other (the nested bands each keep a good share of their own line)
    assert together[0] > alone_cento / 3 and together[1] > alone_rcd / 3, (together, alone_cento, alone_rcd)


def test_nested_bands_are_ranked_in_the_window(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1970, 1, 1), size=(1500, 900))
    bands = shown(qtbot, win)["allianceBands"]
    assert "unit:TUR=0/2" in bands["CENTO"] and "unit:TUR=1/2" in bands["RCD_ECO"]


def test_the_window_without_a_display_says_so_in_one_line_and_exits_2(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "viewer"], env=env, capture_output=True, text=True, timeout=120,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "pakatlas export" in lines[0] and "pakatlas state" in lines[0]
    assert "xcb" not in done.stderr and "reinstalling" not in done.stderr.lower()


def test_old_maps_carry_the_names_of_their_day_and_modern_units_their_map_names(qtbot, open_window, atlas):
    """16 December 1971: Burma, not Myanmar; the Khmer Republic, not Cambodia; China still China (the map
    name of the People's Republic, which has that name still)."""
    win = open_window(atlas, dt.date(1971, 12, 16), size=(1500, 900))
    js(qtbot, win, "atlas.setView([17, 100], 5); true")

    def names():
        return {label["name"] for label in shown(qtbot, win)["labels"]}

    qtbot.waitUntil(lambda: "Burma" in names(), timeout=PAINT_TIMEOUT)
    assert "Myanmar" not in names() and "Cambodia" not in names() and "Vietnam" not in names()
    assert "Khmer Republic" in names() or "Khmer Republic" in {t["name"] for t in atlas.state("1971-12-16")["territories"]}
    js(qtbot, win, "atlas.setView([35, 100], 4); true")
    qtbot.waitUntil(lambda: "China" in names(), timeout=PAINT_TIMEOUT)


def test_the_legend_folds_when_the_window_is_made_small_after_opening(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 17), size=(1500, 900))
    assert not shown(qtbot, win)["legend"]["collapsed"]
    win.resize(1024, 640)
    qtbot.waitUntil(lambda: shown(qtbot, win)["legend"]["collapsed"], timeout=PAINT_TIMEOUT)


def test_the_events_lists_filters_filter_the_maps_markers(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 17), size=(1500, 900))
    before = shown(qtbot, win)["eventsOnMap"]
    assert "iran-strikes-panjgur" in before and len(before) > 1
    strike = win.panel.category.findData("strike")
    win.panel.category.setCurrentIndex(strike)
    qtbot.waitUntil(lambda: set(shown(qtbot, win)["eventsOnMap"]) < set(before), timeout=PAINT_TIMEOUT)
    on_map = shown(qtbot, win)["eventsOnMap"]
    assert on_map and all(atlas.event(e)["category"] == "strike" for e in on_map)
    win.panel.category.setCurrentIndex(0)  # all categories again: every event back
    qtbot.waitUntil(lambda: set(shown(qtbot, win)["eventsOnMap"]) == set(before), timeout=PAINT_TIMEOUT)
