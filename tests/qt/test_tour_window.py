"""Tours in the window: a tour plays step by step, and the user's input pauses it where the user left it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from viewer.core.paths import GEODATA  # noqa: E402
from viewer.core.tours import find_tour, vocabulary_of  # noqa: E402

TIMEOUT = 30_000


@pytest.fixture(scope="module")
def quick_tour(atlas):
    """The bundled US tour with each step held 1.2 s instead of 10 or more."""
    tour = find_tour(GEODATA / "tours", "us-pakistan", vocabulary_of(atlas))
    return dataclasses.replace(tour, steps=tuple(dataclasses.replace(s, hold=1.2) for s in tour.steps))


@pytest.fixture
def window(open_window, atlas, monkeypatch):
    monkeypatch.setenv("PAKATLAS_REDUCED_MOTION", "1")  # jumps: the test does not wait for flights
    return open_window(atlas, dt.date(1990, 1, 1), size=(1100, 760))


def view(qtbot, win) -> dict:
    with qtbot.waitCallback(timeout=TIMEOUT) as cb:
        win.map.call("atlas.view", callback=cb)
    return json.loads(cb.args[0])


def hidden_in_page(qtbot, win) -> list:
    with qtbot.waitCallback(timeout=TIMEOUT) as cb:
        win.map.call("atlas.hiddenLayers", callback=cb)
    return json.loads(cb.args[0])


def contains(bounds, box, slack=0.5) -> bool:
    (s, w), (n, e) = bounds
    south, west, north, east = box
    return s <= south + slack and w <= west + slack and n >= north - slack and e >= east - slack


def test_the_tours_menu_lists_both_bundled_tours(window):
    titles = [a.text() for a in window.story.tour_actions.values()]
    assert any(t.startswith("Pakistan and the United States") for t in titles)
    assert any(t.startswith("Iran and Pakistan") for t in titles)


def test_a_tour_plays_its_steps_and_shows_each_step_in_the_window(qtbot, window, quick_tour):
    player = window.story.player
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT, check_params_cb=lambda i: i == 0):
        player.open(quick_tour)
    first = quick_tour.steps[0]
    assert window.timeline.day == first.date
    assert player.bar.isVisible() and player.bar.position.text() == f"Step 1 of {len(quick_tour.steps)}"
    assert first.title in window.panel.card.toPlainText() and first.narrative[:40] in window.panel.card.toPlainText()
    qtbot.waitUntil(lambda: contains(view(qtbot, window)["bounds"], first.view), timeout=TIMEOUT)
    # playing: the next step comes after the first one's hold, by itself
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT, check_params_cb=lambda i: i == 1):
        pass
    second = quick_tour.steps[1]
    assert window.timeline.day == second.date
    assert player.bar.position.text() == f"Step 2 of {len(quick_tour.steps)}"
    # a step's hidden and shown layers reach the page (the SEATO step shows the SEATO alliance)
    seato = next(n for n, s in enumerate(quick_tour.steps) if "alliance.SEATO" in s.show)
    player.pause()
    player.go(seato)
    qtbot.waitUntil(lambda: "alliance.SEATO" not in hidden_in_page(qtbot, window), timeout=TIMEOUT)


@pytest.mark.parametrize("how", ["slider", "key", "map click"])
def test_input_pauses_the_tour_and_the_window_stays_where_the_user_left_it(qtbot, window, quick_tour, atlas, how):
    player = window.story.player
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT, check_params_cb=lambda i: i == 1):
        player.open(quick_tour)
    assert player.playing
    user_day = dt.date(1999, 3, 3)
    if how == "slider":  # the user drags the timeline
        window.bar.slider.setValue((user_day - atlas.first_day).days)
    elif how == "key":  # the user presses → : one day on
        user_day = window.timeline.day + dt.timedelta(days=1)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Right)
    else:  # the user clicks the map
        at = window.map.mapTo(window, QPoint(300, 300))  # a point on the map, in the window
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        user_day = window.timeline.day
    assert not player.playing
    assert not player.bar.play_button.isChecked()
    assert window.timeline.day == user_day
    before = view(qtbot, window)
    index = player.playback.index
    qtbot.wait(2600)  # longer than two holds: a playing tour would have moved on twice
    assert player.playback.index == index
    assert window.timeline.day == user_day
    after = view(qtbot, window)
    # the same view: the same zoom, and the centre within a few pixels (the window's layout may settle by a
    # pixel or two around the map as the status line and the card are rewritten for the new day)
    degrees_per_pixel = (before["bounds"][1][1] - before["bounds"][0][1]) / before["size"][0]
    assert after["zoom"] == pytest.approx(before["zoom"])
    assert after["center"] == pytest.approx(before["center"], abs=4 * degrees_per_pixel)
    # play goes on from the step shown
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT, check_params_cb=lambda i: i == index + 1):
        player.bar.play_button.click()


def test_closing_the_tour_gives_the_card_back(qtbot, window, quick_tour):
    player = window.story.player
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT):
        player.open(quick_tour, play=False)
    assert not player.playing
    player.close()
    assert not player.bar.isVisible() and window.panel._pinned is None


def test_file_export_the_tour_writes_the_open_tour(qtbot, window, quick_tour, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    player = window.story.player
    assert not window.story.export_tour_action.isEnabled()  # no tour open
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT):
        player.open(quick_tour, play=False)
    assert window.story.export_tour_action.isEnabled()
    out = tmp_path / "tour.pdf"
    with qtbot.waitSignal(window.exports.finished, timeout=120_000) as done:
        window.story.export_tour(out)
    assert done.args[1] is True, done.args
    doc = QPdfDocument()
    doc.load(str(out))
    assert doc.pageCount() == len(quick_tour.steps)
    doc.close()


def test_a_step_highlights_every_one_of_its_events_on_the_map(qtbot, window, atlas):
    from qthelpers import shown

    tour = find_tour(GEODATA / "tours", "iran-pakistan", vocabulary_of(atlas))
    n, step = next((n, s) for n, s in enumerate(tour.steps) if len(s.events) > 1)
    player = window.story.player
    with qtbot.waitSignal(player.stepShown, timeout=TIMEOUT, check_params_cb=lambda i: i == 0):
        player.open(tour)
    player.pause()
    player.go(n)
    qtbot.waitUntil(lambda: shown(qtbot, window)["selected"] == step.events[0], timeout=TIMEOUT)
    page = shown(qtbot, window)
    on_map = [e for e in step.events if e in page["eventsOnMap"]]
    assert len(on_map) > 1, "the step's events are not on the map together"
    assert set(on_map) <= set(page["highlighted"])
    for event_id in on_map:  # each one stands out as the selected one does
        assert js_class(qtbot, window, event_id)


def js_class(qtbot, win, event_id: str) -> bool:
    from qthelpers import js

    return js(qtbot, win, f"atlas.marker({json.dumps(event_id)}).getElement().classList.contains('atlas-ev-selected')")
