"""Links to a view in the window (apply, copy, read back) and View › Compare dates (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from viewer.core.diff import describe, diff  # noqa: E402
from viewer.core.viewlink import ViewLink, parse_link  # noqa: E402

TIMEOUT = 30_000


@pytest.fixture
def window(open_window, atlas):
    return open_window(atlas, dt.date(1990, 1, 1), size=(1100, 760))


def view(qtbot, mapview) -> dict:
    with qtbot.waitCallback(timeout=TIMEOUT) as cb:
        mapview.call("atlas.view", callback=cb)
    return json.loads(cb.args[0])


def test_a_link_opens_there_and_copy_link_gives_it_back(qtbot, window):
    link = ViewLink(dt.date(1971, 12, 16), (24.0, 88.0, 6), ("events.visit", "regions"), ())
    window.story.apply_link(link)
    assert window.timeline.day == dt.date(1971, 12, 16)
    qtbot.waitUntil(lambda: view(qtbot, window.map)["zoom"] == 6, timeout=TIMEOUT)
    assert view(qtbot, window.map)["center"] == pytest.approx([24.0, 88.0], abs=360 / (256 * 2 ** 6))  # a pixel
    assert set(window.map.hidden_layers()) == {"events.visit", "regions"}
    window.story.copy_link()
    qtbot.waitUntil(lambda: "pakatlas:" in QGuiApplication.clipboard().text(), timeout=TIMEOUT)
    command, uri = QGuiApplication.clipboard().text().splitlines()
    assert command.startswith("pakatlas --date 1971-12-16 --view 24,88,6 --layers=-")
    copied = parse_link(uri)
    assert copied.date == link.date and copied.view == (24.0, 88.0, 6)
    assert set(copied.hide) == set(link.hide) and copied.show == ()
    # a link that shows a layer switches it back on, and a region is fitted
    window.story.apply_link(ViewLink(None, "kashmir", (), ("regions",)))
    assert window.map.hidden_layers() == ["events.visit"]
    qtbot.waitUntil(lambda: view(qtbot, window.map)["bounds"][0][0] > 25, timeout=TIMEOUT)


def test_compare_dates_keeps_the_two_maps_in_step_and_lists_the_differences(qtbot, window, atlas):
    compare = window.story.open_compare(dt.date(1965, 9, 6), dt.date(2024, 1, 17))
    try:
        for m in compare.maps:
            qtbot.waitUntil(lambda m=m: m.ready, timeout=60_000)
        assert compare.differences() == describe(diff(atlas, "1965-09-06", "2024-01-17"))
        assert "Iran: allied → hostile" in compare.differences()
        # panning and zooming one map moves the other (waited for whole, centre and zoom: the maps may start at
        # either zoom, so the zoom alone could be the start's)
        def at(mapview, center, zoom) -> bool:
            seen = view(qtbot, mapview)
            return seen["zoom"] == zoom and seen["center"] == pytest.approx(center, abs=1e-3)

        assert not at(compare.maps[1], [30.0, 70.0], 5)
        compare.maps[0].call("atlas.setView", [30.0, 70.0], 5)
        qtbot.waitUntil(lambda: at(compare.maps[1], [30.0, 70.0], 5), timeout=TIMEOUT)
        compare.maps[1].call("atlas.setView", [25.0, 60.0], 4)
        qtbot.waitUntil(lambda: at(compare.maps[0], [25.0, 60.0], 4), timeout=TIMEOUT)
        # each map has its own date
        with qtbot.waitSignal(compare.maps[1].statePainted, timeout=TIMEOUT,
                              check_params_cb=lambda d, _ms: d == "1972-01-01"):
            compare.controls[1].edit.setDate(compare.controls[1].edit.date().fromString("1972-01-01", "yyyy-MM-dd"))
        assert compare.days == (dt.date(1965, 9, 6), dt.date(1972, 1, 1))
        assert "Bangladesh: no relation → neutral" not in compare.differences()
        assert compare.differences() == describe(diff(atlas, "1965-09-06", "1972-01-01"))
        assert compare.headings[1].text() == "1 January 1972"
    finally:
        compare.close()


def test_compare_dates_speaks_the_windows_language_and_contrast_and_swipes(qtbot, atlas, tmp_path):
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest

    from qthelpers import dispose
    from viewer.qt import language
    from viewer.qt.window import MainWindow

    language.install("fr")
    settings = QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings, start_date=dt.date(1965, 9, 6), lang="fr", high_contrast=True)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=60_000):
            win.show()
        compare = win.story.open_compare(dt.date(1965, 9, 6), dt.date(2024, 1, 17))
        for m in compare.maps:
            qtbot.waitUntil(lambda m=m: m.ready, timeout=60_000)
            assert m.lang == "fr" and m.high_contrast
            with qtbot.waitCallback(timeout=TIMEOUT) as cb:
                m.run_js("document.documentElement.lang + '|' + document.documentElement.className", cb)
            assert cb.args[0].startswith("fr|")
        assert compare.headings[0].text() == "6 septembre 1965"
        assert "6 septembre 1965" in compare.summary.text()
        # what changed, in French: the partners, the statuses and the alliances under their French names
        lines = compare.differences()
        assert "Iran : Allié → Hostile" in lines and "Russie (Union soviétique le 6 septembre 1965) : Neutre → Coopératif" in lines
        assert not any("allied" in line or "appeared" in line or "between the two dates" in line for line in lines)
        # side by side: each map has half the stage
        stage = compare.stage
        assert compare.maps[0].geometry().right() < compare.maps[1].geometry().left()
        # swipe: both maps over the whole stage, the second shown right of the handle only
        compare.swipe_box.click()
        assert stage.swipe and compare.maps[0].geometry() == compare.maps[1].geometry() == stage.rect()
        cut = stage.cut()
        assert cut == stage.width() // 2
        assert compare.maps[1].mask().boundingRect().left() == cut
        QTest.keyClick(stage.handle, Qt.Key.Key_Left)
        assert stage.cut() == cut - 20 and compare.maps[1].mask().boundingRect().left() == cut - 20
        QTest.mouseMove(stage.handle, QPoint(2, 10))
        qtbot.wait(50)
        picture = compare.grab().toImage()
        assert not picture.isNull()
        compare.set_swipe(False)
        assert compare.maps[1].mask().isEmpty() and not compare.swipe_box.isChecked()
        compare.close()
    finally:
        dispose(win)
        language.install("en")


def test_a_link_with_past_events_sets_them_and_copy_link_keeps_them(qtbot, open_window):
    from viewer.core.atlas import Atlas

    win = open_window(Atlas.load(), dt.date(1990, 1, 1), size=(1100, 760))  # its own atlas: the display changes
    win.story.apply_link(ViewLink(dt.date(1972, 1, 1), None, (), (), "fade:730", "events.treaty=cumulative"))
    assert win.display.text() == "fade:730" and win.atlas.layer_displays["events.treaty"].mode == "cumulative"
    win.story.copy_link()
    qtbot.waitUntil(lambda: "past=fade" in QGuiApplication.clipboard().text(), timeout=TIMEOUT)
    command, uri = QGuiApplication.clipboard().text().splitlines()
    assert "--past fade:730" in command and "--past-layers events.treaty=cumulative" in command
    assert parse_link(uri).past_layers == "events.treaty=cumulative"
