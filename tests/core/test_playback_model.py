"""Playback without Qt: a step only after the date shown was painted; it stops at the timeline's end."""

import datetime as dt

from viewer.core.playback import Playback
from viewer.core.timeline import Timeline


def test_a_step_waits_for_the_paint_of_the_date_shown():
    timeline = Timeline(dt.date(1947, 8, 14), dt.date(2025, 12, 31), dt.date(1965, 9, 6))
    playback = Playback(timeline)
    assert not playback.advance(months=1)  # not playing
    playback.play()
    assert playback.advance(months=1) and timeline.day == dt.date(1965, 10, 6)
    assert not playback.ready
    assert not playback.painted("1965-09-06")  # a late report of the date before: no step yet
    assert not playback.ready
    assert playback.painted("1965-10-06") and playback.ready
    playback.pause()
    assert not playback.painted("1965-10-06") and not playback.advance(months=1)
    assert timeline.day == dt.date(1965, 10, 6)


def test_playing_stops_at_the_end_and_starts_again_from_the_beginning():
    timeline = Timeline(dt.date(1947, 8, 14), dt.date(2025, 12, 31), dt.date(2025, 6, 1))
    playback = Playback(timeline)
    playback.play()
    assert playback.advance(years=1) and timeline.day == dt.date(2025, 12, 31)  # clamped to the last day
    assert not playback.advance(years=1) and not playback.playing
    playback.play()
    assert timeline.day == dt.date(1947, 8, 14) and playback.playing
