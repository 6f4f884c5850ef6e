"""Citations out: the catalogue as CSL-JSON, BibTeX and RIS (read back by well-kept parsers: bibtexparser
for BibTeX, citeproc-py for CSL-JSON), `pakatlas cite` for every event, and CITATION.cff."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from viewer.cli import main, version
from viewer.core.citations import FORMATS, bibtex_entry, write
from viewer.core.sources import bundled_catalogue

REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_bibtex_of_the_catalogue_parses_one_entry_per_document_keyed_by_its_id(capsys):
    bibtexparser = pytest.importorskip("bibtexparser")
    code, out, _ = run(capsys, "sources", "--format", "bibtex")
    assert code == 0
    library = bibtexparser.parse_string(out)
    assert not library.failed_blocks
    catalogue = bundled_catalogue()
    assert [e.key for e in library.entries] == list(catalogue)
    jamal = next(e for e in library.entries if e.key == "jamal-diplomat-2024")
    assert "After Attacks" in jamal.fields_dict["title"].value and jamal.fields_dict["year"].value == "2024"


def test_bibtex_escapes_what_would_break_it():
    from viewer.core.sources import Document

    bibtexparser = pytest.importorskip("bibtexparser")
    odd = Document("odd", "50% {off} & #1 under_score", "A. B}", "P", "2020", "en", "reference")
    entry = bibtex_entry(odd)
    assert r"50\% \{off\} \& \#1 under\_score" in entry
    library = bibtexparser.parse_string(entry + bibtex_entry(Document("next", "T", None, None, None, "en", "reference")))
    assert [e.key for e in library.entries] == ["odd", "next"] and not library.failed_blocks


def test_csl_json_of_the_catalogue_loads_in_citeproc(capsys):
    citeproc_source = pytest.importorskip("citeproc.source.json")
    code, out, _ = run(capsys, "sources", "--format", "csl-json")
    assert code == 0
    items = json.loads(out)
    source = citeproc_source.CiteProcJSON(items)
    assert len(items) == len(bundled_catalogue()) and "jamal-diplomat-2024" in source
    assert all(item["title"] and item["type"] for item in items)


def test_ris_has_one_record_per_document():
    catalogue = bundled_catalogue()
    text = write(catalogue.values(), "ris")
    assert text.count("\nER  - ") + text.startswith("ER  - ") == len(catalogue)
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in text.splitlines() if line)


def test_cite_works_for_every_event_and_refuses_an_unknown_one(capsys, atlas):
    for event in atlas.events:
        code, out, err = run(capsys, "cite", event["id"])
        assert code == 0 and out.startswith(event["title"]), (event["id"], err)
        assert f"Pakistan Diplomatic Atlas {version()}" in out
    code, out, err = run(capsys, "cite", "no-such-event")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "no-such-event" in err
    code, out, _ = run(capsys, "cite", "iran-strikes-panjgur", "--format", "csl-json")
    assert code == 0 and "jamal-diplomat-2024" in {item["id"] for item in json.loads(out)}


def test_every_format_is_written():
    catalogue = bundled_catalogue()
    for fmt in FORMATS:
        assert write(list(catalogue.values())[:3], fmt).strip()
    with pytest.raises(ValueError):
        write([], "mla")


def test_the_repository_has_a_citation_file_for_the_atlas():
    text = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([a-z-]+):\s*(.*)$", text, re.M))
    assert fields["cff-version"] == "1.2.0" and fields["title"].strip('"') == "Pakistan Diplomatic Atlas"
    assert fields["version"].strip('"') == version() and "authors" in fields and fields["message"]


def test_an_undated_web_page_is_cited_with_the_day_it_was_read():
    from viewer.core.citations import csl_item, ris_entry, text_entry
    from viewer.core.sources import Document

    page = Document("page", "Milestones: 1961-1968", "Office of the Historian", None, None, "en", "reference",
                    url="https://history.state.gov/milestones/1961-1968", accessed="2026-12-05")
    assert "n.d., accessed 2026-12-05" in text_entry(page)
    assert csl_item(page)["accessed"] == {"date-parts": [[2026, 12, 5]]} and "issued" not in csl_item(page)
    assert "Y2  - 2026/12/05" in ris_entry(page)
    assert "urldate = {2026-12-05}" in bibtex_entry(page)
