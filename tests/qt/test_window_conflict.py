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
from viewer.qt import language  # noqa: E402

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


def tooltip_of(qtbot, win, event_id):
    return js(qtbot, win, f"""(function () {{ var m = window.atlas.marker({event_id!r}); m.openTooltip();
        return m.getTooltip().getElement().textContent; }})()""")


@pytest.fixture
def small_conflict_atlas(tmp_path):
    ged = tmp_path / "ged.csv"
    write_csv(ged, GED_COLUMNS, [ged_row(best="1234", low="1200", high="1300"),
                                 ged_row(id="102", where_prec="4", where_coordinates="", latitude="28.5",
                                         longitude="65.5", adm_1="Balochistan province")])
    return Atlas.load(extra_files=[ged], strict=True)


@pytest.mark.parametrize("lang, card_words, tip_words", [
    ("en", ["Deaths (best estimate): 1,234 (low 1,200, high 1,300)", "Date: known to the day",
            "Place: the place itself"],
     "Place known only to the province (dashed circle: not a precise point)"),
    ("fr", ["Morts (meilleure estimation) : 1\u202f234 (estimation basse 1\u202f200, estimation haute 1\u202f300)",
            "Date : connue au jour près", "Lieu : le lieu même"],
     "Lieu connu seulement à l’échelle de la province (cercle en pointillé : pas un point précis)"),
    ("ur", ["اموات (بہترین تخمینہ): 1,234", "تاریخ: دن تک معلوم", "مقام: عین وہی مقام"],
     "مقام صرف صوبے کی حد تک معلوم ہے (نقطہ دار دائرہ: درست مقام نہیں)"),
])
def test_conflict_card_and_tooltip_speak_the_windows_language(qtbot, tmp_path, small_conflict_atlas, lang,
                                                               card_words, tip_words):
    """A conflict event's deaths and precision, on its card and in its tooltip on the map, are in the
    window's language, its numbers grouped as the language groups them; none of it is left in English."""
    from PySide6.QtCore import QSettings

    from qthelpers import dispose
    from viewer.qt.window import MainWindow

    language.install(lang)
    win = MainWindow(small_conflict_atlas, QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat),
                     start_date=dt.date(2009, 5, 10), lang=lang)
    try:
        win.resize(1200, 800)
        with qtbot.waitSignal(win.map.statePainted, timeout=60_000):
            win.show()
        win.panel.select("ged-101")
        card = " ".join(win.panel.card.toPlainText().replace("\u202f", " ").replace("\u00a0", " ").split(" "))
        assert all(words.replace("\u202f", " ") in card for words in card_words), card
        tip = tooltip_of(qtbot, win, "ged-102")
        assert tip_words in tip, tip
        if lang != "en":
            assert "known" not in card + tip and "best estimate" not in card
    finally:
        win.set_playing(False)
        dispose(win)
        language.install("en")



@pytest.mark.parametrize("lang, words, more", [
    ("fr", "Morts (meilleure estimation) : 1\u202f234 (estimation basse 1\u202f200, estimation haute 1\u202f300)",
     "… et 2 de plus."),
    ("ur", "اموات (بہترین تخمینہ): 1,234 (کم تخمینہ 1,200، زیادہ تخمینہ 1,300)", "… اور 2 مزید۔"),
])
def test_a_cells_list_gives_deaths_in_the_cards_language(qapp, lang, words, more):
    """The list of a density cell's events words each one's deaths as the event's card does, and says how
    many more there are, in the card's language."""
    from viewer.qt.cards import cell_card_html

    event = {"id": "ged-1", "start": "2009-05-08", "title": "Government of Pakistan - TTP",
             "deaths": {"best": 1234, "low": 1200, "high": 1300}}
    language.install(lang)
    try:
        card = cell_card_html("heading", [event], 3, lang)
    finally:
        language.install("en")
    assert words in card and more in card, card
    assert "atlas-event:ged-1" in card and "deaths" not in card and "more" not in card
