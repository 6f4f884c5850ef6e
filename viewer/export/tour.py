"""A guided tour as exports see it, without Qt: each step's card, the frames of its animation, its page data.

- ``step_card_html(tour, n)``: the card of step ``n`` (its title, date, narrative and sources, each source
  as the event card shows it: ``viewer.core.sources.entry_html``), for the window and the PDF pages.
- ``tour_frames(tour, known)``: the frames of a GIF or MP4 of the tour: each step held for its time,
  and between two steps a few frames whose date and map box move from one step to the next, so the
  change is seen happening.
- ``tour_data(tour, known)``: what the standalone HTML page's tour script needs (text only: the page
  shows it with ``textContent``).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from viewer.core.annotations import narrative_parts, paragraphs_of
from viewer.core.sources import bundled_catalogue, describe, entry_html
from viewer.core.tourplay import step_plans
from viewer.core.tours import Tour
from viewer import style
from viewer.i18n.languages import is_rtl
from viewer.i18n.names import format_date
from viewer.i18n.roughdates import rough_words

TRANSITION_FRAMES = 8
"""Frames between two steps of an animation."""
TRANSITION_MS = 150
"""Each of those frames' time on screen."""


def format_day(day: dt.date, lang: str = "en") -> str:
    """A step's date: ``2 May 2011``; in French or Urdu as CLDR writes it (``2 mai 2011``)."""
    return f"{day.day} {day:%B %Y}" if lang == "en" else format_date(day, lang)


EVENT_LINK = "atlas-event"
"""The scheme of a link to an event on a card (``atlas-event:ID``; the events panel follows it)."""


def narrative_html(text: str, events: dict | None = None) -> str:
    """A narrative's paragraphs as HTML, every string escaped; ``[[id]]`` of an event in ``events`` becomes a
    link named by the event's title, any other stays as typed."""
    esc = html.escape
    out = []
    for para in narrative_parts(text):
        bits = []
        for kind, value in para:
            event = (events or {}).get(value) if kind == "link" else None
            if event is not None:
                bits.append(f"<a href='{EVENT_LINK}:{esc(value, quote=True)}'>{esc(event['title'])}</a>")
            else:
                bits.append(esc(value if kind == "text" else f"[[{value}]]"))
        out.append("<p>" + "".join(bits) + "</p>")
    return "".join(out)


def step_card_html(tour: Tour, n: int, catalogue=None, events: dict | None = None,
                   lacking: list[str] | None = None, lang: str = "en") -> str:
    """Step ``n`` (0-based) as HTML, every string escaped; the narrative is our words, never in quotation marks.
    ``events`` (id -> event) names the events the step highlights and those its narrative links to;
    ``lacking`` lists what the step names that the data open now lacks (``viewer.core.tourfile``). The card's own
    words and the date are in ``lang`` (the window's); the tour's texts stay in its language, and in a
    right-to-left window a left-to-right tour's texts keep their direction."""
    esc = html.escape

    def word(key: str, **values) -> str:
        return esc(style.label("page", key, lang).format(**values))

    step = tour.steps[n]
    catalogue = tour.catalogue(bundled_catalogue() if catalogue is None else catalogue)
    own = "<div dir='ltr'>{}</div>" if is_rtl(lang) and not is_rtl(tour.language or "en") else "{}"
    mine = " dir='rtl'" if is_rtl(lang) else ""  # the card's own words, right to left in Urdu
    day = format_day(step.date, lang)
    parts = [own.format(f"<p style='color:#555'>{esc(tour.title)}</p>"),
             f"<p{mine} style='color:#555'>{word('tour_step', n=n + 1, m=len(tour.steps))}</p>",
             own.format(f"<h3>{esc(step.title)}</h3>"), f"<p{mine}><b>{esc(day)}</b></p>",
             own.format(narrative_html(step.narrative, events))]
    if lacking:
        parts.append(f"<p{mine} style='color:#8a4b00'><i>{word('tour_lacking')}</i> " + esc(", ".join(lacking)) + "</p>")
    shown = [events[i] for i in step.events if events and i in events]
    if shown:
        parts.append(f"<p{mine}><i>{word('tour_on_map')}</i> " + "; ".join(
            f"{esc(e['title'])} ({esc(rough_words(e) or e['start'])})" for e in shown) + "</p>")
    parts.append(f"<p{mine}><b>{word('tour_sources')}</b></p>" + own.format("<ol>" + "".join(
        entry_html(entry, catalogue) for entry in step.sources) + "</ol>"))
    return "".join(parts)


