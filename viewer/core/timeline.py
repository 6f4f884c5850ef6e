"""The timeline's state: the chosen day within bounds, and how it steps (a Qt-free slider model)."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Callable

from viewer.core.dates import parse_date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day-of-month ``months`` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class Timeline:
    """The chosen day, always within ``[first, last]``; listeners hear every change."""

    def __init__(self, first: dt.date, last: dt.date, day: dt.date | None = None):
        if last < first:
            raise ValueError(f"timeline ends ({last}) before it starts ({first})")
        self.first, self.last = first, last
        self._day = self.clamp(day or first)
        self._listeners: list[Callable[[dt.date], None]] = []

    def clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.first), self.last)

    @property
    def day(self) -> dt.date:
        return self._day

    @day.setter
    def day(self, value: dt.date | str) -> None:
        day = self.clamp(parse_date(value))
        if day != self._day:
            self._day = day
            for listener in list(self._listeners):
                listener(day)

    @property
    def length(self) -> int:
        """Number of days on the timeline minus one: the slider's maximum."""
        return (self.last - self.first).days

    @property
    def index(self) -> int:
        return (self._day - self.first).days

    def day_at(self, index: int) -> dt.date:
        return self.clamp(self.first + dt.timedelta(days=int(index)))

    def step(self, days: int = 0, months: int = 0, years: int = 0) -> None:
        day = add_months(self._day, months + 12 * years) if (months or years) else self._day
        self.day = self.clamp(day + dt.timedelta(days=days))

    def connect(self, listener: Callable[[dt.date], None]) -> None:
        self._listeners.append(listener)
