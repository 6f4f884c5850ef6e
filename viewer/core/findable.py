"""Can a reader follow a source? The reference rules of ``pakatlas check``.

A reference of the catalogue is findable when it has its own title (not a description in brackets, not
a word such as "Report"), an author or issuing body, a date, and an address (``url``) or an archival or
bibliographic locator (``locator``; a dataset's required ``citation`` counts too). A web page that carries no
date of its own is dated as historians cite it, "n.d." with the day it was read (``accessed``). A paraphrase is the
atlas's own words, so it holds no quotation marks: words in quotation marks from a text that is not at
hand are quotations nobody can check. And a document cited for an event or a period is not dated before
it (by more than the day a time zone makes) unless the record's ``note`` says it is background (the
ceasefire statement that opens a period of strain).

Each rule gives ``Problem``s naming file, record and field. They are warnings (``SEVERITY``), so that
``pakatlas check`` lists them without refusing a user's folder on them; the bundled catalogue has none,
and ``tests/core/test_content.py`` keeps it so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from viewer.core.problems import WARNING, Problem

SEVERITY = WARNING

GENERIC_TITLES = frozenset({"article", "document", "news", "news report", "press release", "report", "statement",
                            "untitled", "web page", "webpage"})
_QUOTE_MARKS = re.compile(r'["\u201c\u201d\u00ab\u00bb\u201e]|\u2018[^\u2019]{2,}\u2019')
_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_START_FIELDS = (("start", "events"), ("start", "relations"), ("join", "alliances"))


def _label(n: int, record_id) -> str:
    return f"record {n} ({record_id!r})" if record_id else f"record {n}"


def reference_problems(catalogue: Mapping[str, object], file: str = "sources.json") -> list[Problem]:
    """What keeps each reference of the catalogue from being found (the seeds are at hand: not checked)."""
    problems = []
    for n, doc in enumerate(catalogue.values(), 1):
        if getattr(doc, "kind", "reference") != "reference":
            continue
        label = _label(n, doc.id)

        def bad(field: str, message: str, expected: str) -> None:
            problems.append(Problem(file, label, field, message, expected, SEVERITY))

        title = (doc.title or "").strip()
        if not title or title.startswith("[") or title.lower().rstrip(".") in GENERIC_TITLES:
            bad("title", f"{title!r} is not the document's own title" if title else "no title",
                "the document's own title (its headline, the resolution's or treaty's name)")
        if not (doc.author or doc.publisher):
            bad("author", "neither an author nor an issuing body", "the person, or the body that issued it")
        if not doc.date and not (doc.url and getattr(doc, "accessed", None)):
            bad("date", "no date", "YYYY, YYYY-MM or YYYY-MM-DD (a web page that carries none: its url and the day it was "
                "accessed)")
        if not (doc.url or getattr(doc, "locator", None) or doc.citation):
            bad("url", "neither an address nor a locator",
                "a url where it can be read, or a locator (FRUS volume and document, UN symbol, treaty series)")
    return problems


def quoted_paraphrases(records: Iterable[dict], file: str) -> list[Problem]:
    """Quotation marks inside a paraphrase."""
    problems = []
    for n, record in enumerate(records, 1):
        for i, entry in enumerate(record.get("sources") or ()):
            text = entry.get("paraphrase") if isinstance(entry, dict) else None
            if isinstance(text, str) and _QUOTE_MARKS.search(text):
                problems.append(Problem(file, _label(n, record.get("id")), f"sources[{i}].paraphrase",
                                        "has quotation marks: words quoted from a text that is not at hand",
                                        "the atlas's own words (quote only the seeds, in a quote entry)", SEVERITY))
    return problems


def _prefix(value) -> tuple[int, ...] | None:
    """The year, month and day a date begins with, as far as it gives them (``1965-09~`` -> (1965, 9))."""
    found = _DATE_PREFIX.match(str(value or ""))
    return tuple(int(p) for p in found.groups() if p) if found else None


def dated_before(records: Iterable[dict], catalogue: Mapping[str, object], kind: str, file: str) -> list[Problem]:
    """A cited document dated before the event or period it is cited for, unless the note says background."""
    field = next((f for f, k in _START_FIELDS if k == kind), None)
    if field is None:
        return []
    problems = []
    for n, record in enumerate(records, 1):
        start = _prefix(record.get(field))
        if start is None or "background" in str(record.get("note") or "").lower():
            continue
        for i, entry in enumerate(record.get("sources") or ()):
            doc = catalogue.get(entry.get("source")) if isinstance(entry, dict) else None
            when = _prefix(getattr(doc, "date", None))
            if when is None or getattr(doc, "kind", None) != "reference":
                continue
            depth = min(len(when), len(start))
            if depth == 3 and dt.date(*start) - dt.date(*when) == dt.timedelta(days=1):
                continue  # a day's difference is a time zone's (the White House on 1 May 2011, Abbottabad on 2 May)
            if when[:depth] < start[:depth]:
                problems.append(Problem(
                    file, _label(n, record.get("id")), f"sources[{i}].source",
                    f"{doc.id} is dated {doc.date}, before the {field} {record.get(field)}",
                    "a document of the day or later, or a note saying it is cited for background", SEVERITY))
    return problems
