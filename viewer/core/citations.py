"""Citations a reader can take away: the source catalogue (``sources.json``) as CSL-JSON, BibTeX or RIS,
and the sources of one record as the same or as a line of text.

One entry per document, keyed by its catalogue id, so that Zotero, JabRef or a ``.bib`` file keep the
atlas's ids. CSL-JSON is the citation format of Zotero and citeproc; BibTeX the format of LaTeX
(``@misc``/``@book``...: its special characters escaped, braces balanced); RIS the tagged format every
reference manager imports. The text style is short: author, title, publisher, date, address or
locator. Qt-free: the card's "Copy citation" and the command line use the same functions.
"""

from __future__ import annotations

import json
import re
from typing import Iterable

FORMATS = ("text", "csl-json", "bibtex", "ris")

# What kind of document each is, by what its catalogue entry says.
_CSL_TYPES = {"seed": "article", "reference": "document"}
_BIB_TYPES = {"article": "article", "document": "misc", "book": "book", "webpage": "online", "legal": "misc"}
_RIS_TYPES = {"article": "JOUR", "document": "GEN", "book": "BOOK", "webpage": "ELEC", "legal": "BILL"}


def _kind(document) -> str:
    """A CSL type for a document of the catalogue: its address or its citation tells what it is."""
    citation = (getattr(document, "citation", None) or "").lower()
    if re.search(r"\bact\b|\border\b|\bconstitution\b|\bresolution\b|\btreaty\b", (document.title or "").lower()):
        return "legal"
    if "isbn" in citation:
        return "book"
    if getattr(document, "url", None):
        return "webpage"
    return _CSL_TYPES.get(document.kind, "document")


def _date_parts(date: str | None) -> list[int] | None:
    if not date:
        return None
    parts = [int(p) for p in re.findall(r"\d+", str(date))[:3]]
    return parts or None


def _people(author: str | None) -> list[dict]:
    """CSL names: each person "Given Family" as family/given, an institution as a literal name."""
    if not author:
        return []
    out = []
    for name in re.split(r"\s*;\s*", author):
        words = name.split()
        institutional = len(words) > 3 or any(w.lower() in ("of", "the", "and", "for", "department", "ministry",
                                                               "government", "office", "council", "parliament",
                                                               "nations", "news", "times", "tribune") for w in words)
        if institutional or len(words) < 2:
            out.append({"literal": name})
        else:
            out.append({"family": words[-1], "given": " ".join(words[:-1])})
    return out


