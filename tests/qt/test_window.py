"""The window as a user drives it: slider, keyboard, events list, map clicks, playback, settings."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from qthelpers import dispose, js, shown  # noqa: E402
from viewer.qt.window import MainWindow  # noqa: E402

LOAD_TIMEOUT = 60_000
PAINT_TIMEOUT = 15_000


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(open_window, atlas, settings):
    return open_window(atlas, dt.date(1965, 9, 6), settings=settings)


def wait_painted(qtbot, win, day: str):
    return qtbot.waitSignal(win.map.statePainted, timeout=LOAD_TIMEOUT, check_params_cb=lambda d, _ms: d == day)


def test_moving_the_slider_changes_what_the_page_shows(qtbot, window, atlas):
    page = shown(qtbot, window)
    assert page["date"] == "1965-09-06"
    assert page["units"]["BGD"]["territory"] == "PAK"  # East Pakistan
    target = dt.date(2024, 1, 17)
    with wait_painted(qtbot, window, "2024-01-17"):
        window.bar.slider.setValue((target - atlas.first_day).days)
    page = shown(qtbot, window)
    assert page["date"] == "2024-01-17"
    assert page["units"]["BGD"]["territory"] == "BGD"
    assert "PK.BA" in page["regions"]
    assert "iran-strikes-panjgur" in page["events"]
    assert page["units"]["IRN"]["status"] == "hostile"
    assert window.bar.date_edit.date().toString("yyyy-MM-dd") == "2024-01-17"


def test_typing_a_date_moves_slider_and_map(qtbot, window, atlas):
    with wait_painted(qtbot, window, "2011-05-02"):
        window.bar.date_edit.setDate(window.bar.date_edit.date().fromString("2011-05-02", "yyyy-MM-dd"))
    assert window.bar.slider.value() == (dt.date(2011, 5, 2) - atlas.first_day).days
    assert "abbottabad-raid" in shown(qtbot, window)["events"]


def test_choosing_an_event_in_the_list_moves_the_slider_and_selects_its_marker(qtbot, window):
    window.panel.search.setText("Salala")
    visible = window.panel.visible_ids()
    assert "salala-incident" in visible and len(visible) < len(window.atlas.events) / 10
    item = next(i for i in window.panel.list.findItems("2011-11-26", Qt.MatchFlag.MatchStartsWith)
                if i.data(Qt.ItemDataRole.UserRole) == "salala-incident")
    with wait_painted(qtbot, window, "2011-11-26"):
        window.panel.list.setCurrentItem(item)
    assert window.timeline.day == dt.date(2011, 11, 26)
    qtbot.waitUntil(lambda: shown(qtbot, window)["selected"] == "salala-incident", timeout=PAINT_TIMEOUT)
    assert "Salala" in window.panel.card.toPlainText() and "Sources" in window.panel.card.toPlainText()


def test_clicking_a_marker_selects_the_event_in_the_panel(qtbot, window):
    with wait_painted(qtbot, window, "2024-01-18"):
        window.set_day(dt.date(2024, 1, 18))
    with qtbot.waitSignal(window.map.eventClicked, timeout=PAINT_TIMEOUT):
        window.map.run_js("atlas.marker('pakistan-strikes-saravan').fire('click')")
    assert window.panel.selected_id() == "pakistan-strikes-saravan"
    card = window.panel.card.toPlainText()
    assert "After Attacks, Pakistan Quickly Patches Up Relations With Iran" in card and "Two days after" in card
    assert "004_b82e77a36fe45dc5.txt" not in card  # sources are shown by title, never by file name


@pytest.mark.parametrize("key, modifier, expected", [
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, dt.date(1965, 9, 7)),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, dt.date(1965, 9, 5)),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier, dt.date(1965, 10, 6)),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier, dt.date(1964, 9, 6)),
    (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, dt.date(1947, 8, 14)),
    (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, dt.date(2025, 12, 31)),
])
def test_keyboard_moves_the_date(qtbot, window, key, modifier, expected):
    window.bar.slider.setFocus()
    with wait_painted(qtbot, window, expected.isoformat()):
        QTest.keyClick(window.bar.slider, key, modifier)
    assert window.timeline.day == expected


def test_page_keys_jump_between_events(qtbot, window, atlas):
    start = window.timeline.day
    QTest.keyClick(window.bar.slider, Qt.Key.Key_PageDown)
    assert window.timeline.day == atlas.next_event_day(start)
    assert window.panel.selected_id() is not None
    QTest.keyClick(window.bar.slider, Qt.Key.Key_PageUp)
    QTest.keyClick(window.bar.slider, Qt.Key.Key_PageUp)
    assert window.timeline.day < start


def test_space_plays_and_each_step_waits_for_the_paint(qtbot, window):
    painted, sent = [], []
    window.map.statePainted.connect(lambda d, _ms: painted.append(d))
    window.dayShown.connect(lambda d: sent.append(d.isoformat()))
    window.bar.speed.setCurrentIndex(4)  # a year per frame
    QTest.keyClick(window.bar.slider, Qt.Key.Key_Space)
    assert window.playing
    qtbot.waitUntil(lambda: len(painted) >= 4, timeout=PAINT_TIMEOUT * 2)
    QTest.keyClick(window.bar.slider, Qt.Key.Key_Space)
    assert not window.playing
    assert window.timeline.day >= dt.date(1968, 9, 6)
    # never more than one date in flight: every date sent but the last was painted before the next was sent
    assert sent[:-1] == painted[:len(sent) - 1]


def test_window_remembers_size_date_and_layers(qtbot, atlas, settings):
    first = MainWindow(atlas, settings, start_date=dt.date(1999, 10, 12))
    first.resize(720, 540)  # within the offscreen screen, which clamps restored sizes
    first.map.set_hidden_layers(["disputed"])
    dispose(first)
    again = MainWindow(atlas, settings)
    assert again.timeline.day == dt.date(1999, 10, 12)
    assert (again.width(), again.height()) == (720, 540)
    assert again.map.hidden_layers() == ["disputed"]
    dispose(again)
    settings.setValue("layers", "Disputed boundaries,Alliance: SEATO")  # labels, as older versions saved them
    older = MainWindow(atlas, settings)
    assert older.map.hidden_layers() == ["disputed", "alliance.SEATO"]
    dispose(older)


def test_errors_show_in_the_window_not_a_blank_map(qtbot, window):
    window.map.loadFailed.emit("The map page failed to load: test")
    assert window.banner.isVisible() and "failed to load" in window.banner.text()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as err:
        window.report_exception(type(err), err, err.__traceback__)
    assert "boom in a slot" in window.banner.text()


def _events_file(path, title):
    import json

    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [66.99, 30.18]},
               "properties": {"id": "my-visit", "start": "1965-09-06", "title": title, "category": "visit",
                              "actors": ["PAK", "IRN"], "region": "PK.BA",
                              "sources": [{"source": "my archive", "quote": "a visit"}]}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")


def test_user_files_load_and_reload_live_keeping_the_last_good_data(qtbot, window, tmp_path):
    mine = tmp_path / "my_events.geojson"
    _events_file(mine, "Visit to Quetta")
    with wait_painted(qtbot, window, "1965-09-06"):  # the page is rebuilt for the new data, then shows the day
        window.source.open([mine])
    assert "my-visit" in shown(qtbot, window)["events"]
    assert any(e["id"] == "my-visit" for e in window.atlas.events)

    # edited on disk: the window follows
    _events_file(mine, "Visit to Quetta, revised")
    with qtbot.waitSignal(window.dataChanged, timeout=LOAD_TIMEOUT):
        pass
    assert window.atlas.event("my-visit")["title"] == "Visit to Quetta, revised"

    # broken on disk: the last good data stays and the window says what is wrong
    mine.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=LOAD_TIMEOUT)
    assert "my_events.geojson" in window.banner.text() and "not valid JSON" in window.banner.text()
    assert window.atlas.event("my-visit")["title"] == "Visit to Quetta, revised"


def test_hostile_titles_show_literally_in_the_panel(qtbot, window, tmp_path):
    mine = tmp_path / "hostile.geojson"
    _events_file(mine, "<img src=x onerror=alert(1)></script><script>alert(2)</script>")
    with qtbot.waitSignal(window.dataChanged, timeout=LOAD_TIMEOUT):
        window.source.open([mine])
    window.panel.select("my-visit")
    assert "<img src=x onerror=alert(1)>" in window.panel.card.toPlainText()


def test_with_no_saved_date_the_window_opens_on_the_first_day_of_the_timeline(qtbot, atlas, tmp_path):
    import datetime as dt

    from PySide6.QtCore import QSettings

    from qthelpers import dispose
    from viewer.qt.window import MainWindow

    settings = QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings)
    try:
        assert win.timeline.day == dt.date(1947, 8, 14)
        settings.setValue("date", "19X5-13-99")  # a broken saved date: the first day again, and a warning
        again = MainWindow(atlas, settings)
        assert again.timeline.day == dt.date(1947, 8, 14)
        dispose(again)
    finally:
        dispose(win)


def test_copy_citation_on_a_card_puts_the_event_and_its_documents_on_the_clipboard(qtbot, open_window, atlas):
    import datetime as dt

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication

    win = open_window(atlas, dt.date(2024, 1, 17))
    win.panel.select("iran-strikes-panjgur")
    assert "Copy citation" in win.panel.card.toPlainText()
    QGuiApplication.clipboard().clear()
    win.panel.card.anchorClicked.emit(QUrl("#cite"))  # as a click on the card's link does
    text = QGuiApplication.clipboard().text()
    event = atlas.event("iran-strikes-panjgur")
    assert text.startswith(event["title"]) and "After Attacks, Pakistan Quickly Patches Up Relations With Iran" in text
    assert "Pakistan Diplomatic Atlas" in text


def test_a_huge_settings_file_is_set_aside_unread_and_the_window_starts_afresh(qapp, tmp_path, caplog):
    """Ten million hidden layers in the settings file: Qt would parse them for seconds into gigabytes."""
    from PySide6.QtCore import QSettings

    from viewer.qt.app import MAX_SETTINGS_BYTES, usable_settings

    path = tmp_path / "pakatlas.ini"
    path.write_text("[General]\nlayers=" + ",".join(["events.visit"] * 200_000) + "\n")
    assert path.stat().st_size > MAX_SETTINGS_BYTES
    with caplog.at_level("WARNING"):
        settings = usable_settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.value("layers") is None and not path.exists()
    assert (tmp_path / "pakatlas.ini.too-large").exists() and "set aside" in caplog.text
    small = tmp_path / "small.ini"
    small.write_text("[General]\ndate=1965-09-06\n")
    assert usable_settings(QSettings(str(small), QSettings.Format.IniFormat)).value("date") == "1965-09-06"


def test_the_legend_says_what_the_disputed_line_in_kashmir_is_on_the_day(qtbot, window, atlas):
    window.resize(1500, 900)
    if shown(qtbot, window)["legend"]["collapsed"]:  # a small window folds it: opened as a user would
        js(qtbot, window, "document.querySelector('.atlas-legend-title').click(); true")
    legend = shown(qtbot, window)["legend"]["labels"]
    assert "Jammu and Kashmir: ceasefire line" in legend and "Jammu and Kashmir: Line of Control" not in legend
    with wait_painted(qtbot, window, "1990-06-01"):
        window.set_day(dt.date(1990, 6, 1))
    legend = shown(qtbot, window)["legend"]["labels"]
    assert "Jammu and Kashmir: Line of Control" in legend and "Jammu and Kashmir: ceasefire line" not in legend
    assert "Siachen: held by India since April 1984" in legend
    with wait_painted(qtbot, window, "1948-06-01"):
        window.set_day(dt.date(1948, 6, 1))  # before the ceasefire of 1 January 1949: no line yet
    assert not [name for name in shown(qtbot, window)["legend"]["labels"] if name.startswith("Jammu and Kashmir")]


def test_the_map_keeps_its_size_while_the_date_moves(qtbot, open_window, atlas):
    """The day's summary under the timeline is longer on some days than on others; the map above it keeps its
    size (a map resized while scrubbing is painted again whole), and a summary longer than its box scrolls."""
    days = ("1947-09-01", "1965-09-06", "1991-12-26", "2024-01-17", "1948-03-01")
    win = open_window(atlas, dt.date.fromisoformat(days[0]), size=(1024, 640))
    sizes, summaries = {}, {}
    for day in days:
        if day != days[0]:
            with wait_painted(qtbot, win, day):
                win.set_day(dt.date.fromisoformat(day))
        view = json.loads(js(qtbot, win, "JSON.stringify(atlas.view().size)"))
        sizes[day] = (win.map.size().width(), win.map.size().height(), *view)
        summaries[day] = win.bar.summary.text()
    assert len({len(text) for text in summaries.values()}) > 1  # the days' summaries differ in length
    assert len(set(sizes.values())) == 1, sizes
