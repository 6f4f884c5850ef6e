"""A picture of the real atlas window on a date, in a language, made off screen (no display needed):
the README's screenshots.

    python tools/screenshot.py --date 1965-09-06 --size 1500x900 --out docs/screenshot-1965-09-06.png
    python tools/screenshot.py --lang ur --date 1971-12-16 --event creation-of-bangladesh --out docs/shot.png

Options: ``--event ID`` (select an event: its card shows), ``--high-contrast``, ``--events-table``
(the View › Events table window instead of the main window), ``--compare DATE`` (View › Compare
dates, the date beside DATE; ``--swipe`` for the swipe mode), ``--edit-tour FILE.toml`` (the tour
opened in the tour editor, as Tours › Open a tour file then Edit the open tour do) with ``--step N``. The window is made as
``pakatlas --lang LANG`` makes it, waits until the map has painted, and has settings of its own (a
temporary file), so nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="en", help="en, fr or ur")
    parser.add_argument("--date", type=dt.date.fromisoformat,
                        help="the date shown (default: the event's day with --event, else 1965-09-06)")
    parser.add_argument("--size", default="1500x900")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--events-table", action="store_true")
    parser.add_argument("--event", "--select", help="an event id to select (its card shows)")
    parser.add_argument("--display", metavar="MODE",
                        help="how past events show: instant, window:DAYS, cumulative or fade:DAYS (View > Past events)")
    parser.add_argument("--unit", help="a map unit (ADM0_A3, e.g. AJK) whose card shows, as when it is clicked")
    parser.add_argument("--compare", type=dt.date.fromisoformat, metavar="DATE",
                        help="View › Compare dates: the date shown beside DATE (the comparison window is the picture)")
    parser.add_argument("--swipe", action="store_true", help="with --compare: swipe mode, the line in the middle")
    parser.add_argument("--edit-tour", type=Path, metavar="FILE", help="a tour file, opened in the tour editor")
    parser.add_argument("--step", type=int, default=1, help="with --edit-tour: the step shown (from 1)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from viewer.qt.app import make_application, open_window

    app = make_application()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from viewer.qt import language

    language.install(language.choose(args.lang))
    folder = tempfile.mkdtemp(prefix="pakatlas-shot-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    if args.display:
        settings.setValue("display", args.display)
    from viewer.qt.tourbar import REDUCED_MOTION_SETTING

    settings.setValue(REDUCED_MOTION_SETTING, True)  # a tour step's view at once: no flight half-way in the picture
    window = open_window(settings, start_date=args.date or dt.date(1965, 9, 6), lang=args.lang,
                         high_contrast=args.high_contrast)  # as a launch makes it
    window.resize(width, height)
    loop = QEventLoop()
    window.map.statePainted.connect(lambda *_: QTimer.singleShot(800, loop.quit))
    QTimer.singleShot(60_000, loop.quit)
    window.show()
    loop.exec()
    if args.event:
        window.panel.select(args.event)
        if args.date is None:  # its day; with --date, the event stays selected on that date (its card says so)
            window.go_to_event(args.event)
        else:
            window.map.select_event(args.event)
    if args.unit:
        window.show_unit_card(args.unit)
    target = window
    if args.compare:
        target = window.story.open_compare(window.timeline.day, args.compare)
        target.resize(width, height)
        target.set_swipe(args.swipe)
        ready = QEventLoop()
        QTimer.singleShot(60_000, ready.quit)
        check = QTimer(interval=100)
        check.timeout.connect(lambda: all(m.ready for m in target.maps) and ready.quit())
        check.start()
        ready.exec()
        check.stop()
    if args.edit_tour:
        if window.story.open_tour_file(args.edit_tour, play=False) is None:
            print(f"cannot open {args.edit_tour}: {window.banner.text()}", file=sys.stderr)
            return 1
        window.story.edit_open_tour()
        editor = window.story.editor()
        editor.steps.setCurrentRow(args.step - 1)
    if args.events_table:
        window.show_events_table()
        target = window.events_table
    wait = QEventLoop()
    QTimer.singleShot(1500, wait.quit)  # the tooltips' and markers' last frames
    wait.exec()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(args.out)):
        print(f"cannot write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()  # the web page goes before its profile, as when the app quits
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
