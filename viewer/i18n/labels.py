"""The display labels of the atlas in each language: ``label(kind, key, lang)``.

English is the source and stays where it is, in ``viewer.style``, so a wording changed there is changed here; the French and Urdu are
data, in ``geodata/i18n/labels.json``, next to the other translations: a translator edits JSON,
not code, every translation file is checked by the same reader (``catalogue``), and a test
checks that every English label has both.

Kinds (keys):
- ``status``: the relation statuses (``allied`` ... ``hostile``).
- ``category``: the event categories, and ``other``.
- ``layer``: the fixed layers (``viewer.page.layers`` ids); ``layer_template``: ``alliance`` and
  ``events``, each with one ``{}`` for the alliance's or category's label.
- ``legend``: the legend's words (``no_relation`` is "No recorded relation").
- ``caption``: the export caption's ``title`` and ``attribution``.
- ``tag``: ``english`` (shown beside a text the language has no translation of) and ``translation``
  (beside a quote's translation).
- ``precision``: a conflict event's card: its deaths (``deaths``, ``low``, ``high``), how well its date
  (``date_day`` ... ``date_year``) and place (``place_exact`` ... ``place_water``) are known, ``data``.
- ``compare``: what changed between two dates (``viewer.i18n.differences``).
- ``date_words``: how a rough date is written (``about``: "c. {}", ``either``, ``after``, ``before``).
- ``alliance``: an alliance's display name, as the legend and the layer control show it (in English
  ``viewer.style.ALLIANCE_LABELS``: "Southeast Asia Treaty Organization (SEATO)"...); ``alliance_name``:
  its full name (in English the name in the data).
"""

from __future__ import annotations

from functools import cache

from viewer import style
from viewer.i18n import catalogue
from viewer.i18n.languages import check
from viewer.page import layers

TAGS = style.TAG_LABELS
@cache
def english() -> dict[str, dict[str, str]]:
    """kind -> key -> English label, from where the English lives."""
    translated = catalogue.load("labels.json")
    return {
        "status": dict(style.STATUS_LABELS),
        "category": {**style.CATEGORY_LABELS, style.OTHER_CATEGORY: style.OTHER_CATEGORY_LABEL},
        "layer": dict(style.LAYER_LABELS),
        "layer_template": {"alliance": style.ALLIANCE_LAYER_LABEL, "events": style.EVENTS_LAYER_LABEL},
        "legend": dict(style.LEGEND_LABELS),
        "caption": dict(style.CAPTION_LABELS),
        "tag": dict(TAGS),
        "page": dict(style.PAGE_LABELS),
        "date_words": dict(style.DATE_WORDS),
        "precision": dict(style.PRECISION_LABELS),
        "compare": dict(style.COMPARE_LABELS),
        "alliance": {key: style.label("alliance", key) for key in translated.get("alliance", {})},
        "alliance_name": {key: entry["en"] for key, entry in translated.get("alliance_name", {}).items()},
    }


KINDS = ("status", "category", "layer", "layer_template", "legend", "caption", "tag", "page", "alliance",
         "alliance_name", "date_words", "precision", "compare")


def label(kind: str, key: str, lang: str) -> str:
    """The label of ``key`` of ``kind`` in ``lang``.

    KeyError, naming the kind and key, for a label the atlas does not have (an alliance of the
    user's own, say: show its id or its name from the data then)."""
    check(lang)
    if kind not in KINDS:
        raise KeyError(f"no labels of kind {kind!r}: the kinds are {', '.join(KINDS)}")
    if key not in english()[kind]:
        raise KeyError(f"no {kind} label {key!r}")
    if lang == "en":
        return english()[kind][key]
    entry = catalogue.load("labels.json").get(kind, {}).get(key)
    if entry is None:
        raise KeyError(f"no {lang} {kind} label {key!r} in geodata/i18n/labels.json")
    return entry[lang]


def labels(kind: str, lang: str) -> dict[str, str]:
    """key -> label of every label of ``kind`` in ``lang`` (for the page data and the legend)."""
    return {key: label(kind, key, lang) for key in english()[kind]}


def layer_label(layer_id: str, lang: str) -> str:
    """The label of a layer of the layer control by its id (``viewer.page.layers``), in ``lang``."""
    if layer_id.startswith(layers.ALLIANCE):
        aid = layer_id[len(layers.ALLIANCE):]
        try:
            short = label("alliance", aid, lang)
        except KeyError:
            short = aid
        return label("layer_template", "alliance", lang).format(short)
    if layer_id.startswith(layers.EVENTS):
        category = layer_id[len(layers.EVENTS):]
        try:
            name = label("category", category, lang)
        except KeyError:
            name = style.category_label(category)
        return label("layer_template", "events", lang).format(name)
    return label("layer", layer_id, lang)


def recent_label(display: dict | None, lang: str = "en") -> str:
    """The legend's words for the events that have ended but are still on the map, as the display mode
    (the state's ``display``) keeps them: "Past year" (the default window), "Ended since 1 January 1965"
    (another window, or a range), "Ended earlier" (cumulative) or "Ended earlier, fading" (fade)."""
    mode = (display or {}).get("mode", "window")
    if mode == "cumulative":
        return style.label("legend", "recent_earlier", lang)
    if mode == "fade":
        return style.label("legend", "recent_fading", lang)
    since = (display or {}).get("since")
    if mode != "window" or since is None or (display or {}).get("window") == style.DEFAULT_RECENT_DAYS:
        return style.label("legend", "recent", lang)
    from viewer.i18n.names import format_date

    shown = format_date(since, lang)
    return style.label("legend", "recent_since", lang).replace("{date}", shown)
