"""The dataset's schema: the fields of each kind of record and how each is checked.

A field checker takes the raw value and returns the clean value or raises
``ValueError`` with what is wrong; ``expected`` tells the user what would be right.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Callable

from viewer.core.dates import open_end, parse_edtf

CATEGORIES = (
    "diplomacy", "alliance", "treaty", "war", "strike", "sanctions",
    "aid", "incident", "visit", "statement",
)
STATUSES = ("allied", "cooperative", "neutral", "strained", "sanctions", "hostile")
DATE_PRECISIONS = ("day", "week", "month", "year")
"""How well an event's date is known (conflict datasets code it; see viewer/core/conflict.py)."""
PLACE_PRECISIONS = ("exact", "near", "adm2", "adm1", "region", "country", "water")
"""How well an event's place is known, finest first: the point itself, within about 25 km, only its
district (admin-2) or province (admin-1), a larger part of the country, only the country, over water."""


@dataclass(frozen=True)
class Field:
    name: str
    check: Callable[[Any], Any]
    expected: str
    required: bool = True


def show(value: Any, limit: int = 60) -> str:
    """A value as a message quotes it: its repr, cut short."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def text(value: Any) -> str:
    if type(value) is str and value.isascii():  # the common case (plain text) without the checks below
        stripped = value.strip()
        if stripped:
            return stripped
    if not isinstance(value, str) or not value.strip():
        raise ValueError("is empty or not text")
    try:
        value.isascii() or value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(f"holds an invalid character (a lone surrogate at position {err.start})") from None
    return value.strip()


def optional_text(value: Any) -> str | None:
    if type(value) is str and value.isascii():
        return value.strip() or None
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return text(value)


def date(value: Any):
    """A start: an exact day, or an EDTF date (the strict first day it may mean, with its bounds)."""
    return parse_edtf(value)


def optional_date(value: Any):
    """An end: null (an event of one day, a period that still holds), a day or EDTF date, or ``..`` (an
    interval left open, written ``1965-09-06/..`` in the start: to the timeline's end)."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and value.strip() == "..":
        return open_end()
    return parse_edtf(value, last=True)


def one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    exact = frozenset(choices)

    def check(value: Any) -> str:
        if type(value) is str and value in exact:  # already clean
            return value
        if not isinstance(value, str) or value.strip().lower() not in choices:
            raise ValueError(f"{show(value)} is not a known value")
        return value.strip().lower()

    return check


def code(value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) != 3 or not value.strip().isalpha():
        raise ValueError(f"{show(value)} is not a three-letter country code")
    return value.strip().upper()


def _clean_code(item: Any) -> bool:
    """True if the item is already a clean code (three upper-case ASCII letters): ``code`` returns it unchanged."""
    return type(item) is str and len(item) == 3 and item.isascii() and item.isalpha() and item.isupper()


def code_list(value: Any) -> tuple[str, ...]:
    if type(value) is list and value and all(map(_clean_code, value)):
        return tuple(value)
    if isinstance(value, str):  # "PAK, USA" as typed in a spreadsheet
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("is not a non-empty list of country codes")
    return tuple(code(item) for item in value)


def held_by(value: Any) -> tuple[str, ...] | None:
    """Who held a disputed territory: a list of country codes, empty when no one did; null (or absent)
    for a territory that is not disputed."""
    if value is None:
        return None
    if isinstance(value, str) and not value.strip():
        return ()
    if type(value) is list and not value:
        return ()
    return code_list(value)


_ENTRY_TEXT = ("quote", "paraphrase", "locator")
_ENTRY_KEYS = frozenset(("source", "translation", "disagrees") + _ENTRY_TEXT)


def _plain_entry(item: Any) -> dict | None:
    """A source entry that needs no further checks (a dict of known keys holding non-empty text, with a
    source and one of quote, paraphrase or locator), stripped; None for anything to check in full."""
    if type(item) is not dict or not _ENTRY_KEYS.issuperset(item):
        return None
    clean = {}
    for key, value in item.items():
        if key == "disagrees":
            if type(value) is not bool:
                return None
            clean[key] = value
            continue
        if type(value) is not str or not value.isascii():
            return None
        value = value.strip()
        if not value:
            return None
        clean[key] = value
    if "source" not in clean or "translation" in clean and "quote" not in clean:
        return None
    return clean if "quote" in clean or "paraphrase" in clean or "locator" in clean else None


def _entry(n: int, item: Any) -> dict:
    """One source entry, checked in full: the message names the entry by its number."""
    if not isinstance(item, dict):
        raise ValueError(f"source {n} is not an object with 'source' and a 'quote', 'paraphrase' or 'locator'")
    unknown = sorted(str(k) for k in item if k not in _ENTRY_KEYS)
    if unknown:
        raise ValueError(f"source {n} has unknown key {', '.join(map(repr, unknown))}")
    clean: dict[str, Any] = {}
    try:
        clean["source"] = text(item.get("source"))
        for key in _ENTRY_TEXT + ("translation",):
            found = optional_text(item.get(key))
            if found is not None:
                clean[key] = found
    except ValueError as err:
        raise ValueError(f"source {n}: 'source' or 'quote' {err}") from None
    if not any(key in clean for key in _ENTRY_TEXT):
        raise ValueError(f"source {n}: 'source' or 'quote' is empty, and it has no 'paraphrase' or 'locator'")
    if "translation" in clean and "quote" not in clean:
        raise ValueError(f"source {n} has a 'translation' but no 'quote'")
    disagrees = item.get("disagrees")
    if disagrees is not None and not isinstance(disagrees, bool):
        raise ValueError(f"source {n}: 'disagrees' is {show(disagrees)}, not true or false")
    if disagrees:
        clean["disagrees"] = True
    return clean


def sources(value: Any) -> tuple[dict[str, Any], ...]:
    if type(value) is list and value:  # the common case: a list of plain entries
        clean = [_plain_entry(item) for item in value]
        if None not in clean:
            return tuple(clean)
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("is not a non-empty list of sources")
    return tuple(_entry(n, item) for n, item in enumerate(value, 1))


def deaths(value: Any) -> dict[str, int | None]:
    """Deaths as ``{"best", "low", "high"}`` whole numbers (low and high may be null), or a whole
    number (the best estimate); JSON text of either as a CSV cell holds it."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValueError(f"{show(value)} is not a number or a JSON object") from None
    if type(value) is int and value >= 0:
        return {"best": value, "low": None, "high": None}
    if not isinstance(value, dict) or set(value) - {"best", "low", "high"}:
        raise ValueError(f"{show(value)} is not a number of deaths or an object with best, low and high")
    clean = {}
    for key in ("best", "low", "high"):
        number = value.get(key)
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        if number is None and key != "best":
            clean[key] = None
        elif type(number) is not int or number < 0:
            raise ValueError(f"'{key}' {show(number)} is not a whole number, 0 or more")
        else:
            clean[key] = number
    low, best, high = clean["low"], clean["best"], clean["high"]
    if (low is not None and low > best) or (high is not None and high < best):
        raise ValueError(f"best {best} is not between low {low} and high {high}")
    return clean


SOURCES = Field("sources", sources, 'a list of {"source": catalogue id, and "quote" (verbatim text of a seed), '
                 '"paraphrase" or "locator"}')
NOTE = Field("note", optional_text, "text or null", required=False)

EVENT = (
    Field("id", text, "a unique identifier"),
    Field("start", date, "a date YYYY-MM-DD or EDTF (1965-09~, 1948?, 197X)"),
    Field("end", optional_date, "a date YYYY-MM-DD, EDTF (1965-09~, 1948?, 197X) or null", required=False),
    Field("title", text, "a short title"),
    Field("summary", optional_text, "text", required=False),
    Field("category", one_of(CATEGORIES), "one of " + ", ".join(CATEGORIES)),
    Field("actors", code_list, "a list of ADM0_A3 country codes"),
    Field("place", optional_text, "a place name or null", required=False),
    Field("region", optional_text, "an admin-1 id from admin1.geojson or null", required=False),
    SOURCES,
    NOTE,
    Field("deaths", deaths, 'deaths as {"best": n, "low": n or null, "high": n or null}, or null', required=False),
    Field("date_precision", one_of(DATE_PRECISIONS), "one of " + ", ".join(DATE_PRECISIONS) + ", or null",
          required=False),
    Field("place_precision", one_of(PLACE_PRECISIONS), "one of " + ", ".join(PLACE_PRECISIONS) + ", or null",
          required=False),
)

RELATION = (
    Field("partner", code, "an ADM0_A3 country code"),
    Field("status", one_of(STATUSES), "one of " + ", ".join(STATUSES)),
    Field("start", date, "a date YYYY-MM-DD or EDTF (1965-09~, 1948?, 197X)"),
    Field("end", optional_date, "a date YYYY-MM-DD, EDTF (1965-09~, 1948?, 197X) or null", required=False),
    Field("reason", text, "a short reason"),
    SOURCES,
    NOTE,
)

MEMBERSHIP = (
    Field("alliance", text, "an alliance id such as SEATO"),
    Field("name", text, "the alliance's name"),
    Field("member", code, "an ADM0_A3 country code"),
    Field("join", date, "a date YYYY-MM-DD or EDTF (1965-09~, 1948?, 197X)"),
    Field("leave", optional_date, "a date YYYY-MM-DD, EDTF (1965-09~, 1948?, 197X) or null", required=False),
    SOURCES,
    NOTE,
)

POLITY = (
    Field("id", text, "a polity id such as PAK or SUN"),
    Field("name", text, "the polity's name"),
    Field("units", code_list, "a list of ADM0_A3 codes of modern units"),
    Field("start", date, "a date YYYY-MM-DD or EDTF (1965-09~, 1948?, 197X)"),
    Field("end", optional_date, "a date YYYY-MM-DD, EDTF (1965-09~, 1948?, 197X) or null", required=False),
    Field("held_by", held_by, "for a disputed territory, the codes of who held it (a list, empty when no one "
          "did); null otherwise", required=False),
    SOURCES,
    NOTE,
)
