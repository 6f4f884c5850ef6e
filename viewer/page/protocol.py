"""The page protocol: what Python sends the map page's controller (``window.atlas``), in one place.

Both the window (``viewer.qt.webengine.mapview``) and the standalone HTML export
(``viewer.export.html``) speak it:

- ``slim_state(state, page_events)``: the parts of an atlas state the page needs, in the shape
  ``atlas.apply`` takes. Events the page was built with travel as ``{id, recent}``; any other
  event travels whole, so the page can make a marker for it. A territory carries its
  ``key`` (``polity_key``), the key of its outline on the page.
- ``state_delta(previous, new)``: the sections of a slim state that changed (the date always).
- ``event_changes(previous, events, page_events)``: instead of the whole events list, only
  the events added, changed or gone (``eventChanges``).
- ``call(function, *args)``: the script that calls one function of the page's controller,
  its arguments as JSON. Every call to the page goes through it.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Iterable

from viewer.i18n.labels import recent_label
from viewer.page.assets import EVENT_FIELDS

SECTIONS = ("date", "territories", "relations", "alliances", "events", "regions", "legend")
RELATION_KEYS = ("partner", "status", "since", "until", "reason", "certain")
RECORD_KEYS = EVENT_FIELDS + ("recent", "opacity", "certain")
"""What the page holds of an event it was not built with: its row, whether it is recent, its opacity (the
fade mode) and whether it is certainly on the map that day."""

PageEvents = set[str] | frozenset[str]


def polity_key(polity_id: str, units: Iterable[str]) -> str:
    """The key of one composition of a polity: its id and its sorted units (``PAK|BGD,PAK``)."""
    return polity_id + "|" + ",".join(sorted(units))


def slim_territories(territories: list[dict]) -> list[dict]:
    """The territories as the page takes them; a disputed one keeps ``held_by`` (who held it that day)."""
    return [{"id": t["id"], "name": t.get("name"), "units": list(t["units"]), "key": polity_key(t["id"], t["units"]),
             **({"held_by": list(t["held_by"])} if "held_by" in t else {})} for t in territories]


def _event_record(event: dict) -> dict:
    return {key: event.get(key) for key in RECORD_KEYS}


def look(event: dict) -> int | list:
    """How the page draws an event it was built with: 0 in progress, 1 ended recently (faded), or
    ``[recent, opacity, possible]`` in the fade mode (its opacity) or when it is only possibly on the map
    that day (``certain`` false: its EDTF dates' margin)."""
    recent = 1 if event.get("recent") else 0
    opacity, possible = event.get("opacity"), event.get("certain") is False
    if opacity is None and not possible:
        return recent
    return [recent, opacity, 1 if possible else 0]


def slim_events(events: list[dict], page_events: PageEvents = frozenset()) -> list[dict]:
    out = []
    for e in events:
        if e["id"] not in page_events:
            out.append(_event_record(e))
            continue
        shown = look(e)  # a list (faded, or only possible) travels whole; else recent says it all
        out.append({"id": e["id"], "recent": bool(e.get("recent")), **({"look": shown} if type(shown) is list else {})})
    return out


def slim_state(state: dict, page_events: PageEvents = frozenset()) -> dict:
    """The parts of an atlas state the page needs, in the shape ``atlas.apply`` takes."""
    return {
        "date": state.get("date"),
        "territories": slim_territories(state.get("territories", [])),
        "relations": [{key: r.get(key) for key in RELATION_KEYS} for r in state.get("relations", [])],
        "alliances": [{"id": a["id"], "name": a.get("name"), "members": list(a.get("members", []))}
                      for a in state.get("alliances", [])],
        "events": slim_events(state.get("events", []), page_events),
        # the page highlights the regions; which events concern each is not its business
        "regions": [{"id": r["id"], "name": r.get("name")} for r in state.get("regions", [])],
        # the legend's words that follow the day: how past events are kept (the display mode)
        "legend": {"recent": recent_label(state.get("display"), state.get("lang") or "en")},
    }


def state_delta(previous: dict, new: dict) -> dict:
    """The sections of ``new`` that differ from ``previous`` (the date always)."""
    delta = {key: new[key] for key in SECTIONS if key in new and previous.get(key) != new[key]}
    delta["date"] = new.get("date")
    return delta


def event_changes(previous: dict | None, events: list[dict],
                  page_events: PageEvents = frozenset()) -> tuple[dict, dict | None]:
    """The events of a state as the page holds them, and what the page needs to hold them.

    The first is ``{id: its look}`` (``look``) for an event the page was built with, or
    ``{id: its record}`` for any other. The second is ``{reset, put, drop}`` for the
    page's ``eventChanges`` (put items are ``[id, look]`` or whole records): every
    event when ``previous`` is None, else only those added, changed or gone (None
    when nothing changed).
    """
    now = {}
    for e in events:
        event_id = e["id"]
        if event_id in page_events:
            now[event_id] = look(e)
        else:
            now[event_id] = _event_record(e)
    if previous is None:
        return now, {"reset": True, "put": [[i, v] if type(v) is not dict else v for i, v in now.items()], "drop": []}
    get = previous.get
    put = [[i, v] if type(v) is not dict else v for i, v in now.items() if get(i) != v]
    drop = [i for i in previous if i not in now]
    return now, ({"put": put, "drop": drop} if put or drop else None)


def to_json(value: Any) -> str:
    """Compact JSON, as the page receives it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# A brace that would open a Jinja2 block, variable or comment: ``{{``, ``{%``, ``{#``. In JSON text such a
# brace can only stand inside a string (an object's ``{`` is followed by ``"`` or ``}``).
_TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])")


def script_json(value: Any) -> str:
    """JSON that is inert wherever the page puts it: inside a <script> element and inside folium's templates.

    No ``</script>`` or ``<!--`` (``<``, ``>``, ``&`` escaped), no line separators, no ``://`` (``/`` is
    written ``\\/``, so data text is never mistaken for a resource reference), and no ``{{``, ``{%`` or ``{#``:
    branca renders the script of every folium element a second time as a Jinja2 template, so a brace that
    opens a template tag is written ``\\u007b``. JavaScript reads every escape back as the same character.
    """
    text = (to_json(value).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("/", "\\/"))
    return _TEMPLATE_OPENER.sub(r"\\u007b", text)


def html_text(text: str) -> str:
    """Text for HTML (a layer-control label, which Leaflet shows as HTML; a page's title): escaped, and
    written without ``{``, ``}`` or ``/`` (as character references, which read the same) so that it cannot
    open a template tag (see ``script_json``) or read as an address."""
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace("/", "&#47;")


def call(function: str, *args: Any, result: bool = False) -> str:
    """The script that calls ``window.<function>(args...)`` in the page (``atlas.apply``, ``atlasExport.view``).

    ``function`` is a dotted name of the page's own (never data); the arguments travel as JSON.
    Without ``result`` the script ends in ``null``, so nothing is sent back; with it, the value
    is sent back as JSON text (``None`` when the controller is not up).
    """
    if not all(part.isidentifier() for part in function.split(".")):
        raise ValueError(f"not a page function: {function!r}")
    invoke = f"window.{function}({','.join(script_json(a) for a in args)})"
    if not result:
        return invoke + "; null"
    return f"(window.atlas && window.atlas.ready) ? JSON.stringify({invoke}) : null"
