"""The source catalogue, and the discipline of quotes.

Every record cites its sources as entries of one of three forms (see geodata/README.md):

- ``{"source": ID, "quote": "..."}``: verbatim text of a document at hand, a
  seed in ``../shared/seeds``; a French quote may add ``"translation"``;
- ``{"source": ID, "paraphrase": "..."}``: what the document says, in our words,
  optionally with a ``"locator"`` (article, page, section);
- ``{"source": ID, "locator": "..."}``: a bare citation.

Any entry may carry ``"disagrees": true`` (this source says otherwise than the
record); the first entry is the one the record rests on and never disagrees.
``ID`` names a document of ``geodata/sources.json``, the catalogue.

This module loads and checks the catalogue (``load_catalogue``), checks that
records cite it (``check_cited``, used when the bundled data loads), and checks
the quotes against the seed texts (``verify_quotes``, used by ``pakatlas check
--seeds`` and the tests). Quotes are compared after ``normalise``: the seeds are
web pages whose quotation marks, spaces and bold markers vary.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from viewer.core import findable
from viewer.core.problems import WARNING, Problem

CATALOGUE_FILE = "sources.json"
KINDS = ("seed", "reference")
CITED_KINDS = frozenset({"events", "relations", "alliances", "polities"})
"""Kinds of bundled records whose ``source`` must be a catalogue id (polities join once converted)."""

_REQUIRED = ("id", "title", "author", "publisher", "date", "language", "kind")
_OPTIONAL = ("seed_file", "citation", "url", "locator", "accessed", "note")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Document:
    """One document of the catalogue. ``author``, ``publisher`` and ``date`` are None when unknown."""

    id: str
    title: str
    author: str | None
    publisher: str | None
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    language: str
    kind: str  # "seed" or "reference"
    seed_file: str | None = None
    citation: str | None = None
    url: str | None = None
    locator: str | None = None  # an archival or bibliographic reference: FRUS volume and document, UN symbol...
    accessed: str | None = None  # YYYY-MM-DD the address was read: what dates a web page that carries no date
    note: str | None = None

    @property
    def is_seed(self) -> bool:
        return self.kind == "seed"

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in _REQUIRED + _OPTIONAL}


# -- the catalogue -------------------------------------------------------------

def load_catalogue(path: Path) -> tuple[dict[str, Document], list[Problem]]:
    """The documents of a catalogue file by id, and every problem found in it."""
    name = path.name
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}, [Problem(name, "", "", "file not found")]
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return {}, [Problem(name, "", "", f"cannot be read as JSON: {err}", "a JSON list of documents")]
    if not isinstance(data, list):
        return {}, [Problem(name, "", "", "is not a JSON list", "a JSON list of documents")]
    documents: dict[str, Document] = {}
    problems: list[Problem] = []
    for n, entry in enumerate(data, 1):
        document, found = _document(name, n, entry)
        problems += found
        if document is None:
            continue
        if document.id in documents:
            problems.append(Problem(name, _label(n, entry), "id", f"duplicate id {document.id!r}", "a unique id"))
            continue
        documents[document.id] = document
    return documents, problems


def _label(n: int, entry) -> str:
    ident = entry.get("id") if isinstance(entry, dict) else None
    return f"record {n} ({ident!r})" if isinstance(ident, str) and ident else f"record {n}"


def _document(file: str, n: int, entry) -> tuple[Document | None, list[Problem]]:
    label = _label(n, entry)
    if not isinstance(entry, dict):
        return None, [Problem(file, label, "", "is not an object", "an object with " + ", ".join(_REQUIRED))]
    problems = [Problem(file, label, key, "is not a field of a catalogue entry", ", ".join(_REQUIRED + _OPTIONAL),
                        WARNING) for key in entry if key not in _REQUIRED + _OPTIONAL]

    def bad(field: str, message: str, expected: str) -> None:
        problems.append(Problem(file, label, field, message, expected))

    for field in _REQUIRED + _OPTIONAL:
        value = entry.get(field)
        nullable = field in ("author", "publisher", "date") or field in _OPTIONAL
        if field in _REQUIRED and field not in entry:
            bad(field, "is missing", "text" + (" or null" if nullable else ""))
        elif value is None and not nullable:
            bad(field, "is null", "text")
        elif value is not None and (not isinstance(value, str) or not value.strip()):
            bad(field, "is empty or not text", "text" + (" or null" if nullable else ""))
    if problems and any(p.is_error for p in problems):
        return None, problems
    if not _ID.match(entry["id"]):
        bad("id", f"{entry['id']!r} is not a kebab-case id", "lower-case words joined by '-', e.g. 'hassan-2019'")
    if entry["kind"] not in KINDS:
        bad("kind", f"{entry['kind']!r} is not a known kind", "seed or reference")
    if entry.get("date") is not None and not _DATE.match(entry["date"]):
        bad("date", f"{entry['date']!r} is not a date", "YYYY, YYYY-MM or YYYY-MM-DD, or null")
    if entry.get("accessed") is not None and not _DAY.match(entry["accessed"]):
        bad("accessed", f"{entry['accessed']!r} is not a day", "YYYY-MM-DD, the day the address was read")
    elif entry.get("accessed") is not None and not entry.get("url"):
        bad("accessed", "is given without an address", "a url, or no accessed date")
    if entry["kind"] == "seed" and not entry.get("seed_file"):
        bad("seed_file", "is missing for a seed", "the file's name in ../shared/seeds")
    if entry["kind"] != "seed" and entry.get("seed_file"):
        bad("seed_file", "is given for a reference", "no seed_file (only seeds have one)")
    if any(p.is_error for p in problems):
        return None, problems
    return Document(**{name: entry.get(name) for name in _REQUIRED + _OPTIONAL}), problems


_CACHE: dict[Path, tuple[float, dict[str, Document]]] = {}


def catalogue_beside(path: Path) -> dict[str, Document] | None:
    """The catalogue in a data file's folder (read once per change), or None if the folder has none."""
    catalogue = path.parent / CATALOGUE_FILE
    try:
        stamp = catalogue.stat().st_mtime
    except OSError:
        return None
    cached = _CACHE.get(catalogue)
    if cached is None or cached[0] != stamp:
        documents, problems = load_catalogue(catalogue)
        if any(p.is_error for p in problems):
            from viewer.core.problems import DataError

            raise DataError(problems)
        cached = _CACHE[catalogue] = (stamp, documents)
    return cached[1]


