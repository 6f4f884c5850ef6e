"""The caption of an exported image, painted with QPainter: the title and date, the legend of what the map
shows that day (``viewer.export.legend``, in as many columns as it needs) and the data attribution, each
in the free corner of the map where it hides the least (``viewer.export.placement``).

In the job's language (``job.lang``). In a right-to-left language (Urdu) the caption is mirrored: the
title and date top right by preference, the legend's symbols to the right of their labels, the
attribution bottom left; Qt's text layout shapes the Arabic letters and orders mixed runs ("6 ستمبر،
1965") in a right-to-left paragraph. The map itself is never mirrored."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from viewer import style
from viewer.export import legend as legend_data
from viewer.export.legend import LegendEntry
from viewer.export.placement import Busy, Rect, choose
from viewer.i18n.languages import is_rtl
from viewer.qt import fonts


def _font(px: float, weight: QFont.Weight = QFont.Weight.Normal, lang: str = "en") -> QFont:
    font = QFont()
    font.setFamilies(fonts.families(lang))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(px)))
    font.setWeight(weight)
    return font


def _dashes(dash: str, weight: float) -> list[float]:
    values = [float(v) for v in str(dash or "").replace(",", " ").split() if v]
    if not values:
        return []
    if len(values) % 2:
        values *= 2
    return [max(0.1, v / max(weight, 0.1)) for v in values]  # Qt's dashes are in pen widths


def _burst(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(24):
        radius = r if i % 2 == 0 else r * 0.48
        a = math.pi * i / 12 - math.pi / 2
        points.append(QPointF(cx + radius * math.cos(a), cy + radius * math.sin(a)))
    return QPolygonF(points)


def _draw_entry(p: QPainter, entry: LegendEntry, x: float, cy: float, u: float) -> None:
    p.save()
    if entry.kind == "swatch":
        p.setPen(QPen(QColor(entry.stroke or style.SWATCH_BORDER), max(1.0, u)))
        p.setBrush(QColor(entry.fill))
        rect = QRectF(x, cy - 5 * u, 14 * u, 10 * u)
        p.drawRect(rect)
        if entry.pattern:  # hostile, sanctions: the map's stripes (and cross-hatching) over the colour
            p.setClipRect(rect)
            p.setPen(QPen(QColor(entry.ink), 1.1 * u))
            k = -rect.height()
            while k < rect.width():
                if entry.pattern != "back":
                    p.drawLine(QPointF(x + k, cy - 5 * u), QPointF(x + k + 10 * u, cy + 5 * u))
                if entry.pattern in ("grid", "back"):
                    p.drawLine(QPointF(x + k, cy + 5 * u), QPointF(x + k + 10 * u, cy - 5 * u))
                k += 3.5 * u
            p.setClipping(False)
    elif entry.kind == "hatch":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(style.HATCH_GROUND))
        rect = QRectF(x, cy - 5 * u, 14 * u, 10 * u)
        p.drawRect(rect)
        p.setClipRect(rect)
        p.setPen(QPen(QColor(entry.fill), 2 * u))
        step = 4 * u
        k = -rect.height()
        while k < rect.width():
            p.drawLine(QPointF(x + k, cy + 5 * u), QPointF(x + k + 10 * u, cy - 5 * u))
            k += step
        p.setClipping(False)
        p.setPen(QPen(QColor(entry.stroke), 1.6 * u))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
    elif entry.kind == "line":
        pen = QPen(QColor(entry.stroke), entry.weight * u)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pattern = _dashes(entry.dash, entry.weight)
        if pattern:
            pen.setDashPattern(pattern)
        p.setPen(pen)
        p.drawLine(QPointF(x, cy), QPointF(x + 26 * u, cy))
    elif entry.kind == "dot":
        if entry.faded:
            p.setOpacity(style.RECENT_OPACITY)
        p.setPen(QPen(QColor(*style.DOT_RIM), 0.8 * u))
        p.setBrush(QColor(style.DOT_STROKE))
        p.drawEllipse(QPointF(x + 7 * u, cy), 5.6 * u, 5.6 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(entry.fill))
        p.drawEllipse(QPointF(x + 7 * u, cy), 4 * u, 4 * u)
    elif entry.kind == "burst":
        p.setPen(QPen(QColor(style.BURST_STROKE), 0.9 * u))
        p.setBrush(QColor(entry.fill))
        p.drawPolygon(_burst(x + 7 * u, cy, 7.5 * u))
        p.setBrush(QColor(style.BURST_CORE))
        p.drawEllipse(QPointF(x + 7 * u, cy), 2 * u, 2 * u)
    p.restore()


def caption_unit(size: tuple[int, int]) -> float:
    """The caption's size unit (1 at 1280×720): text and symbols grow with the image, within bounds."""
    return min(2.0, max(0.7, min(size[0], size[1]) / 720))


