"""The map page: one self-contained Folium/Leaflet HTML document, built once.

``build_page(atlas)`` returns the HTML of the whole map. The page holds every
layer the atlas can ever show (country units, historical polity outlines,
admin-1 regions, disputed lines, alliance groups, event groups) and a compact
table of every event (one row each); the in-page controller
(``resources/controller.js``) then restyles and shows or hides those layers in
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
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any, Iterable

import folium
from branca.element import Element, MacroElement
from folium.map import CustomPane, FeatureGroup, LayerControl
from folium.template import Template
from folium.utilities import JsCode

from viewer import style

from viewer.page_assets import (ATLAS_CSS, CONTROLLER_JS, EVENT_FIELDS, LEAFLET_CSS, LEAFLET_JS,  # noqa: F401
                                OSM_ATTRIBUTION, OSM_HOSTS, OSM_TILES, QWEBCHANNEL_JS, RESOURCES_DIR,
                                content_security_policy, event_table)

# Colours shared with the window and its panel live in viewer/style.py; the map
# adds what only it needs, with defaults where style.py has no entry.
SEA_COLOUR = getattr(style, "SEA_COLOUR", "#cfdfe8")
LAND_COLOUR = getattr(style, "LAND_COLOUR", "#f3f0e8")  # a unit Pakistan has no recorded relation with
PAKISTAN_FILL = getattr(style, "PAKISTAN_FILL", "#1d3461")
PAKISTAN_STROKE = getattr(style, "PAKISTAN_STROKE", "#0a1226")

_DEFAULT_STATUS = {
    "allied": "#1a9850", "cooperative": "#91cf60", "neutral": "#d9d9d9",
    "strained": "#fdae61", "sanctions": "#f46d43", "hostile": "#d73027",
}
# Relation status -> fill colour, strongest friendship to open hostility.
STATUS_COLOURS = {**_DEFAULT_STATUS, **getattr(style, "STATUS_COLOURS", {})}
STATUS_LABELS = {status: status.capitalize() for status in STATUS_COLOURS}

_DEFAULT_CATEGORY = {
    "strike": "#e31a1c", "war": "#7f0000", "incident": "#cc4c02", "sanctions": "#f16913",
    "diplomacy": "#2c7fb8", "treaty": "#3f007d", "alliance": "#6a51a3", "aid": "#238b45",
    "visit": "#0570b0", "statement": "#737373",
}
# Event category -> marker colour. Strikes also get their own burst icon.
CATEGORY_COLOURS = {**_DEFAULT_CATEGORY, **getattr(style, "CATEGORY_COLOURS", {})}
CATEGORY_COLOURS = {"strike": CATEGORY_COLOURS.pop("strike"), **CATEGORY_COLOURS}  # strikes first in the legend
CATEGORY_LABELS = {
    "strike": "Strikes and raids",
    "war": "War",
    "incident": "Incidents",
    "sanctions": "Sanctions",
    "diplomacy": "Diplomacy",
    "treaty": "Treaties",
    "alliance": "Alliances",
    "aid": "Aid",
    "visit": "Visits",
    "statement": "Statements",
}
OTHER_CATEGORY_COLOUR = "#444444"

# Alliance outline styles: each alliance its own colour and dash.
ALLIANCE_STYLES = {
    "SEATO": {"color": "#1565c0", "weight": 4.5, "dashArray": "10 6", "opacity": 0.95},
    "CENTO": {"color": "#e65100", "weight": 3.0, "dashArray": "3 5", "opacity": 0.95},
    "MNNA": {"color": "#6a1b9a", "weight": 2.0, "dashArray": "14 4 2 4", "opacity": 0.95},
}
# Further alliances (RCD/ECO, ...): colours kept clear of the disputed-line brown and the status fills.
_EXTRA_ALLIANCE_COLOURS = ("#00838f", "#c2185b", "#283593", "#00695c", "#ad1457")
_EXTRA_ALLIANCE_DASHES = ("8 3 2 3", "2 4", "12 4", "6 3", "1 4")

UNIT_STYLE = {  # a unit before the first state arrives
    "stroke": True, "color": "#9a968c", "weight": 0.6, "opacity": 1.0,
    "fill": True, "fillColor": LAND_COLOUR, "fillOpacity": 1.0,
}
OUTLINE_STYLE = {"stroke": False, "color": "#3d3a33", "weight": 1.4, "opacity": 1.0, "fill": False}
REGION_STYLE = {"stroke": False, "fill": False, "color": "#b8860b", "fillColor": "#ffd54a",
                "weight": 2.0, "opacity": 1.0, "fillOpacity": 0.0}
# A region named by the day's events: bright outline, yellow hatching over its country's colour
# (the controller turns "hatch" into a canvas pattern; fillColor is the fallback).
REGION_HIGHLIGHT = {"stroke": True, "fill": True, "color": "#ffd000", "fillColor": "#ffe45c",
                    "weight": 2.5, "opacity": 1.0, "fillOpacity": 1.0, "dashArray": None, "hatch": "#ffe100"}
DISPUTED_STYLE = {"color": "#5b4636", "weight": 1.6, "opacity": 0.9, "dashArray": "5 4", "fill": False}

PANES = (  # name, z-index, takes pointer events
    ("atlas-units", 400, True),
    ("atlas-outlines", 410, False),
    ("atlas-regions", 420, False),
    ("atlas-alliances", 430, False),
    ("atlas-disputed", 440, False),
)

DEFAULT_CENTER = (30.0, 62.0)
DEFAULT_ZOOM = 4
MIN_ZOOM = 2
MAX_ZOOM = 7


# -- helpers -------------------------------------------------------------


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
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("/", "\\/"))
    return _TEMPLATE_OPENER.sub(r"\\u007b", text)


def polity_key(polity_id: str, units: Iterable[str]) -> str:
    """The key of one composition of a polity: its id and its sorted units."""
    return polity_id + "|" + ",".join(sorted(units))


def alliance_style(alliance_id: str, index: int = 0) -> dict:
    """The outline style of an alliance: its own, or the index-th of the further alliances."""
    if alliance_id in ALLIANCE_STYLES:
        return dict(ALLIANCE_STYLES[alliance_id])
    return {"color": _EXTRA_ALLIANCE_COLOURS[index % len(_EXTRA_ALLIANCE_COLOURS)], "weight": 2.5,
            "dashArray": _EXTRA_ALLIANCE_DASHES[index % len(_EXTRA_ALLIANCE_DASHES)], "opacity": 0.95}


def _alliance_styles(alliances: dict[str, str]) -> dict[str, tuple[str, dict]]:
    """id -> (name, outline style) for the alliances the page is built with."""
    out, extra = {}, 0
    for aid, name in alliances.items():
        if aid in ALLIANCE_STYLES:
            out[aid] = (name, alliance_style(aid))
        else:
            out[aid] = (name, alliance_style(aid, extra))
            extra += 1
    return out


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
    changes = getattr(atlas, "alliance_change_days", None)
    bounds = changes() if callable(changes) else None
    stretches: set[int] = set()  # with the days the answer can change: one event day per stretch between them
    for start in sorted({e["start"] for e in (atlas.events if events is None else events)}):
        day = _as_date(start)
        if first <= day <= last:
            if bounds is not None:
                stretch = bisect.bisect_right(bounds, day.toordinal())
                if stretch in stretches:
                    continue
                stretches.add(stretch)
            days.add(day)
    found: dict[str, str] = {}
    method = getattr(atlas, "alliances", None)
    for day in sorted(days):
        groups = method(day) if callable(method) else atlas.state(day)["alliances"]
        for group in groups:
            found.setdefault(group["id"], group.get("name") or group["id"])
    order = list(ALLIANCE_STYLES)
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))


def _polity_outlines(atlas) -> dict:
    """A FeatureCollection: one outline per multi-unit polity composition."""
    from shapely.geometry import mapping

    features, seen = [], set()
    for polity in atlas.polities:
        units = list(polity["units"])
        key = polity_key(polity["id"], units)
        if len(units) < 2 or key in seen:
            continue
        seen.add(key)
        shape = atlas.polity_shape(polity["id"], _as_date(polity["start"]))
        features.append({
            "type": "Feature",
            "properties": {"key": key, "id": polity["id"], "name": polity["name"], "units": sorted(units)},
            "geometry": mapping(shape),
        })
    return {"type": "FeatureCollection", "features": features}


DENSE_EVENTS = 300
"""With more events than this on the map, the page draws them as thinned circles on a canvas."""


class _Register(MacroElement):
    """Makes a folium layer findable by the controller: ``window.atlasLayers[key]``.

    With ``data`` (a GeoJSON FeatureCollection), also adds those features to the layer, written with
    ``script_json``: data never passes through folium's own ``tojson``, whose output branca renders again
    as a template (see ``script_json``).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (window.atlasLayers = window.atlasLayers || {})[{{ this.key_json }}] = {{ this.target.get_name() }};
        {% if this.data_json %}{{ this.target.get_name() }}.addData({{ this.data_json }});{% endif %}
        {% endmacro %}
    """)

    def __init__(self, key: str, target, data: dict | None = None):
        super().__init__()
        self._name = "AtlasRegister"
        self.key_json = script_json(key)
        self.target = target
        self.data_json = script_json(data) if data is not None else ""


_EMPTY = {"type": "FeatureCollection", "features": []}


def _geojson_layer(m, key: str, data: dict, **options):
    """A GeoJSON layer of the map, created empty and filled by its ``_Register`` (see there)."""
    layer = folium.GeoJson(_EMPTY, **options)
    layer.add_to(m)
    m.add_child(_Register(key, layer, data))
    return layer


class _SharedCanvas(MacroElement):
    """One canvas for every shape layer (``window.atlasVectors``), drawn in the order the layers are added.

    Leaflet gives each pane its own canvas, each the size of the map; with software
    compositing every canvas is held several times over in memory shared between the
    page and the window. The panes stay: they order the shapes when the map is drawn
    as SVG instead (the PDF export).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.atlasVectors = L.canvas({pane: "atlas-units", padding: 0.1});
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "AtlasSharedCanvas"


