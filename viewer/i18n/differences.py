"""What changed between two dates (``viewer.core.diff``), in the reader's language: the lines the comparison
window lists and a comparison export prints under its maps.

English is ``viewer.core.diff.describe`` itself (what ``pakatlas diff --text`` prints). In French or Urdu every
word comes from the label catalogue (``viewer.style.COMPARE_LABELS``, kind ``compare``), the statuses and
alliances from theirs, the partners and territories under their names of the day in the language
(``viewer.i18n.names.territory``), dates as CLDR writes them and lists joined as the language joins them
(Babel's ``format_list``).
"""

from __future__ import annotations

import datetime as dt

from babel.lists import format_list

from viewer import style
from viewer.core.diff import describe as describe_english
from viewer.i18n.languages import check
from viewer.i18n.names import DATE_LOCALES, format_date, format_number, territory


def describe(result: dict, lang: str = "en", atlas=None) -> list[str]:
    """One line per change of ``result`` (``viewer.core.diff.diff``) in ``lang``; ``atlas`` names the partners
    as on their day (without it, their English names are translated where the catalogue has them)."""
    if check(lang) == "en":
        return describe_english(result)

    def word(key: str, **values) -> str:
        return style.label("compare", key, lang).format(**values)

    def joined(names: list[str]) -> str:
        return format_list(names, locale=DATE_LOCALES.get(lang, lang))

    units = getattr(atlas, "unit_names", None)

    def named(partner: str, name: str, day: str) -> str:
        item = {"id": partner, "name": name}
        if atlas is not None:
            try:
                item = atlas.territory_of(partner, dt.date.fromisoformat(day))
            except (StopIteration, ValueError):
                pass
        return territory(item, lang, units)[0]

    def status(value: str | None) -> str:
        return style.label("status", value, lang) if value else word("no_relation")

    lines = []
    for r in result["relations"]:
        name = named(r["partner"], r.get("name", r["partner"]), result["to"] if r["to"] else result["from"])
        if r.get("name_from"):
            name = word("named_then", name=name, then=named(r["partner"], r["name_from"], result["from"]),
                        date=format_date(result["from"], lang))
        lines.append(word("relation", name=name, before=status(r["from"]), after=status(r["to"])))
    for key in ("joined", "left"):
        if result["alliances"][key]:
            lines.append(word(key, names=joined([style.label("alliance", a, lang) for a in result["alliances"][key]])))
    for key in ("appeared", "gone"):
        names = [territory(t, lang, units)[0] for t in result["territories"][key]]
        if names:
            lines.append(word(key, names=joined(names)))
    count = result["events_between"]
    if count:
        lines.append(word("events_one" if count == 1 else "events_other", n=format_number(count, lang)))
    if not lines:
        lines.append(word("nothing", first=format_date(result["from"], lang), last=format_date(result["to"], lang)))
    return lines
