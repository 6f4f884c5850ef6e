"""The map page: one self-contained Folium/Leaflet HTML document, built once.

``build_page(atlas)`` returns the HTML of the whole map. The page holds every
layer the atlas can ever show (country units, historical polity outlines,
admin-1 regions, disputed lines, alliance groups, event groups) and a compact
table of every event (one row each); the in-page controller
(``resources/controller.js`` and its modules) then restyles and shows or hides those layers in
place for each date (``window.atlas.apply(delta)``), making an event's marker
when it comes on the map (or, with many events on the map, drawing them on a
canvas). Nothing here imports Qt.

The page loads nothing from the network. Leaflet comes from the
``xstatic-leaflet`` package and the controller from ``resources/``; every
``<script src>`` and ``<link href>`` is a path relative to the page, which the
Qt view serves under its own ``atlas:`` scheme (``leaflet/...``,
``resources/...``, ``qwebchannel.js``). There is no tile layer: land is drawn
from the bundled GeoJSON over a plain sea colour. An OpenStreetMap layer is
added only with ``online_tiles=True``.

Text from the dataset (titles, place and region names, reasons) is never put
into the page as markup: it travels as JSON inside the page script (with
``<``, ``>``, ``&`` and line separators escaped) and the controller shows it
with ``textContent``. The static legend escapes its labels.

A page speaks one language (``lang``): its ``<html lang dir>``, the layer control, the legend,
the tooltips' words, the event titles and the dates come from ``viewer.i18n`` (a page in a
right-to-left language also loads ``resources/rtl.css``, with a font that has every Urdu
letter). ``high_contrast`` draws the borders thicker and black, the relations in a dark
colour-blind-safe scale, and the page's boxes white on black (``resources/contrast.css``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import json
import re
from typing import Any, NamedTuple

from viewer import style
from viewer.page import geometry as page_geometry
from viewer.page import layers
from viewer.core.paths import RESOURCES
from viewer.page.assets import OSM_ATTRIBUTION, OSM_TILES, asset_urls, content_security_policy, event_table
from viewer.page.density import page_config as density_config
from viewer.page.protocol import html_text, script_json

DEFAULT_CENTER = (30.0, 62.0)
DEFAULT_ZOOM = 4
MIN_ZOOM = 2
MAX_ZOOM = 7
MAX_ZOOM_CONFLICT = 12
"""With large conflict files the map zooms further in, down to their single events."""


# -- helpers -------------------------------------------------------------


def _alliance_styles(alliances: dict[str, str]) -> dict[str, tuple[str, dict]]:
    """id -> (name, outline style) for the alliances the page is built with."""
    styles = style.alliance_styles(alliances)
    return {aid: (name, styles[aid]) for aid, name in alliances.items()}


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _known_alliances(atlas, events: list[dict] | None = None) -> dict[str, str]:
    """Alliance id -> name of every alliance in force at some time (sampled twice a year and on event days)."""
    first, last = _as_date(atlas.first_day), _as_date(atlas.last_day)
    days = {first, last}
    for year in range(first.year, last.year + 1):
        for month in (1, 7):
            day = dt.date(year, month, 1)
            if first <= day <= last:
                days.add(day)
    bounds = atlas.alliance_change_days()
    stretches: set[int] = set()  # with the days the answer can change: one event day per stretch between them
    for start in sorted({e["start"] for e in (atlas.events if events is None else events)}):
        day = _as_date(start)
        if first <= day <= last:
            stretch = bisect.bisect_right(bounds, day.toordinal())
            if stretch in stretches:
                continue
            stretches.add(stretch)
            days.add(day)
    found: dict[str, str] = {}
    for day in sorted(days):
        for group in atlas.alliances(day):
            found.setdefault(group["id"], group.get("name") or group["id"])
    order = list(style.ALLIANCE_STYLES)
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))


DENSE_EVENTS = 300
"""With more events than this on the map, the page draws them as thinned circles on a canvas."""


def pattern_css(status: str, colour: str | None = None) -> str:
    """The CSS background of a legend swatch of a status: its colour, and its pattern if it has one."""
    colour = colour or style.STATUS_COLOURS[status]
    pattern = style.DISPUTED_PATTERN if status == "disputed" else style.STATUS_PATTERNS.get(status)
    if not pattern:
        return f"background:{colour}"
    ink = pattern["color"]
    stripes = f"repeating-linear-gradient({45 if pattern['kind'] == 'back' else 135}deg,{ink} 0 1.5px,transparent 1.5px 4px)"
    if pattern["kind"] == "grid":
        stripes += f",repeating-linear-gradient(45deg,{ink} 0 1.5px,transparent 1.5px 4px)"
    return f"background:{stripes},{colour}"


def _legend_html(alliances: dict[str, str], lang: str = "en", status_colours: dict | None = None) -> str:
    """The legend's static markup in ``lang``; every label comes from ``style.label`` and is escaped."""
    e = html.escape
    high_contrast = status_colours is style.HIGH_CONTRAST_STATUS_COLOURS
    pakistan_fill = style.HIGH_CONTRAST_PAKISTAN_FILL if high_contrast else style.PAKISTAN_FILL
    status_colours = status_colours or style.STATUS_COLOURS

    def label(kind: str, key: str) -> str:
        return e(style.label(kind, key, lang))

    def word(key: str) -> str:
        return label("legend", key)

    def swatch(colour: str, border: str = style.SWATCH_BORDER, css: str = "") -> str:
        look = css or f"background:{colour}"
        return f'<span class="atlas-swatch" style="{e(look)};border-color:{e(border)}"></span>'

    def line(look: dict) -> str:
        dash = e(str(look.get("dashArray") or ""))
        return (f'<svg class="atlas-line" width="30" height="10" aria-hidden="true"><line x1="1" y1="5" x2="29" y2="5" '
                f'stroke="{e(look["color"])}" stroke-width="{min(float(look.get("weight", 2)), 3.5)}" '
                f'stroke-dasharray="{dash}"/></svg>')

    def dot(colour: str, extra: str = "") -> str:
        return f'<span class="atlas-legend-dot{extra}" style="background:{e(colour)}"></span>'

    relations = [f'<div class="atlas-legend-section">{word("relations")}</div>',
                 f"<div>{swatch(pakistan_fill, style.PAKISTAN_STROKE)}{word('pakistan')}</div>"]
    relations += [f'<div data-status="{e(status)}">{swatch(colour, css=pattern_css(status, colour))}'
                  f'{label("status", status)}</div>' for status, colour in status_colours.items()]
    relations.append(f'<div data-status="none">{swatch(style.LAND_COLOUR)}{word("no_relation")}</div>')
    relations.append(f'<div data-status="disputed">{swatch(style.LAND_COLOUR, style.DISPUTED_STYLE["color"], css=pattern_css("disputed", style.LAND_COLOUR))}'
                     f'{word("disputed_area")}</div>')

    borders = [f'<div class="atlas-legend-section">{word("borders")}</div>',
               f"<div>{line({'color': style.OUTLINE_STYLE['color'], 'weight': 2})}{word('historical')}</div>",
               f"<div>{line(style.DISPUTED_STYLE)}{word('disputed')}</div>",
               f'<div><span class="atlas-swatch atlas-swatch-hatch"></span>{word("region")}</div>']
    if alliances:
        borders.append(f'<div class="atlas-legend-section">{word("alliances")}</div>')
        borders += [f'<div class="atlas-legend-alliance" data-alliance="{e(aid)}" title="{e(name)}">{line(look)}'
                    f'<span>{label("alliance", aid)}</span></div>'
                    for aid, (name, look) in _alliance_styles(alliances).items()]

    events = [f'<div class="atlas-legend-section">{word("events")}</div>', '<div class="atlas-legend-grid">',
              f'<div data-category="strike"><span class="atlas-legend-burst"></span>{label("category", "strike")}</div>']
    for category, colour in style.CATEGORY_COLOURS.items():
        if category != "strike":
            events.append(f'<div data-category="{e(category)}">{dot(colour)}{label("category", category)}</div>')
    events.append(f'<div data-category="other">{dot(style.OTHER_CATEGORY_COLOUR)}{label("category", "other")}</div>')
    events.append(f'<div data-recent="1">{dot(style.RECENT_DOT, " atlas-legend-faded")}'
                  f'<span data-recent-label="1">{word("past_year")}</span></div></div>')
    events.append(f'<div class="atlas-legend-section" data-lines-head="1">{word("disputed_lines")}</div>'
                  '<div class="atlas-legend-lines" data-lines="1"></div>')  # Pakistan's lines in view (legend.js)

    columns = "".join(f'<div class="atlas-legend-col">{"".join(col)}</div>' for col in (relations, borders, events))
    return (f'<div class="atlas-legend-title" role="button" tabindex="0" aria-expanded="true">'
            f'{label("page", "legend")}</div><div class="atlas-legend-body">{columns}</div>')


