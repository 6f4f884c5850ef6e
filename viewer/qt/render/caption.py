"""The caption of an exported image, painted with QPainter: the title and date, the legend of what the map
shows that day (``viewer.export.legend``, in as many columns as it needs) and the data attribution.

In the job's language (``job.lang``). In a right-to-left language (Urdu) the caption is mirrored: the
title and date top right, the legend bottom right with its symbols to the right of their labels, the
attribution bottom left; Qt's text layout shapes the Arabic letters and orders mixed runs ("6 ستمبر،
1965") in a right-to-left paragraph. The map itself is never mirrored."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from viewer import style
from viewer.export import legend as legend_data
from viewer.export.legend import LegendEntry
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
                p.drawLine(QPointF(x + k, cy - 5 * u), QPointF(x + k + 10 * u, cy + 5 * u))
                if entry.pattern == "grid":
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


def paint_caption(image: QImage, job) -> list[QRect]:
    """Paint the title and date, the day's legend and the attribution onto the image.

    Returns the boxes painted, in the image's pixels.
    """
    width, height = job.size
    scale = job.scale
    lang = getattr(job, "lang", "en")
    rtl = is_rtl(lang)
    u = caption_unit(job.size)

    def flip(rect: QRectF) -> QRectF:  # a box's place in a right-to-left caption
        return QRectF(width - rect.right(), rect.top(), rect.width(), rect.height()) if rtl else rect

    def text(rect: QRectF, value: str) -> None:  # text in a box laid out left to right, at its start edge
        if rtl:
            p.drawText(flip(rect), Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine, value)
        else:
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine,
                       value)

    margin = 12 * u
    boxes: list[QRectF] = []
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        if rtl:
            p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        panel = QColor(*style.CAPTION_PANEL)
        border = QColor(*style.CAPTION_BORDER)

        # title and date, top left
        title, date_text = legend_data.caption_lines(job.state["date"], job.title, lang)
        title_font, date_font = _font(14 * u, QFont.Weight.DemiBold, lang), _font(25 * u, QFont.Weight.Bold, lang)
        tm, dm = QFontMetricsF(title_font), QFontMetricsF(date_font)
        inner_w = min(width - 2 * margin - 20 * u, max(tm.horizontalAdvance(title) if title else 0,
                                                         dm.horizontalAdvance(date_text)))
        title = tm.elidedText(title, Qt.TextElideMode.ElideRight, inner_w) if title else ""
        box_h = (tm.height() + 2 * u if title else 0) + dm.height() + 12 * u
        box = QRectF(margin, margin, inner_w + 20 * u, box_h)
        p.setPen(QPen(border, 1))
        p.setBrush(panel)
        p.drawRoundedRect(flip(box), 4 * u, 4 * u)
        y = box.top() + 6 * u
        if title:
            p.setFont(title_font)
            p.setPen(QColor(style.CAPTION_TITLE))
            text(QRectF(box.left() + 10 * u, y, inner_w + 1, tm.height()), title)
            y += tm.height() + 2 * u
        p.setFont(date_font)
        p.setPen(QColor(style.CAPTION_DATE))
        text(QRectF(box.left() + 10 * u, y, inner_w + 1, dm.height()), date_text)
        boxes.append(flip(box))

        # attribution, bottom right
        small = _font(10 * u, lang=lang)
        sm = QFontMetricsF(small)
        words = legend_data.attribution(lang)
        text_w = min(sm.horizontalAdvance(words), width - 12 * u)
        words = sm.elidedText(words, Qt.TextElideMode.ElideRight, text_w)
        attribution = QRectF(width - text_w - 12 * u, height - sm.height() - 4 * u, text_w + 12 * u,
                             sm.height() + 4 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(*style.ATTRIBUTION_PANEL))
        attribution = flip(attribution)  # bottom right, or bottom left in a right-to-left caption
        p.drawRect(attribution)
        p.setFont(small)
        p.setPen(QColor(style.CAPTION_TEXT))
        p.drawText(QRectF(attribution.left() + 6 * u, attribution.top() + 2 * u, text_w + 1, sm.height()),
                   Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, words)
        boxes.append(attribution)

        # the legend of what the map shows, bottom left, in as many columns as it needs
        sections = legend_data.legend_sections(job.state, job.hidden_layers, lang)
        if sections:
            head_font, row_font = _font(11 * u, QFont.Weight.Bold, lang), _font(11 * u, lang=lang)
            hm, rm = QFontMetricsF(head_font), QFontMetricsF(row_font)
            row_h, head_h, symbol_w, pad = max(rm.height(), 13 * u) + 1 * u, hm.height() + 3 * u, 32 * u, 8 * u
            limit = max(row_h * 4, height - box.bottom() - margin * 2 - 2 * pad)
            columns: list[list[tuple[str, object]]] = [[]]
            used = 0.0
            for head, entries in sections:
                items = [("head", head)] + [("row", e) for e in entries]
                for i, item in enumerate(items):
                    need = head_h if item[0] == "head" else row_h
                    if item[0] == "head" and i + 1 < len(items):
                        need += row_h  # a heading never ends a column
                    if columns[-1] and used + need > limit:
                        columns.append([])
                        used = 0.0
                    columns[-1].append(item)
                    used += head_h if item[0] == "head" else row_h
            widths, heights = [], []
            for col in columns:
                widths.append(max(hm.horizontalAdvance(v) if k == "head" else symbol_w + rm.horizontalAdvance(v.label)
                                  for k, v in col))
                heights.append(sum(head_h if k == "head" else row_h for k, _ in col))
            gap = 14 * u
            legend = QRectF(margin, 0, sum(widths) + gap * (len(columns) - 1) + 2 * pad, max(heights) + 2 * pad)
            legend.moveBottom(height - margin)
            p.setPen(QPen(border, 1))
            p.setBrush(panel)
            p.drawRoundedRect(flip(legend), 4 * u, 4 * u)
            x = legend.left() + pad
            for col, col_w in zip(columns, widths):
                y = legend.top() + pad
                for kind, value in col:
                    if kind == "head":
                        p.setFont(head_font)
                        p.setPen(QColor(style.LEGEND_HEADING))
                        text(QRectF(x, y + 1 * u, col_w + 1, hm.height()), value)
                        y += head_h
                    else:
                        cy = y + row_h / 2
                        if rtl:  # the symbol mirrored into its place at the row's right
                            p.save()
                            p.translate(width, 0)
                            p.scale(-1, 1)
                            _draw_entry(p, value, x, cy, u)
                            p.restore()
                        else:
                            _draw_entry(p, value, x, cy, u)
                        p.setFont(row_font)
                        p.setPen(QColor(style.LEGEND_TEXT))
                        text(QRectF(x + symbol_w, cy - rm.height() / 2, col_w - symbol_w + 1, rm.height()), value.label)
                        y += row_h
                x += col_w + gap
            boxes.append(flip(legend))
    finally:
        p.end()
    return [QRectF((b.left() - 1) * scale, (b.top() - 1) * scale, (b.width() + 2) * scale,
                   (b.height() + 2) * scale).toAlignedRect().intersected(image.rect()) for b in boxes]  # with borders


