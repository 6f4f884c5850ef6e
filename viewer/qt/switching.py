"""View › Language: the window made again in another language (the same atlas, data source, settings,
date, layers and size) around the same map page, which takes the new language in place. Apart from
``language`` (which installs a language and knows nothing of the window) and from the window (which
only asks for it, through ``languageChosen``), so neither imports the other."""

from __future__ import annotations

from viewer.qt import language
from viewer.qt.window import MainWindow


def switch_language(window, lang: str, on_switch=None):
    """Make the window again in ``lang``: the same atlas, data source, settings, date, layers and size.

    Returns the new window (shown); the old one is closed (its settings saved first, so the new one
    finds them)."""
    window.settings.setValue(language.SETTING, lang)
    window.save_settings()
    language.install(lang)
    new = MainWindow(window.atlas, window.settings, start_date=window.timeline.day, source=window.source, lang=lang,
                     high_contrast=window.high_contrast, map_view=window.map)  # the page stays: no new page, no reload
    new.restoreGeometry(window.saveGeometry())
    new.languageChosen.connect(on_switch or (lambda code: switch_language(new, code)))
    if window.isVisible():
        new.show()
    window.close()
    window.deleteLater()
    return new
