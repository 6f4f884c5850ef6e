"""What the map page needs to speak a language: its ``lang`` and ``dir``, its words, its labels,
its dates and the names of the map's units (no Qt, no folium).

The page is built once per language (``viewer.page.build``); everything it writes itself (legend,
tooltips, layer control, the date box) comes from the config made here, so that the page never
holds a word of its own. Dates are written the way ``names.format_date`` writes them: CLDR's long
date pattern of the language, given to the page as a template and the month names
(``date_format``), so that the page can write any day of the timeline without asking Python.
English keeps the page's short dates ("6 Sep 1965"), which fit the date box and the tooltips.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.dates import get_date_format

from viewer.i18n import catalogue, labels, names
from viewer.i18n.languages import check, direction


@cache
def date_format(lang: str) -> dict | None:
    """``{"months": [12 names], "template": "{d} {m}، {y}"}``: CLDR's long date of the language for the
    page to fill in, or None for English (the page's own short dates)."""
    if check(lang) == "en":
        return None
    locale = Locale.parse(names.DATE_LOCALES.get(lang, lang))
    pattern = get_date_format("long", locale=locale).pattern
    parts = []
    for token in re.findall(r"'[^']*'|d+|M+|L+|y+|[^'dMLy]+", pattern):
        if token.startswith("'"):
            parts.append(token[1:-1] or "'")
        elif token[0] == "d":
            parts.append("{d}")
        elif token[0] in "ML":
            parts.append("{m}")
        elif token[0] == "y":
            parts.append("{y}")
        else:
            parts.append(token)
    months = locale.months["format"]["wide"]
    return {"months": [months[m] for m in range(1, 13)], "template": "".join(parts)}


def fill_date(fmt: dict, iso: str) -> str:
    """What the page writes for ``iso`` with ``date_format``'s answer (the same steps as resources/util.js)."""
    year, month, day = iso.split("-")
    return (fmt["template"].replace("{d}", str(int(day))).replace("{m}", fmt["months"][int(month) - 1])
            .replace("{y}", str(int(year))))


def unit_names(codes, lang: str) -> dict[str, str]:
    """ADM0_A3 -> the unit's name in ``lang`` for every code CLDR (or ``units.json``) names; the others keep
    the page's English names. Empty for English."""
    if check(lang) == "en":
        return {}
    found = {}
    for code in codes:
        try:
            found[code] = names.country(code, lang)
        except KeyError:
            pass
    return found


def abbreviations(lang: str) -> dict[str, str]:
    """ADM0_A3 -> the unit's cartographic abbreviation (Natural Earth's ABBREV: "Bang.", "U.A.E."), for a name
    that does not fit its country on the map. English only: in another language such a name is left out."""
    return dict(catalogue.load("abbreviations.json")) if check(lang) == "en" else {}


def page_language(lang: str) -> dict:
    """The part of the page's config that depends on the language."""
    return {
        "lang": check(lang),
        "dir": direction(lang),
        "words": labels.labels("page", lang),
        "statusLabels": labels.labels("status", lang),
        "categoryLabels": labels.labels("category", lang),
        "allianceLayerLabel": labels.label("layer_template", "alliance", lang),
        "dateFormat": date_format(lang),
        "abbreviations": abbreviations(lang),
    }
