"""The window for keyboard and screen-reader users: every control named, the timeline's value and range and its
announcements, Tab order, high contrast, and the events table."""

import csv
import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QAccessible, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from viewer import style  # noqa: E402
from viewer.qt import access, language  # noqa: E402


@pytest.fixture(autouse=True)
def english_and_usual_palette_after(qapp):
    yield
    language.install("en")
    access.apply_contrast(QApplication.instance(), False)


@pytest.fixture
def window(open_window, atlas):
    return open_window(atlas, dt.date(1965, 9, 6), size=(1280, 800))


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_every_interactive_widget_has_an_accessible_name(qtbot, atlas, tmp_path, lang):
    from qthelpers import dispose
    from viewer.qt.window import MainWindow

    language.install(lang)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings, start_date=dt.date(1965, 9, 6), lang=lang)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=60_000):
            win.show()
        walked = access.interactive_widgets(win)
        assert len(walked) >= 12  # the map, the panel's five controls, the bar's six
        assert access.unnamed_controls(win) == []
        win.show_events_table()
        assert access.unnamed_controls(win.events_table) == []
        if lang == "ur":
            assert access.accessible_name(win.bar.slider) == "ٹائم لائن"
    finally:
        dispose(win)


def test_the_walk_finds_an_unnamed_control(window):
    from PySide6.QtWidgets import QToolButton

    stray = QToolButton(window.bar)  # an icon-only button nobody named
    stray.show()
    try:
        assert any("QToolButton" in line for line in access.unnamed_controls(window))
    finally:
        stray.deleteLater()


def test_timeline_exposes_its_value_and_range(window, atlas):
    interface = QAccessible.queryAccessibleInterface(window.bar.slider)
    value = interface.valueInterface()
    assert value is not None
    assert value.minimumValue() == 0
    assert value.maximumValue() == (atlas.last_day - atlas.first_day).days
    assert value.currentValue() == (dt.date(1965, 9, 6) - atlas.first_day).days
    assert interface.text(QAccessible.Text.Name) == "Timeline"


def test_timeline_announces_the_date_and_summary_once_it_rests(qtbot, window, monkeypatch):
    sent = []
    monkeypatch.setattr(access, "post", lambda event: sent.append((event.type(), getattr(event, "message", None))))
    window.set_day(dt.date(1971, 12, 16))
    window.set_day(dt.date(1971, 12, 17))
    kinds = [kind for kind, _ in sent]
    assert kinds.count(QAccessible.Event.ValueChanged) == 2  # every change, at once
    qtbot.waitUntil(lambda: QAccessible.Event.Announcement in [k for k, _ in sent], timeout=3000)
    announced = [event for event in sent if event[0] == QAccessible.Event.Announcement]
    assert len(announced) == 1  # only the day the timeline rested on
    description = window.bar.slider.accessibleDescription()
    assert description.startswith("17 December 1971. 17 December 1971")
    assert "India: hostile" in description


def test_tab_order_follows_the_layout(qtbot, window):
    bar, panel = window.bar, window.panel
    expected = [panel.search, panel.category, panel.partner, panel.list, panel.card, bar.slider, bar.previous_button,
                bar.play_button, bar.next_button, bar.speed, bar.date_edit]
    got = []
    widget = panel.search
    for _ in expected:
        got.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in expected and widget is not panel.search and len(got) < 40:
            widget = widget.nextInFocusChain()  # the inner parts of composite widgets
    assert got == expected


def test_high_contrast_darkens_the_window_and_the_map_and_is_remembered(qtbot, window):
    action = window.view_actions["high_contrast"]
    assert not action.isChecked()
    qtbot.waitUntil(lambda: window.map.ready, timeout=60_000)
    window.map.run_js("window.atlasKept = 'the same page'")  # gone if the page were reloaded
    with qtbot.waitSignal(window.map.statePainted, timeout=60_000):  # changed in place, and the day drawn again
        action.trigger()
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).name() == style.HIGH_CONTRAST_WINDOW["Window"]
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert style.HIGH_CONTRAST_FOCUS_RING in QApplication.instance().styleSheet()
    got = []
    window.map.page().runJavaScript("document.documentElement.className", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert "atlas-high-contrast" in got[0]
    kept = []
    window.map.page().runJavaScript("window.atlasKept", 0, kept.append)
    qtbot.waitUntil(lambda: bool(kept), timeout=10_000)
    assert kept == ["the same page"]
    assert window.settings.value("high_contrast") in (True, "true")
    action.trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_high_contrast_relation_colours_stay_apart_in_lightness():
    """A colour-blind reader tells the statuses apart by lightness: every step differs clearly from the next."""
    from PySide6.QtGui import QColor

    lightness = [QColor(c).lightnessF() for c in style.HIGH_CONTRAST_STATUS_COLOURS.values()]
    friendly, hostile = lightness[:3], lightness[3:]
    assert friendly == sorted(friendly) and hostile == sorted(hostile, reverse=True)
    assert min(abs(a - b) for a, b in zip(lightness, lightness[1:])) > 0.08


def test_events_table_lists_sorts_follows_filters_and_exports(qtbot, window, atlas, tmp_path):
    window.view_actions["events_table"].trigger()
    table = window.events_table
    assert table.isVisible() and table.shown.rowCount() == len(atlas.events)
    dates = [row["date"][:10] for row in table.shown_rows()]
    assert dates == sorted(dates)
    table.sort_by.setCurrentIndex(1)  # by title, from the keyboard
    ascending = [row["title"] for row in table.shown_rows()]
    assert ascending[0].startswith(("A", "1", "2")) and ascending != [row["title"] for row in table.model.rows]
    table.descending.setChecked(True)
    assert [row["title"] for row in table.shown_rows()] == ascending[::-1]
    assert table.view.horizontalHeader().sortIndicatorSection() == 1  # the header shows it
    # the panel's category filter is followed
    index = window.panel.category.findData("war")
    window.panel.category.setCurrentIndex(index)
    rows = table.shown_rows()
    assert rows and all(row["category"] == "War" for row in rows)
    assert len(rows) == sum(1 for e in atlas.events if e["category"] == "war")
    path = table.export_csv(tmp_path / "wars.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == ["Date", "Title", "Category", "Partners", "Place", "Sources"]
    assert [line[1] for line in written[1:]] == [row["title"] for row in rows]
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it
    # Enter on a row goes to that event
    first = table.shown.index(0, 0)
    table.view.setCurrentIndex(first)
    table.view.activated.emit(first)
    event_id = first.data(Qt.ItemDataRole.UserRole)
    assert window.timeline.day.isoformat() == atlas.event(event_id)["start"]
    assert window.panel.selected_id() == event_id


def test_events_table_in_urdu(qtbot, atlas, tmp_path):
    from viewer.qt.eventstable import EventsTable

    language.install("ur")
    table = EventsTable(atlas.events, "ur", atlas.unit_names)
    try:
        assert table.model.headers[0] == "تاریخ"
        war = next(r for r in table.model.rows if r["id"] == "indo-pakistani-war-1965")
        assert war["title"] == "1965 کی پاک بھارت جنگ" and war["category"] == "جنگ"
        assert "بھارت" in war["partners"]
        assert table.isRightToLeft()
    finally:
        table.deleteLater()
