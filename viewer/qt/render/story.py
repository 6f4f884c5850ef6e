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

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from viewer import style
from viewer.core.diff import describe, diff
from viewer.core.tourfile import step_lacks
from viewer.core.tours import vocabulary_of
from viewer.export import legend
from viewer.export.files import ExportError, atomic_output, write_bytes
from viewer.export.request import ExportRequest
from viewer.export.tour import step_card_html, tour_data, tour_frames
from viewer.page.layers import known_ids
from viewer.qt.render.renderer import Renderer, RenderJob, save_png

CARD_FONT_PX = 15
PAD = 24


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def _card(html: str, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font(CARD_FONT_PX))
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


def _wrapped(lines: list[str], width: float) -> list[float]:
    """The height of each line of differences, wrapped at ``width``."""
    fm = QFontMetricsF(_font(LINE_FONT_PX))
    flags = int(Qt.TextFlag.TextWordWrap)
    return [fm.boundingRect(QRectF(0, 0, width, 10_000), flags, "• " + line).height() + LINE_GAP for line in lines]


def _columns(lines: list[str], size: tuple[int, int]) -> tuple[int, float, list[float]]:
    """How many columns the differences take (two when there are many), their width and each line's height."""
    w = size[0]
    columns = 2 if len(lines) > 6 else 1
    col_w = (2 * w - 2 * PAD) / columns - (PAD if columns > 1 else 0)
    return columns, col_w, _wrapped(lines, col_w)


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


def compare_layout(size: tuple[int, int], lines: list[str]) -> tuple[float, float, float]:
    """(caption height, height of the key and the list of differences, page height) of a comparison."""
    head = 44.0
    columns, _col_w, heights = _columns(lines, size)
    first = _split(heights, columns)
    listed = max(sum(heights[:first]), sum(heights[first:]))
    below = KEY_H + PAD + 24 + listed + PAD + 14
    return head, below, head + size[1] + below


KEY_H = 30.0


def _paint_key(p: QPainter, x: float, y: float) -> None:
    """The colours of the relations, in one row."""
    entries = [(style.LEGEND_LABELS["pakistan"], style.PAKISTAN_FILL)]
    entries += [(style.STATUS_LABELS[k], colour) for k, colour in style.STATUS_COLOURS.items()]
    entries.append((style.LEGEND_LABELS["no_relation"], style.LAND_COLOUR))
    font = _font(13)
    fm = QFontMetricsF(font)
    p.setFont(font)
    for label, colour in entries:
        p.setPen(QPen(QColor(style.SWATCH_BORDER), 1))
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(x, y + 9, 18, 12))
        p.setPen(QColor(style.LEGEND_TEXT))
        p.drawText(QPointF(x + 24, y + 9 + 6 - fm.height() / 2 + fm.ascent()), label)
        x += 24 + fm.horizontalAdvance(label) + 18


