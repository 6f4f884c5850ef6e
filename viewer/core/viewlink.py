"""Links to a view of the atlas: a date, a place on the map and the layers switched on or off.

The same view has two spellings, and each turns into the other::

    pakatlas:?date=1965-09-06&view=south-asia&layers=-events.visit&past=fade:730
    pakatlas --date 1965-09-06 --view south-asia --layers=-events.visit --past fade:730

``view`` is a named view (``viewer.core.tours.VIEWS``), a centre and zoom ``lat,lon,zoom``
(``33.7,73.1,7``) or a box ``south,west,north,east``. ``layers`` is a comma-separated list
of layer ids (see ``viewer.core.tours``): ``-id`` hides a layer, ``id`` (or ``+id``) shows
it. ``past`` is how past events show (``viewer.core.modes``: ``instant``, ``window:N``,
``cumulative``, ``fade:N``) and ``past-layers`` the layers that keep them their own way
(``events.treaty=cumulative``), so that a link (and the cite-as line of an export) brings back
the same map. Every part is optional. ``parse_link`` and ``from_options`` raise ValueError
naming the part that is wrong; ``format_link`` and ``command_line`` write the canonical form,
which ``parse_link`` reads back to the same link.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shlex
from dataclasses import dataclass
from urllib.parse import quote, unquote

from viewer.core.dates import TIMELINE_END, TIMELINE_START, parse_date
from viewer.core.modes import Display, layer_displays_text, parse_layer_displays
from viewer.core.tours import LAYERS_EXPECTED, VIEWS, layer_problem, parse_view

SCHEME = "pakatlas:"
MAX_ZOOM = 18
_DECIMALS = 5  # about a metre: coordinates are kept to this many decimals, so links read back exactly


@dataclass(frozen=True)
class ViewLink:
    date: dt.date | None = None
    view: str | tuple[float, ...] | None = None  # a view name, (lat, lon, zoom) or (south, west, north, east)
    hide: tuple[str, ...] = ()
    show: tuple[str, ...] = ()
    past: str | None = None  # a Display's text (window:365); None: as the window has it
    past_layers: str | None = None  # layer_displays_text: events.treaty=cumulative,...

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """The box to fit the map to, for a named view or a box; None for a centre and zoom."""
        if isinstance(self.view, str):
            return VIEWS[self.view]
        if self.view is not None and len(self.view) == 4:
            return self.view
        return None


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"view: {what} {_short(text)} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"view: {what} {_short(text)} is not a finite number")
    return round(value, _DECIMALS)


def parse_view_text(text: str) -> str | tuple[float, ...]:
    """A view name, ``lat,lon,zoom`` or ``south,west,north,east``."""
    text = text.strip()
    if text in VIEWS:
        return text
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 3:
        lat, lon = _number(parts[0], "latitude"), _number(parts[1], "longitude")
        if not -90 <= lat <= 90:
            raise ValueError(f"view: latitude {parts[0]} is outside -90..90")
        if not -180 <= lon <= 180:
            raise ValueError(f"view: longitude {parts[1]} is outside -180..180")
        if not re.fullmatch(r"[0-9]{1,3}", parts[2]) or not 0 <= int(parts[2]) <= MAX_ZOOM:  # ASCII digits only
            raise ValueError(f"view: zoom {_short(parts[2])} is not a whole number from 0 to {MAX_ZOOM}")
        return (lat, lon, int(parts[2]))
    if len(parts) == 4:
        box = [_number(p, name) for p, name in zip(parts, ("south", "west", "north", "east"))]
        try:
            return parse_view(box)[0]
        except ValueError as err:
            raise ValueError(f"view: {err}") from None
    raise ValueError(f"view: {text!r} is not a view name ({', '.join(VIEWS)}), lat,lon,zoom "
                     "or south,west,north,east")


def parse_layers(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``-events.visit,alliance.SEATO`` -> (hidden, shown)."""
    hide, show = [], []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        target, layer = (hide, item[1:]) if item[0] == "-" else (show, item.lstrip("+"))
        why = layer_problem(layer)
        if why:
            raise ValueError(f"layers: {why} (expected {LAYERS_EXPECTED}, with - to hide)")
        if layer in hide or layer in show:
            raise ValueError(f"layers: {layer!r} is given twice")
        target.append(layer)
    return tuple(hide), tuple(show)