_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


# -- the page --------------------------------------------------------------

SHELL = RESOURCES / "shell.html"
"""The page shell as shipped: built by ``tools/build_shell.py`` with ``build_shell()``; a test keeps it in step."""
SHAPE_LAYERS = ("units", "outlines", "regions", "disputed")
"""The shell's shape layers, empty until ``atlas.load`` brings their geometry, in the order they are drawn."""


def shell_html(online_tiles: bool = False) -> str:
    """The shipped shell (with a policy that lets OpenStreetMap's tiles in when ``online_tiles``)."""
    page = SHELL.read_text(encoding="utf-8")
    if online_tiles:
        page = page.replace(html.escape(content_security_policy(False)), html.escape(content_security_policy(True)), 1)
    return page


def build_page(atlas, *, online_tiles: bool = False, asset_base: str = "", lang: str = "en",
               high_contrast: bool = False) -> str:
    """The map page with the atlas's data in it: the shell and, after it, ``atlas.load(page_data(...))``.
    Dates are then applied with ``atlas.apply`` (the standalone HTML export; the window sends the same
    data as a message instead).

    ``asset_base`` prefixes the asset paths (default: relative to the page URL).
    ``online_tiles`` adds an OpenStreetMap tile layer, the only network use the
    page can have; it is off unless asked for. ``lang`` is the page's language
    (``en``, ``fr``, ``ur``); ``high_contrast`` its high-contrast look.
    """
    from viewer.i18n.languages import check, direction

    check(lang)
    page = html_element(shell_html(online_tiles), lang, direction(lang), high_contrast)  # as the data will set them
    if lang != "en":
        page = page.replace("<title>Pakistan diplomatic atlas map</title>", f"<title>{html_text(_page_title(lang))}</title>", 1)
    if asset_base:
        page = _ASSET_ATTR.sub(lambda found: found.group(1) + asset_base + found.group(2), page)
    data = page_data(atlas, lang=lang, high_contrast=high_contrast, online_tiles=online_tiles)
    script = f"<script>window.atlas.load({script_json(data)});</script>\n"
    page = page.replace("</html>", script + "</html>", 1) if "</html>" in page else page + script
    bad = [url for url in asset_urls(page)
           if not (asset_base and url.startswith(asset_base)) and (_SCHEME_RE.match(url) or url.startswith("//"))]
    if bad:
        raise RuntimeError("the map page would load from outside the app: " + ", ".join(bad))
    return page


