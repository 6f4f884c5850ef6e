"""What the map page loads and may reach: asset paths, its content security policy, and its table of
events (no folium here)."""

import re
from pathlib import Path

from viewer.core.paths import RESOURCES

RESOURCES_DIR = RESOURCES
RESOURCES_PREFIX = "resources/"

# Paths of the page's assets, relative to the page URL (atlas://app/index.html).
LEAFLET_JS = "leaflet/leaflet.js"
LEAFLET_CSS = "leaflet/leaflet.css"
QWEBCHANNEL_JS = "qwebchannel.js"
CONTROLLER_JS = RESOURCES_PREFIX + "controller.js"
ATLAS_CSS = RESOURCES_PREFIX + "atlas.css"
RTL_CSS = RESOURCES_PREFIX + "rtl.css"  # a page in a right-to-left language (and its font)
CONTRAST_CSS = RESOURCES_PREFIX + "contrast.css"  # a high-contrast page
MODULES = ("util", "bridge", "canvas", "patterns", "tips", "shapes", "alliances", "dots", "markers", "events", "density", "legend", "labels", "edges",
           "annotations", "overlays", "controller")
"""The controller's modules (resources/NAME.js), in the order the page loads them."""


def module_js(name: str) -> str:
    return f"{RESOURCES_PREFIX}{name}.js"


def resource_files() -> set[str]:
    """The names of the files in resources/ (the page's own scripts and styles)."""
    return {p.name for p in RESOURCES_DIR.iterdir() if p.is_file() and p.suffix in (".js", ".css")}


def leaflet_dir() -> Path:
    """Where the xstatic-leaflet package keeps Leaflet's script, styles and images."""
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


# The only network use the page can have, and only when the user switches online tiles on.
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_HOSTS = ("tile.openstreetmap.org",)
OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors"


def content_security_policy(online_tiles: bool = False) -> str:
    """The page's Content-Security-Policy: its own origin only (inline scripts are folium's)."""
    img = "'self' data:" + (" https://" + OSM_HOSTS[0] if online_tiles else "")
    return ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; frame-src 'none'; "
            "base-uri 'none'; form-action 'none'")


# What the page knows of each event: one row per event, these columns (``event_table``).
EVENT_FIELDS = ("id", "title", "start", "end", "category", "place", "lat", "lon", "region", "place_precision", "when")
"""``when``: the dates in words of an event known only roughly (``c. September 1965``), else null."""


def event_table(events: list[dict]) -> dict:
    """Every event the page may show, one row each (the columns of ``EVENT_FIELDS``): compact to send and read."""
    get = dict.get
    return {"fields": list(EVENT_FIELDS),
            "rows": [[e["id"], get(e, "title") or e["id"], get(e, "start"), get(e, "end"), get(e, "category"),
                      get(e, "place"), get(e, "lat"), get(e, "lon"), get(e, "region"), get(e, "place_precision"), get(e, "when")]
                     for e in events]}


_ASSET_RE = re.compile(r"""<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def asset_urls(page: str) -> list[str]:
    """Every URL the page's <script src> and <link href> elements load."""
    return _ASSET_RE.findall(page)
