"""Dates as the atlas uses them: ISO strings outside, day ordinals inside."""

from __future__ import annotations

import datetime as dt
import re

TIMELINE_START = dt.date(1947, 8, 14)
TIMELINE_END = dt.date(2025, 12, 31)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date(text: object) -> dt.date:
    """Parse a strict YYYY-MM-DD string; raise ValueError with a readable reason."""
    if type(text) is str and _ISO.fullmatch(text):  # the common case: a clean date, no spaces around it
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass  # said below, as for any other text
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str) or not _ISO.fullmatch(text.strip()):
        raise ValueError(f"{_show(text)} is not a date")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{_show(text)} is not a real calendar date") from None


def _show(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:55] + "..."


def in_timeline(day: dt.date) -> bool:
    return TIMELINE_START <= day <= TIMELINE_END


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


class EdtfDay(dt.date):
    """A record's date written in EDTF (ISO 8601-2): ``1965-09~``, ``1948?``, ``197X``, ``1979-XX-XX``.

    As a date it is the strict bound the record uses for ordering and checks (the earliest day of a
    start, the latest of an end); ``edtf`` keeps the text, ``strict`` and ``fuzzy`` the (first, last)
    days it may mean strictly and counting its ``~``/``?`` margins.
    """

    edtf: str
    strict: tuple[dt.date, dt.date]
    fuzzy: tuple[dt.date, dt.date]

    def __new__(cls, day: dt.date, edtf: str, strict: tuple, fuzzy: tuple):
        made = super().__new__(cls, day.year, day.month, day.day)
        made.edtf, made.strict, made.fuzzy = edtf, strict, fuzzy
        return made

    def __reduce__(self):
        return (EdtfDay, (dt.date(self.year, self.month, self.day), self.edtf, self.strict, self.fuzzy))


def _struct_day(value) -> dt.date:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday)


def parse_edtf(text: object, *, last: bool = False) -> dt.date:
    """An exact ISO day as ``parse_date`` gives it, or an ``EdtfDay`` for a single EDTF date.

    The day returned is the strict first day the text may mean, or with ``last`` its strict last day.
    Intervals (``a/b``) belong in a record's start and end, not in one field.
    """
    try:
        return parse_date(text)
    except ValueError:
        if not isinstance(text, str) or _ISO.fullmatch(text.strip()):
            raise
    shown = text.strip()
    read = known_edtf(shown)
    if read is not None:  # read by the package when the bundled data was, and shipped (edtfmemo)
        return EdtfDay(read[0][1] if last else read[0][0], shown, *read)
    import edtf  # the well-kept EDTF parser (strict and fuzzy bounds of ~, ?, X digits)

    try:
        parsed = None if "/" in shown or len(shown) > 40 else edtf.parse_edtf(shown)  # no long text to the parser
    except Exception:
        parsed = None
    if parsed is None or type(parsed).__name__ not in ("Date", "UncertainOrApproximate", "Unspecified",
                                                         "PartialUncertainOrApproximate", "Level1Interval"):
        raise ValueError(f"{_show(text)} is not a date (neither YYYY-MM-DD nor EDTF such as 1965-09~)") from None
    try:
        strict = (_struct_day(parsed.lower_strict()), _struct_day(parsed.upper_strict()))
        fuzzy = (_struct_day(parsed.lower_fuzzy()), _struct_day(parsed.upper_fuzzy()))
    except (AttributeError, ValueError, TypeError):
        raise ValueError(f"{_show(text)} is not a single EDTF date with known bounds") from None
    return EdtfDay(strict[1] if last else strict[0], shown, strict, fuzzy)


def known_edtf(text: str) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None:
    """The (strict, fuzzy) bounds of an EDTF date the ``edtf`` package has read already, or None: the bundled
    data's rough dates are read at development time (``viewer.core.edtfmemo``), so that a launch does not
    import the package and its grammar for two dates. Any other text is read by the package."""
    from viewer.core.edtfmemo import MEMO

    found = MEMO.get(text)
    if found is None:
        return None
    (a, b), (c, d) = found
    return ((dt.date.fromisoformat(a), dt.date.fromisoformat(b)), (dt.date.fromisoformat(c), dt.date.fromisoformat(d)))


def open_end() -> "EdtfDay":
    """The end of an EDTF interval left open (``1965-09-06/..``): it runs to the timeline's end, and its
    EDTF text stays ``..``."""
    return EdtfDay(TIMELINE_END, "..", (TIMELINE_END, TIMELINE_END), (TIMELINE_END, TIMELINE_END))


def edtf_text(day: dt.date | None) -> str:
    """The EDTF text of a record's date: its own text, or the ISO day."""
    if day is None:
        return ""
    return getattr(day, "edtf", None) or day.isoformat()


def strict_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return getattr(day, "strict", None) or (day, day)


def fuzzy_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return getattr(day, "fuzzy", None) or (day, day)


def record_edtf(start, end=None, precision: str | None = None) -> str:
    """A record's dates as one EDTF string: ``1965-09~``, ``1965-09-06/1965-09-23``, ``1954-09-08/..``.

    A conflict event dated by GED or ACLED only to the month or year is written as that month or year
    (``2009-05``, not the first of May). ``end`` ``..`` is an open end.
    """
    first = edtf_text(start) if isinstance(start, dt.date) else str(start)
    last = end if isinstance(end, str) or end is None else edtf_text(end)
    if precision in ("month", "year"):
        cut = 7 if precision == "month" else 4
        first = first[:cut]
        last = last[:cut] if last and last != ".." else last
    return first if not last or last == first else f"{first}/{last}"
