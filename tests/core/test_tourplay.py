"""Tour playback without Qt: steps in order, play from where it is, input pauses it, layers per step."""

import datetime as dt

import pytest

from viewer.core.tourplay import TourPlayback, expand, hidden_layers, step_plans
from viewer.core.tours import Step, Tour

KNOWN = ["units", "regions", "alliance.SEATO", "alliance.CENTO", "events.visit", "events.war"]


def step(n, hold=5.0, **kw):
    return Step(dt.date(1950 + n, 1, 1), (0.0, 0.0, 10.0, 10.0), None, f"step {n}", "Narrative.",
                ({"source": "hassan-2019"},), hold, **kw)


@pytest.fixture
def tour():
    return Tour("t", "A tour", "en", (step(0, 2), step(1, 3.5), step(2)))


def test_play_runs_the_steps_then_stops_at_the_last(tour):
    play = TourPlayback(tour)
    assert play.current is None and play.position() == "step 1 of 3"
    assert play.play() is tour.steps[0] and play.playing and play.hold_ms == 2000
    assert play.advance() is tour.steps[1] and play.hold_ms == 3500 and play.position() == "step 2 of 3"
    assert play.advance() is tour.steps[2] and play.at_end
    assert play.advance() is None and not play.playing and play.index == 2
    assert play.play() is tour.steps[0]  # after the end: from the start again


def test_interrupt_pauses_and_leaves_the_step(tour):
    play = TourPlayback(tour)
    play.play()
    play.advance()
    assert play.interrupt() is True
    assert not play.playing and play.index == 1
    assert play.advance() is None and play.index == 1  # a paused tour never moves by itself
    assert play.interrupt() is False
    assert play.play() is tour.steps[1]  # play goes on from the step shown


def test_go_clamps_and_previous_next(tour):
    play = TourPlayback(tour)
    assert play.go(99) is tour.steps[2] and play.next() is None
    assert play.previous() is tour.steps[1] and play.go(-5) is tour.steps[0] and play.previous() is tour.steps[0]


def test_a_tour_without_steps_is_refused():
    with pytest.raises(ValueError, match="no steps"):
        TourPlayback(Tour("empty", "Empty", "en", ()))


def test_layers_of_a_step_and_groups():
    assert expand(["events"], KNOWN) == ["events.visit", "events.war"]
    assert expand(["alliances", "units"], KNOWN) == ["alliance.SEATO", "alliance.CENTO", "units"]
    s = step(0, hide=("events",), show=("alliance.SEATO",))
    assert hidden_layers(s, ["alliance.SEATO", "regions"], KNOWN) == ["regions", "events.visit", "events.war"]
    plans = step_plans(Tour("t", "T", "en", (s, step(1, show=("events.war",)))), KNOWN, ["regions"])
    assert plans[0].hidden == ("regions", "events.visit", "events.war")
    assert plans[1].hidden == ("regions", "events.visit")  # what a step does not name stays as it was
    assert plans[1].date == "1951-01-01" and plans[1].bounds == (0.0, 0.0, 10.0, 10.0)