def csl_item(document) -> dict:
    """One document as a CSL-JSON item (id: its catalogue id)."""
    kind = _kind(document)
    item: dict = {"id": document.id, "type": {"legal": "legislation", "webpage": "webpage", "book": "book",
                                                "article": "article", "document": "document"}[kind],
                  "title": document.title}
    authors = _people(document.author)
    if authors:
        item["author"] = authors
    if document.publisher:
        item["publisher"] = document.publisher
        if kind in ("webpage", "article"):
            item["container-title"] = document.publisher
    parts = _date_parts(document.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if getattr(document, "url", None):
        item["URL"] = document.url
    accessed = _date_parts(getattr(document, "accessed", None))
    if accessed:
        item["accessed"] = {"date-parts": [accessed]}
    if getattr(document, "locator", None):
        item["archive_location"] = document.locator
    if getattr(document, "citation", None):
        item["note"] = document.citation
    if getattr(document, "language", None):
        item["language"] = document.language
    return item


_BIB_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _bib(text: str) -> str:
    """A value of a BibTeX field: special characters escaped (no brace can be left unbalanced)."""
    return "".join(_BIB_ESCAPES.get(ch, ch) for ch in " ".join(str(text).split()))


def bibtex_entry(document) -> str:
    kind = _kind(document)
    key = re.sub(r"[^A-Za-z0-9_:.-]", "-", document.id)
    fields = [("title", "{" + _bib(document.title) + "}")]  # inner braces keep the title's capitals
    if document.author:
        people = re.split(r"\s*;\s*", document.author)
        fields.append(("author", " and ".join("{" + _bib(p) + "}" if len(p.split()) > 3 or len(p.split()) < 2
                                              else _bib(p) for p in people)))
    if document.publisher:
        fields.append(("publisher" if kind == "book" else "organization" if kind == "legal" else "howpublished"
                       if kind in ("document",) else "journal" if kind == "article" else "publisher",
                       _bib(document.publisher)))
    parts = _date_parts(document.date)
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", str(parts[1])))
        fields.append(("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))))
    if getattr(document, "url", None):
        fields.append(("url", document.url.replace("%", r"\%").replace("#", r"\#").replace("{", "").replace("}", "")))
    if getattr(document, "accessed", None):
        fields.append(("urldate", _bib(document.accessed)))
    if getattr(document, "locator", None):
        fields.append(("number", _bib(document.locator)))
    if getattr(document, "citation", None):
        fields.append(("note", _bib(document.citation)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{_BIB_TYPES[kind]}{{{key},\n{body}\n}}\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(str(value).split())}"


def ris_entry(document) -> str:
    kind = _kind(document)
    lines = [_ris_line("TY", _RIS_TYPES[kind]), _ris_line("ID", document.id), _ris_line("TI", document.title)]
    for person in (re.split(r"\s*;\s*", document.author) if document.author else []):
        lines.append(_ris_line("AU", person))
    if document.publisher:
        lines.append(_ris_line("PB", document.publisher))
    parts = _date_parts(document.date)
    if parts:
        lines.append(_ris_line("PY", str(parts[0])))
        lines.append(_ris_line("DA", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) + "/"))
    if getattr(document, "url", None):
        lines.append(_ris_line("UR", document.url))
    if getattr(document, "accessed", None):
        lines.append(_ris_line("Y2", document.accessed.replace("-", "/")))
    if getattr(document, "locator", None):
        lines.append(_ris_line("AN", document.locator))
    if getattr(document, "citation", None):
        lines.append(_ris_line("N1", document.citation))
    if getattr(document, "language", None):
        lines.append(_ris_line("LA", document.language))
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def text_entry(document, locator: str | None = None) -> str:
    """A short reference in words: Author, Title, Publisher, date; its address or citation; the locator."""
    accessed = getattr(document, "accessed", None)
    when = document.date or (f"n.d., accessed {accessed}" if accessed else None)
    head = ", ".join(p for p in (document.author, document.title, document.publisher, when) if p)
    tail = ". ".join(p for p in (getattr(document, "locator", None),
                                 getattr(document, "url", None) or getattr(document, "citation", None)) if p)
    return head + (f". {tail}" if tail else "") + (f" ({locator})" if locator else "") + "."


def write(documents: Iterable, fmt: str) -> str:
    """The documents in one format of ``FORMATS``."""
    documents = list(documents)
    if fmt == "csl-json":
        return json.dumps([csl_item(d) for d in documents], ensure_ascii=False, indent=1) + "\n"
    if fmt == "bibtex":
        return "\n".join(bibtex_entry(d) for d in documents)
    if fmt == "ris":
        return "\n".join(ris_entry(d) for d in documents)
    if fmt == "text":
        return "".join(text_entry(d) + "\n" for d in documents)
    raise ValueError(f"unknown citation format {fmt!r} (expected {', '.join(FORMATS)})")


def record_sources(record: dict, catalogue: dict) -> list[tuple[object, str | None]]:
    """(document, locator) of each source a record cites that the catalogue holds, in the record's order."""
    out, seen = [], set()
    from viewer.core.sources import by_seed_file

    by_file = by_seed_file(catalogue)
    for entry in record.get("sources") or ():
        if not isinstance(entry, dict):
            continue
        document = catalogue.get(entry.get("source")) or by_file.get(entry.get("source"))
        if document is not None and document.id not in seen:
            seen.add(document.id)
            out.append((document, entry.get("locator")))
    return out


def cite_record(record: dict, catalogue: dict, fmt: str = "text", atlas_version: str = "") -> str:
    """A record's sources in ``fmt``; as text, the record itself first (title and date) and the atlas it is
    from, then each document with the locator the record gives."""
    found = record_sources(record, catalogue)
    if fmt != "text":
        return write([d for d, _locator in found], fmt)
    title = record.get("title") or record.get("name") or record.get("id") or ""
    when = record.get("start") or ""
    lines = [f"{title} ({when}), in Pakistan Diplomatic Atlas{' ' + atlas_version if atlas_version else ''}."]
    lines += [f"  {text_entry(d, locator)}" for d, locator in found]
    return "\n".join(lines) + "\n"


def documents_cited(records: Iterable[dict], catalogue: dict) -> list:
    """The documents the records cite, each once, in the order they are first cited."""
    found: dict[str, object] = {}
    for record in records:
        for document, _locator in record_sources(record, catalogue):
            found.setdefault(document.id, document)
    return list(found.values())
