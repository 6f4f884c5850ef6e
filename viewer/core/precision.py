"""What a conflict event's card says of its deaths, how well its date and place are known, and the
dataset it comes from (with the citation the dataset asks for).

GED and ACLED code how precisely each event is dated and placed (see viewer/core/conflict.py).
An event known only to a province or a country is placed by the dataset at that area's centre:
the map draws it as a dashed circle, not a point, and the card says where the point comes from.
"""

from __future__ import annotations

import html

DATE_WORDS = {
    "day": "known to the day",
    "week": "known only to the week",
    "month": "known only to the month",
    "year": "known only to the year",
}
PLACE_WORDS = {
    "exact": "the place itself",
    "near": "near the place named (within about 25 km)",
    "adm2": "known only to its district: the map shows the district's centre, as a dashed circle",
    "adm1": "known only to its province: the map shows the province's centre, as a dashed circle",
    "region": "known only to a part of the country larger than a province: the map shows a dashed circle",
    "country": "known only to the country: the map shows the country's centre, as a dashed circle",
    "water": "over water or in international airspace: the map shows a dashed circle",
}
DATASETS = ("ucdp-ged", "acled")
"""Catalogue ids of the conflict datasets whose citation a card shows."""


def deaths_text(deaths: dict | None) -> str | None:
    """``12 (low 10, high 15)``, ``2``, or None when the record gives no deaths."""
    if not deaths or deaths.get("best") is None:
        return None
    low, high = deaths.get("low"), deaths.get("high")
    if low is None and high is None:
        return f"{deaths['best']:,}"
    bounds = ", ".join(f"{name} {value:,}" for name, value in (("low", low), ("high", high)) if value is not None)
    return f"{deaths['best']:,} ({bounds})"


def describe(event: dict) -> list[tuple[str, str]]:
    """(label, text) lines for the deaths, date precision and place precision an event gives."""
    lines = []
    deaths = deaths_text(event.get("deaths"))
    if deaths is not None:
        lines.append(("Deaths (best estimate)", deaths))
    if event.get("date_precision"):
        lines.append(("Date", DATE_WORDS.get(event["date_precision"], event["date_precision"])))
    if event.get("place_precision"):
        lines.append(("Place", PLACE_WORDS.get(event["place_precision"], event["place_precision"])))
    return lines


def citations(event: dict, catalogue: dict | None = None) -> list[tuple[str, str]]:
    """(dataset title, citation text) of each conflict dataset the event's sources name, from the catalogue."""
    if catalogue is None:
        from viewer.core.sources import bundled_catalogue

        catalogue = bundled_catalogue()
    found = []
    for entry in event.get("sources") or ():
        document = catalogue.get(entry.get("source"))
        if entry.get("source") in DATASETS and document is not None and document.citation:
            pair = (document.title, document.citation)
            if pair not in found:
                found.append(pair)
    return found


def card_html(event: dict, catalogue: dict | None = None) -> str:
    """The card's lines for deaths and precision, and the dataset's required citation; every string escaped."""
    esc = html.escape
    parts = [f"<p><i>{esc(label)}:</i> {esc(text)}</p>" for label, text in describe(event)]
    for title, citation in citations(event, catalogue):
        parts.append(f"<p style='font-size:small'><i>Data:</i> {esc(title)}. {esc(citation)}</p>")
    return "".join(parts)