def _date(text: str) -> dt.date:
    try:
        day = parse_date(text)
    except ValueError as err:
        raise ValueError(f"date: {err} (expected YYYY-MM-DD)") from None
    if not TIMELINE_START <= day <= TIMELINE_END:
        raise ValueError(f"date: {day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
    return day


def _past(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return Display.parse(text).text()
    except ValueError as err:
        raise ValueError(f"past: {err}") from None


def _past_layers(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return layer_displays_text(parse_layer_displays(text)) or None
    except ValueError as err:
        raise ValueError(f"past-layers: {err}") from None


def from_options(date: str | dt.date | None = None, view: str | None = None, layers: str | None = None,
                 past: str | None = None, past_layers: str | None = None) -> ViewLink:
    """The link of the command line options ``--date``, ``--view``, ``--layers``, ``--past`` and
    ``--past-layers``."""
    hide, show = parse_layers(layers) if layers else ((), ())
    return ViewLink(_date(date) if date is not None else None,
                    parse_view_text(view) if view is not None else None, hide, show, _past(past),
                    _past_layers(past_layers))


def parse_link(uri: str) -> ViewLink:
    """A ``pakatlas:?date=...&view=...&layers=...`` link."""
    text = uri.strip()
    if not text.lower().startswith(SCHEME):
        raise ValueError(f"{_short(uri)} is not a pakatlas: link (expected pakatlas:?date=YYYY-MM-DD&view=...)")
    query = text[len(SCHEME):].lstrip("/")
    query = query[1:] if query.startswith("?") else query
    query = query.split("#", 1)[0]
    options: dict[str, str] = {}
    for pair in filter(None, query.split("&")):
        key, sep, value = pair.partition("=")
        key = unquote(key)
        if not sep:
            raise ValueError(f"link part {key!r} has no value (expected {key}=...)")
        if key not in ("date", "view", "layers", "past", "past-layers"):
            raise ValueError(f"link part {key!r} is unknown (expected date, view, layers, past or past-layers)")
        if key in options:
            raise ValueError(f"link part {key!r} is given twice")
        options[key] = unquote(value)  # not unquote_plus: '+' shows a layer, it is not a space
    return from_options(**{key.replace("-", "_"): value for key, value in options.items()})


def _short(text: str) -> str:
    return repr(text) if len(text) <= 60 else repr(text[:55] + "...")


def _format_number(value: float, decimals: int = _DECIMALS) -> str:
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pixel_decimals(zoom: float) -> int:
    """How many decimals of a degree tell one screen pixel from the next at ``zoom`` (a web map's 256-pixel
    tiles): a centre read back from the screen keeps no more precision than the map shows, so a view
    opened from a link and copied again (the layout may settle it by a fraction of a pixel) reads as given."""
    degrees_per_pixel = 360 / (256 * 2 ** max(float(zoom), 0))
    return min(_DECIMALS, max(0, math.ceil(-math.log10(degrees_per_pixel))))


def view_text(view) -> str:
    if isinstance(view, str):
        return view
    if len(view) == 3:
        return f"{_format_number(view[0])},{_format_number(view[1])},{int(view[2])}"
    return ",".join(_format_number(v) for v in view)


def layers_text(link: ViewLink) -> str:
    return ",".join([f"-{layer}" for layer in link.hide] + list(link.show))


def _parts(link: ViewLink) -> list[tuple[str, str]]:
    parts = []
    if link.date is not None:
        parts.append(("date", link.date.isoformat()))
    if link.view is not None:
        parts.append(("view", view_text(link.view)))
    if link.hide or link.show:
        parts.append(("layers", layers_text(link)))
    if link.past is not None:
        parts.append(("past", link.past))
    if link.past_layers:
        parts.append(("past-layers", link.past_layers))
    return parts


def format_link(link: ViewLink) -> str:
    """``pakatlas:?date=...&view=...&layers=...`` (only the parts the link has)."""
    return SCHEME + "?" + "&".join(f"{key}={quote(value, safe=',.-_:')}" for key, value in _parts(link))


def command_line(link: ViewLink, program: str = "pakatlas") -> str:
    """The command that opens the window on this view, quoted for a POSIX shell."""
    words = [program]
    for key, value in _parts(link):
        # --layers=-x: a value that starts with '-' must be joined to its option
        words += [f"--{key}={value}"] if value.startswith("-") else [f"--{key}", value]
    return shlex.join(words)
