"""``Atlas.state(day)`` in a language: what ``pakatlas state --lang fr|ur`` prints.

Ids, dates and statuses stay as they are (they are keys, not words); the ``name`` of each territory
and alliance and the title and summary of each event are given in the language where the atlas
has them, each with a ``*_lang`` field saying which language it is in (``"en"`` where it falls back
to English); so are a relation's ``reason`` and ``note`` (``reason_lang``, ``note_lang``) and a region's
``name``. Every quote stays as the data has it.
"""

from __future__ import annotations

from collections.abc import Mapping

from viewer.i18n import labels, names
from viewer.i18n.content import localise_event, localise_region, localise_relation
from viewer.i18n.languages import check


def alliance_name(alliance_id: str, name: str, lang: str) -> tuple[str, str]:
    """An alliance's full name in ``lang`` (and that language), if the English it was translated from
    is the data's ``name``; else the data's name and ``"en"``."""
    if check(lang) == "en":
        return name, "en"
    try:
        if labels.label("alliance_name", alliance_id, "en") == name:
            return labels.label("alliance_name", alliance_id, lang), lang
    except KeyError:
        pass
    return name, "en"


def localise_state(state: dict, lang: str, unit_names: Mapping[str, str] | None = None) -> dict:
    """A copy of ``state`` with its names in ``lang`` (``unit_names``: the atlas's, for telling a unit
    shown as itself from a polity; default the bundled ``countries.geojson``)."""
    check(lang)
    out = dict(state)
    out["lang"] = lang
    territories = []
    for item in state.get("territories", []):
        name, name_lang = names.territory(item, lang, unit_names)
        territories.append({**item, "name": name, "name_lang": name_lang})
    out["territories"] = territories
    alliances = []
    for group in state.get("alliances", []):
        name, name_lang = alliance_name(group["id"], group["name"], lang)
        alliances.append({**group, "name": name, "name_lang": name_lang})
    out["alliances"] = alliances
    out["relations"] = [localise_relation(r, lang) for r in state.get("relations", [])]
    regions = []
    for region in state.get("regions", []):
        name, name_lang = localise_region(region.get("id"), region.get("name"), lang)
        regions.append({**region, "name": name, "name_lang": name_lang})
    out["regions"] = regions
    out["events"] = [localise_event(event, lang) for event in state.get("events", [])]
    return out


def localise_range(state: dict, lang: str) -> dict:
    """A copy of a ``state --from --to`` answer (``Atlas.state_range``) with its names in ``lang``: the
    relations' reasons, the alliances' names and the events, as ``localise_state`` gives them for a day."""
    check(lang)
    out = dict(state)
    out["lang"] = lang
    out["relations"] = [localise_relation(r, lang) for r in state.get("relations", [])]
    memberships = []
    for m in state.get("memberships", []):
        name, name_lang = alliance_name(m["alliance"], m["name"], lang)
        memberships.append({**m, "name": name, "name_lang": name_lang})
    out["memberships"] = memberships
    out["events"] = [localise_event(event, lang) for event in state.get("events", [])]
    return out
