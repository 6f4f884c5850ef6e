"""The window in French and Urdu: translated menus, a mirrored layout in Urdu (the map not mirrored), the
timeline's direction and keys, View › Language switching at once and remembered."""

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from qthelpers import dispose  # noqa: E402
from viewer.qt import language  # noqa: E402


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    language.install("en")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, atlas, settings):
    from viewer.qt.window import MainWindow

    made = []

    def make(lang, day=dt.date(1965, 9, 6)):
        language.install(lang)
        win = MainWindow(atlas, settings, start_date=day, lang=lang)
        win.resize(1280, 800)
        with qtbot.waitSignal(win.map.statePainted, timeout=60_000):
            win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        try:
            win.set_playing(False)
            dispose(win)
        except RuntimeError:  # already gone (a language switch closed it)
            pass


def menu_titles(win):
    return [action.text() for action in win.menuBar().actions()]


def page_attr(qtbot, win, script):
    got = []
    win.map.page().runJavaScript(script, 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def test_french_window_has_french_menus_and_page(qtbot, make_window):
    win = make_window("fr")
    assert menu_titles(win) == ["&Fichier", "É&dition", "&Affichage", "A&ller", "&Visites guidées", "Ai&de"]
    assert win.windowTitle() == "Atlas diplomatique du Pakistan"
    assert win.actions_by_name["Back one day"].text() == "Un &jour en arrière"
    assert not win.isRightToLeft()
    assert win.bar.summary.text().startswith("6 septembre 1965")
    assert page_attr(qtbot, win, "document.documentElement.lang + '|' + document.documentElement.dir") == "fr|ltr"
    shown = json.loads(page_attr(qtbot, win, "JSON.stringify(atlas.shownState())"))
    assert shown["dateText"] == "6 septembre 1965"
    assert win.panel.category.itemText(0) == "Toutes les catégories"


def test_urdu_window_is_mirrored_but_its_map_is_not(qtbot, make_window):
    win = make_window("ur")
    assert menu_titles(win)[0] == "&فائل"
    assert win.isRightToLeft() and win.bar.isRightToLeft()
    # the events panel, on the right of an English window, is on the left; the map on the right
    panel_x = win.panel.mapTo(win, win.panel.rect().topLeft()).x()
    map_x = win.map.mapTo(win, win.map.rect().topLeft()).x()
    assert panel_x < map_x
    assert page_attr(qtbot, win, "document.documentElement.lang + '|' + document.documentElement.dir") == "ur|rtl"
    # the map's own panes are not mirrored: the map container is laid out left to right
    assert page_attr(qtbot, win, "getComputedStyle(document.querySelector('.leaflet-container')).direction") == "ltr"
    assert page_attr(qtbot, win, "getComputedStyle(document.querySelector('.atlas-legend')).direction") == "rtl"
    assert page_attr(qtbot, win, "document.querySelector('.atlas-legend-title').textContent") == "علامات"
    assert win.bar.summary.text().startswith("6 ستمبر، 1965")
    assert "پاکستان کی رکنیت" in win.bar.summary.text()


def test_urdu_timeline_runs_right_to_left_and_the_arrows_follow(qtbot, make_window):
    win = make_window("ur")
    slider = win.bar.slider
    early, late = slider.x_of(0), slider.x_of(slider.maximum())
    assert early > late  # 1947 at the right
    assert win.actions_by_name["Forward one day"].shortcut().toString() == "Left"
    assert win.actions_by_name["Back one day"].shortcut().toString() == "Right"
    assert win.actions_by_name["Forward one year"].shortcut().toString() == "Shift+Left"
    slider.setFocus()
    start = win.timeline.day
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert win.timeline.day == start + dt.timedelta(days=1)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert win.timeline.day == start - dt.timedelta(days=1)
    # the handle moved left as the date went on
    slider.setValue(slider.value() + 3650)
    handle_late = slider.x_of(slider.value())
    assert handle_late < slider.x_of(slider.value() - 3650)


def test_english_arrows_are_unchanged(qtbot, make_window):
    win = make_window("en")
    assert win.actions_by_name["Forward one day"].shortcut().toString() == "Right"
    assert win.bar.slider.x_of(0) < win.bar.slider.x_of(win.bar.slider.maximum())


def test_view_language_switches_the_window_at_once_and_is_remembered(qtbot, make_window, settings, atlas):
    win = make_window("en", dt.date(1971, 12, 16))
    made = []
    from viewer.qt.switching import switch_language

    win.languageChosen.connect(lambda code: made.append(switch_language(win, code)))
    old_map = win.map
    action = win.view_actions["language.ur"]
    assert action.text() == "اردو"
    action.trigger()
    assert made, "choosing a language in the menu made no window"
    new = made[0]
    with qtbot.waitSignal(new.map.statePainted, timeout=60_000):
        pass
    assert new.map is old_map  # the same page, changed in place: not built again, not reloaded
    got = []
    qtbot.waitUntil(lambda: new.map.ready, timeout=60_000)
    new.map.page().runJavaScript("document.documentElement.lang + ' ' + document.documentElement.dir", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == ["ur rtl"]
    assert settings.value("language") == "ur"
    assert new.lang == "ur" and new.isRightToLeft() and menu_titles(new)[0] == "&فائل"
    assert new.timeline.day == dt.date(1971, 12, 16)  # the same date, the same data
    assert new.atlas is atlas and new.source is win.source
    assert language.choose(None, settings, system="en_GB") == "ur"  # the next start opens in Urdu
    assert language.choose("fr", settings) == "fr"  # --lang wins
    dispose(new)


def test_system_locale_decides_when_nothing_was_chosen(settings):
    assert language.choose(None, settings, system="fr_FR") == "fr"
    assert language.choose(None, settings, system="de_DE") == "en"
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        language.choose("xx", settings)


def test_urdu_date_field_keeps_the_iso_order(make_window):
    win = make_window("ur")
    assert win.bar.date_edit.text() == "1965-09-06"


def test_urdu_compare_dates_keep_the_iso_order_and_list_in_urdu(qtbot, make_window):
    """In Urdu the comparison window's date fields read left to right like the timeline's (not 06-09-1965), and
    its list of what changed is Urdu."""
    win = make_window("ur")
    compare = win.story.open_compare(dt.date(1965, 9, 6), dt.date(2024, 1, 17))
    try:
        from PySide6.QtWidgets import QDateTimeEdit

        year = QDateTimeEdit.Section.YearSection
        assert win.bar.date_edit.sectionAt(0) == year  # the timeline's field: the year first
        for control in compare.controls:
            assert control.edit.sectionAt(0) == year, control.edit.sectionAt(0)
        assert "ایران: اتحادی سے بدل کر مخاصمانہ" in compare.differences()
    finally:
        compare.close()


def test_english_runs_on_an_urdu_card_are_isolated_and_an_english_card_is_untouched(qtbot, make_window, atlas):
    """Urdu mixed with English: every data text of an Urdu card (title, place, actors, note) sits between
    FSI and PDI, so its English keeps its order; an English card has no isolates."""
    from viewer.qt.cards import event_card_html
    from viewer.qt.safetext import FSI, PDI

    event = dict(atlas.event("iran-strikes-panjgur"))
    event["note"] = "Some early reports dated the strike to 17 January."
    urdu = event_card_html(event, ["Iran", "Pakistan"], "ur")
    assert f"{FSI}{event['place']}{PDI}" in urdu and f"{FSI}Iran{PDI}" in urdu
    assert f"{FSI}Some early reports dated the strike to 17 January.{PDI}" in urdu
    english = event_card_html(event, ["Iran", "Pakistan"], "en")
    assert FSI not in english and PDI not in english
