"""Large conflict files behind the atlas's events query: no Python object per event on the hot path.

A UCDP GED or ACLED CSV file larger than ``LARGE_FILE_BYTES`` is loaded by
``viewer.core.columnar`` into a ``ConflictEvents`` store (numpy columns) instead of one
dict per row. ``ConflictLayer`` holds those stores and answers, for a day:

- ``summary(day)``: how many of their events are on the map that day, and their deaths;
- ``view(day, zoom, bounds)``: what the map draws of them in a view: density cells
  (``viewer.core.density``: count and deaths per cell of the screen's grid) or, once few
  enough events are in the view (``POINT_LIMIT``), each event as a point;
- ``cell_events(day, zoom, key)``: the events of one cell, as the atlas's event dicts;
- ``event(id)`` and ``records(day)``: events as dicts, built only when asked for (a card,
  ``pakatlas state``);
- ``histogram(edges)``: events per period, for the timeline's density strip.

The rule of what is on the map on a day is the atlas's: in progress, or ended within
``recent_days`` before it. Events are numbered across the stores in the order given
(``ref``: the store's number and the row in it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from viewer.core.columnar import ConflictEvents
from viewer.core.density import aggregate, project
from viewer.core.intervals import ShortIntervalIndex
from viewer.core.schema import PLACE_PRECISIONS

LARGE_FILE_BYTES = 8 * 1024 * 1024
"""A GED or ACLED file larger than this (about 25,000 GED rows) goes to the columnar store."""
LARGE_FILE_MAX_BYTES = 1024 * 1024 * 1024
"""The size limit of a GED or ACLED file read into the columnar store (a million GED rows is ~340 MB)."""
POINT_LIMIT = 1500
"""With at most this many of the day's events in the view, the map draws each one, not cells."""
CELL_PX = 40
"""The side of a density cell on screen, in CSS pixels."""
VAGUE_PLACES = frozenset(("adm2", "adm1", "region", "country", "water"))
"""Place precisions that are an area, not a point: such an event is drawn as a dashed circle."""


@dataclass(frozen=True)
class View:
    """What the map shows of the large files on a day: ``cells`` or ``points`` (and how many events)."""

    mode: str  # "cells", "points" or "none"
    zoom: int
    events: int  # events of the day in the view
    deaths: int
    cells: list  # [south, west, north, east, count, deaths, key]
    points: list  # [lat, lon, category, id, place precision, deaths]

    def as_payload(self) -> dict:
        return {"mode": self.mode, "zoom": self.zoom, "cellPx": CELL_PX, "events": self.events,
                "deaths": self.deaths, "cells": self.cells, "points": self.points}


