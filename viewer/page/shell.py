"""The map page's shell, built by folium once per version of the page code (``tools/build_shell.py``).

``build_shell()`` gives the page without any data: Leaflet's map, its panes, the four shape layers
(empty), the layer control, the controller's modules and styles, and the call that starts the controller
(``atlas.boot``). It is shipped as ``resources/shell.html`` (``viewer.page.build.SHELL``), and a test
fails if the shipped file differs from what this code builds now. The window serves the shipped file and
never imports folium; every piece of data reaches the page as messages (``viewer.page.build.page_data``).
"""

from __future__ import annotations

import html
import re

import folium
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import CustomPane, LayerControl
from folium.template import Template
from folium.utilities import JsCode

from viewer import style
from viewer.page import layers
from viewer.page.assets import (ATLAS_CSS, CONTRAST_CSS, LEAFLET_CSS, RTL_CSS, LEAFLET_JS, QWEBCHANNEL_JS,
                                content_security_policy, module_js)
from viewer.page.build import DEFAULT_CENTER, DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, SHAPE_LAYERS, html_element
from viewer.page.protocol import html_text, script_json

PANES = (  # name, z-index, takes pointer events
    ("atlas-units", 400, True),
    ("atlas-outlines", 410, False),
    ("atlas-alliances", 420, False),  # under the regions of the day's events: a nested band never hides them
    ("atlas-regions", 430, False),
    ("atlas-disputed", 440, False),
)


class _Register(MacroElement):
    """Makes a folium layer findable by the controller: ``window.atlasLayers[key]``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (window.atlasLayers = window.atlasLayers || {})[{{ this.key_json }}] = {{ this.target.get_name() }};
        {% endmacro %}
    """)

    def __init__(self, key: str, target):
        super().__init__()
        self._name = "AtlasRegister"
        self.key_json = script_json(key)
        self.target = target


_EMPTY = {"type": "FeatureCollection", "features": []}
SHAPES = tuple(zip(SHAPE_LAYERS, (  # layer id, pane, style (the page restyles them with the data's), interactive
    ("atlas-units", style.UNIT_STYLE, True),
    ("atlas-outlines", style.OUTLINE_STYLE, False),
    ("atlas-regions", style.REGION_STYLE, False),
    ("atlas-disputed", style.DISPUTED_STYLE, False),
)))


class _SharedCanvas(MacroElement):
    """One canvas for every shape layer (``window.atlasVectors``), drawn in the panes' order (``canvas.js``).

    Leaflet gives each pane its own canvas, each the size of the map; with software
    compositing every canvas is held several times over in memory shared between the
    page and the window. The panes stay: they order the shapes when the map is drawn
    as SVG instead (the PDF export).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.atlasVectors = L.atlasCanvas({pane: "atlas-units", padding: 0.1});
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "AtlasSharedCanvas"


SHARED_CANVAS = JsCode("window.atlasVectors")


class _Module(JSCSSMixin):
    """Loads the controller's modules (resources/NAME.js) that the element beside it needs."""

    _template = Template("")

    def __init__(self, *names: str):
        super().__init__()
        self._name = "AtlasModule"
        self.default_js = [(f"atlas_{name}", module_js(name)) for name in names]


class _Controller(_Module):
    """Loads the controller (and the legend, names, edge markers, annotations and layer toggles it drives) and
    starts it once every layer exists (``atlas.boot``); the data comes after, with ``atlas.load``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        window.atlas.boot({{ this._parent.get_name() }}, window.atlasLayers, {{ this.control.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, control):
        super().__init__("legend", "labels", "edges", "annotations", "overlays", "controller")
        self._name = "AtlasController"
        self.control = control


_FOLIUM_ID = re.compile(r"_([0-9a-f]{32})(?![0-9a-f])")


def build_shell() -> str:
    """The map page without any data: Leaflet's map, its panes, the shape layers (empty), the layer control,
    the controller's modules and styles, and the call that starts the controller (``atlas.boot``). The data
    (geometry, events, names, words, palette, contrast) reaches it as one message, ``atlas.load(data)``
    (``page_data``), and every later one changes it in place.

    The same code gives the same text: folium's random element ids are numbered in order of appearance.
    """
    m = folium.Map(
        location=DEFAULT_CENTER, zoom_start=DEFAULT_ZOOM, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM,
        tiles=None, prefer_canvas=True, control_scale=False, world_copy_jump=False,
        zoom_snap=0.5, attribution_control=False,
    )
    # folium's defaults load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs: replace them all.
    m.default_js = [("leaflet", LEAFLET_JS), ("qwebchannel", QWEBCHANNEL_JS),
                    ("atlas_util", module_js("util")), ("atlas_bridge", module_js("bridge")),
                    ("atlas_canvas", module_js("canvas"))]
    # the right-to-left and high-contrast styles apply only under <html dir="rtl"> and .atlas-high-contrast
    m.default_css = [("leaflet_css", LEAFLET_CSS), ("atlas_css", ATLAS_CSS), ("atlas_rtl_css", RTL_CSS),
                     ("atlas_contrast_css", CONTRAST_CSS)]
    root = m.get_root()
    csp = html.escape(content_security_policy(False))
    root.header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{csp}">'), name="atlas_csp")
    root.title = "Pakistan diplomatic atlas map"

    for name, z_index, pointer in PANES:
        CustomPane(name, z_index=z_index, pointer_events=pointer).add_to(m)
    m.add_child(_SharedCanvas())
    for layer_id, (pane, look, interactive) in SHAPES:
        smooth = {} if layer_id == "disputed" else {"smooth_factor": 0.5}
        layer = folium.GeoJson(_EMPTY, name=html_text(layers.label(layer_id)), pane=pane, style=look,
                               interactive=interactive, renderer=SHARED_CANVAS, **smooth)
        layer.add_to(m)
        m.add_child(_Register(layer_id, layer))
    m.add_child(_Module("patterns", "tips", "shapes", "alliances", "dots", "markers", "events", "density"))
    control = LayerControl(position="topright", collapsed=True, autoZIndex=False)
    control.add_to(m)
    m.add_child(_Controller(control))
    page = html_element(root.render(), "en", "ltr", False)
    numbers: dict[str, str] = {}
    return _FOLIUM_ID.sub(lambda found: "_" + numbers.setdefault(found.group(1), str(len(numbers) + 1)), page)


