"""A standalone, interactive HTML page of the map: one file that opens offline in any browser.

``build_html(atlas, day)`` takes the app's own map page (``viewer.page.build``, cached)
and inlines every asset: Leaflet's script and styles (its images as ``data:``
URIs), the controller and the atlas styles. The page carries no ``http://`` or
``https://`` text at all: the few URLs inside Leaflet's script (the SVG
namespace, a link in its attribution prefix) are written with ``\\/`` escapes,
which read the same to the script, and style-sheet comments are dropped. A
Content-Security-Policy forbids every request, so the page could not reach the
network even if it tried.

With ``timeline=True`` the page also carries the map's state for the first of
every month and for every event's start day, and a slider (with a play
button) to move through them. No Qt here.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import mimetypes
import re
from pathlib import Path
from typing import Iterable

from viewer.page import assets, layers, protocol
from viewer.core.dates import parse_date
from viewer.export import ATTRIBUTION, caption_lines

SECTIONS = ("territories", "relations", "alliances", "events", "regions")
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")
BAR_HEIGHT = 46


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


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


def _slim(state: dict, page_events: frozenset[str]) -> dict:
    """The sections of a state the page's ``atlas.apply`` takes, without the date (``protocol.slim_state``)."""
    slim = protocol.slim_state(state, page_events)
    del slim["date"]
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


def _timeline_data(atlas, days: list[dt.date], page_events: frozenset[str]) -> dict:
    """Every stop's state, each distinct section stored once: ``{tables: {section: [...]}, stops: [[date, i...]]}``."""
    tables: dict[str, list] = {key: [] for key in SECTIONS}
    index: dict[str, dict[str, int]] = {key: {} for key in SECTIONS}
    stops = []
    import json

    for day in days:
        slim = _slim(atlas.state(day), page_events)
        row: list = [day.isoformat()]
        for key in SECTIONS:
            text = json.dumps(slim[key], sort_keys=True, separators=(",", ":"))
            if text not in index[key]:
                index[key][text] = len(tables[key])
                tables[key].append(slim[key])
            row.append(index[key][text])
        stops.append(row)
    return {"sections": list(SECTIONS), "tables": tables, "stops": stops}


_EXPORT_CSS = """
.atlas-export-title { position: absolute; z-index: 800; top: 10px; left: 56px; max-width: 40%;
  padding: 4px 10px; background: rgba(255,255,255,0.88); border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);
  font: 600 14px/1.3 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d1d1d; pointer-events: none; }
.atlas-export-attribution { position: absolute; z-index: 800; right: 0; bottom: 0; padding: 1px 6px;
  background: rgba(255,255,255,0.8); font: 11px/1.4 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  color: #333; pointer-events: none; }
"""

_TIMELINE_CSS = """
.folium-map { height: calc(100% - %(bar)dpx) !important; }
.atlas-export-bar { position: fixed; left: 0; right: 0; bottom: 0; height: %(bar)dpx; box-sizing: border-box;
  display: flex; align-items: center; gap: 10px; padding: 0 12px; background: #f7f7f5; border-top: 1px solid #c9c6bd;
  font: 13px/1.3 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d1d1d; }
.atlas-export-bar input[type=range] { flex: 1; min-width: 80px; }
.atlas-export-bar button { font: inherit; min-width: 34px; padding: 3px 8px; }
.atlas-export-bar output { min-width: 9em; text-align: right; font-weight: 600; }
"""

_APP_JS = """
(function () {
  "use strict";
  var data = %(data)s;
  var atlas = window.atlas;
  if (!atlas || !atlas.ready) { return; }
  var map = atlas.map();
  function box(cls, text) {
    var node = document.createElement("div");
    node.className = cls;
    node.textContent = text;
    map.getContainer().appendChild(node);
    return node;
  }
  if (data.title) { box("atlas-export-title", data.title); }
  box("atlas-export-attribution", data.attribution);
  if (data.hidden && data.hidden.length) { atlas.setHiddenLayers(data.hidden); }
  if (data.view) { map.setView(data.view.center, data.view.zoom, {animate: false}); }
  atlas.apply(data.state);
  var tl = data.timeline;
  if (!tl) { return; }
  var shown = {};
  function show(i) {
    var stop = tl.stops[i], delta = {date: stop[0]};
    tl.sections.forEach(function (key, k) {
      if (shown[key] !== stop[k + 1]) { delta[key] = tl.tables[key][stop[k + 1]]; shown[key] = stop[k + 1]; }
    });
    atlas.apply(delta);
    out.textContent = stop[0];
  }
  var bar = document.createElement("div");
  bar.className = "atlas-export-bar";
  var play = document.createElement("button");
  play.type = "button";
  play.textContent = "\\u25B6";
  play.title = "Play / pause";
  var slider = document.createElement("input");
  slider.type = "range";
  slider.min = "0";
  slider.max = String(tl.stops.length - 1);
  slider.step = "1";
  slider.value = String(tl.start);
  slider.setAttribute("aria-label", "Date");
  var out = document.createElement("output");
  bar.appendChild(play);
  bar.appendChild(slider);
  bar.appendChild(out);
  document.body.appendChild(bar);
  tl.sections.forEach(function (key) { shown[key] = -1; });
  show(tl.start);
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  var timer = null;
  function stop() { if (timer) { clearInterval(timer); timer = null; play.textContent = "\\u25B6"; } }
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    if (parseInt(slider.value, 10) >= tl.stops.length - 1) { slider.value = "0"; show(0); }
    play.textContent = "\\u275A\\u275A";
    timer = setInterval(function () {
      var i = parseInt(slider.value, 10) + 1;
      if (i >= tl.stops.length) { stop(); return; }
      slider.value = String(i);
      show(i);
    }, 120);
  });
  slider.focus();
})();
"""