def _rgb(image: QImage) -> np.ndarray:
    """The picture's pixels as an (H, W, 3) array (channel order as Qt keeps them: it does not matter here)."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h, line = img.width(), img.height(), img.bytesPerLine()
    return np.frombuffer(img.constBits(), np.uint8, count=line * h).reshape(h, line // 4, 4)[:, :w, :3].copy()


@dataclass
class _Caption:
    """What every step of painting a caption shares: the painter, the size in layout units, the language."""

    p: QPainter
    width: float
    height: float
    u: float
    lang: str
    rtl: bool
    busy: Busy

    @property
    def margin(self) -> float:
        return 12 * self.u

    def text(self, rect: QRectF, value: str) -> None:
        """One line of text in a box, at its start edge (the right one in a right-to-left language)."""
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        self.p.drawText(rect, Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextSingleLine, value)

    def panel(self, rect: QRectF) -> None:
        self.p.setPen(QPen(QColor(*style.CAPTION_BORDER), 1))
        self.p.setBrush(QColor(*style.CAPTION_PANEL))
        self.p.drawRoundedRect(rect, 4 * self.u, 4 * self.u)

    def corners(self, w: float, h: float, top: bool) -> list[QRectF]:
        """A box of w×h in the top (or bottom) corners: the start side first (the left, or the right in a
        right-to-left language), then the other."""
        m = self.margin
        y = m if top else self.height - m - h
        start, end = QRectF(m, y, w, h), QRectF(self.width - m - w, y, w, h)
        return [end, start] if self.rtl else [start, end]

    def place(self, options: list[QRectF], avoid: list[QRectF]) -> QRectF | None:
        """Of the places offered, the one that hides the least of the map (the first on a near tie)."""
        chosen = choose(self.busy, [_rect(o) for o in options], [_rect(a) for a in avoid], (self.width, self.height))
        return None if chosen is None else options[chosen]


def _rect(r: QRectF) -> Rect:
    return Rect(r.left(), r.top(), r.width(), r.height())


def _paint_title(c: _Caption, job, avoid: list[QRectF]) -> QRectF:
    """The title and the date, in the top corner that hides the least of the map."""
    u = c.u
    title, date_text = legend_data.caption_lines(job.state["date"], job.title, c.lang)
    title_font, date_font = _font(14 * u, QFont.Weight.DemiBold, c.lang), _font(25 * u, QFont.Weight.Bold, c.lang)
    tm, dm = QFontMetricsF(title_font), QFontMetricsF(date_font)
    inner_w = min(c.width - 2 * c.margin - 20 * u, max(tm.horizontalAdvance(title) if title else 0,
                                                       dm.horizontalAdvance(date_text)))
    title = tm.elidedText(title, Qt.TextElideMode.ElideRight, inner_w) if title else ""
    box_h = (tm.height() + 2 * u if title else 0) + dm.height() + 12 * u
    options = c.corners(inner_w + 20 * u, box_h, top=True)
    box = c.place(options, avoid) or options[0]
    c.panel(box)
    y = box.top() + 6 * u
    if title:
        c.p.setFont(title_font)
        c.p.setPen(QColor(style.CAPTION_TITLE))
        c.text(QRectF(box.left() + 10 * u, y, inner_w + 1, tm.height()), title)
        y += tm.height() + 2 * u
    c.p.setFont(date_font)
    c.p.setPen(QColor(style.CAPTION_DATE))
    c.text(QRectF(box.left() + 10 * u, y, inner_w + 1, dm.height()), date_text)
    return box


def _paint_attribution(c: _Caption, job=None) -> QRectF:
    """The data's attribution and the line saying how to cite the map (the atlas, its version, the view's
    link), small, in the bottom end corner (bottom left in a right-to-left language)."""
    u = c.u
    small = _font(10 * u, lang=c.lang)
    sm = QFontMetricsF(small)
    lines = [legend_data.attribution(c.lang)]
    if job is not None and job.state.get("date"):
        lines.append(legend_data.cite_as(job.state["date"], job.view, job.hidden_layers, c.lang,
                                         job.state.get("display")))
    text_w = min(max(sm.horizontalAdvance(line) for line in lines), c.width - 12 * u)
    lines = [sm.elidedText(line, Qt.TextElideMode.ElideRight, text_w) for line in lines]
    height = sm.height() * len(lines) + 4 * u
    box = QRectF(c.width - text_w - 12 * u, c.height - height, text_w + 12 * u, height)
    if c.rtl:
        box.moveLeft(0)
    c.p.setPen(Qt.PenStyle.NoPen)
    c.p.setBrush(QColor(*style.ATTRIBUTION_PANEL))
    c.p.drawRect(box)
    c.p.setFont(small)
    c.p.setPen(QColor(style.CAPTION_TEXT))
    for n, line in enumerate(lines):
        c.p.drawText(QRectF(box.left() + 6 * u, box.top() + 2 * u + n * sm.height(), text_w + 1, sm.height()),
                     Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
    return box


@dataclass
class _LegendLayout:
    columns: list  # [[("head", text) | ("row", LegendEntry) | ("note", [lines])], ...]
    widths: list[float]
    heights: list[float]
    size: tuple[float, float]  # with its padding


class _LegendMetrics:
    def __init__(self, c: _Caption):
        u = c.u
        self.head_font, self.row_font = _font(11 * u, QFont.Weight.Bold, c.lang), _font(11 * u, lang=c.lang)
        self.hm, self.rm = QFontMetricsF(self.head_font), QFontMetricsF(self.row_font)
        self.row_h, self.head_h = max(self.rm.height(), 13 * u) + 1 * u, self.hm.height() + 3 * u
        self.symbol_w, self.pad, self.gap = 32 * u, 8 * u, 14 * u
        self.note_w, self.u = 330 * u, u  # a note (the disputed lines of the day) wraps at note_w, a little smaller
        self.note_font = _font(10 * u, lang=c.lang)
        self.nm = QFontMetricsF(self.note_font)

    def wrap(self, text: str) -> list[str]:
        """A note's lines: its words, as many to a line as fit ``note_w``."""
        lines: list[str] = []
        for word in text.split():
            if lines and self.nm.horizontalAdvance(lines[-1] + " " + word) <= self.note_w:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines or [""]

    def height(self, kind: str, value) -> float:
        return self.head_h if kind == "head" else self.nm.height() * len(value) + 2 * self.u if kind == "note" \
            else self.row_h

    def width(self, kind: str, value) -> float:
        if kind == "head":
            return self.hm.horizontalAdvance(value)
        if kind == "note":
            return max(self.nm.horizontalAdvance(line) for line in value)
        return self.symbol_w + self.rm.horizontalAdvance(value.label)

    def layout(self, sections, limit: float) -> _LegendLayout:
        """The legend in columns no taller than ``limit`` (a heading never ends a column)."""
        columns: list[list[tuple[str, object]]] = [[]]
        used = 0.0
        for head, entries in sections:
            items = [("head", head)] + [("note", self.wrap(e.label)) if e.kind == "note" else ("row", e)
                                        for e in entries]
            for i, item in enumerate(items):
                need = self.height(*item)
                if item[0] == "head" and i + 1 < len(items):
                    need += self.height(*items[i + 1])
                if columns[-1] and used + need > limit:
                    columns.append([])
                    used = 0.0
                columns[-1].append(item)
                used += self.height(*item)
        widths = [max(self.width(k, v) for k, v in col) for col in columns]
        heights = [sum(self.height(k, v) for k, v in col) for col in columns]
        size = (sum(widths) + self.gap * (len(columns) - 1) + 2 * self.pad, max(heights) + 2 * self.pad)
        return _LegendLayout(columns, widths, heights, size)


