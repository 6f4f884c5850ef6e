"""What the window remembers from one run to the next (``QSettings``): the date it was left on, how past
events are shown, its size and place, the split between map and panel, the playing speed and the hidden
layers. What is saved wrong is set aside with a warning in the log, and the window opens as new.

Functions of the window (``MainWindow``) rather than methods, to keep the window's module to its one
concern, the date and what shows it. The choices saved as they are made (language, high contrast, past
events, the data folder) are saved where they are made.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QByteArray

from viewer.core.modes import Display, parse_layer_displays
from viewer.page import layers as page_layers

log = logging.getLogger(__name__)


def start_day(window, start_date: dt.date | None) -> dt.date:
    """The date asked, else the one the window was left on, else the first."""
    atlas, settings = window.atlas, window.settings
    saved = settings.value("date", "", str)
    try:
        return start_date or (dt.date.fromisoformat(saved) if saved else atlas.first_day)
    except ValueError:
        log.warning("settings %s: date %r is not a date; the window opens on %s", settings.fileName(),
                    saved[:40], atlas.first_day)
        return atlas.first_day


def restore_display(window) -> None:
    """Past events shown as they were (View › Past events), on the window's atlas."""
    settings = window.settings
    saved, layers = settings.value("display", "", str), settings.value("display_layers", "", str)
    if not saved and not layers:
        return
    try:
        display = Display.parse(saved[:40]) if saved else window.atlas.display
        window.atlas.set_display(display, parse_layer_displays(layers[:2000]))
    except ValueError as err:
        log.warning("settings %s: display %s; past events are shown the default way", settings.fileName(), err)


def restore(window) -> None:
    """The window's size and place, the split, the speed and the hidden layers, as they were left."""
    settings = window.settings
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    split = settings.value("split")
    if isinstance(split, QByteArray) and not split.isEmpty():
        window.split.restoreState(split)
    speed = settings.value("speed", window.bar.speed.currentIndex(), int)
    if 0 <= speed < window.bar.speed.count():
        window.bar.speed.setCurrentIndex(speed)
    hidden, why = page_layers.from_setting(settings.value("layers"))  # ids; labels in older settings
    if why:
        log.warning("settings %s: layers %s; every layer is shown", settings.fileName(), why)
    elif hidden:
        window.map.set_hidden_layers(hidden)


def save(window) -> None:
    """Remember what the window shows for the next run."""
    settings = window.settings
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("split", window.split.saveState())
    settings.setValue("date", window.timeline.day.isoformat())
    settings.setValue("speed", window.bar.speed.currentIndex())
    settings.setValue("layers", ",".join(window.map.hidden_layers()))
    settings.setValue("high_contrast", window.high_contrast)
    settings.sync()