@dataclass(frozen=True)
class TourFrame:
    """One frame of a tour's animation."""

    day: dt.date
    bounds: tuple[float, float, float, float]  # south, west, north, east
    hidden: tuple[str, ...]
    select: str | None  # the event highlighted
    duration_ms: int
    step: int  # the step shown, or arrived at (0-based)
    caption: str  # the caption's title: the tour, and the step's title
    highlight: tuple[str, ...] = ()  # every event of the step, highlighted with ``select``
    annotations: tuple = ()  # the step's annotations, as the page draws them (Annotation.as_page)


def _between(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def tour_frames(tour: Tour, known, hidden=(), transition_frames: int = TRANSITION_FRAMES,
                transition_ms: int = TRANSITION_MS) -> list[TourFrame]:
    """Each step held for its ``hold``; before each step after the first, ``transition_frames`` frames
    whose date and box go from the previous step's to this one's (eased at both ends)."""
    plans = step_plans(tour, known, hidden)
    frames: list[TourFrame] = []
    for n, (step, plan) in enumerate(zip(tour.steps, plans)):
        caption = f"{tour.title} · {n + 1}/{len(tour.steps)} {step.title}"
        if n and transition_frames:
            before, prev = tour.steps[n - 1], plans[n - 1]
            start, end = before.date.toordinal(), step.date.toordinal()
            for k in range(1, transition_frames + 1):
                t = k / (transition_frames + 1)
                t = t * t * (3 - 2 * t)  # smoothstep: slow out of one step, slow into the next
                box = tuple(_between(a, b, t) for a, b in zip(prev.bounds, plan.bounds))
                frames.append(TourFrame(dt.date.fromordinal(round(_between(start, end, t))), box, prev.hidden,
                                        None, transition_ms, n, caption))
        frames.append(TourFrame(step.date, plan.bounds, plan.hidden, step.events[0] if step.events else None,
                                round(step.hold * 1000), n, caption, tuple(step.events), page_annotations(step)))
    return frames


def page_annotations(step) -> list[dict]:
    """A step's annotations as the map page draws them (``resources/annotations.js``)."""
    return [a.as_page() for a in step.annotations]


def tour_data(tour: Tour, known, catalogue=None, events: dict | None = None, lang: str = "en") -> dict:
    """The tour for the standalone page: ``{id, title, steps: [{date, title, narrative, paragraphs, bounds,
    hidden, events, hold, annotations, sources: [{title, kind, text, translation, locator, disagrees}]}]}``;
    ``paragraphs`` are the narrative's, each a list of ``["text", words]`` and ``["link", id, title]``
    (a link only to an event in ``events``); ``when``, the step's date, in the page's language ``lang`` (the tour's
    own texts stay in the language it was written in)."""
    catalogue = tour.catalogue(bundled_catalogue() if catalogue is None else catalogue)
    steps = []
    for step, plan in zip(tour.steps, step_plans(tour, known)):
        paragraphs = [[["link", v, events[v]["title"]] if k == "link" and events and v in events
                       else ["text", v if k == "text" else f"[[{v}]]"] for k, v in para]
                      for para in narrative_parts(step.narrative)]
        steps.append({"date": plan.date, "when": format_day(step.date, lang), "title": step.title,
                      "narrative": "\n\n".join(paragraphs_of(step.narrative)), "paragraphs": paragraphs,
                      "annotations": page_annotations(step), "bounds": [[plan.bounds[0], plan.bounds[1]],
                                                              [plan.bounds[2], plan.bounds[3]]],
                      "hidden": list(plan.hidden), "events": list(step.events), "hold": step.hold,
                      "sources": [describe(entry, catalogue) for entry in step.sources]})
    return {"id": tour.id, "title": tour.title, "language": tour.language, "steps": steps}
