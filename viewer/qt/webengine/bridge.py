"""The map page's way back to Python (``resources/bridge.js`` sends; ``MapView`` listens): one QObject
registered on the page's QWebChannel as ``bridge``. The page's JSON payloads arrive as text and are read by
``MapView``, which trusts none of them; nothing here touches the atlas.
"""

from __future__ import annotations

import json
from typing import Callable

from PySide6.QtCore import QObject, Signal, Slot


class Bridge(QObject):
    """The object the page reaches over QWebChannel as ``bridge``: each of the page's reports is a slot that
    emits a signal ``MapView`` listens to, and ``place`` answers the page's question at once."""

    ready = Signal()
    held = Signal(str)
    painted = Signal(str)
    clicked = Signal(str)
    error = Signal(str)
    apply_error = Signal(str)
    layers = Signal(str)
    shown = Signal(str)
    view = Signal(str)
    cell = Signal(str)
    unit = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.answer_place: Callable[[str], str] | None = None  # the page's place(json) question -> json

    @Slot(str, result=str)
    def place(self, payload: str) -> str:
        """What held a point on a date (``{"date", "lat", "lon"}``), answered to the page's callback."""
        return self.answer_place(payload) if self.answer_place else json.dumps({"error": "no atlas"})

    @Slot()
    def pageReady(self) -> None:  # noqa: N802 (called from JS)
        self.ready.emit()

    @Slot(str)
    def geometryHeld(self, key: str) -> None:  # noqa: N802 (the page laid the shipped geometry of this key)
        self.held.emit(key)

    @Slot(str)
    def statePainted(self, payload: str) -> None:  # noqa: N802
        self.painted.emit(payload)

    @Slot(str)
    def eventClicked(self, event_id: str) -> None:  # noqa: N802
        self.clicked.emit(event_id)

    @Slot(str)
    def unitClicked(self, unit: str) -> None:  # noqa: N802
        self.unit.emit(unit)

    @Slot(str)
    def pageError(self, message: str) -> None:  # noqa: N802
        self.error.emit(message)

    @Slot(str)
    def applyFailed(self, message: str) -> None:  # noqa: N802
        self.apply_error.emit(message)

    @Slot(str)
    def layersChanged(self, payload: str) -> None:  # noqa: N802
        self.layers.emit(payload)

    @Slot(str)
    def stateShown(self, payload: str) -> None:  # noqa: N802
        self.shown.emit(payload)

    @Slot(str)
    def viewChanged(self, payload: str) -> None:  # noqa: N802
        self.view.emit(payload)

    @Slot(str)
    def cellClicked(self, payload: str) -> None:  # noqa: N802
        self.cell.emit(payload)
