"""Dates known only roughly, in words: ``c. September 1965``, ``September or October 1965``, ``after 1954``.

The record's EDTF text (``1965-09~``, ``[1965-09,1965-10]``, ``1954/..``) is read by the ``edtf``
package (or was, for the bundled data's: ``viewer.core.edtfmemo``); months and years are written by
Babel (CLDR) in the language, the surrounding words come from the label catalogue (``date_words`` in ``viewer.style`` and ``geodata/i18n/labels.json``).
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_skeleton, get_month_names

from viewer import style
from viewer.core.dates import known_edtf, parse_date
from viewer.i18n.languages import check
from viewer.i18n.names import DATE_LOCALES, format_date


def _one(text: str, lang: str) -> str:
    """A single EDTF date in words, without its ``~``/``?`` (said by the caller)."""
    bare = text.rstrip("~?%")
    parts = bare.split("-")
    locale = DATE_LOCALES.get(lang, lang)
    if "X" in parts[0]:  # 197X: a decade (19XX: a century)
        low, high = parts[0].replace("X", "0"), parts[0].replace("X", "9")
        return low + "s" if lang == "en" else f"{low}–{high}"
    if len(parts) == 1 or "X" in parts[1]:
        return parts[0]
    day = dt.date(int(parts[0]), int(parts[1]), 1)
    if len(parts) == 2 or "X" in parts[2]:
        return format_skeleton("yMMMM", day, locale=locale)
    return format_date(bare, lang)


def _read_already(text: str) -> bool:
    """A date, or an interval of two, each an ISO day, an open end or an EDTF date read already (edtfmemo)."""
    parts = text.split("/")
    if len(parts) > 2 or all(part in ("..", "") for part in parts):
        return False
    for part in parts:
        if part in ("..", "") and len(parts) == 2:
            continue
        try:
            parse_date(part)
        except ValueError:
            if known_edtf(part) is None:
                return False
    return True


def rough_date(text: str, lang: str = "en") -> str:
    """An EDTF date, interval or one-of set in words, in ``lang`` (en, fr, ur)."""
    lang = check(lang)
    words = style.labels("date_words", lang)
    if not _read_already(text):  # the bundled data's rough dates were read at development time
        import edtf

        try:
            edtf.parse_edtf(text)  # refuses what is not EDTF, with the package's message
        except Exception as error:  # the parser's own exception (pyparsing's), said as a ValueError
            raise ValueError(f"{text!r} is not EDTF: {error}") from None
    if text.startswith("[") and text.endswith("]"):
        items = text[1:-1].split(",")
        if len(items) == 2:
            first, second = (_one(item, lang) for item in items)
            if len(items[0]) == len(items[1]) == 7 and items[0][:4] == items[1][:4]:  # two months of one year
                first = get_month_names("wide", "stand-alone", locale=DATE_LOCALES.get(lang, lang))[int(items[0][5:7])]
            return words["either"].format(first, second)
        return ", ".join(_one(item, lang) for item in items)
    if "/" in text:
        first, last = text.split("/", 1)
        if last in ("..", ""):
            return words["after"].format(rough_date(first, lang))
        if first in ("..", ""):
            return words["before"].format(rough_date(last, lang))
        return f"{rough_date(first, lang)} – {rough_date(last, lang)}"
    said = _one(text, lang)
    return words["about"].format(said) if text[-1] in "~?%" else said


def is_rough(edtf_text: str | None) -> bool:
    """True if a record's EDTF text is not one exact day or two (``1965-09~``, ``2009-05``, ``1954/..``)."""
    return bool(edtf_text) and (any(c in edtf_text for c in "~?%X[{") or ".." in edtf_text
                                or any(len(part) != 10 for part in edtf_text.split("/")))


def rough_words(event: dict, lang: str = "en") -> str | None:
    """How a record known only roughly is dated in words (``c. September 1965``), or None for exact days
    (or an EDTF text the parser refuses: its days say it)."""
    if not is_rough(event.get("edtf")):
        return None
    try:
        return rough_date(event["edtf"], lang)
    except ValueError:
        return None
