"""The caption's text and the legend of what a day's map shows, as data (drawn by ``viewer.qt.render.caption``).

Both in any language of the atlas (``lang``): the English is in ``viewer.style``, the French
and Urdu come from ``viewer.i18n`` (imported when asked for: ``viewer.i18n`` reads ``viewer.page``,
which imports nothing of the exports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from viewer import style
from viewer.core.dates import parse_date
from viewer.i18n import labels
from viewer.page import layers

ATTRIBUTION = style.CAPTION_LABELS["attribution"]
DEFAULT_TITLE = style.CAPTION_LABELS["title"]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(day: dt.date | str) -> str:
    """``17 January 2024``."""
    day = parse_date(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def caption_lines(day: dt.date | str, title: str | None = None, lang: str = "en") -> tuple[str, str]:
    """The caption's two lines: the title (default: the atlas's name, in ``lang``) and the long date."""
    if lang == "en":
        title = DEFAULT_TITLE if title is None else " ".join(str(title).split())
        return title, long_date(day)
    from viewer.i18n.labels import label
    from viewer.i18n.names import format_date

    title = label("caption", "title", lang) if title is None else " ".join(str(title).split())
    return title, format_date(day, lang)


def attribution(lang: str = "en") -> str:
    """The data attribution of a caption, in ``lang``."""
    if lang == "en":
        return ATTRIBUTION
    from viewer.i18n.labels import label

    return label("caption", "attribution", lang)


def cite_as(day: dt.date | str, view: dict | None = None, hidden_layers: Iterable[str] = (), lang: str = "en",
            display: dict | None = None) -> str:
    """The line that tells a reader how to cite an exported map: the atlas, its version and the view's
    ``pakatlas:`` link (date, view, hidden layers and, when not the default, how past events show: the
    state's ``display``), which opens the same view in the window."""
    from viewer import version
    from viewer.core.viewlink import ViewLink, format_link

    shown = None
    if view and "center" in view:
        shown = (round(float(view["center"][0]), 4), round(float(view["center"][1]), 4), int(round(view["zoom"])))
    elif view and "bounds" in view:
        (south, west), (north, east) = view["bounds"]
        shown = tuple(round(float(v), 4) for v in (south, west, north, east))
    past, past_layers = past_of(display)
    link = format_link(ViewLink(parse_date(day), shown, tuple(layers.migrate(hidden_layers)), (), past, past_layers))
    if lang == "en":
        template = style.CAPTION_LABELS["cite_as"]
    else:
        from viewer.i18n.labels import label
        from viewer.i18n.languages import is_rtl

        template = label("caption", "cite_as", lang)
        if is_rtl(lang):
            link = "\u2066" + link + "\u2069"  # the link read left to right inside right-to-left words
    return template.format(version=version(), link=link)


def past_of(display: dict | None) -> tuple[str | None, str | None]:
    """A state's ``display`` as a link's ``past`` and ``past-layers`` (None where it is the default)."""
    from viewer.core.modes import Display

    if not display:
        return None, None
    shown = Display(display.get("mode", "window"), window=display.get("window", style.DEFAULT_RECENT_DAYS),
                    fade_days=display.get("fade_days", style.DEFAULT_RECENT_DAYS))
    own = display.get("layers") or {}
    return (None if shown == Display() else shown.text(),
            ",".join(f"{layer}={mode}" for layer, mode in sorted(own.items())) or None)


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "swatch" (fill, stroke), "line" (color, dash, weight), "dot" (fill, faded), "burst", "hatch",
    # "note" (no symbol: text, e.g. a disputed line's name)
    label: str
    fill: str = ""
    stroke: str = ""
    dash: str = ""
    weight: float = 2.0
    faded: bool = False
    pattern: str = ""  # a swatch's pattern over its fill: "stripes", "grid" (style.STATUS_PATTERNS) or "back"
    # (style.DISPUTED_PATTERN: the other diagonal), in ``ink``
    ink: str = ""


def _without_aside(name: str) -> str:
    """A disputed line's name without its closing aside in brackets ("Shaksgam valley: boundary claimed by
    India (the 1963 ... line is the other)" -> "Shaksgam valley: boundary claimed by India")."""
    cut = name.find(" (")
    return name[:cut] if cut > 0 and name.rstrip().endswith(")") else name


def legend_sections(state: dict, hidden_layers: Iterable[str] = (), lang: str = "en", *,
                    disputed_lines: Iterable[str] = ()) -> list[tuple[str, list[LegendEntry]]]:
    """The legend of what the map shows on the state's day: only what is on it (and not switched off).

    ``hidden_layers`` are layer ids (``viewer.page.layers``); the labels are in ``lang`` (``style.label``).
    ``disputed_lines``: the names (in ``lang``) of the disputed lines of Pakistan's frontiers the map shows in
    view that day (the page's legend lists them; the renderer reads them from the page), said in one note under
    the disputed line."""
    words = {key: style.label("legend", key, lang) for key in style.LEGEND_LABELS}
    hidden = set(layers.migrate(hidden_layers))
    sections: list[tuple[str, list[LegendEntry]]] = []
    if "units" not in hidden:
        statuses = {r["status"] for r in state.get("relations", [])}
        rows = [LegendEntry("swatch", words["pakistan"], style.PAKISTAN_FILL, style.PAKISTAN_STROKE)]
        rows += [LegendEntry("swatch", style.label("status", s, lang), colour, style.SWATCH_BORDER,
                             pattern=style.STATUS_PATTERNS.get(s, {}).get("kind", ""),
                             ink=style.STATUS_PATTERNS.get(s, {}).get("color", ""))
                 for s, colour in style.STATUS_COLOURS.items() if s in statuses]
        rows.append(LegendEntry("swatch", words["no_relation"], style.LAND_COLOUR, style.SWATCH_BORDER))
        if any("held_by" in t for t in state.get("territories", [])):
            rows.append(LegendEntry("swatch", words["disputed_area"], style.LAND_COLOUR, style.DISPUTED_STYLE["color"],
                                    pattern=style.DISPUTED_PATTERN["kind"], ink=style.DISPUTED_PATTERN["color"]))
        sections.append((words["relations"], rows))
    rows = []
    if "outlines" not in hidden and any(len(t["units"]) > 1 for t in state.get("territories", [])):
        rows.append(LegendEntry("line", words["historical"], stroke=style.OUTLINE_STYLE["color"], weight=2))
    if "disputed" not in hidden:
        rows.append(LegendEntry("line", words["disputed"], stroke=style.DISPUTED_STYLE["color"],
                                dash=style.DISPUTED_STYLE["dashArray"], weight=style.DISPUTED_STYLE["weight"]))
        if disputed_lines:  # what they are that day, under it, without their asides in brackets: a caption is short
            rows.append(LegendEntry("note", "; ".join(_without_aside(name) for name in disputed_lines)))
    if "regions" not in hidden and state.get("regions"):
        rows.append(LegendEntry("hatch", words["region"], fill=style.REGION_HIGHLIGHT["hatch"],
                                stroke=style.REGION_HIGHLIGHT["color"]))
    looks = style.alliance_styles(group["id"] for group in state.get("alliances", []))
    for aid, look in looks.items():
        if layers.alliance_layer(aid) in hidden:
            continue
        rows.append(LegendEntry("line", style.label("alliance", aid, lang), stroke=look["color"], dash=look.get("dashArray") or "",
                                weight=min(float(look.get("weight", 2)), 3.5)))
    if rows:
        sections.append((words["borders_and_alliances"], rows))
    rows = []

    def category(e: dict) -> str:  # the category whose layer shows the event
        return e.get("category") if e.get("category") in style.CATEGORY_COLOURS else style.OTHER_CATEGORY

    shown = [e for e in state.get("events", []) if layers.events_layer(category(e)) not in hidden]
    categories = {category(e) for e in shown}
    if "strike" in categories:
        rows.append(LegendEntry("burst", style.label("category", "strike", lang), fill=style.CATEGORY_COLOURS["strike"]))
    for name, colour in style.CATEGORY_COLOURS.items():
        if name != "strike" and name in categories:
            rows.append(LegendEntry("dot", style.label("category", name, lang), fill=colour))
    if style.OTHER_CATEGORY in categories:
        rows.append(LegendEntry("dot", style.label("category", style.OTHER_CATEGORY, lang), fill=style.OTHER_CATEGORY_COLOUR))
    if any(e.get("recent") for e in shown):
        rows.append(LegendEntry("dot", labels.recent_label(state.get("display"), lang), fill=style.RECENT_DOT, faded=True))
    if rows:
        sections.append((words["events"], rows))
    return sections


