"""Opening a tour someone made: what the file says, and what the data open now lacks of it.

``open_tour(path, vocabulary)`` checks the file as ``pakatlas check`` does, except that events and
alliances the data open now lacks do not stop it: each step lists them instead (``lacking``), and
the window's card and tour bar say so on that step. Everything else (the form of the file, dates,
views, layers' form, sources, annotations, sizes) is checked as strictly as ever.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from viewer.core.annotations import narrative_links
from viewer.core.tours import Step, Tour, Vocabulary, check_tour_file


def open_tour(path: Path | str, vocabulary: Vocabulary) -> tuple[Tour | None, list, dict[int, list[str]]]:
    """(the tour or None, its problems, step index -> what the data lacks of that step)."""
    lenient = replace(vocabulary, event_ids=None, alliance_ids=None, events_on=None)
    tour, problems = check_tour_file(path, lenient)
    if tour is None:
        return None, problems, {}
    lacking = {n: found for n, step in enumerate(tour.steps) if (found := step_lacks(step, vocabulary))}
    return tour, problems, lacking


def step_lacks(step: Step, vocabulary: Vocabulary) -> list[str]:
    """The events and layers a step names that the data lacks, as ``event 'x'``, ``layer 'alliance.Y'``."""
    found: list[str] = []
    events = vocabulary.event_ids
    if events is not None:
        for event in [*step.events, *narrative_links(step.narrative)]:
            text = f"event {event!r}"
            if event not in events and text not in found:
                found.append(text)
    alliances = vocabulary.alliance_ids
    if alliances is not None:
        for layer in [*step.hide, *step.show]:
            kind, _dot, part = layer.partition(".")
            if kind == "alliance" and part and part not in alliances and f"layer {layer!r}" not in found:
                found.append(f"layer {layer!r}")
    return found
