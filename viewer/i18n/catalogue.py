"""The translation files of ``geodata/i18n/``, read once and checked.

Each file is a JSON object; a file that is not what it should be raises ``DataError`` whose
problems name the file, the record and the field (``viewer.core.problems``). The files:

- ``events.json``: ``{event_id: {"en": {...}, "fr": {"title", "summary"?}, "ur": {...}}}``; ``en`` is the
  English the translations were made from, so that a title or summary changed since is noticed.
- ``polities.json``: ``{polity_id: [{"en", "fr", "ur"}, ...]}`` -- one entry per English name the
  polity has in ``polities.geojson`` (Cambodia, for one, has six over the years); ``en`` is that
  name exactly, so that a renamed record shows up as untranslated instead of taking a wrong name.
- ``regions.json``: ``{region_id: [{"en", "fr", "ur"}, ...]}`` -- the admin-1 regions
  (``admin1.geojson``), one entry per name a region has had (its first one, then those of
  ``region_names.json``: N.W.F.P., then Khyber Pakhtunkhwa); ``en`` is that name exactly.
- ``disputed.json``: ``{line_id: [{"en", "fr", "ur"}]}`` -- the names of the disputed lines
  (``disputed.geojson``: what each line is, and from when), ``en`` that name exactly.
- ``relations.json``: ``{"partner/start": {"en": {"reason"?, "note"?}, "fr": {...}, "ur": {...}}}``
  -- the reason and note of each period of ``relations.geojson`` (``IRN/2024-01-16``); ``en`` is the
  English translated, so that a corrected text is noticed.
- ``units.json``: ``{ADM0_A3: {"en", "fr", "ur"}}`` for the map's units CLDR has no name for.
- ``unit_codes.json``: ``{ADM0_A3: alpha-2 or null}`` for the Natural Earth codes that are not ISO
  alpha-3 codes (made by ``tools/build_i18n_codes.py``; see ``names``).
- ``labels.json``: ``{kind: {key: {"fr", "ur"}}}`` (the English is ``viewer.style``'s; see ``labels``);
  the full names of alliances also carry ``en``, the name in ``alliances.geojson``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from viewer.core.paths import GEODATA
from viewer.core.problems import DataError, Problem
from viewer.i18n.languages import DEFAULT, LANGUAGES

FOLDER = GEODATA / "i18n"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != DEFAULT)  # English is the source
HAS_ENGLISH = ("alliance_name",)  # label kinds whose English is data, not viewer.style

# Urdu is written with Urdu letters; these Arabic look-alikes are the usual slips (ي for ی, ك for ک,
# ه for ہ/ھ) and render differently in Nastaliq fonts.
ARABIC_LOOKALIKES = {"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1"}
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def text_problem(text, lang: str) -> str | None:
    """What is wrong with one translated string, or None."""
    if not isinstance(text, str) or not text.strip():
        return "is empty or not a string"
    if text != text.strip():
        return "has spaces around it"
    if lang == "ur":
        if not _ARABIC_SCRIPT.search(text):
            return "has no Urdu letters"
        slips = sorted({ch for ch in text if ch in ARABIC_LOOKALIKES})
        if slips:
            return "uses Arabic letters instead of Urdu ones: " + ", ".join(
                f"U+{ord(ch):04X} (write U+{ord(ARABIC_LOOKALIKES[ch]):04X})" for ch in slips)
    return None


def _read(path: Path) -> dict:
    name = f"geodata/i18n/{path.name}"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError([Problem(name, "", "", "the file is missing")]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DataError([Problem(name, "", "", f"cannot be read: {err}")]) from None
    if not isinstance(data, dict):
        raise DataError([Problem(name, "", "", "is not a JSON object", expected="{id: {...}}")])
    return data


def _texts(problems: list, name: str, record: str, entry, fields: tuple[str, ...], optional=()) -> None:
    """Check that ``entry`` is an object whose ``fields`` (and, if present, ``optional``) are good texts."""
    if not isinstance(entry, dict):
        problems.append(Problem(name, record, "", "is not an object"))
        return
    for key in entry:
        if key not in fields and key not in optional:
            problems.append(Problem(name, record, key, "is not a field of this file",
                                    expected=", ".join((*fields, *optional))))
    for key in fields:
        if key not in entry:
            problems.append(Problem(name, record, key, "is missing"))
    for key in (*fields, *optional):
        if key in entry:
            lang = "ur" if key == "ur" or record.endswith("/ur") else "other"
            why = text_problem(entry[key], lang)
            if why:
                problems.append(Problem(name, record, key, why))


def check_file(name: str, data: dict) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in data.items():
        if name == "events.json":
            if not isinstance(value, dict):
                problems.append(Problem(name, key, "", "is not an object", expected='{"fr": {...}, "ur": {...}}'))
                continue
            for lang in value:
                if lang not in ("en", *TRANSLATED):
                    problems.append(Problem(name, key, lang, "is not a language of the atlas", expected="en, fr, ur"))
            for lang in ("en", *TRANSLATED):
                _texts(problems, name, f"{key}/{lang}", value.get(lang), ("title",), ("summary",))
            source = value.get("en") if isinstance(value.get("en"), dict) else {}
            for lang in TRANSLATED:
                if isinstance(value.get(lang), dict) and "summary" in value[lang] and "summary" not in source:
                    problems.append(Problem(name, f"{key}/en", "summary", "is missing: the English the "
                                            f"{lang} summary was translated from"))
        elif name in ("polities.json", "regions.json", "disputed.json"):
            if not isinstance(value, list) or not value:
                problems.append(Problem(name, key, "", "is not a list of names", expected='[{"en", "fr", "ur"}]'))
                continue
            for i, entry in enumerate(value):
                _texts(problems, name, f"{key}[{i}]", entry, ("en", *TRANSLATED))
        elif name == "relations.json":
            if not isinstance(value, dict):
                problems.append(Problem(name, key, "", "is not an object", expected='{"en": {...}, "fr": {...}, "ur": {...}}'))
                continue
            for lang in value:
                if lang not in ("en", *TRANSLATED):
                    problems.append(Problem(name, key, lang, "is not a language of the atlas", expected="en, fr, ur"))
            for lang in ("en", *TRANSLATED):
                _texts(problems, name, f"{key}/{lang}", value.get(lang), (), ("reason", "note"))
            source = value.get("en") if isinstance(value.get("en"), dict) else {}
            for lang in TRANSLATED:
                for field in value.get(lang) or {} if isinstance(value.get(lang), dict) else ():
                    if field not in source:
                        problems.append(Problem(name, f"{key}/en", field, "is missing: the English the "
                                                f"{lang} {field} was translated from"))
        elif name == "units.json":
            _texts(problems, name, key, value, ("en", *TRANSLATED))
        elif name == "places.json":
            _texts(problems, name, key, value, TRANSLATED)
        elif name == "abbreviations.json":
            if not (isinstance(value, str) and value.strip() == value and 0 < len(value) <= 16):
                problems.append(Problem(name, key, "", "is not a short name", expected="e.g. Bang."))
        elif name == "unit_codes.json":
            if value is not None and not (isinstance(value, str) and re.fullmatch("[A-Z]{2}", value)):
                problems.append(Problem(name, key, "", "is not an ISO alpha-2 code or null", expected="e.g. XK"))
        elif name == "labels.json":
            if not isinstance(value, dict):
                problems.append(Problem(name, key, "", "is not an object", expected="{key: {fr, ur}}"))
                continue
            for label_key, entry in value.items():
                _texts(problems, name, f"{key}/{label_key}", entry, TRANSLATED, ("en",) if key in HAS_ENGLISH else ())
    return problems


@cache
def load(name: str) -> dict:
    """The checked content of ``geodata/i18n/<name>``; DataError lists every problem in it."""
    data = _read(FOLDER / name)
    problems = check_file(name, data)
    if problems:
        raise DataError(problems)
    return data