_ASSET_ATTR = re.compile(r"""(<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["'])(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)""")


# -- the data, as messages ---------------------------------------------------

def layer_names(alliances, categories, lang: str = "en", online_tiles: bool = False) -> dict[str, str]:
    """Each layer's name in the layer control, in ``lang`` and in the control's order (escaped: Leaflet
    shows them as HTML)."""
    from viewer.i18n.labels import layer_label

    ids = (["tiles"] if online_tiles else []) + list(SHAPE_LAYERS)
    ids += [layers.alliance_layer(aid) for aid in alliances] + [layers.events_layer(c) for c in categories]
    return {layer_id: html_text(layers.label(layer_id) if lang == "en" else layer_label(layer_id, lang))
            for layer_id in ids}


def page_data(atlas, *, lang: str = "en", high_contrast: bool = False, online_tiles: bool = False) -> dict:
    """Everything the shell needs to show the atlas, as the one message ``atlas.load`` takes: ``config`` (the
    page's language, words, palette and contrast, the alliances and the table of events, the legend, the
    layer names) and ``geometry`` (``viewer.page.geometry.geometry``). Sent again, it changes the page
    in place: another language or contrast, data added or reloaded."""
    return {"config": data_config(atlas, lang=lang, high_contrast=high_contrast, online_tiles=online_tiles),
            "geometry": page_geometry.geometry(atlas)}


