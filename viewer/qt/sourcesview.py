"""Help > Sources: the documents of the source catalogue, and every record that cites the chosen one.

The left list holds the catalogue (source texts first, then references), filterable by text; the
right list, the records citing the chosen document (events, relation periods, alliance
memberships, polities), in date order, with the document's full reference above them. Choosing an
event opens its card in the window (``eventChosen``); any other record shows its sources here.
Below the reference, its locator and its address: the address is a link, opened in the system's browser
only when clicked (``addressOpened``), and only an http(s) address is one. Every string from the data is
shown as plain text or escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from viewer.core.sources import Document, bundled_catalogue, citing, sources_html
from viewer.qt.safetext import isolate

_ROLE = Qt.ItemDataRole.UserRole


class SourcesDialog(QDialog):
    """The catalogue and what cites each document (see the module)."""

    eventChosen = Signal(str)
    addressOpened = Signal(str)  # the address of a document the user clicked, as given to the system's browser

    def __init__(self, dataset, parent: QWidget | None = None, catalogue: dict[str, Document] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(980, 620)
        self._catalogue = bundled_catalogue() if catalogue is None else catalogue
        self._citing = citing(dataset)
        self._records = {(r["kind"], r["id"]): r for rs in self._citing.values() for r in rs}
        self._sources = {("event", e["id"]): e for e in dataset.events}
        self._sources.update({("relation", f"{r['partner']}:{r['start']}"): r for r in dataset.relations})
        self._sources.update({("membership", f"{m['alliance']}:{m['member']}:{m['join']}"): m
                              for m in dataset.memberships})
        self._sources.update({("polity", f"{p['id']}:{p['start']}"): p for p in dataset.polities})

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter documents…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter documents"))
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents of the source catalogue"))
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reference = QLabel(self)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setWordWrap(True)
        self.address = QLabel(self)
        self.address.setTextFormat(Qt.TextFormat.RichText)
        self.address.setOpenExternalLinks(False)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.address.setAccessibleName(self.tr("Where to find the document"))
        self.address.linkActivated.connect(self._open_address)
        self.records = QListWidget(self)
        self.records.setAccessibleName(self.tr("Records that cite the document"))
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Sources of the chosen record"))

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reference)
        column.addWidget(self.address)
        column.addWidget(self.records, 2)
        column.addWidget(self.detail, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.documents)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        order = sorted(self._catalogue.values(), key=lambda d: (not d.is_seed, d.title.lower()))
        for document in order:
            count = len(self._citing.get(document.id, ()))
            kind = "source text" if document.is_seed else "reference"
            rtl = self.isRightToLeft()
            item = QListWidgetItem(isolate(document.title, rtl) + "\n    "
                                   + isolate(f"{kind}, cited by {count} record{'s' * (count != 1)}", rtl))
            item.setData(_ROLE, document.id)
            self.documents.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.documents.currentItemChanged.connect(lambda item, _old: self.show_document(item.data(_ROLE) if item else None))
        self.records.itemActivated.connect(self._open)
        self.records.currentItemChanged.connect(lambda item, _old: self._show_record(item))
        if self.documents.count():
            self.documents.setCurrentRow(0)

    def show_document(self, source_id: str | None) -> None:
        """List the records citing a document, with its full reference above them."""
        self.records.clear()
        self.detail.clear()
        document = self._catalogue.get(source_id) if source_id else None
        if document is None:
            self.reference.clear()
            self.address.clear()
            return
        self.address.setText(self._address_html(document))
        byline = ", ".join(p for p in (document.author, document.publisher, document.date) if p)
        rtl = self.isRightToLeft()
        self.reference.setText(isolate(document.title + (f" ({byline})" if byline else ""), rtl)
                               + ("" if document.is_seed else " — " + self.tr("a reference: its text is not in the "
                                                                             "atlas, so it is cited or paraphrased, "
                                                                             "never quoted")))
        for record in self._citing.get(source_id, ()):
            item = QListWidgetItem(isolate(f"{record['start']}  {record['label']}", rtl))
            item.setData(_ROLE, (record["kind"], record["id"]))
            item.setToolTip(self.tr("Press Enter or double-click to open the event") if record["event"] else "")
            self.records.addItem(item)

    def _address_html(self, document: Document) -> str:
        """The document's locator and address (a link if http or https), escaped; empty if it has neither."""
        parts = []
        locator = getattr(document, "locator", None) or document.citation
        if locator:
            parts.append(html.escape(locator))
        url = document.url or ""
        if url.startswith(("https://", "http://")):
            parts.append(f"<a href=\"{html.escape(url, quote=True)}\">{html.escape(url)}</a>")
        elif url:
            parts.append(html.escape(url))
        if not parts:
            return html.escape(self.tr("No address or locator yet: the catalogue does not say where to find it."))
        return " · ".join(parts)

    def _open_address(self, url: str) -> None:
        """A click on a document's address: open it in the system's browser (never before the click)."""
        if url.startswith(("https://", "http://")):
            self.addressOpened.emit(url)
            QDesktopServices.openUrl(QUrl(url))

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _show_record(self, item: QListWidgetItem | None) -> None:
        record = self._sources.get(tuple(item.data(_ROLE))) if item else None
        self.detail.setHtml(sources_html(record.get("sources", ()), self._catalogue) if record else "")

    def _open(self, item: QListWidgetItem) -> None:
        record = self._records.get(tuple(item.data(_ROLE)))
        if record and record["event"]:
            self.eventChosen.emit(record["event"])
