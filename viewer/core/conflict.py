"""Conflict-event datasets as atlas events: UCDP GED and ACLED CSV files.

A CSV file is recognised by its header (``detect``): UCDP's Georeferenced Event
Dataset has ``id, relid, type_of_violence, where_prec, date_prec, date_start, best``
among its columns; ACLED has ``event_id_cnty, event_date, event_type,
sub_event_type, fatalities``. ``tabulate`` turns each data row into an event
feature of the atlas's schema (see geodata/README.md); a row with a bad cell is left
out with a Problem naming the file, the record and its CSV line, the column, what is
wrong and what was expected. Good rows load whatever the others hold.

What each row becomes:

==================  ==============================  ==================================
event field         UCDP GED                        ACLED
==================  ==============================  ==================================
id                  ``ged-<id>``                    ``acled-<event_id_cnty>``
start / end         date_start / date_end           event_date (one day)
category            type_of_violence (table below)  event_type, sub_event_type (below)
actors              country, then every             country, then every ``Military /
                    ``Government of X`` in          Police Forces of X`` or
                    side_a / side_b                 ``Government of X`` in actor1/actor2
place               where_coordinates (or adm_2,    location (or admin2, admin1)
                    adm_1)
region              adm_1, when it names an         admin1, likewise
                    admin-1 region of the country
deaths              best, low, high                 fatalities as best (low, high null)
date_precision      date_prec 1..5                  time_precision 1..3
place_precision     where_prec 1..7                 geo_precision 1..3
sources             ``{"source": "ucdp-ged",        ``{"source": "acled",
                    "locator": "GED id 1234"}``     "locator": "event_id_cnty PAK123"}``
==================  ==============================  ==================================

Categories. GED ``type_of_violence``: 1 state-based conflict -> ``war``; 2 non-state
conflict -> ``war``; 3 one-sided violence (against civilians) -> ``incident``.
ACLED ``event_type``: Battles -> ``war``; Explosions/Remote violence -> ``strike``
for the sub-event types Air/drone strike and Shelling/artillery/missile attack,
``incident`` for the rest (Remote explosive/landmine/IED, Suicide bomb, Grenade,
Chemical weapon); Violence against civilians, Riots, Protests -> ``incident``;
Strategic developments -> ``diplomacy`` for the sub-event type Agreement,
``incident`` for the rest. The dataset's own type is kept in the summary.

Precision (the codebooks' codes, coarsest last). Dates: ``day`` (GED 1, ACLED 1),
``week`` (GED 2: two to six days; GED 3: a known week; ACLED 2), ``month`` (GED 4,
ACLED 3: the month's middle is recorded), ``year`` (GED 5). Places: ``exact`` (GED 1,
ACLED 1: the town), ``near`` (GED 2: within about 25 km; ACLED 2: a small part of a
region, coded to a nearby town), ``adm2`` (GED 3: the district's centroid), ``adm1``
(GED 4: the province's centroid), ``region`` (GED 5: a part of the country larger
than a province, or a point between two places; ACLED 3: a larger region, a border
area, or the provincial capital when nothing else is known), ``country`` (GED 6: the
country's centroid), ``water`` (GED 7: over water or in international airspace).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from viewer.core.dates import TIMELINE_END, TIMELINE_START
from viewer.core.records import RawRecord, record_label
from viewer.core.paths import GEODATA
from viewer.core.problems import WARNING, Problem
from viewer.core.schema import show

GED = "ucdp-ged"
ACLED = "acled"
DATASET_NAMES = {GED: "UCDP GED", ACLED: "ACLED"}

# Columns that tell the file apart (all must be present) and columns a row needs.
_TELL = {
    GED: ("id", "relid", "type_of_violence", "where_prec", "date_prec", "date_start", "best"),
    ACLED: ("event_id_cnty", "event_date", "event_type", "sub_event_type", "fatalities"),
}
REQUIRED = {
    GED: ("id", "type_of_violence", "country", "latitude", "longitude", "date_start", "date_end",
          "date_prec", "where_prec", "best", "low", "high"),
    ACLED: ("event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "latitude", "longitude",
            "time_precision", "geo_precision", "fatalities"),
}
# Columns read for titles, places, actors and regions when present.
OPTIONAL = {
    GED: ("conflict_name", "dyad_name", "side_a", "side_b", "where_coordinates", "adm_1", "adm_2"),
    ACLED: ("actor1", "actor2", "location", "admin1", "admin2", "notes"),
}

GED_DATE_PREC = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
GED_WHERE_PREC = {"1": "exact", "2": "near", "3": "adm2", "4": "adm1", "5": "region", "6": "country", "7": "water"}
ACLED_TIME_PREC = {"1": "day", "2": "week", "3": "month"}
ACLED_GEO_PREC = {"1": "exact", "2": "near", "3": "region"}

GED_VIOLENCE = {"1": ("war", "State-based conflict"), "2": ("war", "Non-state conflict"),
                "3": ("incident", "One-sided violence")}
ACLED_EVENT_TYPES = {
    "battles": "war",
    "explosions/remote violence": "incident",
    "violence against civilians": "incident",
    "riots": "incident",
    "protests": "incident",
    "strategic developments": "incident",
}
ACLED_SUB_EVENT_TYPES = {  # sub-event types whose category differs from their event type's
    "air/drone strike": "strike",
    "shelling/artillery/missile attack": "strike",
    "agreement": "diplomacy",
}

# Country names as these datasets write them (GED adds the old name in brackets),
# for South, Central and West Asia and the outside powers active there. Names not
# here are looked up among the NAME fields of geodata/countries.geojson.
COUNTRY_CODES = {
    "pakistan": "PAK", "afghanistan": "AFG", "india": "IND", "iran": "IRN", "bangladesh": "BGD",
    "sri lanka": "LKA", "nepal": "NPL", "bhutan": "BTN", "maldives": "MDV", "myanmar": "MMR",
    "myanmar (burma)": "MMR", "china": "CHN", "tajikistan": "TJK", "turkmenistan": "TKM", "uzbekistan": "UZB",
    "kyrgyzstan": "KGZ", "kazakhstan": "KAZ", "russia": "RUS", "russia (soviet union)": "RUS",
    "iraq": "IRQ", "syria": "SYR", "turkey": "TUR", "turkiye": "TUR", "saudi arabia": "SAU",
    "yemen": "YEM", "yemen (north yemen)": "YEM", "oman": "OMN", "united arab emirates": "ARE",
    "qatar": "QAT", "bahrain": "BHR", "kuwait": "KWT", "jordan": "JOR", "israel": "ISR", "lebanon": "LBN",
    "palestine": "PSX", "azerbaijan": "AZE", "armenia": "ARM", "georgia": "GEO",
    "united states": "USA", "united states of america": "USA", "united kingdom": "GBR",
}

# Admin-1 names of these datasets that differ from geodata/admin1.geojson's (which keeps
# Natural Earth's older names: N.W.F.P., F.A.T.A., Sind...). After 2018 ACLED codes the
# former tribal areas as Khyber Pakhtunkhwa, which maps to PK.NW.
REGION_ALIASES = {
    "PAK": {"balochistan": "PK.BA", "khyber pakhtunkhwa": "PK.NW", "north west frontier": "PK.NW",
            "nwfp": "PK.NW", "federally administered tribal areas": "PK.TA", "fata": "PK.TA",
            "sindh": "PK.SD", "islamabad": "PK.IS", "islamabad capital": "PK.IS",
            "federal capital": "PK.IS", "gilgit baltistan": "PK.NA", "azad jammu and kashmir": "PK.JK"},
    "IRN": {"sistan va baluchestan": "IR.SB", "sistan baluchestan": "IR.SB", "sistan and baluchistan": "IR.SB",
            "isfahan": "IR.ES", "ardabil": "IR.AR", "kurdistan": "IR.KD", "east azerbaijan": "IR.EA",
            "west azerbaijan": "IR.WA", "khorasan razavi": "IR.KV", "kohgiluyeh and boyer ahmad": "IR.KB"},
    "AFG": {"helmand": "AF.HM", "herat": "AF.HR", "paktia": "AF.PT", "sar e pol": "AF.SP", "urozgan": "AF.OZ",
            "maidan wardak": "AF.VR", "jowzjan": "AF.JW"},
    "IND": {"odisha": "IN.OR", "uttarakhand": "IN.UT", "jammu and kashmir": "IN.JK"},
}
_REGION_SUFFIXES = ("province", "state", "territory", "division", "region", "agency")

_GOVERNMENT = re.compile(r"(?:Government|Military Forces|Police Forces) of (?:the )?([^,()]+)")
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", re.ASCII)
_TEXT_DAY = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})", re.ASCII)
_MONTHS = {name: n for n, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})


def detect(columns: Iterable[str]) -> str | None:
    """``"ucdp-ged"`` or ``"acled"`` when the header has that dataset's telling columns, else None."""
    present = {str(c).strip().lower() for c in columns}
    for dataset, telling in _TELL.items():
        if present.issuperset(telling):
            return dataset
    return None


