"""Clicking a map unit shows its card: who held it on the day shown, disputed or not, and who before and after."""

import datetime as dt

from qthelpers import js


def click_unit(qtbot, win, code: str) -> None:
    """Click the unit on the page (its layer's click event) and wait for the window to show its card."""
    with qtbot.waitSignal(win.map.unitClicked, timeout=15_000) as signal:
        js(qtbot, win, "var u = null; window.atlasLayers.units.eachLayer(function (l) {"
                       f" if (l.feature.properties.ADM0_A3 === {code!r}) {{ u = l; }} }}); u.fire('click'); true")
    assert signal.args == [code]


def test_a_clicked_unit_says_who_held_it_that_day_and_before(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1965, 9, 6), size=(1300, 850))
    click_unit(qtbot, win, "AJK")
    text = win.panel.card.toPlainText()
    assert text.startswith("Azad Jammu and Kashmir (disputed, held by Pakistan)")
    assert "Disputed; held by Pakistan that day." in text
    assert "Jammu and Kashmir (princely state)" in text  # who held it before, in the list of holders
    assert "Karachi Agreement" in text or "cease-fire line" in text  # the sources of the record of the day

    click_unit(qtbot, win, "GWD")
    text = win.panel.card.toPlainText()
    assert text.startswith("Pakistan") and "Gwadar (Muscat and Oman)" in text
    assert "held by" not in text.split("\n")[1]  # not disputed


def test_the_card_lists_every_holder_escapes_data_and_names_a_unit_that_never_changed(atlas):
    from viewer.qt.cards import polity_card_html

    goa = polity_card_html("Goa", atlas.unit_history("GOA"), "1950-01-01", "en")
    assert goa.index("Portuguese India") < goa.index("India</") and "1961" in goa  # Portuguese, then India
    unheld = polity_card_html("Sweden", atlas.unit_history("SWE"), "1950-01-01", "en")
    assert atlas.unit_history("SWE") == [] and "No change of frontier" in unheld
    hostile = polity_card_html("<b>x</b>", [{"id": "X", "name": "<script>", "units": ["X"], "start": "1947-08-14",
                                             "end": None, "note": "<i>n</i>", "sources": []}], "1950-01-01")
    assert "<script>" not in hostile and "&lt;script&gt;" in hostile and "<i>n</i>" not in hostile