SHARED_CANVAS = JsCode("window.atlasVectors")


class _Controller(MacroElement):
    """Starts the in-page controller once every layer exists."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.atlas.init({{ this._parent.get_name() }}, window.atlasLayers, {{ this.control.get_name() }},
                          {{ this.config_json }});
        {% endmacro %}
    """)

    def __init__(self, control, config: dict):
        super().__init__()
        self._name = "AtlasController"
        self.control = control
        self.config_json = script_json(config)


def layer_label(text: str) -> str:
    """Text for HTML (a layer-control label, which Leaflet shows as HTML; the page's title): escaped, and
    written without ``{``, ``}`` or ``/`` (as character references, which read the same) so that it cannot
    open a template tag (see ``script_json``) or read as an address."""
    return html.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace("/", "&#47;")


def _legend_html(alliances: dict[str, str]) -> str:
    """The legend's static markup; every label is escaped."""
    e = html.escape

    def swatch(colour: str, border: str = "#77736a") -> str:
        return f'<span class="atlas-swatch" style="background:{e(colour)};border-color:{e(border)}"></span>'

    def line(style: dict) -> str:
        dash = e(str(style.get("dashArray") or ""))
        return (f'<svg class="atlas-line" width="30" height="10" aria-hidden="true"><line x1="1" y1="5" x2="29" y2="5" '
                f'stroke="{e(style["color"])}" stroke-width="{min(float(style.get("weight", 2)), 3.5)}" '
                f'stroke-dasharray="{dash}"/></svg>')

    relations = ['<div class="atlas-legend-section">Relations with Pakistan</div>',
                 f"<div>{swatch(PAKISTAN_FILL, PAKISTAN_STROKE)}Pakistan</div>"]
    relations += [f"<div>{swatch(colour)}{e(STATUS_LABELS.get(status, status))}</div>"
                  for status, colour in STATUS_COLOURS.items()]
    relations.append(f"<div>{swatch(LAND_COLOUR)}No recorded relation</div>")

    borders = ['<div class="atlas-legend-section">Borders</div>',
               f"<div>{line({'color': OUTLINE_STYLE['color'], 'weight': 2})}Historical state</div>",
               f"<div>{line(DISPUTED_STYLE)}Disputed</div>",
               '<div><span class="atlas-swatch atlas-swatch-hatch"></span>Region of an event</div>']
    if alliances:
        borders.append('<div class="atlas-legend-section">Alliances</div>')
        borders += [f'<div title="{e(name)}">{line(style)}{e(aid)}</div>'
                    for aid, (name, style) in _alliance_styles(alliances).items()]

    events = ['<div class="atlas-legend-section">Events</div>', '<div class="atlas-legend-grid">',
              '<div><span class="atlas-legend-burst"></span>Strike, raid</div>']
    for category, colour in CATEGORY_COLOURS.items():
        if category != "strike":
            events.append(f'<div><span class="atlas-legend-dot" style="background:{e(colour)}"></span>'
                          f"{e(CATEGORY_LABELS.get(category, category.title()))}</div>")
    events.append('<div><span class="atlas-legend-dot atlas-legend-faded"></span>Past year</div></div>')

    columns = "".join(f'<div class="atlas-legend-col">{"".join(col)}</div>' for col in (relations, borders, events))
    return ('<div class="atlas-legend-title" role="button" tabindex="0" aria-expanded="true">Legend</div>'
            f'<div class="atlas-legend-body">{columns}</div>')


