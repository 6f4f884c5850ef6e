"""The fonts the atlas ships (``resources/fonts``): Noto Naskh Arabic, which has every Urdu letter.

Few systems have a font with all of Urdu's letters (ے and ہ are missing from DejaVu Sans, for
one); without one, Urdu menus and captions would show empty boxes. ``install()`` adds the bundled
font to Qt's font database once; ``families(lang)`` is the list of families to ask for text in a
language (Qt falls back along it, glyph by glyph).
"""

from __future__ import annotations

from functools import cache

from viewer.page.assets import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
URDU_FAMILY = "Noto Naskh Arabic"
LATIN_FAMILY = "DejaVu Sans"


@cache
def install() -> tuple[str, ...]:
    """Add the bundled fonts to Qt's font database (needs a QGuiApplication); the families added."""
    from PySide6.QtGui import QFontDatabase

    added: list[str] = []
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            added += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(added))


def families(lang: str) -> list[str]:
    """Families for text in ``lang``, best first: the Urdu font leads for Urdu, and follows otherwise (so a
    name in Urdu letters still shows in an English window)."""
    install()
    return [URDU_FAMILY, LATIN_FAMILY] if lang == "ur" else [LATIN_FAMILY, URDU_FAMILY]
