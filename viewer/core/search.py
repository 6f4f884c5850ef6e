"""Searching events as people spell places: without diacritics, and through known spelling variants.

``matcher(text)`` turns what a user typed into a test of an event's searchable text
(``searchable(event)``); both sides are folded (``fold``: lower case, diacritics and punctuation
gone, so "Baluchestān" is "baluchestan" and "N.W.F.P." is "nwfp") and every word typed must be
found. A word that is one of the spellings in ``ALIASES`` matches any spelling of its group:
"Balochistan" finds the counter-strikes in "Sistan-Baluchestan".

The table is small and kept by hand. Each group lists the spellings of one place or name that
the sources and the data use, or that readers commonly type; add a group (folded or not, it is
folded when read) when a search misses a variant.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

ALIASES: tuple[tuple[str, ...], ...] = (
    ("Balochistan", "Baluchistan", "Baluchestan", "Balochestan", "Beluchistan"),
    ("Sindh", "Sind"),
    ("Khyber Pakhtunkhwa", "N.W.F.P.", "NWFP", "North-West Frontier Province", "KPK", "Pakhtunkhwa"),
    ("Dhaka", "Dacca"),
    ("Chittagong", "Chattogram"),
    ("Bangladesh", "East Pakistan", "East Bengal"),
    ("Kolkata", "Calcutta"),
    ("Mumbai", "Bombay"),
    ("Sri Lanka", "Ceylon"),
    ("Myanmar", "Burma"),
    ("Beijing", "Peking"),
    ("Soviet Union", "USSR", "U.S.S.R.", "Soviet"),
    ("United States", "USA", "U.S.", "US", "America", "Washington"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("Iran", "Persia"),
    ("Sistan", "Seistan"),
    ("Qur'an", "Quran", "Koran"),
    ("Zia ul-Haq", "Zia-ul-Haq", "Zia"),
    ("Faisalabad", "Lyallpur"),
    ("Tehran", "Teheran"),
    ("Kabul", "Caboul"),
)

_PUNCT = re.compile(r"[.'’`]")
_SPACE = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, without diacritics, dots or apostrophes, every other separator one space."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " " + _SPACE.sub(" ", _PUNCT.sub("", plain)).strip() + " "


def _groups() -> dict[str, tuple[str, ...]]:
    """folded spelling -> every folded spelling of its group."""
    out: dict[str, tuple[str, ...]] = {}
    for group in ALIASES:
        folded = tuple(dict.fromkeys(fold(s).strip() for s in group))
        for spelling in folded:
            out[spelling] = tuple(dict.fromkeys(out.get(spelling, ()) + folded))
    return out


_ALIAS = _groups()


def _terms(text: str) -> list[tuple[str, ...]]:
    """What must be found, in order: each a tuple of alternatives. A run of words that is a known
    spelling ("khyber pakhtunkhwa") is one term; any other word is a term of its own."""
    words = fold(text).split()
    terms, i = [], 0
    while i < len(words):
        for length in range(min(4, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + length])
            if phrase in _ALIAS:
                terms.append(_ALIAS[phrase])
                i += length
                break
        else:
            terms.append((words[i],))
            i += 1
    return terms


def searchable(event: dict, extra: str = "") -> str:
    """The folded text of an event that a search looks in: title, summary, place, region, and ``extra``
    (names of its actors and region, say)."""
    parts = (event.get("title"), event.get("summary"), event.get("place"), event.get("region"), extra)
    return fold(" ".join(str(p) for p in parts if p))


def matcher(text: str) -> Callable[[str], bool]:
    """A test of a ``searchable`` text: true if every word typed (or a spelling of it) is in it.

    A word typed matches the start of a word ("balo" finds "Balochistan"); a spelling of the alias
    table matches whole words, or with a possessive "s" ("Balochistan's"), so that "Sind" does not
    find "Sindoor" nor "us" "use"."""
    tests = []
    for alternatives in _terms(text):
        if len(alternatives) == 1 and alternatives[0] not in _ALIAS:
            tests.append((" " + alternatives[0],))
        else:
            tests.append(tuple(f" {a}{end} " for a in alternatives for end in ("", "s")))
    return lambda hay: all(any(a in hay for a in alts) for alts in tests)
