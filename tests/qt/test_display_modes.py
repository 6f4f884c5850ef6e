"""View › Past events and the timeline's range, as a user meets them: the map, its legend, the timeline's
second handle, and the choice remembered for the next start."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from qthelpers import js, shown  # noqa: E402
from viewer.core.atlas import Atlas  # noqa: E402
from viewer.qt import displaymenu  # noqa: E402

DAY = dt.date(1966, 6, 1)
LOAD_TIMEOUT = 60_000


@pytest.fixture
def own_atlas():
    return Atlas.load()  # the display is the atlas's: not the session's shared one


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)


def legend_recent(qtbot, win) -> str:
    return js(qtbot, win, "document.querySelector('[data-recent-label]').textContent")


def repainted(qtbot, win):
    return qtbot.waitSignal(win.map.statePainted, timeout=LOAD_TIMEOUT)


def test_each_mode_changes_the_map_and_its_legend_in_place(qtbot, open_window, own_atlas, settings):
    win = open_window(own_atlas, DAY, settings=settings)
    page = shown(qtbot, win)
    assert "tashkent-declaration" in page["recentEvents"]  # 10 January 1966: the past year
    assert legend_recent(qtbot, win) == "Past year"
    with repainted(qtbot, win):
        win.view_actions["display.instant"].trigger()
    page = shown(qtbot, win)
    assert "tashkent-declaration" not in page["events"] and not page["recentEvents"]
    assert win.bar.slider.range_start() is None
    with repainted(qtbot, win):
        win.view_actions["display.cumulative"].trigger()
    assert "pakistan-independence" in shown(qtbot, win)["events"]
    assert legend_recent(qtbot, win) == "Ended earlier"
    assert win.bar.slider.range_start() == 0  # the range runs from the timeline's first day
    with repainted(qtbot, win):
        win.view_actions["display.fade"].trigger()
    page = shown(qtbot, win)
    assert "pakistan-independence" not in page["events"]  # faded out a year after it
    opacity = js(qtbot, win, "(function(){var n=document.querySelector('.atlas-ev[data-event-id=\"tashkent-declaration\"]');"
                 "return n ? parseFloat(n.style.opacity) : null;})()")
    war = js(qtbot, win, "(function(){var n=document.querySelector('.atlas-ev[data-event-id=\"indo-pakistani-war-1965\"]');"
             "return n ? parseFloat(n.style.opacity) : null;})()")
    assert opacity is not None and war is not None and 0 < war < opacity < 1  # the older, the fainter
    assert settings.value("display") == "fade:365"
    assert win.view_actions["display.fade"].isChecked()


def test_dragging_the_ranges_first_day_shows_everything_since_and_is_remembered(qtbot, open_window, own_atlas,
                                                                                    settings):
    win = open_window(own_atlas, DAY, settings=settings)
    shown(qtbot, win)
    slider = win.bar.slider
    start = slider.range_start()
    assert start == (dt.date(1965, 6, 1) - own_atlas.first_day).days  # a year before the day
    y = slider.height() // 2
    target = dt.date(1966, 1, 1)
    with repainted(qtbot, win):
        QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(slider.x_of(start)), y))
        QTest.mouseMove(slider, QPoint(round(slider.x_of((target - own_atlas.first_day).days)), y))
        QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(round(slider.x_of((target - own_atlas.first_day).days)), y))
    assert win.timeline.day == DAY  # the day stays; the range's first day moved
    since = own_atlas.first_day + dt.timedelta(days=slider.range_start())
    assert abs((since - target).days) <= 45  # within the width of a pixel column or two of a 78-year track
    assert win.display.mode == "window" and win.display.window == (DAY - since).days
    page = shown(qtbot, win)
    assert "tashkent-declaration" in page["recentEvents"] and "indo-pakistani-war-1965" not in page["events"]
    assert legend_recent(qtbot, win).startswith("Ended since ")
    assert settings.value("display") == f"window:{(DAY - since).days}"

    again = open_window(Atlas.load(), DAY, settings=settings)  # the next start: as it was left
    assert again.display == win.display and again.view_actions["display.window"].isChecked()


def test_show_a_range_of_dates_moves_to_its_last_day(qtbot, open_window, own_atlas, settings):
    win = open_window(own_atlas, DAY, settings=settings)
    shown(qtbot, win)
    dialog = displaymenu.range_dialog(win)
    dialog.first.setDate(dialog.first.date().fromString("1965-01-01", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("1965-12-31", "yyyy-MM-dd"))
    with qtbot.waitSignal(win.map.statePainted, timeout=LOAD_TIMEOUT,
                          check_params_cb=lambda d, _ms: d == "1965-12-31"):
        dialog.accept()
    page = shown(qtbot, win)
    assert "indo-pakistani-war-1965" in page["events"]
    assert win.display.since(win.timeline.day) == dt.date(1965, 1, 1)
    assert legend_recent(qtbot, win) == "Ended since 1 January 1965"


def test_a_wrong_saved_display_is_set_aside(qtbot, open_window, own_atlas, settings, caplog):
    settings.setValue("display", "sometimes")
    win = open_window(own_atlas, DAY, settings=settings)
    assert win.display.mode == "window" and win.display.window == 365
    assert any("display" in r.getMessage() for r in caplog.records)


def test_a_rough_period_has_soft_edges_on_the_timeline(qtbot, tmp_path):
    """A relation period from about September 1965 to March 1966 (uncertain): its band fades in over the
    days its start may mean and out over its end's, and is solid between."""
    from PySide6.QtGui import QColor

    from viewer.core.dates import parse_edtf
    from viewer.qt.timeline import TimelineSlider

    first, last = dt.date(1960, 1, 1), dt.date(1970, 12, 31)
    slider = TimelineSlider(first, last)
    qtbot.addWidget(slider)
    slider.resize(1100, 70)
    start, end = parse_edtf("1965-09~"), parse_edtf("1966-03?", last=True)
    slider.set_bands([[(dt.date(1961, 1, 1), dt.date(1962, 12, 31), "allied"), (start, end, "hostile")]])
    (row, lead, tail), = slider.soft_edges()
    assert row == 0 and lead[0] < (dt.date(1965, 9, 1) - first).days < lead[1] and tail[0] < tail[1]
    picture = slider.grab().toImage()
    y = 1 + slider.BAND_HEIGHT // 2

    def colour_at(value):
        return QColor(picture.pixel(round(slider.x_of(value)), y))

    solid = colour_at((dt.date(1965, 12, 15) - first).days)
    faint = colour_at((lead[0] + lead[1]) // 2)
    exact = colour_at((dt.date(1962, 1, 1) - first).days)
    background = colour_at((dt.date(1963, 6, 1) - first).days)
    # the middle of the soft edge lies between the band's colour and what is behind it
    assert faint.name() not in (solid.name(), background.name())
    assert exact.name() != background.name()


def test_a_layer_of_its_own_through_the_dialog_is_shown_and_remembered(qtbot, open_window, own_atlas, settings):
    win = open_window(own_atlas, DAY, settings=settings)
    with repainted(qtbot, win):
        win.view_actions["display.instant"].trigger()
    assert "sino-pakistan-boundary-agreement" not in shown(qtbot, win)["events"]
    dialog = displaymenu.layer_dialog(win)
    box = dialog.choices["events.treaty"]
    box.setCurrentIndex(box.findData("cumulative"))
    with repainted(qtbot, win):
        dialog.accept()
    page = shown(qtbot, win)
    assert "sino-pakistan-boundary-agreement" in page["recentEvents"]  # a treaty of 1963, still on the map
    assert "indo-pakistani-war-1965" not in page["events"]  # the war layer: on the day only, as the map
    assert settings.value("display_layers") == "events.treaty=cumulative"
    again = open_window(Atlas.load(), DAY, settings=settings)
    assert again.atlas.layer_displays == win.atlas.layer_displays
