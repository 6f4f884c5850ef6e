"""A tour being made: the draft model behind Tours › New tour, without Qt.

``TourDraft`` holds a tour's id, title, language, its own references and its steps
(``viewer.core.tours.Step``, frozen: a step is replaced, never changed in place). Every change goes
through a method that tells what it undoes (``insert``, ``remove``, ``replace``, ``move``,
``set_meta``), so the window's undo stack can wrap each in a command; every change calls the
listeners (``listen(fn)``: ``fn(what, index)``, ``what`` one of ``"insert"``, ``"remove"``,
``"replace"``, ``"move"``, ``"meta"``, ``"reset"``).

``to_toml()`` writes the format of ``geodata/tours/`` (with ``tomli_w``: quoting and escaping of
whatever the user typed are the library's, not ours); ``save(path)`` writes it atomically (a temporary
file beside the target, then ``os.replace``) and returns the problems ``check_tour_file`` finds in
what was written. ``TourDraft.from_tour(tour)`` opens a saved tour for editing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import tomli_w

from viewer.core.tours import VIEWS, Step, Tour, Vocabulary, check_tour_file
from viewer.core.tourrefs import as_toml as reference_toml

DEFAULT_HOLD = 12.0
"""A new step's hold, in seconds."""
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, fallback: str = "my-tour") -> str:
    """A kebab-case id from a title: ``"The 1965 war"`` -> ``the-1965-war``."""
    made = _SLUG.sub("-", (text or "").lower()).strip("-")[:60].strip("-")
    return made or fallback


def new_step(day: dt.date, view: tuple[float, float, float, float], *, hide=(), show=(), events=(),
             title: str = "", narrative: str = "", sources=(), hold: float = DEFAULT_HOLD, annotations=()) -> Step:
    """A step of a draft; the view is a box (south, west, north, east) rounded to what a screen shows."""
    box = tuple(round(float(v), 4) for v in view)
    name = next((n for n, b in VIEWS.items() if b == box), None)
    return Step(day, box, name, title, narrative, tuple(sources), float(hold), tuple(events), tuple(hide),
                tuple(show), tuple(annotations))


@dataclass
class TourDraft:
    id: str = "my-tour"
    title: str = ""
    language: str = "en"
    steps: list[Step] = field(default_factory=list)
    references: tuple = ()  # viewer.core.sources.Document of kind "reference"
    path: Path | None = None  # where it was last saved or opened from
    _listeners: list[Callable[[str, int], None]] = field(default_factory=list, repr=False)

    @classmethod
    def from_tour(cls, tour: Tour, path: Path | None = None) -> "TourDraft":
        return cls(tour.id, tour.title, tour.language, list(tour.steps), tuple(tour.references), path)

    # -- listening ----------------------------------------------------------------------------

    def listen(self, fn: Callable[[str, int], None]) -> None:
        self._listeners.append(fn)

    def _tell(self, what: str, index: int = -1) -> None:
        for fn in list(self._listeners):
            fn(what, index)

    # -- changes (each returns what undoes it) ------------------------------------------------

    def insert(self, index: int, step: Step) -> None:
        index = max(0, min(index, len(self.steps)))
        self.steps.insert(index, step)
        self._tell("insert", index)

    def remove(self, index: int) -> Step:
        step = self.steps.pop(index)
        self._tell("remove", index)
        return step

    def replace(self, index: int, step: Step) -> Step:
        old, self.steps[index] = self.steps[index], step
        self._tell("replace", index)
        return old

    def move(self, index: int, to: int) -> None:
        """Move the step at ``index`` to ``to`` (both 0-based positions in the list)."""
        to = max(0, min(to, len(self.steps) - 1))
        self.steps.insert(to, self.steps.pop(index))
        self._tell("move", to)

    def set_meta(self, *, title: str | None = None, tour_id: str | None = None, language: str | None = None,
                 references: tuple | None = None) -> dict:
        """Change the tour's title, id, language or references; returns the old values (for undo)."""
        old = {"title": self.title, "tour_id": self.id, "language": self.language, "references": self.references}
        if title is not None:
            self.title = title
        if tour_id is not None:
            self.id = tour_id
        if language is not None:
            self.language = language
        if references is not None:
            self.references = tuple(references)
        self._tell("meta")
        return old

    # -- the file --------------------------------------------------------------------------------

    def as_table(self) -> dict:
        """The tour as the TOML table of a tour file."""
        table: dict = {"id": self.id or slug(self.title), "title": self.title, "language": self.language}
        if self.references:
            table["references"] = [reference_toml(d) for d in self.references]
        table["steps"] = [step_table(step) for step in self.steps]
        return table

    def to_toml(self) -> str:
        header = ("# A guided tour of the Pakistan Diplomatic Atlas (pakatlas open FILE.toml opens it;\n"
                  "# the format is described in geodata/tours/README.md).\n\n")
        return header + tomli_w.dumps(self.as_table(), multiline_strings=True)

    def save(self, path: Path | str, vocabulary: Vocabulary | None = None) -> list:
        """Write the tour to ``path`` atomically; the problems of the written file (empty when it is sound)."""
        path = Path(path)
        write_atomic(path, self.to_toml().encode("utf-8"))
        self.path = path
        _tour, problems = check_tour_file(path, vocabulary)
        return problems


def step_table(step: Step) -> dict:
    """One ``[[steps]]`` table: the fields a tour file gives, in the order the README lists them."""
    table: dict = {"date": step.date, "view": step.view_name or [round(v, 4) for v in step.view]}
    if step.hide:
        table["hide"] = list(step.hide)
    if step.show:
        table["show"] = list(step.show)
    if step.events:
        table["events"] = list(step.events)
    table["title"] = step.title
    table["narrative"] = step.narrative
    table["sources"] = [entry["source"] if set(entry) == {"source"} else dict(entry) for entry in step.sources]
    table["hold"] = int(step.hold) if float(step.hold).is_integer() else step.hold
    if step.annotations:
        table["annotations"] = [a.as_toml() for a in step.annotations]
    return table


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in its folder, then ``os.replace``."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".part", dir=folder)
    try:
        try:  # the mode of the file it replaces, else what the user's umask gives a new file
            mode = path.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def with_step_fields(step: Step, **changes) -> Step:
    """A copy of ``step`` with fields changed (tuples for the list fields)."""
    for name in ("sources", "events", "hide", "show", "annotations"):
        if name in changes:
            changes[name] = tuple(changes[name])
    if "view" in changes:
        box = tuple(round(float(v), 4) for v in changes["view"])
        changes["view"] = box
        changes["view_name"] = next((n for n, b in VIEWS.items() if b == box), None)
    return replace(step, **changes)


def capture_layers(hidden, known) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(hide, show) that bring the map to exactly these ``hidden`` layers, whatever was hidden before:
    a group (``events``, ``alliances``) where a whole group is on or off, single ids otherwise."""
    from viewer.core.tours import layer_problem

    valid = [k for k in known if layer_problem(k) is None]
    off = set(hidden)
    hide: list[str] = []
    show: list[str] = []
    for group, prefix in (("events", "events."), ("alliances", "alliance.")):
        members = [k for k in valid if k.startswith(prefix)]
        if members and all(k in off for k in members):
            hide.append(group)
            continue
        show.append(group)
        hide += [k for k in members if k in off]
    for k in valid:
        if not k.startswith(("events.", "alliance.")):
            (hide if k in off else show).append(k)
    return tuple(hide), tuple(show)