_ASSET_RE = re.compile(r"""<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def asset_urls(page: str) -> list[str]:
    """Every URL the page's <script src> and <link href> elements load."""
    return _ASSET_RE.findall(page)


# -- the page --------------------------------------------------------------


def build_page(atlas, *, online_tiles: bool = False, asset_base: str = "") -> str:
    """The map page's HTML for the atlas. Built once; dates are applied with ``atlas.apply``.

    ``asset_base`` prefixes the asset paths (default: relative to the page URL).
    ``online_tiles`` adds an OpenStreetMap tile layer, the only network use the
    page can have; it is off unless asked for.
    """
    m = folium.Map(
        location=DEFAULT_CENTER, zoom_start=DEFAULT_ZOOM, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM,
        tiles=None, prefer_canvas=True, control_scale=False, world_copy_jump=False,
        zoom_snap=0.5, attribution_control=online_tiles,
    )
    # folium's defaults load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs: replace them all.
    m.default_js = [("leaflet", asset_base + LEAFLET_JS), ("qwebchannel", asset_base + QWEBCHANNEL_JS),
                    ("atlas_controller", asset_base + CONTROLLER_JS)]
    m.default_css = [("leaflet_css", asset_base + LEAFLET_CSS), ("atlas_css", asset_base + ATLAS_CSS)]
    root = m.get_root()
    csp = html.escape(content_security_policy(online_tiles))
    root.header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{csp}">'), name="atlas_csp")
    root.title = "Pakistan diplomatic atlas map"

    for name, z_index, pointer in PANES:
        CustomPane(name, z_index=z_index, pointer_events=pointer).add_to(m)

    if online_tiles:
        tiles = folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap (online)",
                                 overlay=True, control=True, show=True, max_zoom=MAX_ZOOM)
        tiles.add_to(m)
        m.add_child(_Register("tiles", tiles))

    m.add_child(_SharedCanvas())
    _geojson_layer(m, "units", atlas.layer("countries"), name="Countries", pane="atlas-units",
                   style=UNIT_STYLE, smooth_factor=0.5, renderer=SHARED_CANVAS)
    _geojson_layer(m, "outlines", _polity_outlines(atlas), name="Historical borders", pane="atlas-outlines",
                   style=OUTLINE_STYLE, interactive=False, smooth_factor=0.5, renderer=SHARED_CANVAS)
    _geojson_layer(m, "regions", atlas.layer("admin1"), name="Regions of current events", pane="atlas-regions",
                   style=REGION_STYLE, interactive=False, smooth_factor=0.5, renderer=SHARED_CANVAS)
    _geojson_layer(m, "disputed", atlas.layer("disputed"), name="Disputed boundaries", pane="atlas-disputed",
                   style=DISPUTED_STYLE, interactive=False, renderer=SHARED_CANVAS)

    events = atlas.events
    alliances = _known_alliances(atlas, events)
    alliance_config = {}
    for aid, (name, style_) in _alliance_styles(alliances).items():
        group = FeatureGroup(name=layer_label("Alliance: " + aid), show=True)
        group.add_to(m)
        m.add_child(_Register("alliance:" + aid, group))
        alliance_config[aid] = {"name": name, "style": style_}

    categories = list(CATEGORY_COLOURS)
    if any(e.get("category") not in CATEGORY_COLOURS for e in events):
        categories.append("other")  # the controller puts any unknown category here
    for category in categories:
        label = CATEGORY_LABELS.get(category, category.title())
        group = FeatureGroup(name=layer_label("Events: " + label), show=True)
        group.add_to(m)
        m.add_child(_Register("events:" + category, group))

    control = LayerControl(position="topright", collapsed=True, autoZIndex=False)
    control.add_to(m)

    config = {
        "colours": {
            "status": STATUS_COLOURS, "land": LAND_COLOUR, "pakistanFill": PAKISTAN_FILL,
            "pakistanStroke": PAKISTAN_STROKE, "category": CATEGORY_COLOURS, "otherCategory": OTHER_CATEGORY_COLOUR,
        },
        "statusLabels": STATUS_LABELS,
        "categoryLabels": CATEGORY_LABELS,
        "styles": {"unit": UNIT_STYLE, "outline": OUTLINE_STYLE, "region": REGION_STYLE,
                   "regionHighlight": REGION_HIGHLIGHT},
        "alliances": alliance_config,
        "extraAllianceStyles": [alliance_style("", i) for i in range(len(_EXTRA_ALLIANCE_COLOURS))][
            sum(1 for aid in alliances if aid not in ALLIANCE_STYLES):] or [alliance_style("", 0)],
        "events": event_table(events),
        "denseEvents": DENSE_EVENTS,
        "legend": _legend_html(alliances),
    }
    m.add_child(_Controller(control, config))

    page = root.render()
    bad = [url for url in asset_urls(page)
           if not (asset_base and url.startswith(asset_base)) and (_SCHEME_RE.match(url) or url.startswith("//"))]
    if bad:
        raise RuntimeError("the map page would load from outside the app: " + ", ".join(bad))
    return page
