"""Exports of a guided tour and of a comparison of two dates, run like any export (``ExportRunner``).

- A tour as PDF: one page per step, the step's map (with its caption: the tour, the step, the date and
  the legend) above the step's card (title, date, narrative, sources; ``viewer.export.tour``); as PNG:
  the page of one step; as HTML: the standalone page with the tour's step panel; as GIF or MP4: an
  ``AnimationExport`` of the tour's frames (each step held for its time, the date and the map moving
  between steps).
- A comparison as PNG or PDF: the two maps side by side under one caption, each with its date, and the
  differences (``viewer.core.diff.describe``) listed below them.

Maps are rendered by the off-screen ``Renderer``; pages are painted with QPainter, onto a QImage or a
QPdfWriter (text stays text in a PDF). Everything is written atomically.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from viewer import style
from viewer.core.diff import diff
from viewer.core.tourfile import step_lacks
from viewer.core.tours import vocabulary_of
from viewer.export import legend
from viewer.export.files import ExportError, atomic_output, write_bytes
from viewer.export.legend import LegendEntry
from viewer.export.request import ExportRequest
from viewer.export.tour import step_card_html, tour_data, tour_frames
from viewer.i18n.differences import describe
from viewer.i18n.languages import is_rtl
from viewer.page.layers import known_ids
from viewer.qt import fonts
from viewer.qt.render.caption import _draw_entry as draw_entry
from viewer.qt.render.animate import AnimationExport
from viewer.qt.render.job import CANCELLED, ExportJob
from viewer.qt.render.renderer import Renderer, RenderJob, save_png

CARD_FONT_PX = 15
PAD = 24


def _font(px: float, bold: bool = False, lang: str = "en") -> QFont:
    font = QFont()
    font.setFamilies(fonts.families(lang))  # Urdu's letters in its own font (DejaVu Sans lacks ے and ہ)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def _card(html: str, width: float, lang: str = "en") -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font(CARD_FONT_PX, lang=lang))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _pdf_writer(path, width: float, height: float) -> QPdfWriter:
    """A PDF of pages ``width`` × ``height`` CSS pixels (96 per inch), without margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    writer.setPageSize(QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize.Unit.Point, "page",
                                 QPageSize.SizeMatchPolicy.ExactMatch))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator("Pakistan Diplomatic Atlas")
    return writer


def _image(width: float, height: float, scale: int) -> QImage:
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


# -- painting ---------------------------------------------------------------------------------


def tour_page_height(size: tuple[int, int], cards: list[QTextDocument]) -> float:
    return size[1] + 2 * PAD + max(doc.size().height() for doc in cards)


def paint_tour_page(p: QPainter, size: tuple[int, int], map_image: QImage, card: QTextDocument) -> None:
    """The step's map across the top, its card below (``p`` in CSS pixels)."""
    w, h = size
    p.drawImage(QRectF(0, 0, w, h), map_image)
    p.save()
    p.translate(PAD, h + PAD)
    card.drawContents(p)
    p.restore()


LINE_FONT_PX = 15
LINE_GAP = 4


def _wrapped(lines: list[str], width: float, lang: str = "en") -> list[float]:
    """The height of each line of differences, wrapped at ``width``."""
    fm = QFontMetricsF(_font(LINE_FONT_PX, lang=lang))
    flags = int(Qt.TextFlag.TextWordWrap)
    return [fm.boundingRect(QRectF(0, 0, width, 10_000), flags, "• " + line).height() + LINE_GAP for line in lines]


def _columns(lines: list[str], size: tuple[int, int], lang: str = "en") -> tuple[int, float, list[float]]:
    """How many columns the differences take (two when there are many), their width and each line's height."""
    w = size[0]
    columns = 2 if len(lines) > 6 else 1
    col_w = (2 * w - 2 * PAD) / columns - (PAD if columns > 1 else 0)
    return columns, col_w, _wrapped(lines, col_w, lang)


def _split(heights: list[float], columns: int) -> int:
    """How many lines go in the first column so that the columns come out about even."""
    if columns == 1:
        return len(heights)
    total, run = sum(heights), 0.0
    for i, h in enumerate(heights):
        if run + h / 2 >= total / 2:
            return max(1, i)
        run += h
    return len(heights)


