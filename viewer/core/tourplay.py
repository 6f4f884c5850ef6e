"""Playing a guided tour, without Qt: which step is shown, whether the tour plays, and what a step asks of the map.

The window owns the clock (a timer of the step's ``hold`` seconds) and the map; this model owns
the decisions, as ``playback.py`` does for the timeline:

- ``go(n)``, ``next()``, ``previous()`` show a step (``current``) and keep playing or not;
- ``play()`` starts playing from the step shown (from the first again after the last);
  ``hold_ms`` is how long the step shown stays before ``advance()`` moves on;
- ``interrupt()`` is any input of the user (a drag of the timeline, a click on the map, a
  key): the tour pauses and the step shown stays the user's to change, nothing is undone.

``hidden_layers(step, hidden, known)`` is the set of layers switched off once a step has applied
its ``hide`` and ``show`` to the layers switched off before it. ``step_plan`` is what a step asks of
the map: its date, its box, the layers off and the events to highlight.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from viewer.core.tours import Step, Tour

GROUPS = {"events": "events.", "alliances": "alliance."}
"""Layer ids that stand for every layer of their kind (as ``viewer.page.layers.GROUPS``)."""


def expand(selectors: Iterable[str], known: Iterable[str]) -> list[str]:
    """The layer ids a step's ``hide``/``show`` names: an id itself, or every known id of a group."""
    known = list(known)
    out: list[str] = []
    for selector in selectors:
        prefix = GROUPS.get(selector)
        found = [k for k in known if k.startswith(prefix)] if prefix else [selector]
        out += [k for k in found if k not in out]
    return out


def hidden_layers(step: Step, hidden: Iterable[str], known: Iterable[str]) -> list[str]:
    """The layers off once ``step`` has hidden and shown its layers (the others as they were)."""
    known = list(known)
    shown = set(expand(step.show, known))
    out = [layer for layer in hidden if layer not in shown]
    out += [layer for layer in expand(step.hide, known) if layer not in out]
    return out


@dataclass(frozen=True)
class StepPlan:
    """What one step asks of the map."""

    index: int  # 0-based
    date: str  # ISO
    bounds: tuple[float, float, float, float]  # south, west, north, east
    hidden: tuple[str, ...]
    events: tuple[str, ...]


def step_plans(tour: Tour, known: Iterable[str], hidden: Iterable[str] = ()) -> list[StepPlan]:
    """Every step's plan when the tour plays from the first step with ``hidden`` layers off."""
    known = list(known)
    plans, off = [], list(hidden)
    for n, step in enumerate(tour.steps):
        off = hidden_layers(step, off, known)
        plans.append(StepPlan(n, step.date.isoformat(), step.view, tuple(off), step.events))
    return plans


class TourPlayback:
    """One tour's playback: the step shown (``index``, or -1 before the first) and whether it plays."""

    def __init__(self, tour: Tour):
        if not tour.steps:
            raise ValueError(f"tour {tour.id!r} has no steps")
        self.tour = tour
        self.index = -1
        self.playing = False

    @property
    def count(self) -> int:
        return len(self.tour.steps)

    @property
    def current(self) -> Step | None:
        return self.tour.steps[self.index] if self.index >= 0 else None

    @property
    def at_end(self) -> bool:
        return self.index >= self.count - 1

    @property
    def hold_ms(self) -> int:
        """How long the step shown stays on screen while playing."""
        step = self.current
        return round(step.hold * 1000) if step else 0

    def position(self) -> str:
        """``step 3 of 12``"""
        return f"step {max(self.index, 0) + 1} of {self.count}"

    def go(self, index: int) -> Step:
        """Show step ``index`` (0-based, clamped to the tour)."""
        self.index = min(max(index, 0), self.count - 1)
        return self.tour.steps[self.index]

    def next(self) -> Step | None:
        """The next step, or None (and paused) after the last."""
        if self.at_end:
            self.playing = False
            return None
        return self.go(self.index + 1)

    def previous(self) -> Step:
        return self.go(self.index - 1)

    def play(self) -> Step:
        """Play from the step shown: from the first when none is shown yet or the last was shown."""
        self.playing = True
        if self.index < 0 or self.at_end:
            return self.go(0)
        return self.tour.steps[self.index]

    def pause(self) -> None:
        self.playing = False

    def interrupt(self) -> bool:
        """The user did something: pause, and leave the map and the date as they are. True if it was playing."""
        was = self.playing
        self.playing = False
        return was

    def advance(self) -> Step | None:
        """The hold of the step shown is over: the next step while playing, else None (paused at the end)."""
        if not self.playing:
            return None
        return self.next()
