"""The map's web engine profile and page, locked down.

``new_profile()``: off the record (nothing written to disk), memory cache, no persistent
cookies, no spell checking. ``lock_down(settings)``: no file or remote access, no windows,
clipboard, plugins, storage or full screen. ``MapPage``: a page that stays on the atlas page
(no navigation away, no windows, no dialogs; permissions denied) and keeps its console.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from viewer.qt.webengine.scheme import PAGE_URL

log = logging.getLogger(__name__)


def new_profile() -> QWebEngineProfile:
    # No storage name: off the record (nothing written to disk).
    profile = QWebEngineProfile()
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    return profile


def lock_down(settings: QWebEngineSettings, online_tiles: bool = False) -> None:
    attr = QWebEngineSettings.WebAttribute
    off = (attr.LocalContentCanAccessFileUrls, attr.LocalContentCanAccessRemoteUrls, attr.JavascriptCanOpenWindows,
           attr.JavascriptCanAccessClipboard, attr.JavascriptCanPaste, attr.PluginsEnabled, attr.PdfViewerEnabled,
           attr.AllowRunningInsecureContent, attr.AllowGeolocationOnInsecureOrigins, attr.ScreenCaptureEnabled,
           attr.HyperlinkAuditingEnabled, attr.DnsPrefetchEnabled, attr.AutoLoadIconsForPage, attr.LocalStorageEnabled,
           attr.FullScreenSupportEnabled, attr.AllowWindowActivationFromJavaScript, attr.ErrorPageEnabled,
           attr.NavigateOnDropEnabled)
    for attribute in off:
        settings.setAttribute(attribute, False)
    settings.setAttribute(attr.JavascriptEnabled, True)
    settings.setAttribute(attr.ShowScrollBars, False)
    # atlas: is a local scheme, so its page may reach remote URLs only when this is on;
    # with online tiles the interceptor and the page's CSP still allow only the tile server.
    settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, online_tiles)


class MapPage(QWebEnginePage):
    """attr page that stays on the atlas page: no navigation away, no windows, no dialogs."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        self.refused_navigations: list[str] = []
        self.console: list[tuple[int, str, int, str]] = []
        self.dialogs: list[str] = []
        self._allow_load = False
        if hasattr(self, "permissionRequested"):
            self.permissionRequested.connect(lambda permission: permission.deny())

    def load_page(self) -> None:
        self._allow_load = True
        self.load(PAGE_URL)

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        target = QUrl(url)
        target.setFragment(None)
        if is_main_frame and self._allow_load and target == PAGE_URL:
            self._allow_load = False
            return True
        self.refused_navigations.append(url.toString())
        log.info("map view refused navigation to %s", url.toString())
        return False

    def createWindow(self, _type):  # noqa: N802
        return None

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        self.console.append((int(level.value) if hasattr(level, "value") else int(level), message, line, source))
        log.debug("map page console: %s (%s:%s)", message, source, line)

    def javaScriptAlert(self, _origin, message: str) -> None:  # noqa: N802
        self.dialogs.append(message)
        log.warning("map page tried to open an alert: %r", message)

    def javaScriptConfirm(self, _origin, message: str) -> bool:  # noqa: N802
        self.dialogs.append(message)
        return False

    def javaScriptPrompt(self, _origin, message: str, _default: str):  # noqa: N802
        self.dialogs.append(message)
        return False, ""

    def chooseFiles(self, *_args):  # noqa: N802
        return []
