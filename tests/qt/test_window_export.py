"""File › Export in the window: what the window shows, exported off screen; animations in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from viewer.export import Step

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QTimer  # noqa: E402

RENDER_TIMEOUT = 30_000


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def window(open_window, atlas):
    return open_window(atlas, dt.date(2024, 1, 17), size=(900, 640))


def test_file_menu_has_the_exports_before_quit(window):
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert names[-7:] == ["Export snapshot…", "Export PDF…", "Export HTML…", "Export animation…",
                          "Export citations of the map…", "Export the tour…", "Quit"]
    assert window.actions_by_name["Export snapshot…"].shortcut().toString() == "Ctrl+E"


def test_snapshot_from_the_window_at_a_chosen_size_and_scale(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from viewer.qt.export_dialogs import ExportDialog

    def accept(dialog):
        dialog.size.setCurrentIndex(dialog.size.count() - 1)  # Custom…
        dialog.width_box.setValue(400)
        dialog.height_box.setValue(300)
        dialog.scale.setCurrentIndex(1)  # 2×
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shot"), ""))
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.actions_by_name["Export snapshot…"].trigger()
    assert finished.args == ["png", True, str(tmp_path / "shot.png")]
    with Image.open(tmp_path / "shot.png") as image:
        assert image.size == (800, 600)
        assert max(ImageStat.Stat(image.convert("RGB")).stddev) > 20
    # at the window's own size: the map exactly as the window shows it, independent of the window
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_image(tmp_path / "window.png", caption=False)
    assert finished.args[1], finished.args
    with Image.open(tmp_path / "window.png") as image:
        assert image.size == (window.map.width(), window.map.height())
    assert window.exports.renderer().view.isVisible() and not window.exports.renderer().view.isActiveWindow()


def test_window_animation_can_be_cancelled_and_the_window_stays_responsive(qtbot, window, tmp_path):
    happened = []  # ("tick", n) from a timer of the window's event loop, ("frame", n) as frames are made
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: happened.append(("tick", len(happened))))
    timer.start()
    job = window.exports.export_animation(tmp_path / "a.gif", "gif", start=dt.date(1950, 1, 1),
                                          end=dt.date(2020, 1, 1), step=Step("y"), size=(320, 180))
    assert job is not None and window.exports.progress_dialog is not None
    job.progress.connect(lambda done, _total, text: happened.append(("frame", done)) if text.startswith("frame")
                         else None)
    assert not window.actions_by_name["Export snapshot…"].isEnabled()
    qtbot.waitUntil(lambda: job.animation.frames_rendered >= 4, timeout=RENDER_TIMEOUT)
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        from PySide6.QtWidgets import QPushButton

        button = window.exports.progress_dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
    timer.stop()
    assert finished.args == ["animation", False, "cancelled"]
    assert leftovers(tmp_path) == []
    # the window's event loop kept running while the frames were made: its timer fired between them
    frames = [i for i, (what, _n) in enumerate(happened) if what == "frame"]
    assert len(frames) >= 3
    assert all(any(what == "tick" for what, _n in happened[a + 1:b]) for a, b in zip(frames, frames[1:3]))
    assert window.actions_by_name["Export snapshot…"].isEnabled()


def test_closing_the_window_stops_its_animation_quietly(qtbot, window, tmp_path, monkeypatch):
    from viewer.qt import export_dialogs

    monkeypatch.setattr(export_dialogs, "message", lambda *a: pytest.fail(f"a dialog while closing: {a}"))
    job = window.exports.export_animation(tmp_path / "a.gif", "gif", start=dt.date(1950, 1, 1),
                                          end=dt.date(2020, 1, 1), step=Step("y"), size=(320, 180),
                                          frames_dir=tmp_path / "frames")
    qtbot.waitUntil(lambda: job.animation.frames_rendered >= 2, timeout=RENDER_TIMEOUT)
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.close()
    assert finished.args == ["animation", False, "cancelled"]
    assert leftovers(tmp_path) == []


def test_window_export_error_names_the_file_and_the_reason(qtbot, window, tmp_path, monkeypatch):
    from viewer.qt import export_dialogs

    shown = []
    monkeypatch.setattr(export_dialogs, "message", lambda parent, icon, title, text, *a: shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_image(blocker / "map.png")
    assert finished.args[:2] == ["png", False]
    assert len(shown) == 1 and str(blocker / "map.png") in shown[0] and "not a folder" in shown[0]
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT):
        window.exports.export_html(blocker / "map.html")
    assert str(blocker / "map.html") in shown[1]
    assert leftovers(tmp_path) == ["not-a-folder"]


def test_window_html_export_keeps_the_date_view_and_layers(qtbot, window, tmp_path):
    window.map.set_hidden_layers(["disputed"])
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_html(tmp_path / "map.html", title="January 2024")
    assert finished.args == ["html", True, str(tmp_path / "map.html")]
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert '"date":"2024-01-17"' in page and '"hidden":["disputed"]' in page
    assert '"view":{"center":[' in page and "https://" not in page


def test_the_citations_of_the_map_are_exported_for_a_reference_manager(qtbot, open_window, atlas, tmp_path):
    import bibtexparser

    from viewer.core.citations import documents_cited
    from viewer.core.sources import bundled_catalogue
    from viewer.export.files import ExportError

    win = open_window(atlas, dt.date(1965, 9, 6))
    path = win.exports.export_citations(tmp_path / "map-1965.bib")
    keys = [entry.key for entry in bibtexparser.parse_string(path.read_text("utf-8")).entries]
    expected = [d.id for d in documents_cited(atlas.records_on(dt.date(1965, 9, 6)), bundled_catalogue())]
    assert keys == expected and "unsc-res-211" in keys and "karachi-agreement-1949" in keys  # the war, Kashmir
    ris = win.exports.export_citations(tmp_path / "map-1965.ris").read_text("utf-8")
    assert ris.count("ER  - ") == len(keys)
    with pytest.raises(ExportError):
        win.exports.export_citations(tmp_path / "map.txt")
    assert not (tmp_path / "map.txt").exists()
