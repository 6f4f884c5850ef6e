"""Exports of tours and comparisons, and the standalone page's tour panel and #date address (pytest-qt, offscreen)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PIL import Image

from viewer.cli import main

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QUrl  # noqa: E402

from viewer.core.paths import GEODATA  # noqa: E402
from viewer.core.tours import find_tour, vocabulary_of  # noqa: E402

LOAD_TIMEOUT = 60_000
JS_TIMEOUT = 30_000


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_pages(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    try:
        return doc.pageCount()
    finally:
        doc.close()


@pytest.fixture(scope="module")
def tour(atlas):
    return find_tour(GEODATA / "tours", "iran-pakistan", vocabulary_of(atlas))


def test_tour_pdf_has_one_page_per_step(capsys, qapp, tmp_path, tour):
    out = tmp_path / "tour.pdf"
    code, stdout, err = run_cli(capsys, "export", "--tour", tour.id, "--out", str(out), "--size", "640x360")
    assert code == 0, err
    assert stdout.strip() == str(out) and f"map {len(tour.steps)}/{len(tour.steps)}" in err
    assert out.read_bytes().startswith(b"%PDF") and pdf_pages(out) == len(tour.steps)
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(out))
    text = doc.getAllText(0).text()  # the step's card is text in the PDF, not pixels
    doc.close()
    assert tour.steps[0].title in text and "Sources" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tour.pdf"]


def test_tour_png_is_the_page_of_one_step(capsys, qapp, tmp_path, tour):
    out = tmp_path / "step.png"
    code, _, err = run_cli(capsys, "export", "--tour", tour.id, "--tour-step", "3", "--out", str(out),
                           "--size", "480x270")
    assert code == 0, err
    with Image.open(out) as image:
        assert image.width == 480 and image.height > 270 + 100  # the map, then the step's card under it
    code, _, err = run_cli(capsys, "export", "--tour", tour.id, "--tour-step", "99", "--out",
                           str(tmp_path / "none.png"), "--size", "480x270")
    assert code == 2 and f"has {len(tour.steps)} steps" in err and not (tmp_path / "none.png").exists()  # before rendering


def test_tour_gif_holds_steps_and_moves_between_them(qapp, atlas, tmp_path, tour):
    from viewer.export import ExportRequest
    from viewer.export.tour import TRANSITION_FRAMES
    from viewer.qt.render.renderer import Renderer
    from viewer.qt.render.runner import ExportRunner

    short = dataclasses.replace(tour, steps=tour.steps[:3])
    renderer = Renderer(atlas)
    try:
        request = ExportRequest(tmp_path / "tour.gif", tour=short.id, size=(240, 135)).validate()
        ExportRunner(request, atlas, lambda _vector: renderer, tour=short).run_sync()
    finally:
        renderer.close(now=True)
    with Image.open(tmp_path / "tour.gif") as gif:
        assert gif.n_frames == 3 + 2 * TRANSITION_FRAMES
        durations = []
        for i in range(gif.n_frames):
            gif.seek(i)
            durations.append(gif.info["duration"])
    holds = [round(s.hold * 1000) for s in short.steps]
    assert durations[0] == holds[0] and durations[TRANSITION_FRAMES + 1] == holds[1] and durations[-1] == holds[2]
    assert all(d < 500 for d in durations[1:TRANSITION_FRAMES + 1])  # the move between the steps


def test_compare_png_and_pdf(capsys, qapp, tmp_path):
    png = tmp_path / "cmp.png"
    code, _, err = run_cli(capsys, "export", "--date", "1965-09-06", "--compare", "2024-01-17", "--out", str(png),
                           "--size", "400x300")
    assert code == 0, err
    with Image.open(png) as image:
        assert image.width == 800 and image.height > 300
        left, right = image.convert("RGB").getpixel((200, 200)), image.convert("RGB").getpixel((600, 200))
    assert left and right
    pdf = tmp_path / "cmp.pdf"
    code, _, err = run_cli(capsys, "export", "--date", "1965-09-06", "--compare", "2024-01-17", "--out", str(pdf),
                           "--size", "400x300")
    assert code == 0, err
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(pdf))
    text = doc.getAllText(0).text()
    pages = doc.pageCount()
    doc.close()
    assert pages == 1
    assert "Iran: allied → hostile" in text and "Left SEATO, CENTO" in text


@pytest.mark.parametrize("lang, words", [
    ("fr", ["Iran : Allié → Hostile", "Ce qui a changé du 6 septembre 1965 au 17 janvier 2024", "Allié",
            "Données cartographiques"]),
    ("ur", ["ستمبر", "جنوری", "بدل"]),  # the PDF's text splits some of Urdu's ligatures: words, not lines
])
def test_compare_pdf_speaks_its_language(capsys, qapp, tmp_path, lang, words):
    """A comparison exported in French or Urdu: its title, dates, key, differences and attribution in that
    language, none in English."""
    pdf = tmp_path / "cmp.pdf"
    code, _, err = run_cli(capsys, "export", "--date", "1965-09-06", "--compare", "2024-01-17", "--out", str(pdf),
                           "--size", "400x300", "--lang", lang)
    assert code == 0, err
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(pdf))
    text = " ".join(doc.getAllText(0).text().split())
    doc.close()
    assert all(" ".join(w.split()) in text for w in words), text[:600]
    assert not any(english in text for english in ("allied", "What changed", "Map data", " appeared", "Historical"))
    code, _, err = run_cli(capsys, "export", "--date", "1965-09-06", "--compare", "2024-01-17", "--out",
                           str(tmp_path / "cmp.gif"))
    assert code == 2 and "--compare writes .png, .pdf files" in err


class _Page:
    """A standalone page loaded from a file in a plain web engine page (no app scheme, no network)."""

    def __init__(self, qtbot, path: Path, fragment: str = ""):
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.qtbot = qtbot
        self.profile = QWebEngineProfile()
        self.page = QWebEnginePage(self.profile)
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.resize(1100, 700)
        url = QUrl.fromLocalFile(str(path))
        if fragment:
            url.setFragment(fragment)
        with qtbot.waitSignal(self.page.loadFinished, timeout=LOAD_TIMEOUT) as loaded:
            self.view.show()
            self.page.load(url)
        assert loaded.args == [True]

    def js(self, script):
        with self.qtbot.waitCallback(timeout=JS_TIMEOUT) as callback:
            self.page.runJavaScript(script, 0, callback)
        return callback.args[0]

    def close(self):
        from PySide6.QtCore import QCoreApplication, QEvent

        self.view.close()
        self.view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_timeline_page_opens_on_the_date_of_its_address_and_keeps_it_up_to_date(qtbot, qapp, atlas, tmp_path):
    from viewer.export.html import build_html

    path = tmp_path / "atlas.html"
    path.write_text(build_html(atlas, "2024-01-17", timeline=True), encoding="utf-8")
    page = _Page(qtbot, path, "date=1971-12-16")
    try:
        shown = json.loads(page.js("JSON.stringify(atlas.shownState())"))
        assert shown["date"] == "1971-12-16" and shown["units"]["BGD"]["territory"] == "BGD"
        page.js("(function(){var s=document.querySelector('.atlas-export-bar input');s.value='0';"
                "s.dispatchEvent(new Event('input'));})()")
        assert page.js("location.hash") == "#date=1947-08-14"
        page.js("location.hash = '#date=1965-09-06'")  # a link followed in the open page
        page.qtbot.waitUntil(lambda: json.loads(page.js("JSON.stringify(atlas.shownState())"))["date"] == "1965-09-06",
                             timeout=JS_TIMEOUT)
    finally:
        page.close()


def test_tour_page_steps_through_the_tour_offline(capsys, qtbot, qapp, tmp_path, tour):
    out = tmp_path / "tour.html"
    code, _, err = run_cli(capsys, "export", "--tour", tour.id, "--out", str(out))
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text
    page = _Page(qtbot, out)
    try:
        assert page.js("document.querySelector('.atlas-tour-where').textContent") == f"Step 1 of {len(tour.steps)}"
        assert page.js("document.querySelector('.atlas-tour-step').textContent") == tour.steps[0].title
        page.js("document.querySelectorAll('.atlas-tour-nav button')[2].click()")  # Next
        assert page.js("document.querySelector('.atlas-tour-step').textContent") == tour.steps[1].title
        shown = json.loads(page.js("JSON.stringify(atlas.shownState())"))
        assert shown["date"] == tour.steps[1].date.isoformat()
        assert page.js("location.hash") == "#date=" + tour.steps[1].date.isoformat()
        assert page.js("document.querySelectorAll('.atlas-tour-sources li').length") == len(tour.steps[1].sources)
    finally:
        page.close()


@pytest.mark.parametrize("lang, where, buttons, sources", [
    ("fr", "Étape 1 sur {m}", ["\u25c0 Précédente", "\u25b6 Lecture", "Suivante \u25b6"], "Sources"),
    ("ur", "مرحلہ 1 از {m}", ["\u25b6 پچھلا", "\u25b6 چلائیں", "اگلا \u25c0"], "ماخذ"),  # backwards is to the right
])
def test_tour_pages_panel_speaks_the_pages_language(capsys, qtbot, qapp, tmp_path, tour, lang, where, buttons,
                                                     sources):
    """A tour exported in French or Urdu: its panel's words (the step it is at, its buttons, its sources'
    heading, its name for a screen reader) are in that language, as the map's are."""
    out = tmp_path / "tour.html"
    code, _, err = run_cli(capsys, "export", "--tour", tour.id, "--out", str(out), "--lang", lang)
    assert code == 0, err
    page = _Page(qtbot, out)
    try:
        assert page.js("document.querySelector('.atlas-tour-where').textContent") == where.format(m=len(tour.steps))
        assert json.loads(page.js("JSON.stringify(Array.prototype.map.call("
                                  "document.querySelectorAll('.atlas-tour-nav button'), function (b) { "
                                  "return b.textContent; }))")) == buttons
        assert page.js("document.querySelector('.atlas-tour-sources-head').textContent") == sources
        assert page.js("document.querySelector('.atlas-tour').getAttribute('aria-label')") != "Guided tour"
        # the panel and the map side by side, not over each other; the panel says the title, the map does not
        boxes = json.loads(page.js("JSON.stringify(['.atlas-tour', '.folium-map'].map(function (s) { "
                                   "var r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.right]; }))"))
        assert boxes[0][1] <= boxes[1][0] + 1 or boxes[1][1] <= boxes[0][0] + 1, boxes
        assert (boxes[0][0] < boxes[1][0]) == (lang == "ur")  # in Urdu the panel is on the left, as the window's
        assert page.js("getComputedStyle(document.querySelector('.atlas-export-title')).display") == "none"
    finally:
        page.close()


