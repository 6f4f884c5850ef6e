"""What a conflict event's card says of its deaths, how well its date and place are known, and the
dataset it comes from (with the citation the dataset asks for).

GED and ACLED code how precisely each event is dated and placed (see viewer/core/conflict.py).
An event known only to a province or a country is placed by the dataset at that area's centre:
the map draws it as a dashed circle, not a point, and the card says where the point comes from.
The words are the card's, in its language (``viewer.style.PRECISION_LABELS``: ``date_<precision>`` of
``viewer.core.schema.DATE_PRECISIONS``, ``place_<precision>`` of ``PLACE_PRECISIONS``).
"""

from __future__ import annotations

DATASETS = ("ucdp-ged", "acled")
"""Catalogue ids of the conflict datasets whose citation a card shows."""


def describe(event: dict) -> list[tuple[str, object]]:
    """What the card says of the event's deaths, date precision and place precision, as (what, value) pairs:
    ``("deaths", {"best", "low", "high"})``, ``("date", precision)``, ``("place", precision)``, each only when
    the record gives it; the card words them in its language (``viewer.qt.cards.precision_html``)."""
    lines: list[tuple[str, object]] = []
    deaths = event.get("deaths")
    if deaths and deaths.get("best") is not None:
        lines.append(("deaths", deaths))
    if event.get("date_precision"):
        lines.append(("date", event["date_precision"]))
    if event.get("place_precision"):
        lines.append(("place", event["place_precision"]))
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
