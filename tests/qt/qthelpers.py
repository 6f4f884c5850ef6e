"""Helpers of the Qt tests."""


def dispose(widget) -> None:
    """Close and delete a window or view now: its web page goes before its profile, as when the app quits."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


PAINT_TIMEOUT = 15_000


def js(qtbot, win, script: str):
    """What a script run in the window's map page returns."""
    with qtbot.waitCallback(timeout=PAINT_TIMEOUT) as callback:
        win.map.run_js(script, callback)
    return callback.args[0]


def shown(qtbot, win) -> dict:
    """What the window's map page shows now (``atlas.shownState``)."""
    with qtbot.waitCallback(timeout=PAINT_TIMEOUT) as callback:
        win.map.read_shown(callback)
    return callback.args[0]
