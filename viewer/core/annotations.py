"""What a tour's step adds to the map and to its words: annotations, and links to events in a narrative.

An annotation is one of three shapes, written in a tour file as a table of ``[[steps.annotations]]``::

    kind = "point"                  # a labelled point
    at = [33.7, 73.1]               # [latitude, longitude] in degrees
    label = "Islamabad"             # required for a point, optional otherwise

    kind = "arrow"                  # an arrow from one point to another
    from = [31.5, 74.3]
    to = [32.5, 75.5]

    kind = "circle"                 # a circle around a point
    at = [34.0, 74.8]
    radius_km = 150                 # more than 0, at most MAX_RADIUS_KM

Limits: at most ``MAX_ANNOTATIONS`` per step, a label at most ``MAX_LABEL`` characters on one line.
A label is text: the window, the exports and the HTML page show it as typed, never as markup.

A narrative links to an event by writing its id between double brackets, ``[[indo-pakistani-war-1965]]``;
the card shows the event's title as a link (``narrative_parts``). Paragraphs are separated by an empty
line (``paragraphs``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

KINDS = ("point", "arrow", "circle")
MAX_ANNOTATIONS = 20
"""The most annotations one step may carry."""
MAX_LABEL = 80
"""The longest label, in characters."""
MAX_RADIUS_KM = 2000.0
"""The largest circle's radius."""
MAX_LINKS = 50
"""The most event links one narrative may hold."""

_FIELDS = {"point": {"kind", "at", "label"}, "arrow": {"kind", "from", "to", "label"},
           "circle": {"kind", "at", "radius_km", "label"}}
_POINTS = {"point": ("at",), "arrow": ("from", "to"), "circle": ("at",)}
LINK = re.compile(r"\[\[([^\[\]\n]{1,120})\]\]")
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Annotation:
    kind: str  # point, arrow or circle
    points: tuple[tuple[float, float], ...]  # (lat, lon): one for a point or circle, from and to for an arrow
    label: str = ""
    radius_km: float = 0.0

    def as_toml(self) -> dict:
        """The annotation as a tour file writes it."""
        table: dict = {"kind": self.kind}
        for name, (lat, lon) in zip(_POINTS[self.kind], self.points):
            table[name] = [lat, lon]
        if self.kind == "circle":
            table["radius_km"] = self.radius_km
        if self.label:
            table["label"] = self.label
        return table

    def as_page(self) -> dict:
        """What the map page draws (``resources/annotations.js``): text only, shown with textContent."""
        return {"kind": self.kind, "points": [list(p) for p in self.points], "label": self.label,
                "radius": self.radius_km * 1000.0}


def _show(value) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:55] + "..."


def _point(value) -> tuple[float, float] | str:
    """(lat, lon), or why ``value`` is not a point."""
    if not isinstance(value, list) or len(value) != 2:
        return f"{_show(value)} is not [latitude, longitude]"
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
        return f"{_show(value)} holds something other than finite numbers"
    lat, lon = float(value[0]), float(value[1])
    if not -90 <= lat <= 90:
        return f"latitude {lat:g} is not between -90 and 90"
    if not -180 <= lon <= 180:
        return f"longitude {lon:g} is not between -180 and 180"
    return lat, lon


def check_annotations(value) -> tuple[tuple[Annotation, ...], list[tuple[str, str, str]]]:
    """The annotations of a step's ``annotations`` value, and its problems as (field, message, expected)."""
    problems: list[tuple[str, str, str]] = []
    if value is None:
        return (), problems
    if not isinstance(value, list):
        return (), [("annotations", f"{_show(value)} is not a list", "[[steps.annotations]] tables")]
    if len(value) > MAX_ANNOTATIONS:
        return (), [("annotations", f"{len(value)} annotations are too many",
                     f"at most {MAX_ANNOTATIONS} annotations per step")]
    found = []
    for i, table in enumerate(value):
        where = f"annotations[{i}]"
        if not isinstance(table, dict):
            problems.append((where, f"{_show(table)} is not a table", "a table with kind = point, arrow or circle"))
            continue
        kind = table.get("kind")
        if kind not in KINDS:
            problems.append((f"{where}.kind", f"{_show(kind)} is not a kind of annotation", ", ".join(KINDS)))
            continue
        before = len(problems)
        for key in sorted(set(table) - _FIELDS[kind]):
            problems.append((f"{where}.{key}", f"is not a field of a {kind}", ", ".join(sorted(_FIELDS[kind]))))
        points = []
        for name in _POINTS[kind]:
            got = _point(table.get(name)) if name in table else "is missing"
            if isinstance(got, str):
                problems.append((f"{where}.{name}", got, "[latitude, longitude] in degrees"))
            else:
                points.append(got)
        label = table.get("label", "")
        if not isinstance(label, str):
            problems.append((f"{where}.label", f"{_show(label)} is not text", "text"))
            label = ""
        elif len(label) > MAX_LABEL or "\n" in label or "\r" in label:
            problems.append((f"{where}.label", f"is longer than {MAX_LABEL} characters or has a line break",
                             f"one line of at most {MAX_LABEL} characters"))
        elif kind == "point" and not label.strip():
            problems.append((f"{where}.label", "is missing" if "label" not in table else "is empty",
                             "the point's label"))
        radius = 0.0
        if kind == "circle":
            r = table.get("radius_km")
            if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r) \
                    or not 0 < r <= MAX_RADIUS_KM:
                problems.append((f"{where}.radius_km", "is missing" if r is None else f"{_show(r)} is not a radius",
                                 f"kilometres, more than 0 and at most {MAX_RADIUS_KM:g}"))
            else:
                radius = float(r)
        if len(problems) == before:
            found.append(Annotation(kind, tuple(points), label.strip(), radius))
    return tuple(found), problems


# -- narratives ----------------------------------------------------------------------------------------


def narrative_links(text: str) -> list[str]:
    """The event ids a narrative links to, in order (``[[id]]``)."""
    return [m.group(1).strip() for m in LINK.finditer(text or "")]


def link_problems(text: str, event_ids=None) -> list[tuple[str, str, str]]:
    """Problems of a narrative's links as (field, message, expected): not ids, too many, or (when
    ``event_ids`` is given) ids of no event."""
    links = narrative_links(text)
    if len(links) > MAX_LINKS:
        return [("narrative", f"{len(links)} event links are too many", f"at most {MAX_LINKS} [[event-id]] links")]
    problems = []
    for link in links:
        if not _KEBAB.fullmatch(link):
            problems.append(("narrative", f"[[{link}]] is not an event id", "[[event-id]], an id of events.geojson"))
        elif event_ids is not None and link not in event_ids:
            problems.append(("narrative", f"unknown event id {link!r} in a [[link]]", "an id of events.geojson"))
    return problems


def narrative_parts(text: str) -> list[list[tuple[str, str]]]:
    """The narrative's paragraphs, each a list of ``("text", words)`` and ``("link", event id)``."""
    paragraphs = []
    for para in paragraphs_of(text):
        parts, at = [], 0
        for m in LINK.finditer(para):
            if m.start() > at:
                parts.append(("text", para[at:m.start()]))
            parts.append(("link", m.group(1).strip()))
            at = m.end()
        if at < len(para):
            parts.append(("text", para[at:]))
        paragraphs.append(parts)
    return paragraphs


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a text: separated by an empty line; lines within one joined by a space."""
    return [" ".join(line.strip() for line in p.splitlines() if line.strip())
            for p in _PARAGRAPH_BREAK.split(text or "") if p.strip()]
