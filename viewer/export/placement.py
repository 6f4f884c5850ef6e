"""Where an export's boxes (title, legend) go on the map: the free corners, found in the map's own pixels.

A map picture is mostly two colours where nothing is said: the sea and the land of no recorded
relation. Everything else — a partner's colour, Pakistan, a hatched region, an event marker, an edge
marker, a name — is something a reader looks at. ``Busy`` counts those pixels (an integral image, so a
box's count is four look-ups) and ``choose`` takes, of the places a box may go (of any shape), the one
that hides the fewest of them, the first one offered winning a near tie (the usual corner stays the
usual corner).
Qt-free: pixels come in as a numpy array.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

QUANT = 16
"""Colours are compared in steps of 16 per channel: the sea's and the land's antialiased edges stay theirs."""

TIE = 0.005
"""Two places that hide amounts differing by less than this share of the whole picture are as good: the
first offered is taken."""


@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def intersects(self, other: "Rect") -> bool:
        return self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom

    def inside(self, width: float, height: float) -> bool:
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height


class Busy:
    """The share of "busy" pixels (neither of the picture's two most common colours) under any box.

    ``rgb``: an (H, W, 3) uint8 array of the map picture; ``scale``: its pixels per layout unit (the
    export's scale), so boxes are given in the same units as the caption's layout."""

    def __init__(self, rgb: np.ndarray, scale: float = 1.0):
        self.scale = float(scale)
        q = (rgb[..., :3] // QUANT).astype(np.int32)
        keys = (q[..., 0] * 256 + q[..., 1] * 16 + q[..., 2]).ravel()
        counts = np.bincount(keys, minlength=4096)
        background = np.argsort(counts)[-2:]  # the sea and the plain land: the two commonest colours
        busy = ~np.isin(keys, background).reshape(q.shape[:2])
        self.height, self.width = busy.shape
        self._sums = np.zeros((self.height + 1, self.width + 1), np.int64)
        self._sums[1:, 1:] = busy.cumsum(0).cumsum(1)

    def hidden(self, rect: Rect) -> float:
        """The share of the whole picture's pixels that are busy and under the box."""
        s = self.scale
        x0, y0 = max(0, int(rect.left * s)), max(0, int(rect.top * s))
        x1, y1 = min(self.width, int(rect.right * s)), min(self.height, int(rect.bottom * s))
        if x1 <= x0 or y1 <= y0:
            return 0.0
        total = self._sums[y1, x1] - self._sums[y0, x1] - self._sums[y1, x0] + self._sums[y0, x0]
        return float(total) / (self.width * self.height)


def choose(busy: Busy, places: Sequence[Rect], avoid: Iterable[Rect] = (), bounds: tuple[float, float] | None = None
           ) -> int | None:
    """The index of the place that hides the least (within ``bounds``, clear of every box of ``avoid``),
    or None if none of them is allowed. A place within ``TIE`` of the best and offered earlier wins."""
    avoid = list(avoid)
    best, best_hidden = None, 2.0
    for n, place in enumerate(places):
        if bounds is not None and not place.inside(*bounds):
            continue
        if any(place.intersects(other) for other in avoid):
            continue
        hidden = busy.hidden(place)
        if hidden < best_hidden - TIE:
            best, best_hidden = n, hidden
    return best
