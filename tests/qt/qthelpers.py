"""Helpers of the Qt tests."""


def dispose(widget) -> None:
    """Close and delete a window or view now: its web page goes before its profile, as when the app quits."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
