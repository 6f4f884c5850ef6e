"""A static interval index: which closed day intervals contain a given day.

Intervals are sorted by start once. Every ``checkpoint_every`` starts, the set
of intervals active on that day is stored. A query bisects to the nearest
checkpoint at or before the day, adds the few intervals that started since, and
keeps those that have not ended: O(log n + k + B) for k results, never a scan
of all records.
"""

from __future__ import annotations

import numpy as np


class IntervalIndex:
    """Indices of intervals ``[starts[i], stops[i]]`` (day ordinals, inclusive) holding on a day."""

    def __init__(self, starts, stops, checkpoint_every: int = 256):
        self._starts = np.asarray(starts, dtype=np.int64)
        self._stops = np.asarray(stops, dtype=np.int64)
        if self._starts.shape != self._stops.shape:
            raise ValueError("starts and stops differ in length")
        self._by_start = np.argsort(self._starts, kind="stable")
        self._sorted_starts = self._starts[self._by_start]
        self._checkpoint_days = np.unique(self._sorted_starts[::checkpoint_every])
        self._checkpoints = self._build_checkpoints()

    def _build_checkpoints(self) -> list[np.ndarray]:
        """Sweep once through start and stop events, saving the active set at each checkpoint."""
        checkpoints = []
        by_stop = np.argsort(self._stops, kind="stable")
        sorted_stops = self._stops[by_stop]
        active: set[int] = set()
        started = ended = 0
        for day in self._checkpoint_days:
            upto = int(np.searchsorted(self._sorted_starts, day, side="right"))
            active.update(self._by_start[started:upto].tolist())
            started = upto
            gone = int(np.searchsorted(sorted_stops, day, side="left"))
            active.difference_update(by_stop[ended:gone].tolist())
            ended = gone
            checkpoints.append(np.fromiter(sorted(active), dtype=np.int64, count=len(active)))
        return checkpoints

    def __len__(self) -> int:
        return len(self._starts)

    def query(self, day: int) -> np.ndarray:
        """Sorted indices of the intervals that contain ``day``."""
        j = int(np.searchsorted(self._checkpoint_days, day, side="right")) - 1
        if j < 0:
            return np.empty(0, dtype=np.int64)
        lo = int(np.searchsorted(self._sorted_starts, self._checkpoint_days[j], side="right"))
        hi = int(np.searchsorted(self._sorted_starts, day, side="right"))
        candidates = np.concatenate((self._checkpoints[j], self._by_start[lo:hi]))
        return np.sort(candidates[self._stops[candidates] >= day])

    def boundaries(self) -> np.ndarray:
        """Every day on which the answer can change (starts and the days after stops), sorted."""
        return np.unique(np.concatenate((self._starts, self._stops + 1)))
