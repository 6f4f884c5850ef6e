"""A picture of the real window on a date, as a person sees it (the README's screenshots).

    python tools/screenshot.py --date 1965-09-06 --size 1500x900 --out docs/screenshot-1965-09-06.png

Opens the atlas window off screen (no display needed) at the size asked, on the date, with an event
selected if ``--select ID`` is given, waits until the map has painted, and saves the whole window
(map, events panel and timeline) as a PNG.
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", required=True, type=dt.date.fromisoformat)
    parser.add_argument("--size", default="1500x900")
    parser.add_argument("--select", help="the id of an event to select")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")

    from viewer.qt.app import make_application

    app = make_application()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from viewer.core.atlas import Atlas
    from viewer.qt.window import MainWindow

    with tempfile.TemporaryDirectory() as folder:  # fresh settings: the user's own are left alone
        settings = QSettings(str(Path(folder) / "pakatlas.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Atlas.load(), settings, start_date=args.date)
        window.resize(width, height)
        loop = QEventLoop()
        window.map.statePainted.connect(lambda *_: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        window.show()
        loop.exec()
        if args.select:
            window.panel.select(args.select)
            window.map.select_event(args.select)
        QTimer.singleShot(1500, loop.quit)  # the tooltips' and markers' last frames
        loop.exec()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(args.out))
        window.close()
        window.deleteLater()
        app.processEvents()
    print(args.out)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