class ConflictLayer:
    """The stores of the large GED and ACLED files, asked what they hold on a day."""

    def __init__(self, stores: tuple[ConflictEvents, ...] = (), recent_days: int = 365):
        self.stores = tuple(stores)
        self.set_recent_days(recent_days)
        self._xy = [project(s.lon, s.lat) for s in self.stores]
        self._id_rows: list[dict[str, int] | None] = [None] * len(self.stores)
        self._prefix = ["ged-" if s.dataset == "ucdp-ged" else "acled-" for s in self.stores]
        self._vague = np.array([p in VAGUE_PLACES for p in PLACE_PRECISIONS])

    def set_recent_days(self, recent_days: int) -> None:
        """Keep an event on the map this many days after it ends (the display mode's window)."""
        self.recent_days = recent_days
        self._index = [s.index if s.recent_days == recent_days else ShortIntervalIndex(s.start, s.last + recent_days)
                       for s in self.stores]

    def __bool__(self) -> bool:
        return bool(self.stores)

    def __len__(self) -> int:
        return sum(len(s) for s in self.stores)

    def _found(self, day: dt.date | int) -> list[np.ndarray]:
        today = day if isinstance(day, int) else day.toordinal()
        return [index.query(today) for index in self._index]

    def summary(self, day: dt.date | int) -> dict:
        """``{"events", "deaths", "files"}``: the large files' events on the map that day, and their deaths."""
        found = self._found(day)
        files = [{"file": s.file, "dataset": s.dataset, "events": int(len(f)), "deaths": int(s.deaths[f].sum())}
                 for s, f in zip(self.stores, found)]
        return {"events": sum(f["events"] for f in files), "deaths": sum(f["deaths"] for f in files), "files": files}

    @staticmethod
    def _in_bounds(x, y, bounds) -> np.ndarray | None:
        if bounds is None:
            return None
        (south, west), (north, east) = bounds
        x0, y1 = project(west, south)
        x1, y0 = project(east, north)
        return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)

    def _selected(self, day, bounds) -> list[np.ndarray]:
        """Rows of each store on the map that day, within the bounds ([[south, west], [north, east]]) if given."""
        chosen = []
        for (x, y), rows in zip(self._xy, self._found(day)):
            inside = self._in_bounds(x[rows], y[rows], bounds)
            chosen.append(rows if inside is None else rows[inside])
        return chosen

    def view(self, day: dt.date | int, zoom: float, bounds=None, *, point_limit: int = POINT_LIMIT) -> View:
        """The day's events in the view: each as a point if at most ``point_limit``, else density cells."""
        zoom = max(0, int(round(zoom)))
        chosen = self._selected(day, bounds)
        count = sum(len(rows) for rows in chosen)
        deaths = sum(int(s.deaths[rows].sum()) for s, rows in zip(self.stores, chosen))
        if count == 0:
            return View("none", zoom, 0, 0, [], [])
        if count <= point_limit:
            points = []
            for k, (s, rows) in enumerate(zip(self.stores, chosen)):
                prefix, ids = self._prefix[k], s.ids
                points += [[round(lat, 5), round(lon, 5), cat, prefix + ids[i], place, dead]
                           for i, lat, lon, cat, place, dead in zip(
                               rows.tolist(), s.lat[rows].tolist(), s.lon[rows].tolist(), s.category[rows].tolist(),
                               s.place_precision[rows].tolist(), s.deaths[rows].tolist())]
            return View("points", zoom, count, deaths, [], points)
        grid = self._grid(chosen, zoom)
        corners = np.round(grid.bounds(), 5).reshape(-1, 4).tolist()
        cells = [c + [n, d, k] for c, n, d, k in zip(corners, grid.counts.tolist(), grid.deaths.tolist(),
                                                         grid.keys.tolist())]
        return View("cells", zoom, count, deaths, cells, [])

    def _grid(self, chosen: list[np.ndarray], zoom: int):
        x = np.concatenate([xy[0][rows] for xy, rows in zip(self._xy, chosen)])
        y = np.concatenate([xy[1][rows] for xy, rows in zip(self._xy, chosen)])
        deaths = np.concatenate([s.deaths[rows] for s, rows in zip(self.stores, chosen)])
        return aggregate(x, y, zoom, cell_px=CELL_PX, deaths=deaths)

    def cell_events(self, day: dt.date | int, zoom: int, key: int, *, limit: int = 200) -> tuple[list[dict], int]:
        """The events of one density cell on the day (the first ``limit`` as dicts, in date order), and how many."""
        chosen = self._selected(day, None)
        grid = self._grid(chosen, int(zoom))
        at = int(np.searchsorted(grid.keys, key))
        if at >= len(grid.keys) or grid.keys[at] != key:
            return [], 0
        members = grid.events(at)  # positions in the concatenation of ``chosen``
        sizes = np.cumsum([0] + [len(rows) for rows in chosen])
        refs = [(k, int(chosen[k][p - sizes[k]])) for p in members.tolist()
                for k in [int(np.searchsorted(sizes, p, side="right")) - 1]]
        refs.sort(key=lambda ref: (int(self.stores[ref[0]].start[ref[1]]), ref))
        return [self.stores[k].record(i, day) for k, i in refs[:limit]], len(refs)

    def records(self, day: dt.date | int) -> list[dict]:
        """Every large-file event on the map that day, as the atlas's event dicts (slow for many: on request)."""
        return [s.record(i, day) for s, rows in zip(self.stores, self._found(day)) for i in rows.tolist()]

    def records_between(self, first: int, last: int) -> list[dict]:
        """Every large-file event active at any time from day ordinal ``first`` to ``last`` (with its
        ``recent_days`` after it ends), as event dicts, ``recent`` as of ``last``."""
        return [s.record(i, last) for s in self.stores
                for i in np.flatnonzero((s.start <= last) & (s.last + self.recent_days >= first)).tolist()]

    def all_records(self):
        """Every event of the large files, as dicts, store by store in date order (for ``pakatlas events``)."""
        for s in self.stores:
            for i in range(len(s)):
                yield s.record(i)

    def event(self, event_id: str, day: dt.date | int | None = None) -> dict | None:
        """The event of that id (``ged-123``, ``acled-PAK1``) as a dict, or None."""
        for k, s in enumerate(self.stores):
            prefix = self._prefix[k]
            if event_id.startswith(prefix):
                if self._id_rows[k] is None:  # built on the first lookup (a card), not at load
                    self._id_rows[k] = {ident: i for i, ident in enumerate(s.ids)}
                row = self._id_rows[k].get(event_id[len(prefix):])
                if row is not None:
                    return s.record(row, day)
        return None

    def start_days(self) -> np.ndarray:
        """Every event's start day ordinal, sorted (for stepping to the next event)."""
        if not self.stores:
            return np.empty(0, np.int64)
        return np.sort(np.concatenate([s.start for s in self.stores]))

    def histogram(self, edges) -> tuple[np.ndarray, np.ndarray]:
        """Events starting, and deaths, in each period between consecutive day ordinals of ``edges``."""
        edges = np.asarray(edges, dtype=np.int64)
        counts = np.zeros(len(edges) - 1, dtype=np.int64)
        deaths = np.zeros(len(edges) - 1, dtype=np.int64)
        for s in self.stores:
            counts += np.histogram(s.start, bins=edges)[0]
            deaths += np.histogram(s.start, bins=edges, weights=s.deaths)[0].astype(np.int64)
        return counts, deaths

def density_periods(atlas) -> list[tuple[dt.date, dt.date, int]]:
    """Events of the large conflict files per month of the timeline (empty without such files)."""
    if not atlas.conflicts:
        return []
    first, last = atlas.first_day, atlas.last_day
    months = [dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    months = [first] + [d for d in months if first < d <= last]
    edges = [d.toordinal() for d in months] + [last.toordinal() + 1]
    counts, _deaths = atlas.conflicts.histogram(edges)
    return [(months[i], dt.date.fromordinal(edges[i + 1] - 1), int(n)) for i, n in enumerate(counts.tolist())]
