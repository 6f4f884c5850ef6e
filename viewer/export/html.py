"""A standalone, interactive HTML page of the map: one file that opens offline in any browser.

``build_html(atlas, day)`` takes the app's own map page (the shipped shell with the atlas's data
in it, ``viewer.page.build.build_page``) and inlines every asset: Leaflet's script and styles (its images as ``data:``
URIs), the controller and the atlas styles. The page carries no ``http://`` or
``https://`` text at all: the few URLs inside Leaflet's script (the SVG
namespace, a link in its attribution prefix) are written with ``\\/`` escapes,
which read the same to the script, and style-sheet comments are dropped. A
Content-Security-Policy forbids every request, so the page could not reach the
network even if it tried.

With ``timeline=True`` the page also carries the map's state for the first of
every month and for every event's start day, and a slider (with a play
button) to move through them; its address follows the slider (``#date=YYYY-MM-DD``)
and a link with a date opens the page on it. With ``tour`` (``viewer.export.tour.tour_data``)
the page has the timeline and a panel that steps through the tour (``resources/tour.js``).
No Qt here.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import mimetypes
import re
from pathlib import Path
from typing import Iterable

from viewer.i18n.labels import label
from viewer.i18n.languages import direction
from viewer.page import assets, layers, protocol
from viewer.page.protocol import html_text
from viewer.core.dates import parse_date
from viewer.export.legend import attribution, caption_lines, cite_as

SECTIONS = tuple(key for key in protocol.SECTIONS if key != "date")
STANDALONE_JS = "standalone.js"
STANDALONE_CSS = "standalone.css"
TOUR_JS = "tour.js"
PAGE_WORDS = ("date", "play", "tour", "tour_previous", "tour_play", "tour_pause", "tour_next", "tour_step", "tour_sources",
              "tour_differs", "tour_translation", "tour_paraphrase")
"""The page's own words (``viewer.style.PAGE_LABELS``) the standalone page and its tour panel say."""
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _no_urls(text: str) -> str:
    """``://`` as ``:\\/\\/`` in script text: the same string to JavaScript, no URL to anything else."""
    return text.replace("://", r":\/\/")


def _script(source: str) -> str:
    source = re.sub(r"^//# sourceMappingURL=.*$", "", source, flags=re.MULTILINE)
    source = re.sub(r"</(script)", r"<\\/\1", _no_urls(source), flags=re.IGNORECASE)  # nothing can close it early
    return f"<script>\n{source}\n</script>"


def _style(source: str, folder: Path | None = None) -> str:
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.DOTALL)  # comments (one holds a bug-tracker link)

    def inline(match: re.Match) -> str:
        ref = match.group(2)
        if folder is None or ref.startswith(("data:", "#")):
            return match.group(0)
        target = (folder / ref).resolve()
        if not target.is_relative_to(folder.resolve()) or not target.is_file():
            return "url()"
        return f'url("{_data_uri(target)}")'

    source = re.sub(r"""url\((['"]?)([^'")]+)\1\)""", inline, source)
    source = re.sub(r"</(style)", r"<\\/\1", source, flags=re.IGNORECASE)
    return "<style>\n" + source + "\n</style>"


def _slim(state: dict, page_events: frozenset[str], lang: str = "en", unit_names=None) -> dict:
    """The sections of a state the page's ``atlas.apply`` takes, without the date (``protocol.slim_state``),
    its territories named in ``lang``."""
    slim = protocol.slim_state({**state, "lang": lang}, page_events)
    del slim["date"]
    if lang != "en":
        from viewer.i18n.names import territory

        slim["territories"] = [{**t, "name": territory(t, lang, unit_names)[0]} for t in slim["territories"]]
    return slim


