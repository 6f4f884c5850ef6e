"""Guided tours: TOML files of dated steps, each a view of the map with a short narrative.

A tour file (``geodata/tours/*.toml`` for the bundled ones) holds::

    id = "us-pakistan"                # kebab-case, unique among the tours
    title = "Pakistan and the United States, 1947–2025"
    language = "en"                   # ISO 639-1 code of the narratives

    [[steps]]
    date = 1947-10-20                 # a TOML date, or the text "1947-10-20"
    view = "south-asia"               # a named view (VIEWS), or [south, west, north, east]
    hide = ["events.visit"]           # optional: layers to switch off for this step
    show = ["alliance.SEATO"]         # optional: layers to switch on
    events = ["us-pakistan-relations-established"]   # events to highlight (ids of events.geojson)
    title = "Relations established"
    narrative = "A few sentences in our own words."  # no quotation marks: it is not a quote
    sources = ["hassan-2019", {source = "fr-etats-unis-pakistan", locator = "para. 2"}]
    hold = 12                         # seconds the step stays on screen when the tour plays

Layer ids (``hide``/``show``) are stable ids, never display labels: ``events`` (every
event marker), ``events.<category>`` (one category, e.g. ``events.strike``),
``alliances`` (every alliance), ``alliance.<ID>`` (one alliance, e.g.
``alliance.SEATO``), ``regions`` (admin-1 regions of the day's events),
``disputed`` (disputed boundary lines), ``outlines`` (historical polity outlines).

``check_tour_file`` reads one file and returns the tour and every problem, each naming
file, step and field (``viewer.core.problems``); ``list_tours`` is what
``pakatlas tours --json`` prints.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.annotations import check_annotations, link_problems
from viewer.core.dates import TIMELINE_END, TIMELINE_START, parse_date
from viewer.core.problems import WARNING, Problem
from viewer.core.schema import CATEGORIES
from viewer.core.tourtoml import read_toml

TOURS_DIR = "tours"
"""Where the bundled tours live, inside geodata/."""

VIEWS: dict[str, tuple[float, float, float, float]] = {
    # name: (south, west, north, east) in degrees
    "world": (-56.0, -170.0, 72.0, 180.0),
    "south-asia": (5.0, 60.0, 38.0, 98.0),
    "pakistan": (23.0, 60.0, 37.5, 78.0),
    "kashmir": (32.0, 72.0, 37.5, 80.5),
    "bengal": (20.0, 85.0, 27.5, 93.5),
    "afghanistan-pakistan": (23.0, 59.0, 39.5, 78.0),
    "iran-pakistan": (23.0, 43.0, 40.5, 78.0),
    "iran-pakistan-border": (24.5, 58.0, 31.0, 67.5),
    "middle-east": (12.0, 25.0, 42.0, 78.0),
    "cold-war-asia": (-12.0, 25.0, 62.0, 125.0),
    "china-pakistan": (18.0, 60.0, 46.0, 122.0),
}
"""Named views: a region name and the box the map fits to."""

LAYER_IDS = ("events", "alliances", "regions", "disputed", "outlines")
"""Layer ids that stand alone; ``events.<category>`` and ``alliance.<ID>`` name one part."""

MAX_HOLD = 120
"""The longest hold of a step, in seconds."""
MAX_STEPS = 200
"""The most steps a tour may have."""
MAX_TOUR_BYTES = 2 * 1024 * 1024
"""The largest tour file read, in bytes (the bundled ones are under 20 KiB): a larger one is refused before
it is read."""
MIN_VIEW_SPAN = 0.05
"""The smallest box a view may be, in degrees of latitude and of longitude (a closer view is no map)."""

_STEP_FIELDS = {"date", "view", "hide", "show", "events", "title", "narrative", "sources", "hold", "annotations"}
_TOP_FIELDS = {"id", "title", "language", "steps", "references"}
_SOURCE_KEYS = {"source", "locator", "disagrees"}
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
_LANGUAGE = re.compile(r"[a-z]{2}", re.ASCII)
_QUOTE_MARKS = "\"“”„«»"


@dataclass(frozen=True)
class Step:
    date: dt.date
    view: tuple[float, float, float, float]  # (south, west, north, east)
    view_name: str | None  # the named view, or None for a box
    title: str
    narrative: str
    sources: tuple[dict, ...]  # {"source": id} with "locator" / "disagrees" where given
    hold: float
    events: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    show: tuple[str, ...] = ()
    annotations: tuple = ()  # viewer.core.annotations.Annotation


@dataclass(frozen=True)
class Tour:
    id: str
    title: str
    language: str
    steps: tuple[Step, ...] = field(default_factory=tuple)
    file: str = ""
    references: tuple = ()  # the tour's own references: viewer.core.sources.Document (tourrefs.py)

    def catalogue(self, base: dict | None = None) -> dict:
        """The source catalogue ``base`` (the bundled one if None) with the tour's own references."""
        if base is None:
            from viewer.core.sources import bundled_catalogue

            base = bundled_catalogue()
        return {**base, **{d.id: d for d in self.references}}

    def summary(self) -> dict:
        """The tour as ``pakatlas tours --json`` lists it; ``steps`` is the number of steps."""
        return {"id": self.id, "title": self.title, "language": self.language, "steps": len(self.steps)}