def compare_key(states, hidden_layers=(), lang: str = "en") -> list[LegendEntry]:
    """Every symbol either map shows (the legend of each day, ``legend.legend_sections``, merged in its order):
    relations, Pakistan, borders, regions, alliances, events; labelled in ``lang``."""
    sections: dict[str, list[LegendEntry]] = {}
    full: dict[str, list[str]] = {}  # a section's labels in the order of the legend of all statuses
    for state in states:
        for title, rows in legend.legend_sections(state, hidden_layers, lang):
            merged = sections.setdefault(title, [])
            merged += [e for e in rows if (e.kind, e.label) not in {(m.kind, m.label) for m in merged}]
    every_status = {"relations": [{"status": s} for s in style.STATUS_COLOURS]}
    for title, rows in legend.legend_sections(every_status, hidden_layers, lang):
        full[title] = [e.label for e in rows]
    entries: list[LegendEntry] = []
    for title, rows in sections.items():
        order = full.get(title, [])
        entries += sorted(rows, key=lambda e: order.index(e.label) if e.label in order else len(order))
    return entries


KEY_ROW = 24.0


def _symbol_width(entry: LegendEntry) -> float:
    return 26.0 if entry.kind == "line" else 14.0


def _key_rows(entries: list[LegendEntry], width: float, lang: str = "en") -> list[list[tuple[LegendEntry, float]]]:
    """The key's entries flowed into rows across ``width``: [[(entry, x), ...], ...]."""
    fm = QFontMetricsF(_font(13, lang=lang))
    rows: list[list[tuple[LegendEntry, float]]] = [[]]
    x = 0.0
    for entry in entries:
        w = _symbol_width(entry) + 6 + fm.horizontalAdvance(entry.label)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((entry, x))
        x += w + 18
    return rows if rows[0] else []


TITLE_H, DATE_H = 44.0, 34.0


def compare_layout(size: tuple[int, int], lines: list[str], entries: list[LegendEntry] = (), lang: str = "en"
                   ) -> tuple[float, float, float]:
    """(caption height, height of the key and the list of differences, page height) of a comparison: the caption
    is the title's line and, under it, each map's date over its map (not on it, where the map's own markers are)."""
    head = TITLE_H + DATE_H
    columns, _col_w, heights = _columns(lines, size, lang)
    first = _split(heights, columns)
    listed = max(sum(heights[:first]), sum(heights[first:]))
    key_h = len(_key_rows(list(entries), 2 * size[0] - 2 * PAD, lang)) * KEY_ROW + 6
    below = key_h + PAD + 24 + listed + PAD + 14
    return head, below, head + size[1] + below


def _paint_key(p: QPainter, x0: float, y: float, entries: list[LegendEntry], width: float, lang: str = "en") -> float:
    """Every symbol of the two maps with its label, in rows below them; the key's height."""
    font = _font(13, lang=lang)
    fm = QFontMetricsF(font)
    rows = _key_rows(entries, width, lang)
    for r, row in enumerate(rows):
        cy = y + r * KEY_ROW + KEY_ROW / 2
        for entry, x in row:
            draw_entry(p, entry, x0 + x, cy, 1.0)
            p.setFont(font)
            p.setPen(QColor(style.LEGEND_TEXT))
            p.drawText(QPointF(x0 + x + _symbol_width(entry) + 6, cy - fm.height() / 2 + fm.ascent()), entry.label)
    return len(rows) * KEY_ROW + 6