def timeline_days(atlas, first: dt.date | None = None, last: dt.date | None = None,
                  extra: Iterable[dt.date] = ()) -> list[dt.date]:
    """The slider's stops: the first of every month, every event's start day, and ``extra`` days."""
    first = first or atlas.first_day
    last = last or atlas.last_day
    days = {first, last, *extra}
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = dt.date(year, month, 1)
        if first <= day <= last:
            days.add(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    days.update(d for d in (dt.date.fromisoformat(e["start"]) for e in atlas.events) if first <= d <= last)
    return sorted(d for d in days if first <= d <= last)


def _timeline_data(atlas, days: list[dt.date], page_events: frozenset[str], lang: str = "en") -> dict:
    """Every stop's state, each distinct section stored once: ``{tables: {section: [...]}, stops: [[date, i...]]}``."""
    tables: dict[str, list] = {key: [] for key in SECTIONS}
    index: dict[str, dict[str, int]] = {key: {} for key in SECTIONS}
    stops = []
    for day in days:
        slim = _slim(atlas.state(day), page_events, lang, atlas.unit_names)
        row: list = [day.isoformat()]
        for key in SECTIONS:
            text = json.dumps(slim[key], sort_keys=True, separators=(",", ":"))  # one entry per distinct section
            if text not in index[key]:
                index[key][text] = len(tables[key])
                tables[key].append(slim[key])
            row.append(index[key][text])
        stops.append(row)
    return {"sections": list(SECTIONS), "tables": tables, "stops": stops}


def build_html(atlas, day: dt.date | str, *, title: str | None = None, timeline: bool = False,
               view: dict | None = None, hidden_layers: Iterable[str] = (), caption: bool = True,
               lang: str = "en", tour: dict | None = None) -> str:
    """The standalone page of the map on ``day`` (with ``timeline``, of every month and event, and a slider).

    ``view`` is ``{"center": [lat, lon], "zoom": z}`` (default: the map's own);
    ``hidden_layers`` names layer-control overlays to switch off. Without
    ``caption`` the page has no title box (the date, legend and data
    attribution stay: the page is interactive and they are part of the map). ``lang`` is the page's
    language: its ``<html lang dir>``, labels, dates, names and the title and attribution.
    """
    from viewer.page import build

    day = parse_date(day)
    page = build.build_page(atlas, lang=lang)  # the app's own shell, with the data in it
    leaflet = assets.leaflet_dir()
    resources = assets.RESOURCES_DIR
    inliners = {
        assets.LEAFLET_JS: lambda: _script((leaflet / "leaflet.js").read_text(encoding="utf-8")),
        assets.QWEBCHANNEL_JS: lambda: "",  # no Qt here: the controller runs without it
        assets.LEAFLET_CSS: lambda: _style((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet),
    }
    if direction(lang) != "rtl":  # the right-to-left styles and their Urdu font only in a page that needs them
        inliners[assets.RTL_CSS] = lambda: ""
    inliners[assets.CONTRAST_CSS] = lambda: ""  # an exported page is never in high contrast

    def inline(match: re.Match) -> str:
        url = match.group(1)
        if url in inliners:
            return inliners[url]()
        name = url[len(assets.RESOURCES_PREFIX):] if url.startswith(assets.RESOURCES_PREFIX) else ""
        if name in assets.resource_files():
            text = (resources / name).read_text(encoding="utf-8")
            return _script(text) if name.endswith(".js") else _style(text, resources)
        raise ValueError(f"the map page loads an asset the export does not know: {url}")

    page = re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']*)["'][^>]*>\s*</script>""", inline, page)
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*/?>""", inline, page)
    if assets.asset_urls(page):
        raise ValueError("the exported page still loads files: " + ", ".join(assets.asset_urls(page)))
    page = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  lambda _m: f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}">', page)
    heading, date_text = caption_lines(day, title, lang)
    page = re.sub(r"<title>.*?</title>", lambda _m: f"<title>{html_text(heading)} \u2013 {html_text(date_text)}"
                  "</title>", page, count=1, flags=re.DOTALL)
    own_css = _style((assets.RESOURCES_DIR / STANDALONE_CSS).read_text(encoding="utf-8"))
    page = page.replace("</head>", f"{own_css}\n</head>", 1)

    page_events = frozenset(e["id"] for e in atlas.events)
    day_state = atlas.state(day)
    data: dict = {
        "title": heading if caption else None, "attribution": attribution(lang), "hidden": layers.migrate(hidden_layers),
        "citeAs": cite_as(day, view, hidden_layers, lang, day_state.get("display")),
        "words": {key: label("page", key, lang) for key in PAGE_WORDS},
        "view": ({"center": [float(view["center"][0]), float(view["center"][1])], "zoom": float(view["zoom"])}
                 if view else None),
        "state": {"date": day.isoformat(), **_slim(day_state, page_events, lang, atlas.unit_names)},
        "timeline": None,
        "tour": tour,
    }
    if timeline or tour:
        steps = [parse_date(s["date"]) for s in tour["steps"]] if tour else []
        days = timeline_days(atlas, extra=[day, *steps])
        data["timeline"] = {**_timeline_data(atlas, days, page_events, lang), "start": days.index(day)}
    scripts = [STANDALONE_JS] + ([TOUR_JS] if tour else [])
    own = (f'<script type="application/json" id="atlas-standalone-data">{_no_urls(protocol.script_json(data))}'
           "</script>\n" + "\n".join(_script((assets.RESOURCES_DIR / name).read_text(encoding="utf-8"))
                                     for name in scripts))
    page = page.replace("</html>", f"{own}\n</html>", 1) if "</html>" in page else page + own
    leftover = re.search(r"https?://\S{0,40}", page)
    if leftover:  # never expected: every URL above is escaped
        raise ValueError(f"the exported page would hold a URL: {leftover.group(0)}")
    return page
