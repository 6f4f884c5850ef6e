"""Making a tour in the window: record it through the window's own actions, save, reopen and export it;
a hostile tour from someone else changes nothing and runs nothing."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from qthelpers import js, shown  # noqa: E402
from viewer.core.annotations import Annotation  # noqa: E402
from viewer.core.sources import Document  # noqa: E402
from viewer.core.validate import check_paths  # noqa: E402

TIMEOUT = 30_000
HOSTILE = "{{ 7*7 }} <script>window.__pwned=1</script> <img src=x onerror=window.__pwned=2> ${x} %s"
LABEL = "Srinagar <b>{{x}}</b> <img src=x onerror=window.__pwned=5>"


@pytest.fixture
def window(open_window, atlas, monkeypatch):
    monkeypatch.setenv("PAKATLAS_REDUCED_MOTION", "1")
    return open_window(atlas, dt.date(1965, 9, 6), size=(1300, 800))


def act(win, name: str) -> None:
    action = win.actions_by_name[name]
    assert action.isEnabled(), name
    action.trigger()


def record(qtbot, win, tmp_path):
    """Tours > New tour, two steps added from the window's views, words typed, a reference, annotations."""
    act(win, "New tour")
    editor = win.story._editor
    assert editor is not None and editor.isVisible() and editor.draft.steps == []
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "The 1965 war " + HOSTILE)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.draft.title.startswith("The 1965 war {{ 7*7 }}")

    win.open_event("indo-pakistani-war-1965")
    win.map.set_hidden_layers(["events.visit", "disputed"])
    act(win, "Add this view as a step")
    qtbot.waitUntil(lambda: len(editor.draft.steps) == 1, timeout=TIMEOUT)
    first = editor.draft.steps[0]
    assert first.date == win.timeline.day and first.events == ("indo-pakistani-war-1965",)
    assert "disputed" in first.hide and "events.visit" in first.hide and "events" in first.show
    assert first.sources  # the event's own catalogue source, to start with
    editor.narrative.clear()
    qtbot.keyClicks(editor.narrative, "The war of [[indo-pakistani-war-1965]] began.")
    editor.narrative.appendPlainText("\n" + HOSTILE)
    editor.hold.setValue(8)
    assert not editor.add_annotation(Annotation("point", ((34.08, 74.8),), "Srinagar " + HOSTILE))  # over 80
    assert editor.add_annotation(Annotation("point", ((34.08, 74.8),), LABEL))
    editor.add_annotation(Annotation("arrow", ((31.5, 74.3), (33.0, 75.5)), "advance"))
    editor.add_annotation(Annotation("circle", ((32.5, 74.5),), "", 120.0))

    win.set_day(dt.date(1966, 1, 10))
    act(win, "Add this view as a step")
    qtbot.waitUntil(lambda: len(editor.draft.steps) == 2, timeout=TIMEOUT)
    assert editor.steps.currentRow() == 1
    qtbot.keyClicks(editor.step_title, " at Tashkent")
    editor.narrative.setPlainText("Talks at Tashkent.")
    editor.add_reference(Document("tashkent-declaration", "Tashkent Declaration", None, "Government of India and "
                                  "Government of Pakistan", "1966-01-10", "en", "reference",
                                  citation="United Nations Treaty Series, vol. 560, p. 39"))
    return editor


