"""Event points aggregated into square cells of the web map's pixel grid, with numpy.

At a given zoom, Leaflet's web-mercator world is ``256 * 2**zoom`` pixels wide; the
grid cuts it into cells of ``cell_px`` pixels, so a cell covers the same screen area
at every zoom. ``aggregate`` gives each non-empty cell its event count and deaths, in
one pass of vectorised arithmetic (no Python loop over points); ``Grid.events(c)``
lists the events of cell ``c`` (for "click a cell lists its events") and
``Grid.bounds(c)`` its south-west and north-east corners for drawing.

``project`` turns longitude/latitude into zoom-0 world pixels once; every zoom's
grid then only scales those numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TILE = 256
MAX_LATITUDE = 85.0511287798  # web mercator's limit
_BINCOUNT_LIMIT = 1 << 20  # grids with more cells than this are grouped by sorting instead


def project(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Zoom-0 web-mercator pixel coordinates (0..256, y down) of longitudes and latitudes."""
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.clip(np.asarray(lat, dtype=np.float64), -MAX_LATITUDE, MAX_LATITUDE)
    x = (lon + 180.0) / 360.0 * TILE
    s = np.sin(np.radians(lat))
    y = (0.5 - np.log((1 + s) / (1 - s)) / (4 * np.pi)) * TILE
    return x, y


def unproject(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of zoom-0 pixel coordinates (the inverse of ``project``)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    lon = x / TILE * 360.0 - 180.0
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1 - 2 * y / TILE))))
    return lon, lat


@dataclass
class Grid:
    """The non-empty cells of one zoom's grid, in cell-key order."""

    zoom: int
    cell_px: int
    columns: int  # cells across the world at this zoom
    keys: np.ndarray  # row * columns + column of each cell
    counts: np.ndarray  # events per cell
    deaths: np.ndarray  # summed deaths per cell (unknown deaths count as 0)
    _cell_of: np.ndarray  # the cell (index into keys) of each aggregated event
    _members: np.ndarray  # the events' positions given to aggregate, as in ``indices``

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def column(self) -> np.ndarray:
        return self.keys % self.columns

    @property
    def row(self) -> np.ndarray:
        return self.keys // self.columns

    def events(self, cell: int) -> np.ndarray:
        """The events (as numbered in ``aggregate``'s ``indices``, or their positions) in one cell."""
        return self._members[self._cell_of == cell]

    def bounds(self, cell=None) -> np.ndarray:
        """[[south, west], [north, east]] of one cell, or an (n, 2, 2) array for all cells."""
        keys = self.keys if cell is None else self.keys[[cell]]
        size = self.cell_px / 2 ** self.zoom  # zoom-0 pixels per cell
        col, row = keys % self.columns, keys // self.columns
        west, north = unproject(col * size, row * size)
        east, south = unproject((col + 1) * size, (row + 1) * size)
        found = np.stack([np.stack([south, west], -1), np.stack([north, east], -1)], 1)
        return found if cell is None else found[0]

def aggregate(x0, y0, zoom: int, *, cell_px: int = 48, deaths=None, indices=None) -> Grid:
    """Count (and sum deaths of) the points in each cell of the grid at ``zoom``.

    ``x0, y0`` are zoom-0 pixel coordinates from ``project``. ``indices`` picks the
    points to aggregate (for instance the events in force on a day); ``Grid.events``
    then answers with those indices. ``deaths`` is one number per point (negative for
    unknown, counted as 0).
    """
    if zoom < 0 or cell_px < 1:
        raise ValueError("zoom must be 0 or more and cell_px 1 or more")
    x0, y0 = np.asarray(x0), np.asarray(y0)
    members = np.arange(len(x0)) if indices is None else np.asarray(indices, dtype=np.int64)
    x, y = (x0, y0) if indices is None else (x0[members], y0[members])
    scale = 2.0 ** zoom / cell_px
    columns = int(np.ceil(TILE * 2 ** zoom / cell_px))
    col = np.minimum((x * scale).astype(np.int64), columns - 1)
    row = np.minimum((y * scale).astype(np.int64), columns - 1)
    key = row * columns + col
    weights = None
    if deaths is not None:
        weights = np.asarray(deaths)
        weights = np.maximum(weights if indices is None else weights[members], 0).astype(np.float64)
    if columns * columns <= _BINCOUNT_LIMIT:
        counts = np.bincount(key, minlength=columns * columns)
        keys = np.flatnonzero(counts)
        lookup = np.zeros(columns * columns, dtype=np.int64)
        lookup[keys] = np.arange(len(keys))
        cell_of = lookup[key]
        counts = counts[keys]
    else:
        keys, cell_of, counts = np.unique(key, return_inverse=True, return_counts=True)
    summed = (np.bincount(cell_of, weights=weights, minlength=len(keys)).astype(np.int64) if weights is not None
              else np.zeros(len(keys), dtype=np.int64))
    return Grid(zoom, cell_px, columns, keys, counts, summed, cell_of, members)
