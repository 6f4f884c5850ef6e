"""Starting the window: environment, URL scheme, data, and the Qt event loop."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path


def prepare_environment() -> None:
    """Qt WebEngine's sandbox cannot run as root; switch it off only then."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def make_application(argv: list[str] | None = None):
    """The QApplication, created once, with the atlas's URL scheme registered before it."""
    prepare_environment()
    from PySide6.QtWidgets import QApplication

    from viewer.qt.mapview import register_scheme

    app = QApplication.instance()
    if app is None:
        register_scheme()
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setOrganizationName("PakistanAtlas")
        app.setApplicationName("pakatlas")
        app.setApplicationDisplayName("Pakistan Diplomatic Atlas")
    return app


def load_atlas(data_dir: Path | None):
    """The atlas from the user's folder, or the bundled data and the reason when that folder cannot be used."""
    from viewer.core.atlas import Atlas
    from viewer.core.problems import DataError

    if data_dir is None:
        return Atlas.load(), None
    try:
        return Atlas.load(data_dir), None
    except DataError as err:
        return Atlas.load(), f"Could not open {data_dir}: {err}. Showing the bundled data instead."


def run_app(data_dir: Path | None = None, start_date: dt.date | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    from viewer.qt.window import MainWindow

    atlas, problem = load_atlas(data_dir)
    window = MainWindow(atlas, start_date=start_date)
    sys.excepthook = window.report_exception
    if problem:
        window.show_error(problem)
    window.show()
    return app.exec()
