"""The reference rules of ``pakatlas check`` (viewer.core.findable), each on a small made-up case."""

import json

from viewer.core import findable
from viewer.core.sources import Document, check_folder


def doc(**fields):
    base = {"id": "x", "title": "Security Council resolution 211 (1965)", "author": None,
            "publisher": "United Nations Security Council", "date": "1965-09-20", "language": "en",
            "kind": "reference", "url": "https://undocs.org/S/RES/211(1965)"}
    return Document(**{**base, **fields})


def fields(problems):
    return [(p.record, p.field) for p in problems]


def test_a_findable_reference_passes_and_each_missing_part_is_named():
    assert findable.reference_problems({"x": doc()}) == []
    assert fields(findable.reference_problems({"x": doc(title="[Report on the ceasefire]")})) == [
        ("record 1 ('x')", "title")]
    assert fields(findable.reference_problems({"x": doc(title="Press release")})) == [("record 1 ('x')", "title")]
    assert fields(findable.reference_problems({"x": doc(publisher=None)})) == [("record 1 ('x')", "author")]
    assert fields(findable.reference_problems({"x": doc(date=None)})) == [("record 1 ('x')", "date")]
    assert fields(findable.reference_problems({"x": doc(url=None)})) == [("record 1 ('x')", "url")]
    # a web page that carries no date is cited n.d. with the day it was read: it needs both the address and that day
    assert findable.reference_problems({"x": doc(date=None, accessed="2026-12-05")}) == []
    assert fields(findable.reference_problems({"x": doc(date=None, accessed="2026-12-05", url=None,
                                                        locator="S/RES/211(1965)")})) == [("record 1 ('x')", "date")]
    assert findable.reference_problems({"x": doc(url=None, locator="S/RES/211(1965)")}) == []
    assert findable.reference_problems({"x": doc(kind="seed", title="[untitled]", url=None, date=None)}) == []


def test_quotation_marks_in_a_paraphrase_are_a_problem_of_that_entry():
    records = [{"id": "e", "sources": [{"source": "x", "paraphrase": "He said the treaty was a garment of patches."},
                                       {"source": "x", "paraphrase": "He called it a \u201cgarment of patches\u201d."},
                                       {"source": "x", "paraphrase": "Pakistan's ally; the allies' view."}]}]
    assert fields(findable.quoted_paraphrases(records, "events.geojson")) == [("record 1 ('e')", "sources[1].paraphrase")]


def test_a_document_dated_before_its_event_needs_a_note_saying_background():
    catalogue = {"x": doc(date="1965-08"), "y": doc(id="y", date="2011-05-01")}
    event = {"id": "e", "start": "1965-09-06", "sources": [{"source": "x", "locator": "p. 1"}]}
    assert fields(findable.dated_before([event], catalogue, "events", "events.geojson")) == [
        ("record 1 ('e')", "sources[0].source")]
    assert findable.dated_before([{**event, "note": "The report is cited for background."}], catalogue, "events",
                                 "events.geojson") == []
    assert findable.dated_before([{**event, "start": "1965-08-20"}], catalogue, "events", "e") == []  # same month
    raid = {"id": "r", "start": "2011-05-02", "sources": [{"source": "y", "locator": "x"}]}
    assert findable.dated_before([raid], catalogue, "events", "e") == []  # a time zone's day
    assert fields(findable.dated_before([{**raid, "start": "2011-05-03"}], catalogue, "events", "e")) == [
        ("record 1 ('r')", "sources[0].source")]
    period = {"partner": "IND", "start": "1966-01-01", "sources": [{"source": "x", "locator": "x"}]}
    assert fields(findable.dated_before([period], catalogue, "relations", "relations.geojson")) == [
        ("record 1", "sources[0].source")]


def test_check_folder_lists_the_reference_problems_as_warnings(tmp_path):
    (tmp_path / "sources.json").write_text(json.dumps([
        {"id": "r", "title": "[A report]", "author": None, "publisher": None, "date": None, "language": "en",
         "kind": "reference"}]), encoding="utf-8")
    (tmp_path / "events.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [73, 33]},
         "properties": {"id": "e", "start": "1965-09-06", "sources": [
             {"source": "r", "paraphrase": "The minister said \"never\"."}]}}]}), encoding="utf-8")
    problems = check_folder(tmp_path, None)
    found = {(p.file, p.field) for p in problems}
    assert {("sources.json", "title"), ("sources.json", "author"), ("sources.json", "date"), ("sources.json", "url"),
            ("events.geojson", "sources[0].paraphrase")} <= found
    assert all(not p.is_error for p in problems if p.file == "sources.json")
