"""Help > Sources: a reader picks a document, sees every record citing it, and opens an event's card."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

TIMEOUT = 60_000


def test_sources_dialog_lists_documents_and_what_cites_them(qtbot, open_window, atlas):
    from PySide6.QtCore import Qt

    win = open_window(atlas, dt.date(1965, 9, 6))
    win.show_sources()
    dialog = win.sources_dialog
    titles = [dialog.documents.item(i).text() for i in range(dialog.documents.count())]
    assert all("\n    source text, cited by" in t for t in titles[:5])  # the five source texts come first
    assert not any("source text, cited" in t for t in titles[5:])
    assert any("Bush declares Pakistan major non-NATO ally" in t and "\n    reference, cited by 4 records" in t for t in titles)
    qtbot.keyClicks(dialog.search, "Quickly Patches")
    shown = [dialog.documents.item(i) for i in range(dialog.documents.count()) if not dialog.documents.item(i).isHidden()]
    assert len(shown) == 1
    dialog.documents.setCurrentItem(shown[0])
    assert "Umair Jamal" in dialog.reference.text()
    records = [dialog.records.item(i).text() for i in range(dialog.records.count())]
    assert any(r.startswith("2024-01-16") and "Iran" in r for r in records), records
    row = next(i for i, r in enumerate(records) if r.startswith("2024-01-16"))
    item = dialog.records.item(row)
    dialog.records.setCurrentItem(item)
    assert "Umair Jamal" not in dialog.detail.toPlainText() or "After Attacks" in dialog.detail.toPlainText()
    event_id = dialog._records[tuple(item.data(Qt.ItemDataRole.UserRole))]["event"]
    with qtbot.waitSignal(win.map.statePainted, timeout=TIMEOUT):
        dialog.records.itemActivated.emit(item)
    assert win.panel.selected_id() == event_id
    assert win.timeline.day == dt.date(2024, 1, 16)
    dialog.close()


def test_a_documents_address_is_a_link_opened_only_when_clicked(qtbot, open_window, atlas, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    win = open_window(atlas, dt.date(1965, 9, 6))
    win.show_sources()
    dialog = win.sources_dialog
    dialog.show_document("unsc-res-211")
    text = dialog.address.text()
    assert '<a href="https://undocs.org/S/RES/211(1965)">' in text and opened == []  # shown, not opened
    with qtbot.waitSignal(dialog.addressOpened) as signal:
        dialog.address.linkActivated.emit("https://undocs.org/S/RES/211(1965)")
    assert signal.args == ["https://undocs.org/S/RES/211(1965)"] and opened == ["https://undocs.org/S/RES/211(1965)"]
    dialog.address.linkActivated.emit("file:///etc/passwd")  # only a web address is ever opened
    assert len(opened) == 1
    dialog.show_document("unsc-res-497-1981")
    assert "S/RES/497(1981)" in dialog.address.text()  # the locator, beside the address
    dialog.close()