def check_cited(kind: str, path: Path, records: list[dict]) -> tuple[list[dict], list[Problem]]:
    """The records whose every ``source`` is an id of the catalogue beside their file, and a problem
    for each that cites an unknown one (it is left out). Files in a folder without a catalogue, and
    kinds not in ``CITED_KINDS``, are not checked: their sources may be free text."""
    if kind not in CITED_KINDS:
        return records, []
    catalogue = catalogue_beside(path)
    if catalogue is None:
        return records, []
    kept, problems = [], []
    for record in records:
        unknown = [(i, s["source"]) for i, s in enumerate(record["sources"]) if s["source"] not in catalogue]
        if unknown:
            i, source = unknown[0]
            problems.append(_problem(record, getattr(record, "file", None) or path.name, f"sources[{i}].source",
                                     f"unknown source {source!r}", f"an id of {CATALOGUE_FILE}"))
        else:
            kept.append(record)
    return kept, problems


# -- quotes --------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})


def normalise(text: str) -> str:
    """Text as quotes are compared: NFKC, straight quotation marks, no markdown bold, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("**", "")
    return " ".join(text.split())


def read_seeds(catalogue: dict[str, Document], seeds_dir: Path) -> dict[str, str]:
    """The normalised text of each seed of the catalogue found in the folder, by catalogue id."""
    texts = {}
    for document in catalogue.values():
        if document.is_seed and document.seed_file:
            path = Path(seeds_dir) / document.seed_file
            if path.is_file():
                texts[document.id] = normalise(path.read_text("utf-8"))
    return texts


def by_seed_file(catalogue: dict[str, "Document"]) -> dict[str, "Document"]:
    """The source texts by file name: a record may cite one by its file, as the seeds' README asks."""
    return {d.seed_file: d for d in catalogue.values() if getattr(d, "seed_file", None)}