def _paint_legend(c: _Caption, job, avoid: list[QRectF]) -> QRectF | None:
    """The legend of what the map shows, in the corner and the number of columns that hide the least of
    the map: tall and narrow, or short and wide; bottom corners first, then the top ones clear of the title."""
    sections = legend_data.legend_sections(job.state, job.hidden_layers, c.lang,
                                           disputed_lines=getattr(job, "disputed_lines", ()))
    if not sections:
        return None
    m = _LegendMetrics(c)
    room = c.height - 2 * c.margin
    layouts, seen = [], set()
    for share in (1.0, 0.62, 0.42, 0.3):
        layout = m.layout(sections, max(m.row_h * 4, room * share - 2 * m.pad))
        if len(layout.columns) not in seen and layout.size[1] <= room:
            seen.add(len(layout.columns))
            layouts.append(layout)
    layouts = layouts or [m.layout(sections, max(m.row_h * 4, room - 2 * m.pad))]
    options, owners = [], []
    for top in (False, True):
        for layout in layouts:
            for rect in c.corners(*layout.size, top=top):
                for other in avoid:  # in the attribution's corner: just above it
                    if not top and rect.intersects(other):
                        rect = rect.translated(0, other.top() - 4 * c.u - rect.bottom())
                options.append(rect)
                owners.append(layout)
    box = c.place(options, avoid)
    if box is None:  # no corner is clear of the title and the attribution: the first offered
        box = options[0]
    layout = owners[options.index(box)]
    c.panel(box)
    mirror = box.left() + box.right()  # a right-to-left legend: the left-to-right one mirrored in its box
    x = box.left() + m.pad
    for col, col_w in zip(layout.columns, layout.widths):
        y = box.top() + m.pad
        for kind, value in col:
            if kind == "head":
                c.p.setFont(m.head_font)
                c.p.setPen(QColor(style.LEGEND_HEADING))
                rect = QRectF(x, y + 1 * c.u, col_w + 1, m.hm.height())
                c.text(QRectF(mirror - rect.right(), rect.top(), rect.width(), rect.height()) if c.rtl else rect, value)
                y += m.head_h
                continue
            if kind == "note":  # text only, on as many lines as it takes
                c.p.setFont(m.note_font)
                c.p.setPen(QColor(style.LEGEND_TEXT))
                for line in value:
                    rect = QRectF(x, y + 1 * c.u, col_w + 1, m.nm.height())
                    c.text(QRectF(mirror - rect.right(), rect.top(), rect.width(), rect.height()) if c.rtl else rect, line)
                    y += m.nm.height()
                y += 2 * c.u
                continue
            cy = y + m.row_h / 2
            if c.rtl:  # the symbol mirrored into its place at the row's right
                c.p.save()
                c.p.translate(mirror, 0)
                c.p.scale(-1, 1)
                _draw_entry(c.p, value, x, cy, c.u)
                c.p.restore()
            else:
                _draw_entry(c.p, value, x, cy, c.u)
            c.p.setFont(m.row_font)
            c.p.setPen(QColor(style.LEGEND_TEXT))
            rect = QRectF(x + m.symbol_w, cy - m.rm.height() / 2, col_w - m.symbol_w + 1, m.rm.height())
            c.text(QRectF(mirror - rect.right(), rect.top(), rect.width(), rect.height()) if c.rtl else rect, value.label)
            y += m.row_h
        x += col_w + m.gap
    return box


def paint_caption(image: QImage, job) -> list[QRect]:
    """Paint the title and date, the day's legend and the attribution onto the image, each where it hides
    the least of the map (``viewer.export.placement``): the attribution in its corner, then the title in a
    top corner, then the legend in the corner and the shape that cover the fewest coloured places,
    markers and names.

    Returns the boxes painted (title, attribution, legend), in the image's pixels.
    """
    width, height = job.size
    scale = job.scale
    lang = getattr(job, "lang", "en")
    busy = Busy(_rgb(image), scale)
    p = QPainter(image)
    boxes: list[QRectF] = []
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        c = _Caption(p, width, height, caption_unit(job.size), lang, is_rtl(lang), busy)
        if c.rtl:
            p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        attribution = _paint_attribution(c, job)
        boxes += [_paint_title(c, job, [attribution]), attribution]  # in this order: title, attribution, legend
        legend = _paint_legend(c, job, list(boxes))
        if legend is not None:
            boxes.append(legend)
    finally:
        p.end()
    return [QRectF((b.left() - 1) * scale, (b.top() - 1) * scale, (b.width() + 2) * scale,
                   (b.height() + 2) * scale).toAlignedRect().intersected(image.rect()) for b in boxes]  # with borders
