"""The HTML of the events panel's card: an event's card, the card of the day (what the map shows when no
event is selected), a map unit's card (who held it), and a density cell's list of events.

Functions of data alone, apart from the panel's widgets (``viewer.qt.panel`` shows what they write), so
they are tested without a window. In the card's language (``lang``): a text with no translation is shown
in English, tagged "English", and English runs in a right-to-left card are isolated; every data string is
escaped. Their texts keep the panel's translation context (``EventPanel``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from viewer import style
from viewer.core import precision
from viewer.core.sources import sources_html
from viewer.i18n import labels
from viewer.i18n.languages import is_rtl
from viewer.i18n.names import format_date, format_number
from viewer.i18n.roughdates import rough_words
from viewer.qt.safetext import isolate

DAY_CARD_ITEMS = 25
"""The card with no event selected lists at most this many of the day's events."""

translate = QCoreApplication.translate
GO_TO_EVENT = "goto"
"""The card's link that moves the timeline to the selected event's date (``#goto``)."""
BACK_TO_DAY = "today"
"""The card's link that leaves the event and shows what is on the map on the day (``#today``)."""
COPY_CITATION = "cite"
"""The card's "Copy citation" link: the event and its documents, as ``pakatlas cite`` writes them."""


def isolated(text: str, lang: str) -> str:
    """``text`` escaped, and in a right-to-left language isolated (FSI ... PDI): a run of English (a place,
    a name, a note) keeps its own order inside an Urdu line instead of being scrambled by the Urdu around
    it. Qt's text layout honours the isolates; its rich text has no ``<bdi>``."""
    return isolate(html.escape(text), is_rtl(lang))


def _english(text: str, lang: str) -> str:
    """A text the language has no translation of: in English, marked so, written left to right."""
    tag = html.escape(labels.label("tag", "english", lang))
    return f"<p dir='ltr' lang='en'><span style='background:#e8e8e8'>[{tag}]</span> {isolated(text, lang)}</p>"


def _place(event: dict, lang: str) -> str:
    """An event's place in a card line: translated, or the English marked so (``place_lang``)."""
    if lang == "en" or event.get("place_lang", lang) == lang:
        return isolated(event["place"], lang)
    tag = html.escape(labels.label("tag", "english", lang))
    return f"<span dir='ltr' lang='en'><span style='background:#e8e8e8'>[{tag}]</span> {isolated(event['place'], lang)}</span>"


def _date(iso: str, lang: str) -> str:
    return iso if lang == "en" else format_date(iso, lang)


def event_dates(event: dict, lang: str = "en") -> str:
    """When an event happened, as a historian writes it: ``1965-09-06 – 1965-09-23``, or for a date known
    only roughly ``c. September 1965``, ``September or October 1965``, ``after 1954`` (``rough_date``)."""
    words = rough_words(event, lang)
    if words:
        return words
    dates = _date(event["start"], lang)
    if event.get("end"):
        dates += " – " + _date(event["end"], lang)
    return dates


def off_map_html(event: dict, day: str, lang: str = "en") -> str:
    """The banner of a card whose event is not on the map on the day shown: its date, and the ways out."""
    esc = html.escape
    when = _date(event["start"], lang) + (f" – {_date(event['end'], lang)}" if event.get("end") else "")
    shown = _date(day, lang)
    not_on = esc(translate("EventPanel", "Not on the map on %1.")).replace("%1", esc(shown))
    of = esc(translate("EventPanel", "This event is of %1.")).replace("%1", esc(when))
    go = esc(translate("EventPanel", "Go to %1")).replace("%1", esc(_date(event["start"], lang)))
    back = esc(translate("EventPanel", "Show what is on the map on %1")).replace("%1", esc(shown))
    return (f"<p class='off-map' style='background:{style.NOTE_BACKGROUND};padding:4px'>"
            f"<b>{not_on}</b> {of} <a href='#{GO_TO_EVENT}'>{go}</a> · <a href='#{BACK_TO_DAY}'>{back}</a></p>")