def verify_quotes(records: Iterable[dict], catalogue: dict[str, Document], seeds_dir: Path | None,
                  file: str = "") -> list[Problem]:
    """Every problem with the source entries of the records.

    Found: an unknown source id; an entry with neither quote, paraphrase nor locator;
    a quote of a document that is not a seed (it cannot be checked: make it a
    paraphrase); a quote not found verbatim in its seed (only when ``seeds_dir`` is
    given; a seed missing from it is reported once); a first source marked
    ``disagrees``. Records may be raw properties (``file`` names their file) or loaded
    ``Record``s (which know their file and number).
    """
    texts = read_seeds(catalogue, seeds_dir) if seeds_dir is not None else {}
    by_file = by_seed_file(catalogue)
    problems: list[Problem] = []
    missing: set[str] = set()
    for n, record in enumerate(records, 1):
        where = getattr(record, "file", None) or file
        sources = record.get("sources")
        if not isinstance(sources, (list, tuple)):
            continue
        for i, entry in enumerate(sources):
            if not isinstance(entry, dict):
                continue
            field = f"sources[{i}]"
            source = entry.get("source")
            document = (catalogue.get(source) or by_file.get(source)) if isinstance(source, str) else None
            if document is None:
                problems.append(_problem(record, where, field + ".source", f"unknown source {source!r}",
                                         f"an id of {CATALOGUE_FILE}", n))
                continue
            if not any(_given(entry.get(k)) for k in ("quote", "paraphrase", "locator")):
                problems.append(_problem(record, where, field, "has neither a quote, a paraphrase nor a locator",
                                         "a 'quote' of a seed, a 'paraphrase' or a 'locator'", n))
            if i == 0 and entry.get("disagrees"):
                problems.append(_problem(record, where, field + ".disagrees",
                                         "the first source is marked as disagreeing with the record",
                                         "first the source the record's value rests on", n))
            quote = entry.get("quote")
            if not _given(quote):
                continue
            if not document.is_seed:
                problems.append(_problem(record, where, field + ".quote",
                                         f"quotes {source!r}, a reference whose text is not at hand",
                                         "a 'paraphrase' (no quotation marks) for a reference", n))
            elif seeds_dir is not None:
                text = texts.get(document.id)
                if text is None:
                    if document.id not in missing:
                        missing.add(document.id)
                        problems.append(Problem(str(seeds_dir), "", "", f"has no {document.seed_file} "
                                                f"(the text of {document.id!r}); its quotes are not checked",
                                                severity=WARNING))
                elif normalise(quote) not in text:
                    problems.append(_problem(record, where, field + ".quote",
                                             f"is not verbatim in {document.seed_file} ({_short(quote)})",
                                             f"text copied exactly from {document.seed_file}", n))
    return problems


