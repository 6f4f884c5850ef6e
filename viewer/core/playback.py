"""Playback of the timeline, without Qt: whether it plays, and when it may take its next step.

The map paints each date before the next is sent, so playback never falls behind: a step is
taken only when the date shown has been painted (``painted``), as napari's ``Dims`` keeps
``_play_ready``. The window owns the clock (a timer that calls ``advance`` after each paint);
this model owns the decisions.
"""

from __future__ import annotations

from viewer.core.timeline import Timeline


class Playback:
    """Playing or paused, over a Timeline; ``ready`` once the date shown has been painted."""

    def __init__(self, timeline: Timeline):
        self.timeline = timeline
        self.playing = False
        self.ready = True  # the last date sent has been painted: the next step may be taken

    def play(self) -> None:
        """Start playing; from the first day again when the timeline is at its end."""
        if self.timeline.day >= self.timeline.last:
            self.timeline.day = self.timeline.first
        self.playing = True
        self.ready = True

    def pause(self) -> None:
        self.playing = False

    def painted(self, date: str) -> bool:
        """The map painted ``date`` (ISO); True if playback may now take its next step."""
        if self.playing and date == self.timeline.day.isoformat():
            self.ready = True
            return True
        return False

    def advance(self, days: int = 0, months: int = 0, years: int = 0) -> bool:
        """Take one step while playing and ready; False (and paused) at the timeline's end."""
        if not self.playing:
            return False
        before = self.timeline.day
        self.timeline.step(days=days, months=months, years=years)
        if self.timeline.day == before:
            self.playing = False
            return False
        self.ready = False
        return True
