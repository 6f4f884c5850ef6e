"""The request guard: every request that is not the app's own scheme, ``qrc:`` or ``data:`` is blocked.

OpenStreetMap tiles pass only when the view was made with ``online_tiles=True``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from viewer.page.assets import OSM_HOSTS
from viewer.qt.webengine.scheme import SCHEME

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({SCHEME, "qrc", "data"})


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not the app's own scheme, qrc: or data:."""

    blocked = Signal(str)

    def __init__(self, online_tiles: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.online_tiles = online_tiles
        self.blocked_urls: list[str] = []
        self.allowed_urls: list[str] = []

    def is_allowed(self, url: QUrl) -> bool:
        scheme = url.scheme().lower()
        if scheme in ALLOWED_SCHEMES:
            return True
        return self.online_tiles and scheme == "https" and url.host().lower() in OSM_HOSTS

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = info.requestUrl()
        if self.is_allowed(url):
            self.allowed_urls.append(url.toString())
            return
        info.block(True)
        text = url.toString()
        self.blocked_urls.append(text)
        log.info("map view blocked a request to %s", text)
        self.blocked.emit(text)