class LoadMessage(NamedTuple):
    """The data message of ``page_data``, made ready to send: the geometry's key, the config as script-safe JSON
    text and the geometry as JSON text (the bundled data's as it was shipped, unparsed)."""

    key: str
    config: str
    geometry: str

    def script(self, held_key: str | None = None) -> str:
        """The script that loads the data into the page (``atlas.load``), the geometry left out when the page
        holds the same (``held_key``: sent before, or fetched by the page itself)."""
        shapes = "null" if self.key == held_key else "JSON.parse(" + json.dumps(self.geometry.strip()) + ")"
        return '(function(){window.atlas.load({"config":' + self.config + ',"geometry":' + shapes + "});})(); null"


def load_message(atlas, *, lang: str = "en", high_contrast: bool = False, online_tiles: bool = False) -> LoadMessage:
    """The message of ``page_data`` for ``MapView`` to send. Pure Python: the window makes it on a worker thread."""
    config = data_config(atlas, lang=lang, high_contrast=high_contrast, online_tiles=online_tiles)
    key, shapes = page_geometry.geometry_script(atlas)
    return LoadMessage(key, script_json(config), shapes)


def data_config(atlas, *, lang: str = "en", high_contrast: bool = False, online_tiles: bool = False) -> dict:
    """The ``config`` of the page's data message (``page_data``)."""
    from viewer.i18n.languages import check, direction

    check(lang)
    events = atlas.events
    alliances = _known_alliances(atlas, events)
    categories = list(style.CATEGORY_COLOURS)
    if any(e.get("category") not in style.CATEGORY_COLOURS for e in events):
        categories.append(style.OTHER_CATEGORY)  # the controller puts any unknown category here
    countries = atlas.layer("countries")
    config = page_config(alliances, events, lang=lang, high_contrast=high_contrast,
                         unit_codes=[f["properties"]["ADM0_A3"] for f in countries["features"]])
    config.update({
        "dir": direction(lang),
        "title": "Pakistan diplomatic atlas map" if lang == "en" else _page_title(lang),
        "maxZoom": MAX_ZOOM_CONFLICT if getattr(atlas, "conflicts", None) else MAX_ZOOM,
        "categories": categories,
        "layerNames": layer_names(alliances, categories, lang, online_tiles),
        "tiles": {"url": OSM_TILES, "attribution": OSM_ATTRIBUTION} if online_tiles else None,
        "unitPoints": page_geometry.unit_points_of(atlas),
        "currentNames": current_names(atlas, lang),
        "disputedNames": disputed_names(atlas, lang),
    })
    return config


def _page_title(lang: str) -> str:
    from viewer.i18n.labels import label

    return label("page", "map", lang)


_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def html_element(page: str, lang: str, direction: str, high_contrast: bool) -> str:
    """The page's ``<html>`` with its language, direction and (for high contrast) class."""
    extra = ' class="atlas-high-contrast"' if high_contrast else ""
    tag = f'<html lang="{html.escape(lang)}" dir="{html.escape(direction)}"{extra}>'
    if _HTML_TAG.search(page):
        return _HTML_TAG.sub(lambda _m: tag, page, count=1)
    return tag + page + "</html>"


def _contrast_style(look: dict) -> dict:
    """A layer's style in high contrast: black borders, drawn thicker."""
    out = dict(look)
    if "weight" in out:
        out["weight"] = round(float(out["weight"]) * style.HIGH_CONTRAST_WEIGHT, 2)
    if out.get("stroke", True) and "color" in out and look is style.UNIT_STYLE:
        out["color"] = style.HIGH_CONTRAST_BORDER
    return out


def current_names(atlas, lang: str = "en") -> dict[str, str]:
    """Each polity's name on the timeline's last day, in ``lang``: a polity whose name that day is this one
    is a modern unit and may show its map name ("China"); any other name is of its day (Burma in 1971, the
    Khmer Republic) and is shown as it is."""
    from viewer.i18n.names import territory

    units = getattr(atlas, "unit_names", None)
    return {t["id"]: territory(t, lang, units)[0] for t in atlas.state(atlas.last_day)["territories"]}


