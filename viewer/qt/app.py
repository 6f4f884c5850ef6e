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


NO_DISPLAY = ("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open; "
              "'pakatlas export ...' and 'pakatlas state ...' work without one")


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, in one line, or None: on Linux and the BSDs, a window needs an X or
    Wayland display, or a Qt platform chosen on purpose (``QT_QPA_PLATFORM``, e.g. ``offscreen``). Decided
    before Qt is loaded, which would otherwise abort with a message about a missing xcb library."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


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
            replace: bool = False, lang: str | None = None, link=None, tour_file: Path | None = None) -> int:
    """The window, in ``lang`` (``--lang``; else View › Language's choice, else the system's language), on
    ``start_date`` and on a ``viewer.core.viewlink.ViewLink`` (view and layers) if given; ``tour_file``
    plays a tour from a file (``pakatlas open FILE.toml``)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    from PySide6.QtCore import QSettings

    from viewer.qt import language, switching
    from viewer.qt.datasource import DataSource

    settings = usable_settings(QSettings())
    chosen = language.choose(lang, settings)
    language.install(chosen)
    window = open_window(settings, lang=chosen, start_date=start_date, source=DataSource(data_dir, files, replace))
    shown = [window]  # the window now: View › Language makes it again in another language

    def switch(code: str) -> None:
        shown[0] = switching.switch_language(shown[0], code, on_switch=switch)

    def report(*exc) -> None:
        shown[0].report_exception(*exc)

    window.languageChosen.connect(switch)
    sys.excepthook = report
    if link is not None:
        window.story.apply_link(link)
    if tour_file is not None:
        window.story.open_tour_file(tour_file)
    if data_dir or files:
        window.source.reload()  # the user's data replaces the bundled data once it has loaded and validated
    if os.environ.get("PAKATLAS_QUIT_WHEN_SHOWN"):  # the benchmark of the installed application's start
        import time

        window.map.stateShown.connect(lambda *_: (print(f"shown {time.time()}", flush=True), app.quit()))
    window.show()
    code = app.exec()
    dispose_windows(app)
    return code


def open_window(settings, *, lang: str, start_date: dt.date | None = None, source=None, load=None,
                high_contrast: bool | None = None):
    """The window as a launch makes it, in steps that overlap: the map's shell starts loading first (the web
    engine's own processes parse and draw it, and the page fetches the bundled data's shapes itself); the
    atlas (``load``, default ``Atlas.load``) loads on a thread meanwhile, with the window's modules and the
    page's data message, the event loop answering the shell's requests; then the window is made around that
    page, which takes the atlas's data in place."""
    from viewer.core.atlas import Atlas
    from viewer.page import build
    from viewer.qt import access
    from viewer.qt.webengine.mapview import MapView

    contrast = access.chosen_contrast(settings, high_contrast)

    def load_atlas_and_window_code():
        atlas = (load or Atlas.load)()
        # The window's own modules, imported meanwhile: Python only, every Qt binding they use is loaded already
        # (by the application and the view, on this thread; tests/qt/test_launch.py checks it).
        import viewer.qt.window  # noqa: F401
        try:
            return atlas, build.load_message(atlas, lang=lang, high_contrast=contrast)
        except Exception:  # noqa: BLE001 (the view makes it again and says why on the map; the window comes up)
            logging.getLogger(__name__).exception("the map's data could not be prepared at launch")
            return atlas, None

    view = MapView(None, lang=lang)  # its page starts loading now
    atlas, message = run_serving_events(load_atlas_and_window_code)
    if message is not None:
        view.offer(atlas, message, lang=lang, high_contrast=contrast)
    from viewer.qt.window import MainWindow

    return MainWindow(atlas, settings, start_date=start_date, source=source, lang=lang, high_contrast=contrast,
                      map_view=view)


def run_serving_events(work):
    """``work()`` on a thread of its own while the Qt event loop runs here (the map page's requests are answered
    on this thread): its result, or its exception raised here. Only Qt-free work belongs there."""
    import threading

    from PySide6.QtCore import QEventLoop, QObject, Signal

    class Done(QObject):
        finished = Signal()

    done, loop, outcome = Done(), QEventLoop(), {}
    done.finished.connect(loop.quit)  # queued: it reaches the loop even if the work ends before the loop starts

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as err:  # noqa: BLE001 (raised again on the caller's thread)
            outcome["error"] = err
        done.finished.emit()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)  # the event loop's requests wait less for the interpreter
    threading.Thread(target=run, name="atlas-load", daemon=True).start()
    try:
        loop.exec()
    finally:
        sys.setswitchinterval(interval)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


MAX_SETTINGS_BYTES = 1024 * 1024
"""The atlas's settings file holds a few lines; a larger one (ten million hidden layers, say) would cost
Qt seconds and gigabytes to parse, so it is set aside unread and the window starts afresh."""


def usable_settings(settings):
    """``settings``, unless its file is larger than ``MAX_SETTINGS_BYTES``: then the file is renamed
    (``.too-large``, kept for the user to look at) with a warning in the log, and new settings are used."""
    from PySide6.QtCore import QSettings

    path = settings.fileName()
    try:
        size = os.path.getsize(path)
    except OSError:
        return settings
    if size <= MAX_SETTINGS_BYTES:
        return settings
    aside = path + ".too-large"
    try:
        os.replace(path, aside)
    except OSError as err:
        logging.getLogger(__name__).warning("settings %s: %d bytes, more than %d; cannot set it aside (%s)",
                                            path, size, MAX_SETTINGS_BYTES, err)
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PakistanAtlas", "pakatlas-fresh")
    logging.getLogger(__name__).warning("settings %s: %d bytes, more than %d; set aside as %s, the window starts "
                                        "afresh", path, size, MAX_SETTINGS_BYTES, aside)
    return QSettings(path, settings.format())


def dispose_windows(app) -> None:
    """Delete every window now, while the application is still there: each web page goes before its
    profile (Qt WebEngine crashes at exit when a profile is released under a living page). A deferred
    delete is not run by processEvents outside the event loop, hence sendPostedEvents."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