@dataclass(frozen=True)
class Vocabulary:
    """What a tour may refer to. ``None`` leaves that kind of reference unchecked."""

    event_ids: frozenset[str] | None = None
    source_ids: frozenset[str] | None = None
    alliance_ids: frozenset[str] | None = None
    events_on: object = None  # callable(date) -> ids of the events on the map that day, or None


def parse_view(value) -> tuple[tuple[float, float, float, float], str | None]:
    """A named view or a ``[south, west, north, east]`` box; ValueError says what is wrong."""
    if isinstance(value, str):
        if value in VIEWS:
            return VIEWS[value], value
        raise ValueError(f"unknown view {value!r}")
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        raise ValueError(f"{_show(value)} is neither a view name nor a box of four numbers")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
        raise ValueError(f"{_show(value)} holds something other than finite numbers")
    south, west, north, east = (float(v) for v in value)
    if not (-90 <= south < north <= 90):
        raise ValueError(f"south {south:g} and north {north:g} are not latitudes with south < north")
    if not (-180 <= west < east <= 180):
        raise ValueError(f"west {west:g} and east {east:g} are not longitudes with west < east")
    if north - south < MIN_VIEW_SPAN or east - west < MIN_VIEW_SPAN:
        raise ValueError(f"the box is smaller than {MIN_VIEW_SPAN:g} degrees across")
    return (south, west, north, east), None


def layer_problem(layer, alliance_ids=None) -> str | None:
    """Why ``layer`` is not a layer id, or None."""
    if not isinstance(layer, str):
        return f"{_show(layer)} is not text"
    if layer in LAYER_IDS:
        return None
    kind, dot, part = layer.partition(".")
    if dot and kind == "events":
        return None if part in CATEGORIES else f"unknown event category {part!r} in {layer!r}"
    if dot and kind == "alliance":
        if alliance_ids is None or part in alliance_ids:
            return None if part else f"{layer!r} names no alliance"
        return f"unknown alliance {part!r} in {layer!r}"
    return f"unknown layer {layer!r}"


LAYERS_EXPECTED = ("events, events.<category>, alliances, alliance.<ID>, regions, disputed or outlines")


def _show(value) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:55] + "..."


