"""A tour's own references: documents the source catalogue lacks, with the catalogue's fields.

A tour file may list, beside its steps, the documents its steps cite that are not in
``geodata/sources.json``::

    [[references]]
    id = "dawn-1965-09-07"             # kebab-case; cited by a step as sources = ["dawn-1965-09-07"]
    title = "Indian forces cross the border"
    author = "Staff reporter"          # author or publisher (or both)
    publisher = "Dawn"
    date = "1965-09-07"                # YYYY, YYYY-MM or YYYY-MM-DD
    language = "en"
    url = "https://..."                # url or citation (an archival locator), or both
    citation = "Dawn, Karachi, 7 September 1965, p. 1"
    note = "..."                       # optional

A reference is findable: its own title, its author or issuing body, its date, and an address or
locator. Its id may not be one of the catalogue's. At most ``MAX_REFERENCES`` references.
"""

from __future__ import annotations

import re

from viewer.core.sources import Document

MAX_REFERENCES = 100
MAX_FIELD = 500
"""The longest text of one field, in characters."""
FIELDS = ("id", "title", "author", "publisher", "date", "language", "url", "citation", "note")
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)
_LANGUAGE = re.compile(r"[a-z]{2}", re.ASCII)
_URL = re.compile(r"https?://[^\s<>\"']+", re.ASCII)


def check_references(value, catalogue_ids=None) -> tuple[tuple[Document, ...], list[tuple[str, str, str, str]]]:
    """The references of a tour's ``references`` value, and its problems as (record, field, message, expected)."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), [("", "references", "is not a list of [[references]] tables", "[[references]] tables")]
    if len(value) > MAX_REFERENCES:
        return (), [("", "references", f"{len(value)} references are too many", f"at most {MAX_REFERENCES}")]
    found: list[Document] = []
    problems: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for n, table in enumerate(value, start=1):
        record = f"reference {n}"
        if not isinstance(table, dict):
            problems.append((record, "", "is not a table", "a [[references]] table"))
            continue
        ident = table.get("id")
        if isinstance(ident, str) and ident:
            record = f"reference {n} ({ident!r})"
        before = len(problems)

        def bad(name: str, message: str, expected: str) -> None:
            problems.append((record, name, message, expected))

        for key in sorted(set(table) - set(FIELDS)):
            bad(key, "is not a field of a reference", ", ".join(FIELDS))
        for name in FIELDS:
            if name in table and (not isinstance(table[name], str) or not table[name].strip()
                                  or len(table[name]) > MAX_FIELD):
                bad(name, "is empty, not text or too long", f"text of at most {MAX_FIELD} characters")
        if len(problems) > before:
            continue
        for name in ("id", "title", "date", "language"):
            if name not in table:
                bad(name, "is missing", "text")
        if "id" in table:
            if not _KEBAB.fullmatch(ident):
                bad("id", f"{ident!r} is not a kebab-case id", "lower-case letters, digits and hyphens")
            elif catalogue_ids is not None and ident in catalogue_ids:
                bad("id", f"{ident!r} is already an id of the source catalogue", "an id of its own: cite the "
                    "catalogue's document by its id instead")
            elif ident in seen:
                bad("id", f"duplicate reference id {ident!r}", "an id no other reference has")
        if "author" not in table and "publisher" not in table:
            bad("author", "the reference names neither author nor publisher", "author or publisher, or both")
        if "date" in table and not _DATE.fullmatch(table["date"]):
            bad("date", f"{table['date']!r} is not a date", "YYYY, YYYY-MM or YYYY-MM-DD")
        if "language" in table and not _LANGUAGE.fullmatch(table["language"]):
            bad("language", f"{table['language']!r} is not a language code", "a two-letter ISO 639-1 code")
        if "url" in table and not _URL.fullmatch(table["url"]):
            bad("url", "is not an http(s) address", "https://...")
        if "url" not in table and "citation" not in table:
            bad("url", "the reference gives neither an address nor a citation", "url or citation (an archival "
                "locator), or both")
        if len(problems) > before:
            continue
        seen.add(ident)
        found.append(document(table))
    return tuple(found), problems


def document(table: dict) -> Document:
    """A reference's table as a catalogue ``Document`` of kind ``reference``."""
    return Document(id=table["id"], title=table["title"].strip(), author=_text(table.get("author")),
                    publisher=_text(table.get("publisher")), date=table.get("date"), language=table["language"],
                    kind="reference", citation=_text(table.get("citation")), url=_text(table.get("url")),
                    note=_text(table.get("note")))


def as_toml(document: Document) -> dict:
    """A reference as a tour file writes it (fields left out when unknown)."""
    return {name: getattr(document, name) for name in FIELDS if getattr(document, name)}


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
