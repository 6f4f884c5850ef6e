"""Opening a tour someone made: what the file says, and what the data open now lacks of it.

``open_tour(path, vocabulary)`` checks the file as ``pakatlas check`` does, except that events and
alliances the data open now lacks do not stop it: each step lists them instead (``lacking``), and
the window's card and tour bar say so on that step. A symbolic link, anything but a regular file (a
FIFO would block the reader) and a file over ``MAX_TOUR_BYTES`` are refused before reading. Everything else (the form of the file, dates,
views, layers' form, sources, annotations, sizes) is checked as strictly as ever.
"""

from __future__ import annotations

import re
import stat
from dataclasses import replace
from pathlib import Path

from viewer.core.annotations import narrative_links
from viewer.core.problems import Problem
from viewer.core.tours import MAX_TOUR_BYTES, Step, Tour, Vocabulary, check_tour_file


def open_tour(path: Path | str, vocabulary: Vocabulary) -> tuple[Tour | None, list, dict[int, list[str]]]:
    """(the tour or None, its problems, step index -> what the data lacks of that step)."""
    path = Path(path)
    refused = file_problem(path)
    if refused is not None:
        return None, [refused], {}
    lenient = replace(vocabulary, event_ids=None, alliance_ids=None, events_on=None)
    tour, problems = check_tour_file(path, lenient)
    if tour is None:
        return None, [where_in_toml(path, p) for p in problems], {}
    lacking = {n: found for n, step in enumerate(tour.steps) if (found := step_lacks(step, vocabulary))}
    return tour, problems, lacking


_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_STEP_HEADER = re.compile(r"\s*\[\[\s*steps\s*\]\]")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=")


def where_in_toml(path: Path, problem: Problem) -> Problem:
    """A TOML syntax problem (a duplicate key, say) with the step and field of its line, when it has a line."""
    found = _AT_LINE.search(problem.message) if not problem.record and not problem.field else None
    if found is None:
        return problem
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return problem
    line = int(found.group(1))
    before = lines[:line]
    step = sum(1 for text in before if _STEP_HEADER.match(text))
    key = _KEY.match(lines[line - 1]) if 0 < line <= len(lines) else None
    return replace(problem, record=f"step {step}" if step else "", field=key.group(1) if key else "")


def file_problem(path: Path) -> Problem | None:
    """Why a tour file someone sent is not opened at all: a symbolic link, not a regular file (a FIFO, a
    device, a folder), or larger than ``MAX_TOUR_BYTES``; None if it may be read."""
    try:
        if path.is_symlink():
            return Problem(path.name, "", "", "is a symbolic link", "a tour file itself, not a link to one")
        info = path.stat()
    except OSError as err:
        return Problem(path.name, "", "", f"cannot be read: {err.strerror or err}")
    if not stat.S_ISREG(info.st_mode):
        return Problem(path.name, "", "", "is not a regular file", "a TOML tour file")
    if info.st_size > MAX_TOUR_BYTES:
        return Problem(path.name, "", "", f"is {info.st_size} bytes, more than {MAX_TOUR_BYTES}",
                       f"a tour file of at most {MAX_TOUR_BYTES // 1024} KiB")
    return None


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