def build_html(atlas, day: dt.date | str, *, title: str | None = None, timeline: bool = False,
               view: dict | None = None, hidden_layers: Iterable[str] = (), caption: bool = True) -> str:
    """The standalone page of the map on ``day`` (with ``timeline``, of every month and event, and a slider).

    ``view`` is ``{"center": [lat, lon], "zoom": z}`` (default: the map's own);
    ``hidden_layers`` names layer-control overlays to switch off. Without
    ``caption`` the page has no title box (the date, legend and data
    attribution stay: the page is interactive and they are part of the map).
    """
    from viewer.page import cache

    day = parse_date(day)
    page = cache.page_html(atlas)  # the app's own page (built by viewer.page.build), cached
    leaflet = _leaflet_dir()
    inliners = {
        assets.LEAFLET_JS: lambda: _script((leaflet / "leaflet.js").read_text(encoding="utf-8")),
        assets.CONTROLLER_JS: lambda: _script((assets.RESOURCES_DIR / "controller.js").read_text(encoding="utf-8")),
        assets.QWEBCHANNEL_JS: lambda: "",  # no Qt here: the controller runs without it
        assets.LEAFLET_CSS: lambda: _style((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet),
        assets.ATLAS_CSS: lambda: _style((assets.RESOURCES_DIR / "atlas.css").read_text(encoding="utf-8"),
                                          assets.RESOURCES_DIR),
    }

    def inline(match: re.Match) -> str:
        url = match.group(1)
        if url not in inliners:
            raise ValueError(f"the map page loads an asset the export does not know: {url}")
        return inliners[url]()

    page = re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']*)["'][^>]*>\s*</script>""", inline, page)
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*/?>""", inline, page)
    if assets.asset_urls(page):
        raise ValueError("the exported page still loads files: " + ", ".join(assets.asset_urls(page)))
    page = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  lambda _m: f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}">', page)
    heading, date_text = caption_lines(day, title)
    page = re.sub(r"<title>.*?</title>", lambda _m: f"<title>{html.escape(heading)} \u2013 {html.escape(date_text)}"
                  "</title>", page, count=1, flags=re.DOTALL)
    css = _EXPORT_CSS + (_TIMELINE_CSS.replace("%(bar)d", str(BAR_HEIGHT)) if timeline else "")
    page = page.replace("</head>", f"<style>{css}</style>\n</head>", 1)

    page_events = frozenset(e["id"] for e in atlas.events)
    data: dict = {
        "title": heading if caption else None, "attribution": ATTRIBUTION, "hidden": layers.migrate(hidden_layers),
        "view": ({"center": [float(view["center"][0]), float(view["center"][1])], "zoom": float(view["zoom"])}
                 if view else None),
        "state": {"date": day.isoformat(), **_slim(atlas.state(day), page_events)},
        "timeline": None,
    }
    if timeline:
        days = timeline_days(atlas, extra=[day])
        data["timeline"] = {**_timeline_data(atlas, days, page_events), "start": days.index(day)}
    script = _APP_JS.replace("%(data)s", _no_urls(protocol.script_json(data)))
    page = page.replace("</html>", f"<script>{script}</script>\n</html>", 1) if "</html>" in page \
        else page + f"<script>{script}</script>"
    leftover = re.search(r"https?://\S{0,40}", page)
    if leftover:  # never expected: every URL above is escaped
        raise ValueError(f"the exported page would hold a URL: {leftover.group(0)}")
    return page