def _given(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _problem(record: dict, file: str, field: str, message: str, expected: str, n: int | None = None) -> Problem:
    from viewer.core.records import record_label

    return Problem(file, record_label(getattr(record, "n", None) or n or 0, record, getattr(record, "line", None)),
                   field, message, expected)


# -- for display ---------------------------------------------------------------

def describe(entry: dict, catalogue: dict[str, Document] | None = None) -> dict:
    """What a card shows for one source entry: the document's ``title`` (its id if not in the
    catalogue), ``kind`` (``quote``, ``paraphrase`` or ``citation``), ``text`` (the quote or
    paraphrase, never to be shown in quotation marks unless ``kind`` is ``quote``), and the
    ``translation``, ``locator`` and ``disagrees`` of the entry."""
    document = (catalogue or {}).get(entry.get("source"))
    if document is not None:
        byline = ", ".join(p for p in (document.author, document.publisher, document.date) if p)
        title = f"{document.title} ({byline})" if byline else document.title
    else:
        title = str(entry.get("source"))
    kind = "quote" if _given(entry.get("quote")) else "paraphrase" if _given(entry.get("paraphrase")) else "citation"
    return {"title": title, "kind": kind, "text": entry.get("quote") or entry.get("paraphrase") or "",
            "translation": entry.get("translation"), "locator": entry.get("locator"),
            "disagrees": bool(entry.get("disagrees")), "seed": bool(document and document.is_seed)}


def bundled_catalogue() -> dict[str, Document]:
    """The catalogue shipped in geodata/ (empty if it is missing)."""
    from viewer.core.paths import GEODATA

    return catalogue_beside(GEODATA / CATALOGUE_FILE) or {}


def entry_html(entry: dict, catalogue: dict[str, Document] | None = None) -> str:
    """One source entry as a card's list item, every string escaped: the document's title, then the
    quote in quotation marks (a French one followed by its translation, marked as such), or the
    paraphrase without them, or the bare locator; a disagreeing source says so."""
    import html

    esc = html.escape
    shown = describe(entry, bundled_catalogue() if catalogue is None else catalogue)
    parts = [f"<b>{esc(shown['title'])}</b>"]
    if shown["locator"]:
        parts.append(f", {esc(shown['locator'])}")
    if shown["disagrees"]:
        parts.append(" <i>(differs from the record)</i>")
    if shown["kind"] == "quote":  # quotation marks written out: Qt's rich text draws none for <q>
        document = (bundled_catalogue() if catalogue is None else catalogue).get(entry.get("source"))
        opening, closing = ("« ", " »") if document is not None and document.language == "fr" else ("“", "”")
        parts.append(f"<br>{opening}{esc(shown['text'])}{closing}")
        if shown["translation"]:
            parts.append(f"<br><i>Translation:</i> {esc(shown['translation'])}")
    elif shown["kind"] == "paraphrase":
        parts.append(f"<br><i>Paraphrase:</i> {esc(shown['text'])}")
    return "<li>" + "".join(parts) + "</li>"


def citing(dataset) -> dict[str, list[dict]]:
    """Source id -> every record that cites it, as ``{"kind", "id", "label", "start", "event"}``
    (``event`` is the event's id for an event, else None), in date order: what Help > Sources lists."""
    found: dict[str, list[dict]] = {}

    def add(kind: str, record: dict, ident: str, label: str, start) -> None:
        for source in {entry["source"] for entry in record.get("sources", ())}:
            found.setdefault(source, []).append({"kind": kind, "id": ident, "label": label, "start": str(start),
                                                 "event": ident if kind == "event" else None})

    for e in dataset.events:
        add("event", e, e["id"], e["title"], e["start"])
    names = dataset.unit_names
    for r in dataset.relations:
        partner = names.get(r["partner"], r["partner"])
        add("relation", r, f"{r['partner']}:{r['start']}", f"Relation with {partner}: {r['status']} from {r['start']}",
            r["start"])
    for m in dataset.memberships:
        member = names.get(m["member"], m["member"])
        add("membership", m, f"{m['alliance']}:{m['member']}:{m['join']}", f"{m['name']}: {member} joins", m["join"])
    for p in dataset.polities:
        add("polity", p, f"{p['id']}:{p['start']}", f"{p['name']} ({p['start']} – {p.get('end') or 'today'})",
            p["start"])
    for records in found.values():
        records.sort(key=lambda r: (r["start"], r["label"]))
    return found


def sources_html(entries, catalogue: dict[str, Document] | None = None) -> str:
    """A record's sources as a card shows them (every string escaped).

    Where no entry is of a source text, the card says so first: the record rests on references
    only. Entries that disagree with the record stand side by side with the first source, the one
    the record's value rests on, so the reader sees both claims and where each comes from.
    """
    catalogue = bundled_catalogue() if catalogue is None else catalogue
    entries = list(entries or ())
    parts = []
    if entries and not any(describe(e, catalogue)["seed"] for e in entries):
        parts.append("<p><i>Not in the source texts: this record rests on the references below.</i></p>")
    differing = [e for e in entries if e.get("disagrees")]
    if differing and entries:
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>What the record "
                     "says rests on</th><th>What differs</th></tr>")
        for entry in differing:
            parts.append(f"<tr><td valign='top'><ul>{entry_html(entries[0], catalogue)}</ul></td>"
                         f"<td valign='top'><ul>{entry_html(entry, catalogue)}</ul></td></tr>")
        parts.append("</table>")
    others = [e for e in entries if not e.get("disagrees")]
    if others:
        parts.append("<ol>" + "".join(entry_html(e, catalogue) for e in others) + "</ol>")
    return "".join(parts)


def check_folder(folder: Path, seeds_dir: Path | None) -> list[Problem]:
    """Every problem with the sources of the cited kinds in a data folder: its catalogue, then each
    file's entries checked by ``verify_quotes`` against the seed texts (``pakatlas check --seeds``)."""
    from viewer.core.datafiles import DATASET_FILES
    from viewer.core.geojson import read_collection

    folder = Path(folder)
    catalogue, problems = load_catalogue(folder / CATALOGUE_FILE)
    problems += findable.reference_problems(catalogue)
    for kind in sorted(CITED_KINDS):
        path = folder / DATASET_FILES[kind]
        if path.is_file():
            features, found = read_collection(path)
            problems += found
            records = [f.get("properties") or {} for f in features]
            problems += verify_quotes(records, catalogue, seeds_dir, path.name)
            problems += findable.quoted_paraphrases(records, path.name)
            problems += findable.dated_before(records, catalogue, kind, path.name)
    return problems