class _Checker:
    """Collects the problems of one tour file."""

    def __init__(self, file: str, vocabulary: Vocabulary):
        from viewer.core.fileio import MAX_PROBLEMS_PER_FILE

        self.file = file
        self.vocab = vocabulary
        self.problems: list[Problem] = []
        self.limit = MAX_PROBLEMS_PER_FILE
        self.unlisted = 0

    def add(self, record: str, field_name: str, message: str, expected: str = "", severity: str = "error"):
        """One more problem; past ``MAX_PROBLEMS_PER_FILE``, only counted (one line then says how many)."""
        if len(self.problems) < self.limit:
            self.problems.append(Problem(self.file, record, field_name, message, expected, severity))
            return
        if not self.unlisted:
            self.problems.append(Problem(self.file, "", "", "has more problems than the atlas lists",
                                         f"at most {self.limit} problems are listed per file"))
        self.unlisted += 1

    def text(self, record: str, table: dict, name: str) -> str | None:
        value = table.get(name)
        if value is None:
            self.add(record, name, "is missing", "text")
        elif not isinstance(value, str) or not value.strip():
            self.add(record, name, f"{_show(value)} is not a non-empty text", "text")
        else:
            return value.strip()
        return None

    def top(self, data: dict) -> tuple[str | None, str | None, str | None]:
        for key in sorted(set(data) - _TOP_FIELDS):
            self.add("", key, "is not a tour field", ", ".join(sorted(_TOP_FIELDS)))
        tour_id = self.text("", data, "id")
        if tour_id and not _KEBAB.fullmatch(tour_id):
            self.add("", "id", f"{tour_id!r} is not a kebab-case id", "lower-case letters, digits and hyphens")
            tour_id = None
        title = self.text("", data, "title")
        language = self.text("", data, "language")
        if language and not _LANGUAGE.fullmatch(language):
            self.add("", "language", f"{language!r} is not a language code", "a two-letter ISO 639-1 code, e.g. en")
            language = None
        return tour_id, title, language

    def step(self, n: int, table) -> Step | None:
        if not isinstance(table, dict):
            self.add(f"step {n}", "", f"{_show(table)} is not a table", "a [[steps]] table")
            return None
        title = table.get("title")
        record = f"step {n} ({title!r})" if isinstance(title, str) and title.strip() else f"step {n}"
        before = len(self.problems)
        for key in sorted(set(table) - _STEP_FIELDS):
            self.add(record, key, "is not a step field", ", ".join(sorted(_STEP_FIELDS)))
        day = self.date(record, table)
        view = self.view(record, table)
        title = self.text(record, table, "title")
        narrative = self.text(record, table, "narrative")
        if narrative and any(mark in narrative for mark in _QUOTE_MARKS):
            self.add(record, "narrative", "holds quotation marks", "a narrative in the tour's own words: "
                     "quotations belong in the records' sources, verbatim")
        sources = self.sources(record, table)
        hold = self.hold(record, table)
        events = self.events(record, table, day)
        hide = self.layers(record, table, "hide")
        show = self.layers(record, table, "show")
        for layer in sorted(set(hide) & set(show)):
            self.add(record, "show", f"{layer!r} is also in 'hide'", "each layer in hide or show, not both")
        annotations, found = check_annotations(table.get("annotations"))
        found += link_problems(narrative or "", self.vocab.event_ids)
        for where, message, expected in found:
            self.add(record, where, message, expected)
        if len(self.problems) > before and any(p.is_error for p in self.problems[before:]):
            return None
        return Step(day, view[0], view[1], title, narrative, sources, hold, events, hide, show, annotations)

    def date(self, record: str, table: dict) -> dt.date | None:
        if "date" not in table:
            self.add(record, "date", "is missing", "a date YYYY-MM-DD")
            return None
        value = table["date"]
        if isinstance(value, dt.datetime) or isinstance(value, dt.time):
            self.add(record, "date", f"{value} has a time of day", "a date YYYY-MM-DD")
            return None
        try:
            day = parse_date(value)
        except ValueError as err:
            self.add(record, "date", str(err), "a date YYYY-MM-DD")
            return None
        if not TIMELINE_START <= day <= TIMELINE_END:
            self.add(record, "date", f"{day} is outside the timeline", f"a date from {TIMELINE_START} to {TIMELINE_END}")
            return None
        return day

    def view(self, record: str, table: dict):
        if "view" not in table:
            self.add(record, "view", "is missing", "a view name or [south, west, north, east]")
            return None, None
        try:
            return parse_view(table["view"])
        except ValueError as err:
            self.add(record, "view", str(err), "one of " + ", ".join(VIEWS) + ", or [south, west, north, east]")
            return None, None

    def sources(self, record: str, table: dict) -> tuple[dict, ...]:
        value = table.get("sources")
        if not isinstance(value, list) or not value:
            self.add(record, "sources", "is missing" if value is None else f"{_show(value)} is not a non-empty list",
                     "a list of catalogue ids or {source, locator} tables")
            return ()
        known, found = self.vocab.source_ids, []
        for i, entry in enumerate(value):
            where = f"sources[{i}]"
            if isinstance(entry, str):
                entry = {"source": entry}
            if not isinstance(entry, dict) or not isinstance(entry.get("source"), str):
                self.add(record, where, f"{_show(entry)} is not a source", "a catalogue id or {source = ID, locator = ...}")
                continue
            for key in sorted(set(entry) - _SOURCE_KEYS):
                self.add(record, f"{where}.{key}", "is not a source field", ", ".join(sorted(_SOURCE_KEYS)))
            if "locator" in entry and (not isinstance(entry["locator"], str) or not entry["locator"].strip()):
                self.add(record, f"{where}.locator", f"{_show(entry['locator'])} is not a non-empty text", "text")
            if "disagrees" in entry and not isinstance(entry["disagrees"], bool):
                self.add(record, f"{where}.disagrees", f"{_show(entry['disagrees'])} is not true or false", "true or false")
            elif entry.get("disagrees") and i == 0:
                self.add(record, f"{where}.disagrees", "the first source disagrees with the step",
                         "the step's first source supports it; disagreeing sources after it")
            if known is not None and entry["source"] not in known:
                self.add(record, f"{where}.source", f"unknown source id {entry['source']!r}", "an id of geodata/sources.json")
            found.append(dict(entry))
        return tuple(found)

    def hold(self, record: str, table: dict) -> float:
        value = table.get("hold")
        if value is None:
            self.add(record, "hold", "is missing", f"seconds, more than 0 and at most {MAX_HOLD}")
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_HOLD:
            self.add(record, "hold", f"{_show(value)} is not a hold time", f"seconds, more than 0 and at most {MAX_HOLD}")
        else:
            return float(value)
        return 0.0

    def events(self, record: str, table: dict, day: dt.date | None) -> tuple[str, ...]:
        value = table.get("events", [])
        if not isinstance(value, list):
            self.add(record, "events", f"{_show(value)} is not a list", "a list of event ids")
            return ()
        known = self.vocab.event_ids
        on_map = self.vocab.events_on(day) if (self.vocab.events_on and day) else None
        for i, event in enumerate(value):
            where = f"events[{i}]"
            if not isinstance(event, str):
                self.add(record, where, f"{_show(event)} is not an event id", "an id of events.geojson")
            elif known is not None and event not in known:
                self.add(record, where, f"unknown event id {event!r}", "an id of events.geojson")
            elif on_map is not None and event not in on_map:
                self.add(record, where, f"event {event!r} is not on the map on {day}", "an event in progress "
                         "that day or ended within the year before", WARNING)
        return tuple(e for e in value if isinstance(e, str))

    def layers(self, record: str, table: dict, name: str) -> tuple[str, ...]:
        value = table.get(name, [])
        if not isinstance(value, list):
            self.add(record, name, f"{_show(value)} is not a list", "a list of layer ids")
            return ()
        for i, layer in enumerate(value):
            why = layer_problem(layer, self.vocab.alliance_ids)
            if why:
                self.add(record, f"{name}[{i}]", why, LAYERS_EXPECTED)
        return tuple(v for v in value if isinstance(v, str))


