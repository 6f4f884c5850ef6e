"""The ``atlas:`` URL scheme: the map page and its assets, served from memory and from known folders.

``atlas://app/index.html`` is the page; ``atlas://app/leaflet/...`` the xstatic-leaflet files,
``atlas://app/resources/...`` the repository's ``resources/`` and ``atlas://app/qwebchannel.js``
Qt's own QWebChannel client. Nothing else is served.

The scheme must be registered before the QApplication exists: ``viewer.qt.app.make_application``
calls ``register_scheme()`` first (importing this module registers nothing).
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QFile, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from viewer.page.assets import RESOURCES_DIR, leaflet_dir

log = logging.getLogger(__name__)

SCHEME = "atlas"
HOST = "app"
PAGE_PATH = "/index.html"
PAGE_URL = QUrl(f"{SCHEME}://{HOST}{PAGE_PATH}")
QWEBCHANNEL_QRC = ":/qtwebchannel/qwebchannel.js"


def register_scheme() -> None:
    """Register the ``atlas:`` scheme with Qt WebEngine; a no-op if already done.

    Must run before the QApplication is created.
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    if QCoreApplication.instance() is not None:
        log.warning("the %s: URL scheme is registered after the QApplication was created; "
                    "the map page may not load", SCHEME)
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # FetchApiAllowed: the page fetches the shipped geometry itself (controller.js)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed | QWebEngineUrlScheme.Flag.FetchApiAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


class AtlasSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves atlas://app/: the page from memory, Leaflet, resources/ and qwebchannel.js."""

    def __init__(self, page_html: bytes, csp: str, parent: QObject | None = None):
        super().__init__(parent)
        self.page_html = page_html
        self.csp = csp
        self.roots = {"leaflet": leaflet_dir().resolve(), "resources": RESOURCES_DIR.resolve()}
        self.served: list[str] = []
        self.failed: list[str] = []
        self._qwebchannel: bytes | None = None

    def _file(self, root: Path, rel: str) -> bytes | None:
        target = (root / rel).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        return target.read_bytes()

    def _qwebchannel_js(self) -> bytes | None:
        if self._qwebchannel is None:
            f = QFile(QWEBCHANNEL_QRC)
            if not f.open(QIODevice.OpenModeFlag.ReadOnly):
                return None
            self._qwebchannel = bytes(f.readAll().data())
            f.close()
        return self._qwebchannel

    def lookup(self, url: QUrl) -> tuple[bytes, str] | None:
        if url.host() != HOST:
            return None
        path = url.path()
        if path in ("/", PAGE_PATH):
            return self.page_html, "text/html;charset=utf-8"
        if path == "/qwebchannel.js":
            data = self._qwebchannel_js()
            return (data, "text/javascript") if data is not None else None
        parts = path.lstrip("/").split("/", 1)
        if len(parts) == 2 and parts[0] in self.roots and ".." not in parts[1].split("/"):
            data = self._file(self.roots[parts[0]], parts[1])
            if data is not None:
                mime = mimetypes.guess_type(parts[1])[0] or "application/octet-stream"
                if mime in ("application/javascript", "text/javascript"):
                    mime = "text/javascript"
                return data, mime
        return None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        if bytes(job.requestMethod().data()).upper() != b"GET":
            self.failed.append(url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        found = self.lookup(url)
        if found is None:
            self.failed.append(url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        # PySide6 maps this dict onto a QMultiMap: each value is a list of header values.
        headers = {QByteArray(b"X-Content-Type-Options"): [QByteArray(b"nosniff")]}
        if mime.startswith("text/html"):
            headers[QByteArray(b"Content-Security-Policy")] = [QByteArray(self.csp.encode())]
        job.setAdditionalResponseHeaders(headers)
        buffer = QBuffer(job)  # the job owns the buffer and frees it when done
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.served.append(url.toString())
        job.reply(mime.split(";")[0].encode(), buffer)