def event_card_html(event: dict, actor_names: list[str], lang: str = "en", off_map_day: str | None = None) -> str:
    """The card of one event as HTML (``event`` as ``localise_event`` gives it, in ``lang``); every data string
    is escaped. ``actor_names``: its actors as named on its date; ``off_map_day``: the day shown, when the
    event is not on the map then. The sources and their quotes stay in their own language, written left to
    right."""
    esc = html.escape

    def iso(text: str) -> str:  # data text: isolated in a right-to-left card
        return isolated(text, lang)

    dates = event_dates(event, lang)
    actors = "، ".join(map(iso, actor_names)) if is_rtl(lang) else esc(", ".join(actor_names))
    parts = [off_map_html(event, off_map_day, lang)] if off_map_day else []
    parts += [
        f"<h3>{iso(event['title'])}</h3>" if event.get("title_lang", lang) == lang else
        _english(event["title"], lang).replace("<p ", "<h3 ").replace("</p>", "</h3>"),
        f"<p><b>{esc(dates)}</b> · {esc(style.label('category', event['category'], lang))}"
        + (f" · {_place(event, lang)}" if event.get("place") else "") + "</p>",
    ]
    if event.get("summary"):
        parts.append(f"<p>{iso(event['summary'])}</p>" if event.get("summary_lang", lang) == lang or lang == "en"
                     else _english(event["summary"], lang))
    if actors:
        label = translate("EventPanel", "Actors:")
        parts.append(f"<p><i>{esc(label)}</i> {actors}</p>")
    parts.append(precision_html(event, lang))  # deaths, date and place precision, the dataset's citation
    if event.get("note"):
        differ = translate("EventPanel", "Sources differ:")
        parts.append(f"<p style='background:{style.NOTE_BACKGROUND};padding:4px'><b>{esc(differ)}</b> "
                     + (esc(event["note"]) if lang == "en" else f"[{esc(labels.label('tag', 'english', lang))}] "
                        f"{iso(event['note'])}") + "</p>")
    sources = sources_html(event.get("sources", ()))  # viewer.core.sources
    heading = translate("EventPanel", "Sources")
    parts.append(f"<p><b>{esc(heading)}</b></p>"
                 + (f"<div dir='ltr'>{sources}</div>" if is_rtl(lang) else sources))
    copy = translate("EventPanel", "Copy citation")
    parts.append(f"<p><a href='#{COPY_CITATION}'>{esc(copy)}</a></p>")
    return "".join(parts)


def _precision_word(key: str, lang: str) -> str:
    return style.label("precision", key, lang)


def deaths_words(deaths: dict, lang: str = "en") -> str:
    """An event's deaths as its card writes them: ``12 (low 10, high 15)``, or the best estimate alone."""
    best = format_number(deaths["best"], lang)
    bounds = [_precision_word(name, lang).format(n=format_number(deaths[name], lang)) for name in ("low", "high")
              if deaths.get(name) is not None]
    return f"{best} ({('، ' if is_rtl(lang) else ', ').join(bounds)})" if bounds else best


def precision_html(event: dict, lang: str = "en") -> str:
    """A conflict event's deaths, how well its date and place are known (``viewer.core.precision``) and the
    citation its dataset asks for, in the card's language; every string escaped."""
    esc, parts = html.escape, []
    for what, value in precision.describe(event):
        if what == "deaths":
            text = deaths_words(value, lang)
        else:  # a precision the catalogue does not word (none today) shows as its code
            key = f"{what}_{value}"
            text = _precision_word(key, lang) if key in style.PRECISION_LABELS else str(value)
        parts.append(f"<p><i>{esc(_precision_word(what, lang))}</i> {esc(text)}</p>")
    for title, citation in precision.citations(event):
        parts.append(f"<p style='font-size:small'><i>{esc(_precision_word('data', lang))}</i> {esc(title)}. "
                     f"{esc(citation)}</p>")
    return "".join(parts)


def kept_words(display: dict | None, lang: str = "en") -> str:
    """Which events the day's map shows, as the display mode keeps past ones (the state's ``display``)."""
    mode = (display or {}).get("mode", "window")
    if mode == "instant":
        return translate("EventPanel", "(events of that day):")
    if mode == "cumulative":
        return translate("EventPanel", "(events of that day and every one before):")
    if mode == "fade":
        return translate("EventPanel", "(events of that day and those before, fading):")
    since = (display or {}).get("since")
    if since is None or (display or {}).get("window") == style.DEFAULT_RECENT_DAYS:
        return translate("EventPanel", "(events of that day and the year before):")
    return translate("EventPanel", "(events of that day and those ended since %1):").replace(
        "%1", since if lang == "en" else format_date(since, lang))


