"""The exported caption in Urdu and French: mirrored in Urdu, every word in the language, drawn with a font
that has every Urdu letter (Qt shapes and orders the text)."""

import types

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QColor, QFontMetricsF, QImage, QRawFont  # noqa: E402

from viewer.qt import fonts  # noqa: E402
from viewer.qt.render.caption import _font, paint_caption  # noqa: E402

STATE = {"date": "1965-09-06", "relations": [{"status": "hostile"}, {"status": "allied"}],
         "territories": [], "alliances": [{"id": "SEATO"}, {"id": "CENTO"}], "events": [{"category": "war"}],
         "regions": []}


def job(lang):
    return types.SimpleNamespace(state=STATE, size=(1280, 720), scale=1, title=None, hidden_layers=(), lang=lang, view=None)


def painted(lang):
    image = QImage(1280, 720, QImage.Format.Format_ARGB32)
    image.fill(QColor("#cfdfe8"))
    return image, paint_caption(image, job(lang))


def test_urdu_caption_is_mirrored(qapp):
    _, english = painted("en")
    _, urdu = painted("ur")
    title_en, attribution_en, legend_en = english
    title_ur, attribution_ur, legend_ur = urdu
    assert title_en.left() < 40 and title_ur.right() > 1280 - 40  # title and date: top left, top right in Urdu
    assert attribution_en.right() >= 1279 and attribution_ur.left() <= 1  # attribution: bottom right, bottom left
    assert legend_en.left() < 40 and legend_ur.right() > 1280 - 40  # legend: bottom left, bottom right


def test_the_bundled_font_has_every_urdu_letter(qapp):
    assert fonts.URDU_FAMILY in fonts.install()
    raw = QRawFont.fromFont(_font(20, lang="ur"))
    assert raw.familyName() == fonts.URDU_FAMILY
    for letter in "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیے":
        assert raw.supportsCharacter(ord(letter)), letter


def test_urdu_date_is_shaped_by_qt(qapp):
    """Joined letters take less room than the same letters apart: Qt shaped them."""
    metrics = QFontMetricsF(_font(25, lang="ur"))
    word = "ستمبر"
    assert metrics.horizontalAdvance(word) < sum(metrics.horizontalAdvance(ch) for ch in word)


def test_captions_draw_something_in_every_language(qapp):
    for lang in ("en", "fr", "ur"):
        image, boxes = painted(lang)
        title = boxes[0]
        dark = sum(1 for x in range(title.left(), title.right(), 2) for y in range(title.top(), title.bottom(), 2)
                   if image.pixelColor(x, y).lightness() < 100)
        assert dark > 100, lang  # text was drawn in the title box
