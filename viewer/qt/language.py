"""The window's language: Qt's translations of its text, its direction, and choosing and switching.

The window's own text is translated the Qt way: every string goes through ``tr()`` or
``QCoreApplication.translate``; ``pyside6-lupdate`` collects them into ``resources/i18n/pakatlas_LANG.ts``
(what a translator edits, in Qt Linguist or any text editor) and ``pyside6-lrelease`` compiles those
into the ``.qm`` files loaded here (``python tools/update_translations.py`` runs both). Qt's own
strings (the buttons of message boxes, the file dialog) come from Qt's ``qtbase_LANG.qm`` where the
Qt installation has one.

The language is, first to last: ``--lang``, the one chosen in View › Language (kept in the settings
as ``language``), the system's (``QLocale.system()``) if the atlas speaks it, else English. In a
right-to-left language (Urdu) the whole window is mirrored (``QApplication.setLayoutDirection``);
the map is not (north stays up and east right), and the timeline runs right to left with the
window (see ``viewer.qt.timeline``).

Choosing another language in View › Language switches at once: the window is made again in the new
language, with the same data, date, layers and size (``viewer.qt.switching.switch_language``); nothing is lost, and
every text, the menus, the map page and the panel are in the new language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

from viewer.i18n.languages import DEFAULT, LANGUAGES, NATIVE_NAMES, is_rtl, resolve
from viewer.page.assets import RESOURCES_DIR
from viewer.qt import fonts

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = RESOURCES_DIR / "i18n"
CATALOGUE = "pakatlas"
"""``resources/i18n/pakatlas_fr.ts`` / ``.qm``: the window's translations."""
SETTING = "language"

_installed: list[QTranslator] = []
_current = DEFAULT


def qm_path(lang: str):
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.qm"


def choose(requested: str | None, settings: QSettings | None = None, system: str | None = None) -> str:
    """The window's language: ``requested`` (``--lang``), else the settings', else the system's, else English.

    ValueError (one line) for an unknown requested language; an unknown saved or system one is English."""
    if requested is not None:
        return resolve(requested, "")
    saved = settings.value(SETTING, "", str) if settings is not None else ""
    if saved in LANGUAGES:
        return saved
    return resolve(None, system if system is not None else QLocale.system().name())


def current() -> str:
    """The language installed last (``install``)."""
    return _current


def install(lang: str, app: QCoreApplication | None = None) -> bool:
    """Load the window's translations for ``lang`` (and Qt's own), in place of any before, and set the
    application's direction and font. English needs no file. False if the ``.qm`` is missing."""
    global _current
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = True
    if lang != DEFAULT:
        ours = QTranslator(app)
        found = ours.load(str(qm_path(lang)))
        if found:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation of the window for %s (%s)", lang, qm_path(lang))
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        font = QFont(app.font())
        font.setFamilies(fonts.families(lang))
        app.setFont(font)
    return found


def menu_entries() -> list[tuple[str, str]]:
    """(code, how the language names itself) for View › Language: each language in its own words."""
    return [(lang, NATIVE_NAMES[lang]) for lang in LANGUAGES]


# Qt's own buttons (QMessageBox, QDialogButtonBox) ask QPlatformTheme for their text; Qt ships no Urdu for
# them, so the atlas's catalogue carries these (found by lupdate here, translated with the rest).
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