def paint_compare(p: QPainter, size: tuple[int, int], images: tuple[QImage, QImage], days: tuple[str, str],
                  lines: list[str], title: str | None) -> None:
    """Two maps side by side under one caption, each with its date; the colours of the relations and the
    differences below (``p`` in CSS pixels)."""
    w, h = size
    head, _below, total = compare_layout(size, lines)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    heading, _ = legend.caption_lines(days[0], title)
    p.setPen(QColor(style.CAPTION_TITLE))
    p.setFont(_font(20, bold=True))
    p.drawText(QRectF(PAD, 0, 2 * w - 2 * PAD, head), Qt.AlignmentFlag.AlignVCenter,
               f"{heading}: {legend.long_date(days[0])} and {legend.long_date(days[1])}")
    date_font = _font(22, bold=True)
    dm = QFontMetricsF(date_font)
    for n, (image, day) in enumerate(zip(images, days)):
        x = n * w
        p.drawImage(QRectF(x, head, w, h), image)
        text = legend.long_date(day)
        box = QRectF(x + 12, head + 12, dm.horizontalAdvance(text) + 20, dm.height() + 10)
        p.setPen(QPen(QColor(*style.CAPTION_BORDER), 1))
        p.setBrush(QColor(*style.CAPTION_PANEL))
        p.drawRoundedRect(box, 4, 4)
        p.setFont(date_font)
        p.setPen(QColor(style.CAPTION_DATE))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.setPen(QPen(QColor("white"), 3))
    p.drawLine(QPointF(w, head), QPointF(w, head + h))
    _paint_key(p, PAD, head + h + 6)
    y = head + h + KEY_H + PAD
    p.setPen(QColor(style.CAPTION_TITLE))
    p.setFont(_font(16, bold=True))
    p.drawText(QPointF(PAD, y), f"What changed from {legend.long_date(days[0])} to {legend.long_date(days[1])}")
    y += 12
    columns, col_w, heights = _columns(lines, size)
    first = _split(heights, columns)
    p.setFont(_font(LINE_FONT_PX))
    p.setPen(QColor(style.CAPTION_TEXT))
    flags = int(Qt.TextFlag.TextWordWrap)
    for col, (part, part_h) in enumerate(((lines[:first], heights[:first]), (lines[first:], heights[first:]))):
        x, row_y = PAD + col * (col_w + 2 * PAD), y
        for line, line_h in zip(part, part_h):
            p.drawText(QRectF(x, row_y, col_w, line_h), flags, "• " + line)
            row_y += line_h
    p.setFont(_font(11))
    p.drawText(QRectF(0, 0, 2 * w - 8, total - 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
               legend.ATTRIBUTION)


# -- the exports --------------------------------------------------------------------------------


class StoryExport(QObject):
    """Runs a validated tour or comparison request. Signals ``progress(done, total, text)``, ``finished(ok, message)``.

    ``tour`` is the ``viewer.core.tours.Tour`` of ``request.tour``; ``renderer(vector)`` gives the off-screen
    renderer (only raster ones are asked for).
    """

    progress = Signal(int, int, str)
    finished = Signal(bool, str)

    def __init__(self, request: ExportRequest, atlas, renderer: Callable[[bool], Renderer], tour=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.request, self.atlas, self._renderer, self.tour = request, atlas, renderer, tour
        self.done = False
        self._cancelled = False
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

    def cancel(self) -> None:
        self._cancelled = True
        if self.animation is not None:
            self.animation.cancel()

    def start(self) -> None:
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
                                                annotations=plan.annotations))
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
                          hidden_layers=r.hidden_layers, tour=tour_data(self.tour, self.known, events=events))

    def _animate(self) -> None:
        from viewer.qt.render.runner import AnimationExport

        r = self.request
        frames = tour_frames(self.tour, self.known, r.hidden_layers)
        self.animation = AnimationExport(self._renderer(False), self.atlas, [f.day for f in frames], r.out, r.kind,
                                         size=r.size, scale=r.scale, caption=r.caption, title=r.title,
                                         hidden_layers=r.hidden_layers, force=r.force, plan=frames, parent=self)
        self.animation.progress.connect(self.progress)
        self.animation.finished.connect(self._end)
        self.animation.start()

    def _render_next(self) -> None:
        if self._cancelled:
            self._end(False, "cancelled")
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
        self.progress.emit(n, len(self._jobs), f"map {n}/{len(self._jobs)} {self._jobs[n - 1].state['date']}")
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
        cards = [_card(step_card_html(self.tour, n, events=events, lacking=step_lacks(self.tour.steps[n], vocabulary)),
                       w - 2 * PAD) for n in self._steps]
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
        lines = describe(diff(self.atlas, r.date, r.compare))
        _head, _listed, height = compare_layout(r.size, lines)
        days = (r.date.isoformat(), r.compare.isoformat())
        if r.kind == "png":
            image = _image(2 * w, height, r.scale)
            p = QPainter(image)
            p.scale(r.scale, r.scale)
            paint_compare(p, r.size, tuple(self._images), days, lines, r.title)
            p.end()
            save_png(image, r.out, r.force)
            return
        with atomic_output(r.out, r.force) as tmp:
            writer = _pdf_writer(tmp, 2 * w, height)
            p = QPainter(writer)
            try:
                paint_compare(p, r.size, tuple(self._images), days, lines, r.title)
            finally:
                p.end()

    def _end(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done = True
        self.finished.emit(ok, message)