def check_tour_file(path: Path | str, vocabulary: Vocabulary | None = None) -> tuple[Tour | None, list[Problem]]:
    """The tour in a file (None if it has any error) and every problem found in it."""
    path = Path(path)
    data, problems = read_toml(path, path.name, MAX_TOUR_BYTES)
    if data is None:
        return None, problems
    checker = _Checker(path.name, vocabulary or Vocabulary())
    tour_id, title, language = checker.top(data)
    references = _references(checker, data.get("references"))
    steps_value = data.get("steps")
    steps = []
    if not isinstance(steps_value, list) or not steps_value:
        checker.add("", "steps", "is missing" if steps_value is None else "is not a list of [[steps]] tables",
                    "one or more [[steps]] tables")
    elif len(steps_value) > MAX_STEPS:
        checker.add("", "steps", f"{len(steps_value)} steps are too many", f"at most {MAX_STEPS} steps")
    else:
        for n, table in enumerate(steps_value, start=1):
            steps.append(checker.step(n, table))
    problems = checker.problems
    if any(p.is_error for p in problems):
        return None, problems
    return Tour(tour_id, title, language, tuple(steps), path.name, references), problems


def _references(checker: _Checker, value) -> tuple:
    """The tour's own ``[[references]]``; the checker then also knows their ids as sources."""
    from dataclasses import replace

    from viewer.core.tourrefs import check_references

    references, found = check_references(value, checker.vocab.source_ids)
    for record, where, message, expected in found:
        checker.add(record, where, message, expected)
    if references and checker.vocab.source_ids is not None:
        checker.vocab = replace(checker.vocab, source_ids=checker.vocab.source_ids | {d.id for d in references})
    return references