def disputed_names(atlas, lang: str = "en") -> dict[str, str]:
    """The name in ``lang`` of each disputed line whose meaning depends on the day (it has a start or an end:
    the ceasefire line of 1949 to 1972, then the Line of Control; Siachen from 1984): what the line is and
    since when. The legend lists those drawn in view on the day; a line drawn on every day (an India-China
    sector) is the legend's plain disputed line."""
    from viewer.i18n.content import localise_disputed

    return {p["id"]: localise_disputed(p["id"], p["name"], lang)[0]
            for p in (f["properties"] for f in atlas.layer("disputed")["features"])
            if p.get("name") and (p.get("start") or p.get("end"))}


def page_config(alliances: dict[str, str], events, *, lang: str = "en", high_contrast: bool = False,
                unit_codes=()) -> dict:
    """What the controller is started with: colours, styles and labels (``viewer.style``, in ``lang``
    through ``viewer.i18n``), the alliances the page was built with, the table of events (titles in
    ``lang``), and the legend."""
    from viewer.i18n.content import localise_event
    from viewer.i18n.roughdates import rough_words
    from viewer.i18n.page import page_language, unit_names

    known = sum(1 for aid in alliances if aid not in style.ALLIANCE_STYLES)
    extra = [style.alliance_style("", i) for i in range(len(style.EXTRA_ALLIANCE_COLOURS))]
    statuses = style.HIGH_CONTRAST_STATUS_COLOURS if high_contrast else style.STATUS_COLOURS
    weight = style.HIGH_CONTRAST_WEIGHT if high_contrast else 1.0
    contrast = _contrast_style if high_contrast else dict
    shown_events = events if lang == "en" else [localise_event(e, lang) for e in events]
    shown_events = [{**e, "when": words} if (words := rough_words(e, lang)) else e for e in shown_events]
    return {
        **page_language(lang),
        "highContrast": high_contrast,
        "unitNames": unit_names(unit_codes, lang),
        "colours": {
            "status": statuses, "land": style.LAND_COLOUR,
            "pakistanFill": style.HIGH_CONTRAST_PAKISTAN_FILL if high_contrast else style.PAKISTAN_FILL,
            "pakistanStroke": style.PAKISTAN_STROKE, "category": style.CATEGORY_COLOURS,
            "otherCategory": style.OTHER_CATEGORY_COLOUR, "burstStroke": style.BURST_STROKE,
            "burstCore": style.BURST_CORE, "dotStroke": style.DOT_STROKE, "annotation": style.ANNOTATION_COLOURS,
        },
        "opacity": {"recent": style.RECENT_OPACITY, "recentStrike": style.RECENT_STRIKE_OPACITY,
                    "faded": style.FADED_OPACITY, "possible": style.POSSIBLE_OPACITY},
        "weights": {"pakistan": style.PAKISTAN_WEIGHT * weight,
                    "pakistanOutline": style.PAKISTAN_OUTLINE_WEIGHT * weight, "seam": style.SEAM_WEIGHT},
        "statusPatterns": style.STATUS_PATTERNS,
        "disputedPattern": style.DISPUTED_PATTERN,
        "disputedStyle": style.DISPUTED_STYLE,
        "allianceLabels": {aid: style.label("alliance", aid, lang) for aid in alliances},
        "allianceBandPx": style.ALLIANCE_BAND_PX,
        "home": {"center": list(DEFAULT_CENTER), "zoom": DEFAULT_ZOOM},
        "styles": {"unit": contrast(style.UNIT_STYLE), "outline": contrast(style.OUTLINE_STYLE),
                   "region": style.REGION_STYLE, "regionHighlight": contrast(style.REGION_HIGHLIGHT),
                   "disputed": contrast(style.DISPUTED_STYLE)},
        "alliances": {aid: {"name": name, "style": look} for aid, (name, look) in _alliance_styles(alliances).items()},
        "extraAllianceStyles": extra[known:] or [style.alliance_style("", 0)],
        "events": event_table(shown_events),
        "denseEvents": DENSE_EVENTS,
        "density": density_config(),
        "legend": _legend_html(alliances, lang, statuses),
    }

