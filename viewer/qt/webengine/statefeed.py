"""The feed of atlas states to the map page: what the page was last sent, and sending it only what changed.

``StateFeed`` is the part of ``MapView`` (``mapview``) that sends a state (``atlas.state(day)``) to
``window.atlas.apply(delta)`` in the page, through ``viewer.page.protocol``: only the sections that changed
since the last one sent, the events as the changes to the page's list of events, relations, regions and
territories named in the page's language, and, with large GED or ACLED files, their density cells or
points (``viewer.page.density``) for the day and again after each pan or zoom. While one apply is still
being painted, newer states wait and only the latest is sent (a dragged slider never builds a backlog);
the page's reports (painted, shown, could not apply, or no report in time) let the next one go.

It is a mixin of the view, not a widget of its own: its bookkeeping (``_sent``, ``_sent_events``,
``_territories``, ``_pending``, ``_in_flight``) lives on the view, which makes the paint timer
(``PAINT_TIMEOUT_MS``), owns the signals, forgets what was sent when a new load starts, and sends through
its ``call``.
"""

from __future__ import annotations

import json
import logging

from viewer.i18n.content import localise_region, localise_relation
from viewer.page import protocol

log = logging.getLogger(__name__)

PAINT_TIMEOUT_MS = 5_000


class StateFeed:
    """Sends ``MapView``'s pending state to the page as a delta, one apply at a time, and hears how it went."""

    def _send_pending(self) -> None:
        state, self._pending = self._pending, None
        if state is None:
            return
        territories = state.get("territories", [])
        if self._territories is None or self._territories[0] is not territories:  # the atlas keeps one list per map
            self._territories = (territories, self._named(protocol.slim_territories(territories)))
        slim = protocol.slim_state({**self._localised(state), "lang": self.lang, "events": (), "territories": ()},
                                   self._page_events)
        slim["territories"] = self._territories[1]
        del slim["events"]  # sent as changes, below
        delta = protocol.state_delta(self._sent, slim)
        self._sent = slim
        self._sent_events, changes = protocol.event_changes(self._sent_events, state.get("events", []),
                                                            self._page_events)
        if changes is not None:
            delta["eventChanges"] = changes
        if self.density is not None and state.get("date"):  # the large files' cells or points for the day
            payload = self.density.payload(state["date"])
            if payload is not None:
                delta["density"] = payload
        self._in_flight = True
        self._paint_timer.start()
        self.call("atlas.apply", delta)

    def _localised(self, state: dict) -> dict:
        """The state with its relations' reasons and its regions' names in the page's language; a reason
        with no translation of its current English is given in English after an "English" tag."""
        if self.lang == "en":
            return state
        from viewer.i18n.labels import label

        tag = label("tag", "english", self.lang)
        relations = []
        for r in state.get("relations", ()):
            shown = localise_relation(r, self.lang)
            if shown.get("reason") and shown.get("reason_lang") != self.lang:
                shown["reason"] = f"[{tag}] {shown['reason']}"
            relations.append(shown)
        regions = [{**r, "name": localise_region(r["id"], r.get("name"), self.lang)[0]} for r in state.get("regions", ())]
        return {**state, "relations": relations, "regions": regions}

    def _named(self, territories: list[dict]) -> list[dict]:
        """Territories with their names in the page's language (``viewer.i18n.names``)."""
        if self.lang == "en":
            return territories
        from viewer.i18n.names import territory

        units = getattr(self.atlas, "unit_names", None)
        return [{**t, "name": territory(t, self.lang, units)[0]} for t in territories]

    def _on_painted(self, payload: str) -> None:
        try:
            info = json.loads(payload)
            date, ms = str(info.get("date") or ""), float(info.get("apply_ms") or 0.0)
        except (ValueError, TypeError, AttributeError):
            log.warning("map page sent an unreadable paint report: %r", payload)
            date, ms = "", 0.0
        self._in_flight = False
        self._paint_timer.stop()
        self.statePainted.emit(date, ms)
        if self._pending is not None and self._ready:
            self._send_pending()

    def _on_shown(self, payload: str) -> None:
        try:
            info = json.loads(payload)
            self.stateShown.emit(str(info.get("date") or ""), float(info.get("shown_ms") or 0.0))
        except (ValueError, TypeError, AttributeError):
            log.warning("map page sent an unreadable report: %r", payload)

    def _on_view_changed(self, payload: str) -> None:
        """The page was panned or zoomed: say so (``viewChanged``), and send the large files' cells or points
        for the new view."""
        try:
            info = json.loads(payload)
            zoom, bounds = float(info["zoom"]), [[float(v) for v in corner] for corner in info["bounds"]]
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("map page sent an unreadable view: %r", payload)
            return
        self.viewChanged.emit(info)
        if self.density is None or not self.density.set_view(zoom, bounds) or not self._sent.get("date"):
            return
        found = self.density.payload(self._sent["date"])
        if found is not None:
            self.call("atlas.setDensity", found)

    def _on_apply_error(self, message: str) -> None:
        log.error("the map page could not apply a state: %s", message)
        self._sent = {}  # the page is in an unknown state: send everything next time
        self._sent_events = None
        if self.density is not None:
            self.density.forget()
        self._in_flight = False
        self._paint_timer.stop()
        if self._pending is not None and self._ready:
            self._send_pending()

    def _on_paint_timeout(self) -> None:
        log.warning("the map page did not report painting within %d ms", PAINT_TIMEOUT_MS)
        self._on_apply_error("no paint report")
