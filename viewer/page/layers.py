"""Stable layer ids: how code, settings, legends and tours name the map's layers.

A layer's id never changes; its display label (``viewer.style``) may, with a new wording or
language. The page registers each switchable layer under its id (``window.atlasLayers[id]``)
and reports hidden layers by id; saved settings hold ids. Settings written before ids
existed held the labels: ``migrate`` reads those too.

=================  ===========================================
id                 layer
=================  ===========================================
``units``          the countries, coloured by relation
``outlines``       the outlines of historical states
``regions``        admin-1 regions named by the day's events
``disputed``       disputed boundaries
``tiles``          OpenStreetMap tiles (only with online tiles)
``alliance.X``     the members of alliance X (``alliance.SEATO``)
``events.C``       the events of category C (``events.strike``; ``events.other`` for any unknown one)
=================  ===========================================

The groups ``alliances`` and ``events`` stand for every layer of their kind (``expand``).
"""

from __future__ import annotations

from typing import Iterable

from viewer import style

FIXED = tuple(style.LAYER_LABELS)
ALLIANCE = "alliance."
EVENTS = "events."
GROUPS = {"alliances": ALLIANCE, "events": EVENTS}


def alliance_layer(alliance_id: str) -> str:
    return ALLIANCE + alliance_id


def events_layer(category: str) -> str:
    return EVENTS + category


def is_layer_id(text: str) -> bool:
    return text in FIXED or (text.startswith((ALLIANCE, EVENTS)) and text.count(".") >= 1
                             and len(text.split(".", 1)[1]) > 0)


def label(layer_id: str) -> str:
    """What the layer control shows for a layer (plain text; the page builder escapes it)."""
    if layer_id in style.LAYER_LABELS:
        return style.label("layer", layer_id)
    if layer_id.startswith(ALLIANCE):
        return style.label("layer_template", "alliance").format(style.label("alliance", layer_id[len(ALLIANCE):]))
    if layer_id.startswith(EVENTS):
        return style.label("layer_template", "events").format(style.label("category", layer_id[len(EVENTS):]))
    raise KeyError(f"unknown layer id {layer_id!r}")


def _from_label(text: str) -> str | None:
    """The id of a layer named by its old display label, or None."""
    for layer_id, shown in style.LAYER_LABELS.items():
        if text == shown:
            return layer_id
    alliance_prefix = style.ALLIANCE_LAYER_LABEL.format("")
    if text.startswith(alliance_prefix) and len(text) > len(alliance_prefix):
        shown = text[len(alliance_prefix):]
        by_name = {name: aid for aid, name in style.ALLIANCE_LABELS.items()}
        return alliance_layer(by_name.get(shown, shown))
    events_prefix = style.EVENTS_LAYER_LABEL.format("")
    if text.startswith(events_prefix):
        shown = text[len(events_prefix):]
        for category in (*style.CATEGORY_LABELS, style.OTHER_CATEGORY):
            if style.category_label(category) == shown or category.title() == shown:
                return events_layer(category)
    return None


def migrate(names: Iterable[str]) -> list[str]:
    """Layer ids for saved names: ids stay, old display labels become their ids, anything else goes."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = str(name).strip()
        found = name if is_layer_id(name) else _from_label(name)
        if found and found not in seen:
            seen.add(found)
            out.append(found)
    return out


MAX_SAVED_LAYERS = 500
"""A settings file's list of hidden layers is read up to this many entries (the atlas has a few dozen layers)."""
MAX_SAVED_CHARS = 20_000


def from_setting(value) -> tuple[list[str], str | None]:
    """The hidden layers a settings file keeps (comma-separated ids), and why any of it was dropped: a value
    that is not text, longer than ``MAX_SAVED_CHARS``, or of more than ``MAX_SAVED_LAYERS`` entries is
    dropped whole (the window starts with every layer shown), before it is split."""
    if value is None or value == "":
        return [], None
    if not isinstance(value, str):
        return [], f"is not text ({type(value).__name__})"
    if len(value) > MAX_SAVED_CHARS:
        return [], f"is {len(value):,} characters long, more than {MAX_SAVED_CHARS:,}"
    names = value.split(",", MAX_SAVED_LAYERS)
    if len(names) > MAX_SAVED_LAYERS:
        return [], f"names more than {MAX_SAVED_LAYERS} layers"
    return migrate(names), None


def expand(selectors: Iterable[str], known: Iterable[str]) -> list[str]:
    """The known layer ids that selectors name: an id itself, or a group (``events``, ``alliances``)."""
    known = list(known)
    out: list[str] = []
    for selector in selectors:
        prefix = GROUPS.get(selector)
        matches = [k for k in known if k.startswith(prefix)] if prefix else [selector] if selector in known else []
        out += [m for m in matches if m not in out]
    return out


def known_ids(atlas) -> list[str]:
    """The ids of every layer the page of this atlas has (no online tiles): the fixed layers, one per
    alliance in force at some time, one per event category (``events.other`` if an event needs it)."""
    import datetime as dt

    first, last = atlas.first_day.toordinal(), atlas.last_day.toordinal()
    days = {first, *(d for d in atlas.alliance_change_days() if first <= d <= last)}
    alliances = sorted({a["id"] for d in days for a in atlas.alliances(dt.date.fromordinal(d))})
    categories = list(style.CATEGORY_COLOURS)
    if any(e.get("category") not in style.CATEGORY_COLOURS for e in atlas.events):
        categories.append(style.OTHER_CATEGORY)
    return ([i for i in FIXED if i != "tiles"] + [alliance_layer(a) for a in alliances]
            + [events_layer(c) for c in categories])
