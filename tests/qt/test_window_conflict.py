"""Conflict data in the window: a small GED file's events carry deaths and precision to the card and the map;
a large clustered file is drawn as density cells (read back from the page), down to single points as the
map zooms in; a click on a cell lists its events; the timeline shows the density strip."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from qthelpers import js, shown  # noqa: E402
from benchmarks.clustered import write as write_clustered  # noqa: E402
from tests.core.test_conflict import ACLED_COLUMNS, GED_COLUMNS, acled_row, ged_row, write_csv  # noqa: E402
from viewer.core import conflictlayer  # noqa: E402
from viewer.core.atlas import Atlas  # noqa: E402

PAINT_TIMEOUT = 15_000
DAY = dt.date(2010, 3, 1)


@pytest.fixture(scope="module")
def large_atlas(tmp_path_factory):
    path = write_clustered(30_000, tmp_path_factory.mktemp("ged") / "ged-clustered.csv", seed=11)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflictlayer, "LARGE_FILE_BYTES", 1024)  # this 9 MB file goes to the columnar store
        return Atlas.load(extra_files=[path], strict=True)


def test_large_file_is_drawn_as_density_cells_down_to_points(qtbot, open_window, large_atlas):
    assert large_atlas.conflicts and len(large_atlas.conflicts) == 30_000
    state = large_atlas.state(DAY)
    assert not any(e["id"].startswith("ged-") for e in state["events"])  # not one dict per event
    win = open_window(large_atlas, DAY, size=(1200, 800))
    expected = state["conflict"]["events"]
    assert expected > conflictlayer.POINT_LIMIT
    qtbot.waitUntil(lambda: (shown(qtbot, win)["density"] or {}).get("mode") == "cells", timeout=PAINT_TIMEOUT)
    page = shown(qtbot, win)["density"]
    assert page["cells"] > 1 and page["events"] == sum(page["cellCounts"])
    # what the page shows is the core's grid for the page's own view
    view = js(qtbot, win, "JSON.stringify(atlas.view())")
    import json

    view = json.loads(view)
    from viewer.page.density import widened

    core = large_atlas.conflicts.view(DAY, view["zoom"], widened(view["bounds"]))
    assert sorted(page["cellCounts"]) == sorted(c[4] for c in core.cells)
    assert "Conflict data" in win.bar.summary.text()
    assert win.bar.slider.density_bars() > 100  # months with events, 1989-2024

    # hovering a cell says its count and deaths; clicking it lists its events in the panel
    cell = core.cells[max(range(len(core.cells)), key=lambda i: core.cells[i][4])]
    lat, lon = (cell[0] + cell[2]) / 2, (cell[1] + cell[3]) / 2
    hit = json.loads(js(qtbot, win, f"JSON.stringify(atlas.map().fire('mousemove', {{latlng: L.latLng({lat}, {lon})}})"
                                    " && document.querySelector('.atlas-tip-body').textContent)"))
    assert f"{cell[4]:,} events" in hit and f"{cell[5]:,} deaths" in hit
    with qtbot.waitSignal(win.map.cellClicked, timeout=PAINT_TIMEOUT):
        js(qtbot, win, f"atlas.map().fire('click', {{latlng: L.latLng({lat}, {lon})}}); 1")
    text = win.panel.card.toPlainText()
    assert f"{cell[4]:,} event(s)" in text and "ged-" not in text  # titles, linked; not ids
    assert win.panel.card.toHtml().count("atlas-event:ged-") == min(cell[4], 200)

    # zoomed in on one town, few enough events are in view: each is a point; area-only ones are dashed circles
    js(qtbot, win, "atlas.map().setView([34.77, 72.36], 11, {animate: false}); 1")
    qtbot.waitUntil(lambda: (shown(qtbot, win)["density"] or {}).get("mode") == "points", timeout=PAINT_TIMEOUT)
    page = shown(qtbot, win)["density"]
    assert 0 < page["points"] <= conflictlayer.POINT_LIMIT and page["events"] == page["points"]


def test_density_point_click_opens_the_events_card(qtbot, open_window, large_atlas):
    win = open_window(large_atlas, DAY, size=(1200, 800))
    js(qtbot, win, "atlas.map().setView([34.77, 72.36], 11, {animate: false}); 1")
    qtbot.waitUntil(lambda: (shown(qtbot, win)["density"] or {}).get("mode") == "points", timeout=PAINT_TIMEOUT)
    view = large_atlas.conflicts.view(DAY, 11, [[34.5, 72.0], [35.0, 72.7]])
    lat, lon, _cat, event_id, _place, deaths = view.points[0]
    with qtbot.waitSignal(win.map.eventClicked, timeout=PAINT_TIMEOUT):
        js(qtbot, win, f"atlas.map().fire('click', {{latlng: L.latLng({lat}, {lon})}}); 1")
    text = win.panel.card.toPlainText()
    assert "Deaths (best estimate)" in text and "UCDP" in text and "Sundberg" in text  # the required citation
    # its actors, as named on its day: not every country of the world
    event = large_atlas.event(event_id)
    names = [a["name"] for a in large_atlas.actor_names(event)]
    assert names and all(name in text for name in names)
    assert "Zimbabwe" not in text and "Uruguay" not in text and text.count(",") < 40


def test_small_ged_and_acled_files_show_deaths_and_precision(qtbot, open_window, tmp_path):
    ged, acled = tmp_path / "ged.csv", tmp_path / "acled.csv"
    write_csv(ged, GED_COLUMNS, [ged_row(), ged_row(id="102", where_prec="4", where_coordinates="",
                                                 latitude="28.5", longitude="65.5", adm_1="Balochistan province")])
    write_csv(acled, ACLED_COLUMNS, [acled_row()])
    atlas = Atlas.load(extra_files=[ged, acled], strict=True)
    win = open_window(atlas, dt.date(2009, 5, 10), size=(1200, 800))
    win.panel.select("ged-101")
    card = win.panel.card.toPlainText()
    assert "Deaths (best estimate): 12 (low 10, high 15)" in card and "Date: known to the day" in card
    assert "Place: the place itself" in card and "Sundberg" in card
    win.panel.select("ged-102")
    card = win.panel.card.toPlainText()
    assert "known only to its province" in card and "dashed circle" in card
    # on the map: the province-only event is a dashed circle, the exact one a dot
    area = js(qtbot, win, "(function(){var n = atlas.markerElement('ged-102'); "
                          "return !!(n && n.querySelector('.atlas-ev-area'));})()")
    exact = js(qtbot, win, "(function(){var n = atlas.markerElement('ged-101'); "
                           "return !!(n && !n.querySelector('.atlas-ev-area') && n.querySelector('.atlas-ev-dot'));})()")
    assert area is True and exact is True
    win.set_day(dt.date(2024, 1, 17))
    qtbot.waitUntil(lambda: shown(qtbot, win)["date"] == "2024-01-17", timeout=PAINT_TIMEOUT)
    win.panel.select("acled-PAK98765")
    card = win.panel.card.toPlainText()
    assert "Deaths (best estimate): 2" in card and "Armed Conflict Location" in card and "terms of use" in card