# -- names to codes ------------------------------------------------------------

def _fold(name: str) -> str:
    """A name for matching: no accents, lower case, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9()]+", " ", text).split())


@lru_cache(maxsize=1)
def _geodata_names() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Country codes by folded NAME, and admin-1 ids by folded name for each country, from geodata."""
    countries, regions = {}, {}
    try:
        for f in json.loads((GEODATA / "countries.geojson").read_text(encoding="utf-8"))["features"]:
            countries[_fold(f["properties"]["NAME"])] = f["properties"]["ADM0_A3"]
        for f in json.loads((GEODATA / "admin1.geojson").read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            regions.setdefault(p["adm0_a3"], {})[_fold(p["name"])] = p["id"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # without the layers only the tables above are used
    return countries, regions


def country_code(name: str | None) -> str | None:
    """The ADM0_A3 code of a country as GED or ACLED names it, or None if unknown."""
    if not name:
        return None
    folded = _fold(name)
    code = COUNTRY_CODES.get(folded) or COUNTRY_CODES.get(folded.split(" (")[0])
    return code or _geodata_names()[0].get(folded)


def region_id(country: str | None, name: str | None) -> str | None:
    """The admin-1 id (``PK.BA``) of a region of the country as the dataset names it, or None."""
    if not country or not name:
        return None
    folded = _fold(name)
    words = folded.split()
    if len(words) > 1 and words[-1] in _REGION_SUFFIXES:
        folded = " ".join(words[:-1])
    return REGION_ALIASES.get(country, {}).get(folded) or _geodata_names()[1].get(country, {}).get(folded)


def government_codes(*sides: str | None) -> list[str]:
    """Country codes of the governments and state forces named in actor or side names."""
    found = []
    for side in sides:
        for match in _GOVERNMENT.finditer(side or ""):
            code = country_code(match.group(1).strip())
            if code and code not in found:
                found.append(code)
    return found


# -- cells -------------------------------------------------------------------

class BadCell(ValueError):
    """A cell that cannot be used: the column, what is wrong and what was expected."""

    def __init__(self, column: str, message: str, expected: str):
        super().__init__(message)
        self.column, self.message, self.expected = column, message, expected


def _day(value: str, column: str, expected: str) -> dt.date:
    text = value.strip()
    match = _ISO_DAY.fullmatch(text)
    try:
        if match:
            return dt.date.fromisoformat(match.group(1))
        match = _TEXT_DAY.fullmatch(text)
        if match and match.group(2).lower() in _MONTHS:
            return dt.date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        raise BadCell(column, f"{show(value)} is not a real calendar date", expected) from None
    raise BadCell(column, "is missing" if not text else f"{show(value)} is not a date", expected)


MAX_DEATHS = 10_000_000
"""More deaths than this in one event is a broken cell (no event of UCDP GED or ACLED comes near), refused
before it reaches a column of fixed-size numbers."""


def _count(value: str, column: str) -> int:
    text = value.strip()
    expected = f"a whole number of deaths, from 0 to {MAX_DEATHS:,}"
    if not text:
        raise BadCell(column, "is missing", expected)
    try:
        number = float(text)
    except ValueError:
        raise BadCell(column, f"{show(value)} is not a number", expected) from None
    if not math.isfinite(number) or number < 0 or not number.is_integer():
        raise BadCell(column, f"{show(value)} is not a whole number, 0 or more", expected)
    if number > MAX_DEATHS:
        raise BadCell(column, f"{show(value)} is more deaths than one event can have", expected)
    return int(number)


def _coordinate(value: str, column: str, limit: float) -> float:
    text = value.strip()
    expected = f"a {column} in decimal degrees from -{limit:.0f} to {limit:.0f}"
    if not text:
        raise BadCell(column, "is missing", expected)
    try:
        number = float(text)
    except ValueError:
        raise BadCell(column, f"{show(value)} is not a number", expected) from None
    if not math.isfinite(number) or abs(number) > limit:
        raise BadCell(column, f"{show(value)} is out of range", expected)
    return number


def _code(value: str, column: str, table: dict[str, str]) -> str:
    text = value.strip()
    if text.endswith(".0"):  # a spreadsheet's "1.0"
        text = text[:-2]
    if text not in table:
        raise BadCell(column, "is missing" if not text else f"{show(value)} is not a known code",
                      "one of " + ", ".join(table))
    return table[text]


def _text(values: dict[str, str], *columns: str) -> str | None:
    for column in columns:
        text = (values.get(column) or "").strip()
        if text:
            return text
    return None


def _country(values: dict[str, str]) -> str:
    name = (values.get("country") or "").strip()
    code = country_code(name)
    if code is None:
        raise BadCell("country", "is missing" if not name else f"{show(name)} is not a country the atlas knows",
                      "a country name as the dataset writes it (Pakistan, Iran, Afghanistan...) "
                      "or as geodata/countries.geojson names it")
    return code


def _in_timeline(day: dt.date, column: str) -> None:
    """A date outside the timeline is named by the file's own column (date_start, event_date)."""
    if not TIMELINE_START <= day <= TIMELINE_END:
        raise BadCell(column, "is outside the timeline", f"a date from {TIMELINE_START} to {TIMELINE_END}")


# -- rows to events ----------------------------------------------------------------

def ged_event(values: dict[str, str]) -> dict:
    """The event properties and Point geometry of one GED row (cells by lower-case column); raises BadCell."""
    ident = (values.get("id") or "").strip()
    if not ident:
        raise BadCell("id", "is missing", "the GED event id")
    category, violence = GED_VIOLENCE.get(_code(values.get("type_of_violence", ""), "type_of_violence",
                                                {k: k for k in GED_VIOLENCE}))
    expected_day = "a date YYYY-MM-DD"
    start = _day(values.get("date_start", ""), "date_start", expected_day)
    end = _day(values.get("date_end", ""), "date_end", expected_day)
    if end < start:
        raise BadCell("date_end", f"{end} is before date_start {start}", f"a date on or after {start}")
    _in_timeline(start, "date_start")
    _in_timeline(end, "date_end")
    best, low, high = (_count(values.get(c, ""), c) for c in ("best", "low", "high"))
    if not low <= best <= high:
        raise BadCell("best", f"best {best} is not between low {low} and high {high}", "low <= best <= high")
    country = _country(values)
    lat = _coordinate(values.get("latitude", ""), "latitude", 90)
    lon = _coordinate(values.get("longitude", ""), "longitude", 180)
    date_precision = _code(values.get("date_prec", ""), "date_prec", GED_DATE_PREC)
    place_precision = _code(values.get("where_prec", ""), "where_prec", GED_WHERE_PREC)
    side_a, side_b = _text(values, "side_a"), _text(values, "side_b")
    dyad = _text(values, "dyad_name") or (f"{side_a} - {side_b}" if side_a and side_b else None)
    conflict = _text(values, "conflict_name")
    summary = violence + (f" ({conflict})" if conflict else "") + (f": {dyad}" if dyad else "") + "."
    props = {
        "id": f"ged-{ident}", "start": start.isoformat(), "end": end.isoformat() if end > start else None,
        "title": dyad or conflict or f"{violence}, GED event {ident}", "summary": summary,
        "category": category, "actors": [country] + [c for c in government_codes(side_a, side_b) if c != country],
        "place": _text(values, "where_coordinates", "adm_2", "adm_1"),
        "region": region_id(country, values.get("adm_1")),
        "sources": [{"source": GED, "locator": f"GED id {ident}"}], "note": None,
        "deaths": {"best": best, "low": low, "high": high},
        "date_precision": date_precision, "place_precision": place_precision,
    }
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def acled_category(event_type: str, sub_event_type: str) -> str:
    """The atlas category of an ACLED event and sub-event type; raises BadCell for an unknown event type."""
    kind = _fold(event_type).replace(" / ", "/")
    kind = {_fold(k): v for k, v in ACLED_EVENT_TYPES.items()}.get(kind)
    if kind is None:
        raise BadCell("event_type", "is missing" if not event_type.strip() else
                      f"{show(event_type)} is not an ACLED event type",
                      "one of Battles, Explosions/Remote violence, Violence against civilians, Riots, Protests, "
                      "Strategic developments")
    return {_fold(k): v for k, v in ACLED_SUB_EVENT_TYPES.items()}.get(_fold(sub_event_type), kind)


def acled_event(values: dict[str, str]) -> dict:
    """The event properties and Point geometry of one ACLED row; raises BadCell."""
    ident = (values.get("event_id_cnty") or "").strip()
    if not ident:
        raise BadCell("event_id_cnty", "is missing", "ACLED's event id, such as PAK12345")
    event_type = (values.get("event_type") or "").strip()
    sub_event_type = (values.get("sub_event_type") or "").strip()
    category = acled_category(event_type, sub_event_type)
    day = _day(values.get("event_date", ""), "event_date", "a date YYYY-MM-DD or as ACLED writes it (16 January 2024)")
    _in_timeline(day, "event_date")
    fatalities = _count(values.get("fatalities", ""), "fatalities")
    country = _country(values)
    lat = _coordinate(values.get("latitude", ""), "latitude", 90)
    lon = _coordinate(values.get("longitude", ""), "longitude", 180)
    date_precision = _code(values.get("time_precision", ""), "time_precision", ACLED_TIME_PREC)
    place_precision = _code(values.get("geo_precision", ""), "geo_precision", ACLED_GEO_PREC)
    actor1, actor2 = _text(values, "actor1"), _text(values, "actor2")
    what = sub_event_type or event_type
    title = what + (f": {actor1}" if actor1 else "") + (f" - {actor2}" if actor2 else "")
    summary = f"{event_type}, {sub_event_type} (ACLED)." if sub_event_type else f"{event_type} (ACLED)."
    notes = _text(values, "notes")
    props = {
        "id": f"acled-{ident}", "start": day.isoformat(), "end": None, "title": title,
        "summary": f"{summary} {notes}" if notes else summary,
        "category": category, "actors": [country] + [c for c in government_codes(actor1, actor2) if c != country],
        "place": _text(values, "location", "admin2", "admin1"),
        "region": region_id(country, values.get("admin1")),
        "sources": [{"source": ACLED, "locator": f"event_id_cnty {ident}"}], "note": None,
        "deaths": {"best": fatalities, "low": None, "high": None},
        "date_precision": date_precision, "place_precision": place_precision,
    }
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


ROW_EVENT = {GED: ged_event, ACLED: acled_event}


def tabulate(dataset: str, file: str, columns: list[str], rows: Iterable[tuple[int | None, list[str]]]
             ) -> tuple[list[RawRecord], list[Problem]]:
    """An event record of each good row (to check, as formats' readers give them) and a Problem for
    each bad one (and for missing columns).

    ``columns`` are the header's names in lower case; ``rows`` are (first line in the
    file, cells). Each record knows its number among the data rows and its line.
    """
    name = DATASET_NAMES[dataset]
    missing = [c for c in REQUIRED[dataset] if c not in columns]
    if missing:
        return [], [Problem(file, "", c, f"is not a column of the file, which looks like {name} data",
                            f"{name}'s columns as the dataset publishes them") for c in missing]
    make = ROW_EVENT[dataset]
    features, problems = [], []
    n = 0
    for n, (line, cells) in enumerate(rows, 1):
        values = dict(zip(columns, cells))
        try:
            if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
                raise BadCell("", f"has {len(cells)} cells, more than the {len(columns)} columns of the header",
                              "one cell per column (quote cells that hold the delimiter)")
            feature = make(values)
        except BadCell as bad:
            ident = (values.get("id" if dataset == GED else "event_id_cnty") or "").strip()
            label = record_label(n, {"id": f"{'ged' if dataset == GED else 'acled'}-{ident}" if ident else None}, line)
            problems.append(Problem(file, label, bad.column, bad.message, bad.expected))
            continue
        features.append(RawRecord(n, feature["properties"], feature["geometry"], line))
    if n == 0:
        problems.append(Problem(file, "", "", "holds no records", "", WARNING))
    return features, problems
