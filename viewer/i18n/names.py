"""Names of countries, territories and historical polities, and dates, in a language.

Countries and territories are named by CLDR (through Babel's ``Locale(lang).territories``), the
maintained source every major platform uses. CLDR keys them by ISO alpha-2 codes; the map's units
are keyed by Natural Earth's ADM0_A3, which is the ISO alpha-3 code for almost all of them and which
CLDR's own territory aliases turn into alpha-2. The few Natural Earth codes that are not ISO codes
are in ``geodata/i18n/unit_codes.json`` (made by ``tools/build_i18n_codes.py``), and the five
units with no ISO code at all (Northern Cyprus, Somaliland, the Siachen Glacier...) have their
names in ``geodata/i18n/units.json``.

A historical polity (the Soviet Union, East Germany, Ceylon, Ubangi-Shari...) carries the name it
had on the day; CLDR has no such names, so every polity whose English name is not CLDR's modern
name for its id has its French and Urdu names in ``geodata/i18n/polities.json``.

Dates are written the way CLDR writes a long date in the language: "6 September 1965",
"6 septembre 1965", "6 ستمبر، 1965".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal

from viewer.core.dates import parse_date
from viewer.core.paths import GEODATA
from viewer.i18n import catalogue
from viewer.i18n.languages import check

# English dates as the atlas has always written them (day month year, as in Pakistan and Britain).
DATE_LOCALES = {"en": "en_GB", "fr": "fr", "ur": "ur"}


@cache
def _territories(lang: str) -> dict:
    return Locale.parse(check(lang)).territories


def alpha2(unit: str) -> str | None:
    """The ISO alpha-2 code of a map unit (ADM0_A3), or None if it has none."""
    codes = catalogue.load("unit_codes.json")
    if unit in codes:
        return codes[unit]
    targets = get_global("territory_aliases").get(unit)
    return targets[0] if targets and len(targets) == 1 else None


def cldr_name(code: str, lang: str) -> str | None:
    """CLDR's name of a unit or polity id (ADM0_A3) in the language, or None if CLDR has none."""
    two = alpha2(code)
    return _territories(lang).get(two) if two else None


def country(unit: str, lang: str) -> str:
    """The name of a map unit (a modern country or territory, ADM0_A3) in the language.

    KeyError if neither CLDR nor ``units.json`` names it."""
    name = cldr_name(unit, lang)
    if name is None:
        entry = catalogue.load("units.json").get(unit)
        if entry is None:
            raise KeyError(f"no name for the unit {unit!r}: neither CLDR nor geodata/i18n/units.json has it")
        name = entry[lang]
    return name


def needs_translation(polity_id: str, name: str) -> bool:
    """True if a polity's English name is not CLDR's modern English name for its id (so it is translated
    in ``polities.json``): Ceylon (LKA), the Soviet Union (SUN), People's Republic of China (CHN)..."""
    return cldr_name(polity_id, "en") != name


def polity(polity_id: str, name: str, lang: str) -> str | None:
    """The name in ``lang`` of the polity ``polity_id`` called ``name`` in English, or None if it has
    no translation (a polity of the user's own, or one renamed since it was translated)."""
    if check(lang) == "en":
        return name
    for entry in catalogue.load("polities.json").get(polity_id, ()):
        if entry["en"] == name:
            return entry[lang]
    if not needs_translation(polity_id, name):
        return cldr_name(polity_id, lang)
    return None


@cache
def _bundled_unit_names() -> dict[str, str]:
    data = json.loads((GEODATA / "countries.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["ADM0_A3"]: f["properties"]["NAME"] for f in data["features"]}


def territory(item: dict, lang: str, unit_names: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The display name of a territory of ``Atlas.state`` (``{"id", "name", "units"}``: a polity, or a
    unit shown as itself) and the language the name is in.

    A unit shown as itself (its id a unit whose English name, in ``unit_names``, default the bundled
    ``countries.geojson``, is the item's name) takes its CLDR name; a polity takes its own translation,
    never its unit's modern name (Ceylon stays Ceylon). Without a translation the English name comes
    back with ``"en"``, so that the interface can say so."""
    name = item["name"]
    if check(lang) == "en":
        return name, "en"
    found = polity(item["id"], name, lang)
    units = _bundled_unit_names() if unit_names is None else unit_names
    if found is None and units.get(item["id"]) == name:
        try:
            found = country(item["id"], lang)
        except KeyError:
            found = None
    return (found, lang) if found is not None else (name, "en")


def format_date(day: dt.date | str, lang: str) -> str:
    """A long date in the language, as CLDR writes it: ``6 septembre 1965``."""
    return _babel_format_date(parse_date(day), "long", locale=DATE_LOCALES.get(check(lang), lang))


def format_number(value: int | float, lang: str) -> str:
    """A count in the language, as CLDR groups its digits: ``1,234`` in English, ``1\u202f234`` in French."""
    return format_decimal(value, locale=DATE_LOCALES.get(check(lang), lang))