def day_card_html(day: str, events: list[dict], total: int | None = None, lang: str = "en",
                  display: dict | None = None) -> str:
    """The card when no event is selected: what the map shows on the day (the first events of ``total``),
    and which past events it keeps (``display``: the state's)."""
    total = len(events) if total is None else total
    shown_day = html.escape(day if lang == "en" else format_date(day, lang))
    esc = html.escape
    if not events:
        hint = translate("EventPanel", "Select an event in the list, click a marker, or press Page Down for the next "
                         "event.")
        none = translate("EventPanel", "no event on the map.")
        return f"<p><b>{shown_day}</b>: {esc(none)}</p><p>{esc(hint)}</p>"
    def when(e: dict) -> str:
        return e["start"] if lang == "en" else format_date(e["start"], lang) + " —"

    items = "".join(f"<li>{esc(when(e))} {isolated(e['title'], lang)}</li>" for e in events[:DAY_CARD_ITEMS])
    more = translate("EventPanel", "… and %1 more.").replace("%1", format_number(total - DAY_CARD_ITEMS, lang))
    more = f"<p>{esc(more)}</p>" if total > DAY_CARD_ITEMS else ""
    heading = esc(translate("EventPanel", "On the map on %1")).replace("%1", shown_day)
    which = kept_words(display, lang)
    select = translate("EventPanel", "Select one to read its summary and sources.")
    return f"<p><b>{heading}</b> {esc(which)}</p><ul>{items}</ul>{more}<p>{esc(select)}</p>"


def polity_card_html(unit_name: str, history: list[dict], day: str, lang: str = "en",
                     name_of=lambda record: record["name"], holder_name=lambda code: code) -> str:
    """The card of a map unit on a day: the polity that held it (who held it, if disputed), what its record
    says, and every polity that held the unit in turn, with the sources of the one of the day.

    ``history`` is ``Atlas.unit_history(unit)``; ``name_of(record)`` names a record in ``lang``,
    ``holder_name(code)`` who held a disputed area that day. Every data string is escaped."""
    esc = html.escape

    def iso(text: str) -> str:
        return isolated(text, lang)

    def span(record: dict) -> str:
        first = _date(record["start"], lang)
        last = _date(record["end"], lang) if record.get("end") else translate("EventPanel", "today")
        return f"{first} – {last}"

    now = next((r for r in history if r["start"] <= day and (r["end"] is None or day <= r["end"])), None)
    if now is None:  # a unit that was always itself, or not held by a record that day
        none = translate("EventPanel", "No change of frontier is recorded here on this day.")
        parts = [f"<h3>{iso(unit_name)}</h3>", f"<p>{esc(none)}</p>"]
    else:
        parts = [f"<h3>{iso(name_of(now))}</h3>", f"<p><b>{esc(span(now))}</b></p>"]
        if "held_by" in now:
            holders = now["held_by"]
            line = (translate("EventPanel", "Disputed; held by %1 that day.").replace(
                        "%1", ", ".join(holder_name(code) for code in holders))
                    if holders else translate("EventPanel", "Disputed; held by none of the atlas's states."))
            parts.append(f"<p><i>{esc(line)}</i></p>")
        if now.get("note"):
            parts.append(f"<p>{esc(now['note'])}</p>" if lang == "en" else _english(now["note"], lang))
    if len(history) > 1 or (history and now is None):
        heading = translate("EventPanel", "Who held this area")
        items = "".join(f"<li>{'<b>' if r is now else ''}{esc(span(r))}: {iso(name_of(r))}{'</b>' if r is now else ''}"
                        "</li>" for r in history)
        parts.append(f"<p><b>{esc(heading)}</b></p><ul>{items}</ul>")
    if now is not None and now.get("sources"):
        sources = sources_html(now["sources"])
        heading = translate("EventPanel", "Sources")
        parts.append(f"<p><b>{esc(heading)}</b></p>"
                     + (f"<div dir='ltr'>{sources}</div>" if is_rtl(lang) else sources))
    return "".join(parts)


EVENT_LINK = "atlas-event"
"""The scheme of the links to events in a card (``atlas-event:ged-123``)."""


def cell_card_html(heading: str, events: list[dict], total: int, lang: str = "en") -> str:
    """The events of one density cell: the heading, then each event (linked to its card) with its deaths, then
    how many more, in ``lang``."""
    esc, deaths = html.escape, _precision_word("deaths", lang)
    items = "".join(
        f"<li><a href='{EVENT_LINK}:{esc(e['id'], quote=True)}'>{esc(_date(e['start'], lang))} {isolated(e['title'], lang)}"
        "</a>" + (f" · {esc(deaths)} {esc(deaths_words(e['deaths'], lang))}"
                  if (e.get("deaths") or {}).get("best") is not None else "") + "</li>"
        for e in events)
    more = translate("EventPanel", "… and %1 more.").replace("%1", format_number(total - len(events), lang))
    return f"<p><b>{esc(heading)}</b></p><ul>{items}</ul>" + (f"<p>{esc(more)}</p>" if total > len(events) else "")