def paint_compare(p: QPainter, size: tuple[int, int], images: tuple[QImage, QImage], days: tuple[str, str],
                  lines: list[str], title: str | None, entries: list[LegendEntry] = (), lang: str = "en") -> None:
    """Two maps side by side under one caption, each with its date; the key of every symbol they show and
    the differences below (``p`` in CSS pixels), in ``lang`` (the lines are given in it)."""
    w, h = size
    entries = list(entries)
    head, _below, total = compare_layout(size, lines, entries, lang)
    align = Qt.AlignmentFlag.AlignRight if is_rtl(lang) else Qt.AlignmentFlag.AlignLeft  # Urdu: from the right
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    heading, first = legend.caption_lines(days[0], title, lang)
    dates = (first, legend.caption_lines(days[1], title, lang)[1])
    def word(key: str) -> str:  # the catalogue's words: a comparison exported from the command line has no Qt translator
        return style.label("compare", key, lang).format(title=heading, first=dates[0], last=dates[1])

    p.setPen(QColor(style.CAPTION_TITLE))
    p.setFont(_font(20, bold=True, lang=lang))
    p.drawText(QRectF(PAD, 0, 2 * w - 2 * PAD, TITLE_H), Qt.AlignmentFlag.AlignVCenter | align, word("heading"))
    p.setFont(_font(18, bold=True, lang=lang))
    p.setPen(QColor(style.CAPTION_DATE))
    for n, (image, text) in enumerate(zip(images, dates)):
        x = n * w
        p.drawImage(QRectF(x, head, w, h), image)
        p.drawText(QRectF(x + PAD, TITLE_H, w - 2 * PAD, DATE_H), Qt.AlignmentFlag.AlignVCenter | align, text)
    p.setPen(QPen(QColor("white"), 3))
    p.drawLine(QPointF(w, head), QPointF(w, head + h))
    key_h = _paint_key(p, PAD, head + h + 4, entries, 2 * w - 2 * PAD, lang)
    y = head + h + key_h + PAD
    p.setPen(QColor(style.CAPTION_TITLE))
    p.setFont(_font(16, bold=True, lang=lang))
    p.drawText(QRectF(PAD, y - 20, 2 * w - 2 * PAD, 24), Qt.AlignmentFlag.AlignBottom | align, word("summary"))
    y += 12
    columns, col_w, heights = _columns(lines, size, lang)
    first = _split(heights, columns)
    p.setFont(_font(LINE_FONT_PX, lang=lang))
    p.setPen(QColor(style.CAPTION_TEXT))
    flags = int(Qt.TextFlag.TextWordWrap) | int(align)
    for col, (part, part_h) in enumerate(((lines[:first], heights[:first]), (lines[first:], heights[first:]))):
        place = columns - 1 - col if is_rtl(lang) else col  # Urdu reads its first column on the right
        x, row_y = PAD + place * (col_w + 2 * PAD), y
        for line, line_h in zip(part, part_h):
            p.drawText(QRectF(x, row_y, col_w, line_h), flags, "• " + line)
            row_y += line_h
    p.setFont(_font(11, lang=lang))
    p.drawText(QRectF(0, 0, 2 * w - 8, total - 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
               legend.attribution(lang))


# -- the exports --------------------------------------------------------------------------------


class StoryExport(ExportJob):
    """Runs a validated tour or comparison request. Signals (``ExportJob``): ``progress(done, total, text)``,
    ``finished(ok, message)``.

    ``tour`` is the ``viewer.core.tours.Tour`` of ``request.tour``; ``renderer(vector)`` gives the off-screen
    renderer (only raster ones are asked for).
    """

    def __init__(self, request: ExportRequest, atlas, renderer: Callable[[bool], Renderer], tour=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.request, self.atlas, self._renderer, self.tour = request, atlas, renderer, tour
        self.animation = None
        if request.tour is not None and tour is None:
            raise ExportError(f"the tour {request.tour!r} was not given")
        self.known = known_ids(atlas)
        self._images: list[QImage] = []
        self._jobs: list[RenderJob] = []

    @property
    def total(self) -> int:
        if self.animation is not None:
            return self.animation.total
        return len(self._jobs) or 1

    def _run(self) -> None:
        r = self.request
        try:
            if r.compare is not None:
                self._jobs = [RenderJob(self.atlas.state(day), r.size, 2 if r.kind == "pdf" else r.scale, False,
                                        None, None, r.hidden_layers) for day in (r.date, r.compare)]
            elif r.kind == "html":
                page = self._html()
                write_bytes(r.out, page.encode("utf-8"), r.force)
                self._end(True, str(r.out))
                return
            elif r.kind in ("gif", "mp4"):
                self._animate()
                return
            else:
                steps = range(len(self.tour.steps)) if r.kind == "pdf" else [self._png_step()]
                plans = tour_frames(self.tour, self.known, r.hidden_layers, transition_frames=0)
                self._steps = list(steps)
                for n in self._steps:
                    plan = plans[n]
                    s, w, nn, e = plan.bounds
                    self._jobs.append(RenderJob(self.atlas.state(plan.day), r.size, 2 if r.kind == "pdf" else r.scale,
                                                r.caption, plan.caption if r.title is None else r.title,
                                                {"bounds": [[s, w], [nn, e]]}, plan.hidden, select=plan.select,
                                                highlight=plan.highlight, annotations=plan.annotations))
        except (ExportError, ValueError, OSError) as err:
            self._end(False, str(err))
            return
        self._render_next()

    def _png_step(self) -> int:
        n = (self.request.tour_step or 1) - 1
        if n >= len(self.tour.steps):
            raise ExportError(f"the tour {self.tour.id!r} has {len(self.tour.steps)} steps, not {n + 1}")
        return n

    def _html(self) -> str:
        from viewer.export.html import build_html

        r = self.request
        events = {e["id"]: e for e in self.atlas.events}
        return build_html(self.atlas, self.tour.steps[0].date, title=r.title or self.tour.title, caption=r.caption,
                          hidden_layers=r.hidden_layers, lang=r.lang,
                          tour=tour_data(self.tour, self.known, events=events, lang=r.lang))

    def _animate(self) -> None:
        r = self.request
        frames = tour_frames(self.tour, self.known, r.hidden_layers)
        self.animation = self.follow(AnimationExport(
            self._renderer(False), self.atlas, [f.day for f in frames], r.out, r.kind, size=r.size, scale=r.scale,
            caption=r.caption, title=r.title, hidden_layers=r.hidden_layers, force=r.force, plan=frames, parent=self))
        self.animation.start()

    def _render_next(self) -> None:
        if self._cancelled:
            self._end(False, CANCELLED)
            return
        n = len(self._images)
        if n == len(self._jobs):
            self._write()
            return
        self._renderer(False).render(self._jobs[n], self._rendered)

    def _rendered(self, image: QImage | None, error: str | None) -> None:
        if self.done:
            return
        if error or image is None:
            self._end(False, error or "a map could not be rendered")
            return
        self._images.append(image)
        n = len(self._images)
        self.progress.emit(n, len(self._jobs), QCoreApplication.translate("StoryExport", "map %1/%2 %3").replace(
            "%1", str(n)).replace("%2", str(len(self._jobs))).replace("%3", self._jobs[n - 1].state["date"]))
        self._render_next()

    def _write(self) -> None:
        r = self.request
        try:
            if r.compare is not None:
                self._write_compare()
            else:
                self._write_tour()
        except (ExportError, OSError) as err:
            self._end(False, str(err))
            return
        self._end(True, str(r.out))

    def _write_tour(self) -> None:
        r = self.request
        w, h = r.size
        events = {e["id"]: e for e in self.atlas.events}
        vocabulary = vocabulary_of(self.atlas)
        cards = [_card(step_card_html(self.tour, n, events=events, lacking=step_lacks(self.tour.steps[n], vocabulary),
                                      lang=r.lang),
                       w - 2 * PAD, r.lang) for n in self._steps]
        height = tour_page_height(r.size, cards)
        if r.kind == "png":
            image = _image(w, height, r.scale)
            p = QPainter(image)
            p.scale(r.scale, r.scale)
            paint_tour_page(p, r.size, self._images[0], cards[0])
            p.end()
            save_png(image, r.out, r.force)
            return
        with atomic_output(r.out, r.force) as tmp:
            writer = _pdf_writer(tmp, w, height)
            p = QPainter(writer)
            try:
                for i, (image, card) in enumerate(zip(self._images, cards)):
                    if i:
                        writer.newPage()
                    paint_tour_page(p, r.size, image, card)
            finally:
                p.end()

    def _write_compare(self) -> None:
        r = self.request
        w, _h = r.size
        lines = describe(diff(self.atlas, r.date, r.compare), r.lang, self.atlas)
        entries = compare_key([job.state for job in self._jobs], r.hidden_layers, r.lang)
        _head, _listed, height = compare_layout(r.size, lines, entries, r.lang)
        days = (r.date.isoformat(), r.compare.isoformat())
        if r.kind == "png":
            image = _image(2 * w, height, r.scale)
            p = QPainter(image)
            p.scale(r.scale, r.scale)
            paint_compare(p, r.size, tuple(self._images), days, lines, r.title, entries, r.lang)
            p.end()
            save_png(image, r.out, r.force)
            return
        with atomic_output(r.out, r.force) as tmp:
            writer = _pdf_writer(tmp, 2 * w, height)
            p = QPainter(writer)
            try:
                paint_compare(p, r.size, tuple(self._images), days, lines, r.title, entries, r.lang)
            finally:
                p.end()
