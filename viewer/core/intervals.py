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

    def overlapping(self, first: int, last: int) -> np.ndarray:
        """Sorted indices of the intervals sharing at least one day with ``[first, last]``: those holding on
        ``first`` and those starting after it, up to ``last``."""
        lo = int(np.searchsorted(self._sorted_starts, first, side="right"))
        hi = int(np.searchsorted(self._sorted_starts, last, side="right"))
        return np.unique(np.concatenate((self.query(first), self._by_start[lo:max(lo, hi)])))

    def boundaries(self) -> np.ndarray:
        """Every day on which the answer can change (starts and the days after stops), sorted."""
        return np.unique(np.concatenate((self._starts, self._stops + 1)))


class ShortIntervalIndex:
    """The same answers as ``IntervalIndex``, for many intervals that are mostly short.

    ``IntervalIndex`` stores the whole active set at each checkpoint: with a million
    conflict events and a year's "recent" window that is ~100,000 indices per
    checkpoint, thousands of times over. Here, an interval no longer than ``span`` days
    that holds on ``day`` must have started in ``[day - span, day]``: a slice of the
    start-sorted order, kept where its stop is not before the day. The few longer
    intervals go to an ``IntervalIndex``. ``span`` defaults to the 99th percentile of
    the lengths, so the slice is little more than the answer. No Python object per
    interval is made.
    """

    def __init__(self, starts, stops, span: int | None = None):
        starts = np.asarray(starts, dtype=np.int64)
        stops = np.asarray(stops, dtype=np.int64)
        if starts.shape != stops.shape:
            raise ValueError("starts and stops differ in length")
        lengths = stops - starts
        if span is None:
            at = int(0.99 * (len(lengths) - 1))
            span = int(np.partition(lengths, at)[at]) if len(lengths) else 0
        self.span = max(span, 0)
        presorted = bool(np.all(starts[1:] >= starts[:-1]))
        self._order = None if presorted else np.argsort(starts, kind="stable")
        order = self._order
        self._starts = starts if order is None else starts[order]
        long = lengths > self.span if order is None else lengths[order] > self.span
        # short intervals' stops in start order; a long interval's stop is hidden from the slice
        self._short_stops = np.where(long, np.iinfo(np.int64).min, stops if order is None else stops[order])
        self._long_at = np.flatnonzero(long)  # positions (in start order) of the long intervals
        self._long = IntervalIndex(self._starts[self._long_at],
                                   (stops if order is None else stops[order])[self._long_at])

    def __len__(self) -> int:
        return len(self._starts)

    def query(self, day: int) -> np.ndarray:
        """Sorted indices (in the order given) of the intervals that contain ``day``."""
        lo = int(np.searchsorted(self._starts, day - self.span, side="left"))
        hi = int(np.searchsorted(self._starts, day, side="right"))
        found = np.flatnonzero(self._short_stops[lo:hi] >= day)
        found += lo
        if len(self._long_at):
            extra = self._long_at[self._long.query(day)]
            if len(extra):
                found = np.insert(found, np.searchsorted(found, extra), extra)
        if self._order is not None:
            found = np.sort(self._order[found])
        return found