def test_record_save_reopen_and_export_a_tour(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtPdf import QPdfDocument

    editor = record(qtbot, window, tmp_path)
    draft = editor.draft
    assert [s.title for s in draft.steps][1].endswith(" at Tashkent")
    from viewer.qt import access

    assert access.unnamed_controls(editor) == []  # every control of the editor has a name a reader says
    # undo and redo: the reference with its citation in the step (one change), then a move of the steps
    act(window, "Undo")
    assert draft.references == () and len(draft.steps[1].sources) == 1  # the chosen event's source only
    assert draft.steps[1].title.endswith(" at Tashkent")
    act(window, "Redo")
    assert [d.id for d in draft.references] == ["tashkent-declaration"]
    assert draft.steps[1].sources[-1] == {"source": "tashkent-declaration"}
    editor.steps.setCurrentRow(1)
    editor.move_current(-1)
    assert draft.steps[0].date == dt.date(1966, 1, 10)
    act(window, "Undo")
    assert draft.steps[0].date == dt.date(1965, 8, 5)  # the event's first day

    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    act(window, "New tour")  # changes not saved: the user keeps them
    assert asked and editor.draft is draft and len(draft.steps) == 2

    path = tmp_path / "war-1965.toml"
    assert editor.save(path) == []
    assert check_paths([path]) == []  # pakatlas check: 0 problems
    act(window, "Close the tour") if window.actions_by_name["Close the tour"].isEnabled() else None

    window.set_day(dt.date(2000, 1, 1))
    tour = window.story.open_tour_file(path, play=False)
    assert tour is not None and len(tour.steps) == 2 and tour.title == draft.title
    player = window.story.player
    assert player.tour is tour and window.timeline.day == dt.date(1965, 8, 5)  # the event's first day
    card = window.panel.card.toPlainText()
    assert HOSTILE in card and "Indo-Pakistani war of 1965" in card  # typed text as typed; the link named
    qtbot.waitUntil(lambda: len(shown(qtbot, window)["annotations"]) == 3, timeout=TIMEOUT)
    labels = [a["label"] for a in shown(qtbot, window)["annotations"]]
    assert labels[0] == LABEL
    assert json.loads(js(qtbot, window, "JSON.stringify([typeof window.__pwned, "
                                        "document.querySelectorAll('.atlas-annotation img, .atlas-annotation script')"
                                        ".length])")) == ["undefined", 0]

    pdf, page = tmp_path / "war.pdf", tmp_path / "war.html"
    for out in (pdf, page):
        with qtbot.waitSignal(window.exports.finished, timeout=120_000) as done:
            window.story.export_tour(out)
        assert done.args[1] is True, done.args
    doc = QPdfDocument()
    doc.load(str(pdf))
    assert doc.pageCount() == 2
    text = doc.getAllText(0).text()
    doc.close()
    assert "{{ 7*7 }}" in text and "Indo-Pakistani war of 1965" in text
    html = page.read_text(encoding="utf-8")
    assert "window.__pwned=1</script>" not in html and "Srinagar" in html


def test_a_dropped_tour_file_plays(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from viewer.core.paths import GEODATA

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(GEODATA / "tours" / "iran-pakistan.toml"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.story.player.tour.id == "iran-pakistan"
    assert window.source.files == []  # not taken for a data file


BROKEN = {
    "nan-view.toml": ('[[steps]]\ndate = 1965-09-06\nview = [1.0, 2.0, nan, 4.0]\ntitle = "S"\nnarrative = "x"\n'
                      'sources = ["hassan-2019"]\nhold = 5\n', "step 1 ('S'), field 'view'"),
    "duplicate.toml": ('[[steps]]\ndate = 1965-09-06\ndate = 1965-09-07\n', "is not valid TOML"),
    "zoom.toml": ('[[steps]]\ndate = 1965-09-06\nview = [30.0, 70.0, 30.0001, 70.0001]\ntitle = "S"\n'
                  'narrative = "x"\nsources = ["hassan-2019"]\nhold = 5\n', "smaller than"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_tour_changes_nothing_and_says_why_in_one_line(window, tmp_path, name):
    body, expected = BROKEN[name]
    path = tmp_path / name
    path.write_text('id = "t"\ntitle = "T"\nlanguage = "en"\n' + body, encoding="utf-8")
    day, hidden = window.timeline.day, window.map.hidden_layers()
    assert window.story.open_tour_file(path) is None
    assert window.timeline.day == day and window.map.hidden_layers() == hidden and window.story.player.tour is None
    message = window.banner.text()
    assert name in message and expected in message


def test_fifos_and_symlinks_are_refused_without_reading(window, tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    assert window.story.open_tour_file(fifo) is None  # never blocks reading it
    assert "pipe.toml: is not a regular file" in window.banner.text()
    target = tmp_path / "real.toml"
    target.write_text("id = 'x'\n", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    assert window.story.open_tour_file(link) is None
    assert "link.toml: is a symbolic link" in window.banner.text()


def test_a_hostile_tour_that_plays_runs_nothing(qtbot, window, tmp_path):
    label = '<img src=x onerror="window.__pwned=3">'
    path = tmp_path / "hostile.toml"
    path.write_text(f'''id = "hostile"
title = "<script>window.__pwned=4</script>"
language = "en"

[[steps]]
date = 1965-09-06
view = "kashmir"
events = ["not-in-this-data"]
show = ["alliance.NOWHERE"]
title = "<b>{{{{ title }}}}</b>"
narrative = "javascript:alert(1) [[also-missing]] <iframe src=x></iframe>"
sources = ["hassan-2019"]
hold = 5

[[steps.annotations]]
kind = "point"
at = [34.0, 74.0]
label = '{label}'
''', encoding="utf-8")
    tour = window.story.open_tour_file(path, play=False)
    assert tour is not None
    bar = window.story.player.bar
    assert bar.lacking.isVisible() and "not-in-this-data" in bar.lacking.toolTip()
    assert "alliance.NOWHERE" in bar.lacking.toolTip() and "also-missing" in bar.lacking.toolTip()
    card = window.panel.card.toPlainText()
    assert "<iframe src=x></iframe>" in card and "Not in the data open now" in card
    qtbot.waitUntil(lambda: [a["label"] for a in shown(qtbot, window)["annotations"]] == [label], timeout=TIMEOUT)
    assert json.loads(js(qtbot, window, "JSON.stringify([typeof window.__pwned, "
                                        "document.querySelectorAll('.atlas-annotation img').length])")) == \
        ["undefined", 0]


def test_pakatlas_export_takes_a_tour_file(qapp, qtbot, tmp_path, capsys):
    from PySide6.QtPdf import QPdfDocument

    from viewer.cli import main

    path = tmp_path / "mine.toml"
    path.write_text('''id = "mine"
title = "Mine"
language = "en"

[[steps]]
date = 1965-09-06
view = "kashmir"
events = ["gone-from-this-data"]
title = "One"
narrative = "Words {{ x }} <img src=x onerror=window.__pwned=7> on [[indo-pakistani-war-1965]]."
sources = ["hassan-2019"]
hold = 5

[[steps.annotations]]
kind = "circle"
at = [34.0, 74.5]
radius_km = 50
label = "ring"

[[steps]]
date = 1966-01-10
view = "south-asia"
title = "Two"
narrative = "More words."
sources = ["hassan-2019"]
hold = 5
''', encoding="utf-8")
    pdf, page = tmp_path / "mine.pdf", tmp_path / "mine.html"
    assert main(["export", "--tour", str(path), "--out", str(pdf)]) == 0
    assert "mine.toml, step 1: not in the data: event 'gone-from-this-data'" in capsys.readouterr().err
    doc = QPdfDocument()
    doc.load(str(pdf))
    assert doc.pageCount() == 2 and "Not in the data open now" in doc.getAllText(0).text()
    doc.close()
    assert main(["export", "--tour", str(path), "--out", str(page)]) == 0
    capsys.readouterr()
    data = page.read_text(encoding="utf-8")
    assert '"annotations":[{"kind":"circle"' in data.replace(" ", "")
    from test_story_exports import _Page

    shown_page = _Page(qtbot, page)  # the page itself, offline: the step's words as typed, its link, its circle
    try:
        narrative = shown_page.js("document.querySelector('.atlas-tour-narrative').textContent")
        assert narrative == "Words {{ x }} <img src=x onerror=window.__pwned=7> on Indo-Pakistani war of 1965."
        assert shown_page.js("document.querySelectorAll('.atlas-tour-narrative img').length") == 0
        shown_page.js("document.querySelector('.atlas-tour-link').click()")
        state = json.loads(shown_page.js("JSON.stringify(atlas.shownState())"))
        assert state["selected"] == "indo-pakistani-war-1965" and state["annotations"] == [{"kind": "circle",
                                                                                             "label": "ring"}]
        assert shown_page.js("typeof window.__pwned") == "undefined"
    finally:
        shown_page.close()
    path.write_text(path.read_text(encoding="utf-8").replace('"kashmir"', "[1.0, 2.0, inf, 4.0]"), encoding="utf-8")
    assert main(["export", "--tour", str(path), "--out", str(tmp_path / "bad.pdf")]) == 2
    err = capsys.readouterr().err
    assert "mine.toml, step 1 ('One'), field 'view'" in err and err.count("\n") == 1


def test_the_renderer_draws_a_steps_annotations_into_the_image(qapp, qtbot, atlas):
    from viewer.qt.render.renderer import Renderer, RenderJob

    notes = (Annotation("circle", ((30.0, 70.0),), "ring", 400.0).as_page(),
             Annotation("arrow", ((25.0, 62.0), (35.0, 75.0)), "").as_page())
    view = {"bounds": [[22.0, 58.0], [38.0, 80.0]]}
    r = Renderer(atlas)
    try:
        day = atlas.state(dt.date(1965, 9, 6))
        plain = r.render_sync(RenderJob(day, (480, 320), caption=False, view=view))
        marked = r.render_sync(RenderJob(day, (480, 320), caption=False, view=view, annotations=notes))
        with qtbot.waitCallback(timeout=TIMEOUT) as cb:
            r.view.read_shown(cb)
        assert [a["kind"] for a in cb.args[0]["annotations"]] == ["circle", "arrow"]
        changed = sum(plain.pixel(x, y) != marked.pixel(x, y) for x in range(0, 480, 4) for y in range(0, 320, 4))
        assert changed > 100  # the circle, the arrow and the label are in the picture
        again = r.render_sync(RenderJob(day, (480, 320), caption=False, view=view))
        assert again == plain  # the next picture without annotations has none
    finally:
        r.close(now=True)