def test_a_long_title_keeps_clear_of_the_date(qtbot, qapp, atlas, tmp_path):
    from viewer.export.html import build_html

    path = tmp_path / "atlas.html"
    path.write_text(build_html(atlas, "1971-12-16", title="Pakistan and the United States, 1947–2025: a long title",
                               lang="fr"), encoding="utf-8")
    page = _Page(qtbot, path)
    try:
        for width in (1100, 800):
            page.view.resize(width, 560)
            page.qtbot.waitUntil(lambda: page.js("window.innerWidth") == width, timeout=JS_TIMEOUT)
            title, date = json.loads(page.js("JSON.stringify(['.atlas-export-title', '.atlas-date'].map(function (s) {"
                                             " var r = document.querySelector(s).getBoundingClientRect();"
                                             " return [r.left, r.top, r.right, r.bottom]; }))"))
            assert title[2] < date[0] or title[1] > date[3], (width, title, date)
    finally:
        page.close()


def test_the_comparisons_key_has_every_symbol_either_map_shows(atlas):
    from viewer import style
    from viewer.qt.render.story import compare_key

    first, second = atlas.state("1965-09-06"), atlas.state("2024-01-17")
    key = compare_key([first, second])
    kinds = {(e.kind, e.label) for e in key}
    assert ("swatch", style.STATUS_LABELS["hostile"]) in kinds and ("swatch", style.STATUS_LABELS["strained"]) in kinds
    assert ("hatch", style.LEGEND_LABELS["region"]) in kinds  # the 1965 war's Punjab, 2024's Balochistan
    assert ("burst", style.label("category", "strike")) in kinds  # 2024's strikes
    assert ("line", style.label("alliance", "SEATO")) in kinds and ("line", style.label("alliance", "MNNA")) in kinds
    labels = [e.label for e in key]
    assert labels.index(style.STATUS_LABELS["allied"]) < labels.index(style.STATUS_LABELS["strained"]) < \
        labels.index(style.STATUS_LABELS["hostile"])  # the relations in the legend's order, before the rest
    assert labels.index(style.STATUS_LABELS["hostile"]) < labels.index(style.label("alliance", "SEATO"))
    assert len(labels) == len(set(labels))
