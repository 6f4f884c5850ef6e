"""Event titles and summaries in the reader's language.

The English of an event is its record (``events.geojson``); the French and Urdu are in
``geodata/i18n/events.json``, each with the English it was translated from. A translation is
used only while that English is still the record's: a title or summary corrected since falls
back to the English (marked as such) until it is translated again, so the atlas never shows a
translation of words the record no longer says. ``stale`` lists those translations.

Every event has a French and an Urdu title; many have summaries too. Where a summary has no
translation, ``localise_event`` gives the English one and marks ``summary_lang: "en"``, and the
interface shows an "English" tag (``labels.label("tag", "english", lang)``). Quotes stay in the
language of their source (the French seed's quotes are French, with their English translation).
"""

from __future__ import annotations

from typing import Iterable

from viewer.i18n import catalogue
from viewer.i18n.languages import check


def translation(event_id: str) -> dict | None:
    """The entry of ``events.json`` for an event, or None."""
    return catalogue.load("events.json").get(event_id)


def _text(event: dict, entry: dict | None, field: str, lang: str) -> tuple[str | None, str]:
    """An event's ``field`` in ``lang`` if translated from its current English, else the English; and
    the language of what comes back."""
    english = event.get(field)
    if lang == "en" or entry is None or field not in entry[lang]:
        return english, "en"
    if entry["en"].get(field) != english:  # the English changed since it was translated
        return english, "en"
    return entry[lang][field], lang


def localise_event(event: dict, lang: str) -> dict:
    """A copy of ``event`` with its ``title`` and ``summary`` in ``lang`` where translated, and
    ``title_lang`` and ``summary_lang`` saying which language each is in (``"en"`` for the English
    ones: the interface shows them with an "English" tag). Everything else, quotes included, is the
    record's own."""
    entry = translation(event.get("id")) if check(lang) != "en" else None
    out = dict(event)
    out["title"], out["title_lang"] = _text(event, entry, "title", lang)
    if event.get("summary"):
        out["summary"], out["summary_lang"] = _text(event, entry, "summary", lang)
    else:
        out["summary_lang"] = lang  # nothing to show, nothing to tag
    out["place"], out["place_lang"] = localise_place(event.get("place"), lang)
    return out


def localise_place(place: str | None, lang: str) -> tuple[str | None, str]:
    """An event's place text in ``lang`` where ``places.json`` (keyed by the English) has it, else
    the English; and the language of what comes back."""
    if not place:
        return place, lang
    entry = catalogue.load("places.json").get(place) if check(lang) != "en" else None
    return (entry[lang], lang) if entry else (place, "en")


def localise_region(region_id: str | None, name: str | None, lang: str) -> tuple[str | None, str]:
    """A region's name in ``lang`` where ``regions.json`` has that English name for the region (its
    first name or one it took later), else the English; and the language of what comes back."""
    return _named("regions.json", region_id, name, lang)


def localise_disputed(line_id: str | None, name: str | None, lang: str) -> tuple[str | None, str]:
    """A disputed line's name (what it is: the ceasefire line of 1949, the Line of Control) in ``lang`` where
    ``disputed.json`` has that English name for the line, else the English; and the language of it."""
    return _named("disputed.json", line_id, name, lang)


def _named(file: str, key: str | None, name: str | None, lang: str) -> tuple[str | None, str]:
    if not name or check(lang) == "en":
        return name, "en" if name else lang
    for entry in catalogue.load(file).get(key or "", ()):
        if entry["en"] == name:
            return entry[lang], lang
    return name, "en"


def relation_key(relation: dict) -> str:
    """A relation period's key in ``relations.json``: its partner and start (``USA/1954-05-19``); takes a
    record of ``relations.geojson`` (``start``) or a relation of ``Atlas.state`` (``since``)."""
    return f"{relation.get('partner')}/{relation.get('start') or relation.get('since')}"


def localise_relation(relation: dict, lang: str) -> dict:
    """A copy of a relation period with its ``reason`` and ``note`` in ``lang`` where translated from
    its current English, and ``reason_lang`` and ``note_lang`` saying which language each is in."""
    entry = catalogue.load("relations.json").get(relation_key(relation)) if check(lang) != "en" else None
    out = dict(relation)
    for field in ("reason", "note"):
        if relation.get(field):
            out[field], out[f"{field}_lang"] = _text(relation, entry, field, lang)
    return out


def stale_relations(relations: Iterable[dict]) -> list[str]:
    """What to translate again in ``relations.json``: one line per period with no entry, per reason or
    note with no translation, and per translation made from English the record no longer has."""
    lines = []
    for relation in relations:
        key = relation_key(relation)
        entry = catalogue.load("relations.json").get(key)
        for field in ("reason", "note"):
            if not relation.get(field):
                continue
            if entry is None or field not in entry["en"]:
                lines.append(f"{key}: the {field} has no French or Urdu in geodata/i18n/relations.json")
            elif entry["en"][field] != relation[field]:
                lines.append(f"{key}: the {field} was translated from {entry['en'][field]!r}, "
                             f"the record now says {relation[field]!r}")
    return lines


def stale(events: Iterable[dict]) -> list[str]:
    """One line per translation made from English the event no longer has (or missing for an event):
    what to translate again, e.g. after a record's title was corrected."""
    lines = []
    for event in events:
        entry = translation(event["id"])
        if entry is None:
            lines.append(f"{event['id']}: no French or Urdu title in geodata/i18n/events.json")
            continue
        for field in ("title", "summary"):
            if field in entry["en"] and entry["en"][field] != event.get(field):
                lines.append(f"{event['id']}: the {field} was translated from {entry['en'][field]!r}, "
                             f"the record now says {event.get(field)!r}")
    return lines


def quote_view(entry: dict, source_language: str, lang: str) -> dict:
    """How a source entry's quote is shown in ``lang``: the quote always in its own language
    (``quote_lang``, the source's ``language`` in ``sources.json``), and, where that is not the
    reader's language and the entry has one, its ``translation`` (into English, so
    ``translation_lang`` is ``"en"``), to be marked with ``translation_label``. An entry without a
    quote (a paraphrase or a bare citation) gives ``{}``."""
    check(lang)
    if "quote" not in entry:
        return {}
    view = {"quote": entry["quote"], "quote_lang": source_language}
    if source_language != lang and entry.get("translation"):
        from viewer.i18n.labels import label

        view.update(translation=entry["translation"], translation_lang="en",
                    translation_label=label("tag", "translation", lang))
    return view