def tour_files(folder: Path | str) -> list[Path]:
    return sorted(Path(folder).glob("*.toml"))


def check_tours(folder: Path | str, vocabulary: Vocabulary | None = None) -> tuple[list[Tour], list[Problem]]:
    """Every valid tour of a folder, and every problem of its files (two tours with one id included)."""
    tours, problems, seen = [], [], {}
    for path in tour_files(folder):
        tour, found = check_tour_file(path, vocabulary)
        problems += found
        if tour is None:
            continue
        if tour.id in seen:
            problems.append(Problem(path.name, "", "id", f"duplicate tour id {tour.id!r} (already in {seen[tour.id]})",
                                    "an id no other tour has"))
            continue
        seen[tour.id] = path.name
        tours.append(tour)
    return tours, problems


def list_tours(folder: Path | str, vocabulary: Vocabulary | None = None) -> list[dict]:
    """``[{"id", "title", "language", "steps"}]`` of the valid tours of a folder, by id."""
    tours, _problems = check_tours(folder, vocabulary)
    return sorted((t.summary() for t in tours), key=lambda s: s["id"])


def find_tour(folder: Path | str, tour_id: str, vocabulary: Vocabulary | None = None) -> Tour:
    """The tour with this id; DataError with its problems, or KeyError naming the tours there are."""
    from viewer.core.problems import DataError

    for path in tour_files(folder):
        tour, problems = check_tour_file(path, vocabulary)
        errors = [p for p in problems if p.is_error]
        if tour is not None and tour.id == tour_id:
            return tour
        if tour is None and path.stem == tour_id:
            raise DataError(errors)
    known = ", ".join(t["id"] for t in list_tours(folder, vocabulary)) or "none"
    raise KeyError(f"no tour {tour_id!r} (tours: {known})")


def catalogue_ids(geodata: Path | str) -> frozenset[str] | None:
    """The ids of the source catalogue ``sources.json`` of a data folder; None when it has none."""
    from viewer.core.sources import CATALOGUE_FILE, load_catalogue

    path = Path(geodata) / CATALOGUE_FILE
    if not path.is_file():
        return None
    catalogue, _problems = load_catalogue(path)  # its own problems are reported by pakatlas check
    return frozenset(catalogue)


def vocabulary_of(atlas, geodata: Path | str | None = None) -> Vocabulary:
    """What tours may refer to in this atlas: its events, alliances and the source catalogue."""
    from viewer.core.paths import GEODATA

    first, last = TIMELINE_START.toordinal(), TIMELINE_END.toordinal()
    days = {first, *(day for day in atlas.alliance_change_days() if first <= day <= last)}
    alliance_ids = {a["id"] for day in days for a in atlas.alliances(dt.date.fromordinal(day))}
    return Vocabulary(
        event_ids=frozenset(e["id"] for e in atlas.events),
        source_ids=catalogue_ids(GEODATA if geodata is None else geodata),
        alliance_ids=frozenset(alliance_ids),
        events_on=lambda day: {e["id"] for e in atlas.events_on(day)},
    )
