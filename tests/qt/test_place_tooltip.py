"""The map's tooltip says what `pakatlas place` says for the point under the mouse: the polity that held it on
the date shown (the tooltip's title) and the admin-1 regions there, asked of the window (``MapView.place``, that
is ``viewer.core.place``) once the mouse rests, and asked again when the date changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from qthelpers import js  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

PAINT_TIMEOUT = 15_000
QUETTA = (30.18, 66.99)
DHAKA = (23.81, 90.41)


def tooltip(qtbot, win) -> dict:
    with qtbot.waitCallback(timeout=PAINT_TIMEOUT) as callback:
        win.map.read_shown(callback)
    return callback.args[0]["tooltip"] or {}


def answered(qtbot, win, day: str, lat: float, lon: float) -> dict:
    """The open tooltip, once it carries the window's answer for this date and point."""
    key = f"{day}|{lat}|{lon}"

    def done():
        tip = tooltip(qtbot, win)
        assert tip.get("place") == key, tip

    qtbot.waitUntil(done, timeout=PAINT_TIMEOUT)
    return tooltip(qtbot, win)


def go(qtbot, win, day: str) -> None:
    with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT, check_params_cb=lambda d, _ms: d == day):
        win.set_day(dt.date.fromisoformat(day))


def open_tip(qtbot, win, unit: str, lat: float, lon: float) -> None:
    js(qtbot, win, f"atlas.unitLayer({json.dumps(unit)}).openTooltip([{lat}, {lon}]); true")


def count_questions(win) -> list:
    asked = []
    answer = win.map._bridge.answer_place

    def counting(payload):
        asked.append(json.loads(payload))
        return answer(payload)

    win.map._bridge.answer_place = counting
    return asked


def test_the_tooltip_names_the_region_under_the_mouse_and_follows_the_date(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(2024, 1, 17), size=(1500, 900))
    asked = count_questions(win)
    target = win.map.focusProxy() or win.map

    rested_at = [0.0]

    def rest_on_quetta():  # the mouse moves in, 40 ms a step, and comes to rest on Quetta
        import time

        rested_at[0] = time.monotonic()
        asked.clear()
        x, y = json.loads(js(qtbot, win, f"var p = atlas.map().latLngToContainerPoint([{QUETTA[0]}, {QUETTA[1]}]);"
                                           "JSON.stringify([p.x, p.y])"))
        for dx in (40, 30, 20, 12, 6, 3, 0):
            QTest.mouseMove(target, QPoint(round(x) - dx, round(y)))
            qtbot.wait(40)

    def rested():
        tip = tooltip(qtbot, win)
        lat, lon = (float(v) for v in (tip.get("place") or "|0|0").split("|")[1:])
        import time

        off = tip.get("place") is not None and (abs(lat - QUETTA[0]) >= 0.1 or abs(lon - QUETTA[1]) >= 0.1)
        unanswered = tip.get("place") is None and time.monotonic() - rested_at[0] > 3  # no question went out
        if tip.get("unit") != "PAK" or off or unanswered:  # the map was still settling when the point was
            rest_on_quetta()  # worked out, or the tooltip opened after the mouse rested: rest there again
        assert abs(lat - QUETTA[0]) < 0.1 and abs(lon - QUETTA[1]) < 0.1, tip  # the point where the mouse rests
        assert tip["regions"] == "Balochistan", tip

    rest_on_quetta()
    qtbot.waitUntil(rested, timeout=PAINT_TIMEOUT)
    tip = tooltip(qtbot, win)
    assert tip["unit"] == "PAK" and tip["polity"] == "PAK" and tip["date"] == "2024-01-17", tip
    assert tip["text"].startswith("Pakistan") and "Balochistan" in tip["text"], tip
    assert len(asked) <= 3, asked  # asked once the mouse rested, not at every move
    lat, lon = (float(v) for v in tip["place"].split("|")[1:])
    assert win.map.place("2024-01-17", lat, lon)["regions"] == [{"id": "PK.BA", "name": "Balochistan"}]

    go(qtbot, win, "1965-09-06")  # the mouse does not move: the answer for 2024 is dropped, 1965's asked
    tip = tooltip(qtbot, win)
    assert tip["date"] == "1965-09-06" and not (tip["place"] or "1965-09-06").startswith("2024"), tip
    tip = answered(qtbot, win, "1965-09-06", lat, lon)
    assert tip["unit"] == "PAK" and tip["polity"] == "PAK" and tip["regions"] == "Baluchistan", tip  # its name in 1965
    assert asked[-1] == {"date": "1965-09-06", "lat": lat, "lon": lon}


def test_a_point_in_dhaka_is_pakistan_in_1965_and_bangladesh_in_1972(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1965, 9, 6), size=(1500, 900))
    open_tip(qtbot, win, "BGD", *DHAKA)
    tip = answered(qtbot, win, "1965-09-06", *DHAKA)
    assert tip["polity"] == "PAK" and "part of Pakistan" in tip["text"], tip  # the unit, and the polity of the day
    go(qtbot, win, "1972-01-01")
    tip = answered(qtbot, win, "1972-01-01", *DHAKA)
    assert tip["polity"] == "BGD" and tip["text"].startswith("Bangladesh") and "part of" not in tip["text"], tip
    expected = [r["name"] for r in win.map.place("1972-01-01", *DHAKA)["regions"]]
    assert tip["regions"] == (", ".join(expected) or None)


def test_a_question_the_atlas_cannot_answer_gets_an_error_not_a_region(qtbot, open_window, atlas):
    win = open_window(atlas, dt.date(1965, 9, 6))
    for payload in ('{"date": "1965-13-01", "lat": 30, "lon": 67}', '{"date": "1965-09-06", "lat": 95, "lon": 67}',
                    '{"date": "1965-09-06"}', "not json"):
        answer = json.loads(win.map._bridge.place(payload))
        assert set(answer) == {"error"} and answer["error"], (payload, answer)
    sea = json.loads(win.map._bridge.place('{"date": "1965-09-06", "lat": 15.0, "lon": 65.0}'))
    assert sea["polity"] is None and sea["regions"] == []  # the Arabian Sea
