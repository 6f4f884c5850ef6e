"""What the map page is sent of large conflict files: density cells or points for the day and the view.

The page (``resources/density.js``) draws what ``DensityFeed.payload(day)`` gives, as the
``density`` section of ``atlas.apply``'s delta (so a date change and its cells are painted
together), or through ``atlas.setDensity`` when only the view changed. The page reports
its view (``viewChanged``: zoom and bounds) after every pan or zoom; the feed then sends
the cells of that zoom, within the view and a margin around it. The cells and points
themselves are computed in the core (``viewer.core.conflictlayer``, with numpy).

Payload: ``{mode: "cells" | "points" | "none", zoom, cellPx, events, deaths,
cells: [[south, west, north, east, count, deaths, key], ...],
points: [[lat, lon, category, id, place precision, deaths], ...]}``; category and place
precision are indices into the page config's ``density.categories`` and ``density.places``.
"""

from __future__ import annotations

import datetime as dt

from viewer import style
from viewer.core.conflictlayer import VAGUE_PLACES
from viewer.core.schema import CATEGORIES, PLACE_PRECISIONS

MARGIN = 0.5
"""The view's bounds are widened by this share of their size on every side: a short pan needs no new cells."""


def page_config() -> dict:
    """What density.js is started with: category names and colours, place precisions, the colour ramp."""
    return {
        "categories": list(CATEGORIES),
        "places": list(PLACE_PRECISIONS),
        "vague": [PLACE_PRECISIONS.index(p) for p in PLACE_PRECISIONS if p in VAGUE_PLACES],
        "ramp": list(style.DENSITY_RAMP),
        "cellStroke": style.DENSITY_CELL_STROKE,
        "text": style.DENSITY_TEXT,
    }


def widened(bounds, margin: float = MARGIN):
    """[[south, west], [north, east]] widened by ``margin`` of its height and width (clamped to the world)."""
    (south, west), (north, east) = bounds
    dy, dx = (north - south) * margin, (east - west) * margin
    return [[max(-85.0, south - dy), max(-180.0, west - dx)], [min(85.0, north + dy), min(180.0, east + dx)]]


class DensityFeed:
    """The density payloads for one atlas's large files, following the page's view; nothing is sent twice."""

    def __init__(self, layer, zoom: float = 4, bounds=None):
        self.layer = layer
        self.zoom = zoom
        self.bounds = bounds
        self._last: dict | None = None

    def set_view(self, zoom: float, bounds) -> bool:
        """Take the page's view; True if it changes what would be sent."""
        bounds = widened(bounds) if bounds is not None else None
        changed = round(zoom) != round(self.zoom) or bounds != self.bounds
        self.zoom, self.bounds = zoom, bounds
        return changed

    def payload(self, day: dt.date | str, *, force: bool = False) -> dict | None:
        """What the page should draw on the day in the current view, or None if it already shows exactly that."""
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        payload = self.layer.view(day, self.zoom, self.bounds).as_payload()
        if not force and payload == self._last:
            return None
        self._last = payload
        return payload

    def forget(self) -> None:
        """The page lost what it was sent (a reload, a failed apply): the next payload goes whatever it holds."""
        self._last = None

    def cell_events(self, day: dt.date | str, zoom: int, key: int, limit: int = 200) -> tuple[list[dict], int]:
        """The events of one cell the page showed (its zoom and key), as dicts, and how many there are."""
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        return self.layer.cell_events(day, zoom, key, limit=limit)
