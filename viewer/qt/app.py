"""Starting the window: environment, URL scheme, data, and the Qt event loop."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path


HEADLESS_PLATFORMS = ("offscreen", "minimal")


def prepare_environment() -> None:
    """Qt WebEngine's sandbox cannot run as root; switch it off only then.

    Without a screen (the offscreen platform of tests, exports and benchmarks) there is
    no GPU: Qt Quick, which composites the web view, is told to draw in software from
    the start instead of loading Mesa's GL (about 50 MB) only to find no context.
    """
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def make_application(argv: list[str] | None = None):
    """The QApplication, created once, with the atlas's URL scheme registered before it."""
    prepare_environment()
    from PySide6.QtWidgets import QApplication

    from viewer.qt.webengine.scheme import register_scheme

    app = QApplication.instance()
    if app is None:
        register_scheme()
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setOrganizationName("PakistanAtlas")
        app.setApplicationName("pakatlas")
        app.setApplicationDisplayName("Pakistan Diplomatic Atlas")
    return app


def run_app(data_dir: Path | None = None, start_date: dt.date | None = None, files: list[Path] | None = None,
            replace: bool = False, link=None) -> int:
    """The window, on ``start_date`` and on a ``viewer.core.viewlink.ViewLink`` (view and layers) if given."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    from viewer.core.atlas import Atlas
    from viewer.qt.datasource import DataSource
    from viewer.qt.window import MainWindow

    window = MainWindow(Atlas.load(), start_date=start_date, source=DataSource(data_dir, files, replace))
    sys.excepthook = window.report_exception
    if link is not None:
        window.story.apply_link(link)
    if data_dir or files:
        window.source.reload()  # the user's data replaces the bundled data once it has loaded and validated
    window.show()
    code = app.exec()
    window.deleteLater()  # the web page goes before its profile
    app.processEvents()
    return code
