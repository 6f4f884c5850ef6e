"""Hostile data text in the window: the map page and the panel show it as text, and nothing of it runs."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from core.test_hostile_files import hostile_atlas, hostile_files  # noqa: E402

from viewer.core.atlas import Atlas  # noqa: E402

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile files, and an event whose id is ``__proto__``."""
    folder = tmp_path_factory.mktemp("hostile-window")
    proto = json.loads(hostile_files(folder, "plain")[0].read_text())
    proto["features"][0]["properties"].update(id="__proto__", title="An event called __proto__")
    path = folder / "events-proto.geojson"
    path.write_text(json.dumps(proto), encoding="utf-8")
    atlas, text, marker, _files = hostile_atlas(folder, [path])
    return atlas, text, marker


def js(qtbot, view, script: str):
    with qtbot.waitCallback(timeout=TIMEOUT) as callback:
        view.run_js(script, callback)
    return callback.args[0]


def test_the_window_page_shows_template_text_literally_and_runs_nothing(qtbot, open_window, hostile):
    atlas, text, marker = hostile
    win = open_window(atlas, dt.date(2024, 1, 17), size=(1200, 800))
    view = win.map
    event_id = "hostile-" + text
    title = js(qtbot, view, f"""(function () {{
        var m = window.atlas.marker({json.dumps(event_id)}); m.openTooltip();
        return m.getTooltip().getElement().querySelector('.atlas-tip-title').textContent; }})()""")
    assert title == text
    assert js(qtbot, view, f"window.atlas.markerElement({json.dumps(event_id)}).getAttribute('aria-label')") == text
    assert js(qtbot, view, "window.atlas.markerElement('__proto__').getAttribute('aria-label')") \
        == "An event called __proto__"
    with qtbot.waitSignal(view.statePainted, timeout=TIMEOUT):
        win.set_day(dt.date(1965, 1, 1))
    polity = js(qtbot, view, """(function () {
        var u = window.atlas.unitLayer('NPL'); u.openTooltip(u.getBounds().getCenter());
        return u.getTooltip().getElement().textContent; })()""")
    assert text in polity
    assert not marker.exists()


def test_the_events_list_tooltip_shows_markup_as_text(qtbot, open_window, tmp_path):
    """Markup in a summary (an image whose source is a FIFO would freeze the window) is shown as typed."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    markup = f'<img src="{fifo}"><b>bold</b>'
    files = hostile_files(tmp_path, "plain")
    data = json.loads(files[0].read_text())
    data["features"][0]["properties"].update(id="markup", summary=markup)
    files[0].write_text(json.dumps(data), encoding="utf-8")
    win = open_window(Atlas.load(extra_files=files[:1], strict=True), dt.date(2024, 1, 17))
    panel = win.panel
    panel.select("markup")
    rect = panel.list.visualItemRect(panel.list.currentItem())
    viewport = panel.list.viewport()
    help_event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, help_event)
    assert QToolTip.isVisible()
    shown = QToolTip.text()
    assert shown.startswith("<qt>") and "<img" not in shown and f"&lt;img src=&quot;{fifo}&quot;&gt;" in shown
    QToolTip.hideText()


def test_message_boxes_show_data_text_as_typed(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from viewer.qt.safetext import message_box

    box = message_box(None, QMessageBox.Icon.Warning, "Export failed", '<img src="/dev/zero">')
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == '<img src="/dev/zero">'
    box.deleteLater()
