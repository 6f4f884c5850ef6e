"""The source catalogue and the checks on source entries (viewer.core.sources, schema.sources)."""

import json
import shutil
from pathlib import Path

import pytest

from viewer.core import schema
from viewer.core.atlas import Atlas
from viewer.core.sources import (Document, entry_html, load_catalogue, normalise, verify_quotes)

GEODATA = Path(__file__).resolve().parents[2] / "geodata"

CATALOGUE = {
    "seed-a": Document("seed-a", "A seed", None, None, None, "en", "seed", seed_file="a.txt"),
    "ref-b": Document("ref-b", "A reference", "Someone", "A publisher", "1999", "en", "reference"),
}


def event(ident="tashkent-declaration", *sources):
    return {"id": ident, "sources": list(sources)}


@pytest.fixture
def seeds(tmp_path):
    (tmp_path / "a.txt").write_text("The two sides signed the **declaration** on\n10 January 1966, it said “at last”.",
                                    "utf-8")
    return tmp_path


def only(problems):
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_bundled_catalogue_loads_with_the_five_seeds_and_the_datasets():
    catalogue, problems = load_catalogue(GEODATA / "sources.json")
    assert problems == []
    seeds = {d.id: d.seed_file for d in catalogue.values() if d.is_seed}
    assert seeds == {"hassan-2019": "000_a73f359054e38845.txt", "hashmi-swati-2024": "001_7ba2075e9c676078.txt",
                     "fr-etats-unis-pakistan": "002_367ad7eed2172823.txt",
                     "iran-pakistan-ties-2025": "003_cd74a3f0b40a0feb.txt",
                     "jamal-diplomat-2024": "004_b82e77a36fe45dc5.txt"}
    assert catalogue["ucdp-ged"].citation and catalogue["acled"].citation
    assert catalogue["fr-etats-unis-pakistan"].language == "fr"


def test_a_bad_catalogue_entry_names_file_record_and_field(tmp_path):
    path = tmp_path / "sources.json"
    path.write_text(json.dumps([
        {"id": "ok-one", "title": "T", "author": None, "publisher": None, "date": "2001", "language": "en", "kind": "reference"},
        {"id": "no-title", "author": None, "publisher": None, "date": None, "language": "en", "kind": "reference"},
        {"id": "Bad Id", "title": "T", "author": None, "publisher": None, "date": "May 2001", "language": "en", "kind": "seed"},
        {"id": "read-when", "title": "T", "author": "A", "publisher": None, "date": None, "language": "en",
         "kind": "reference", "url": "https://example.org/t", "accessed": "5 December 2026"},
        {"id": "read-where", "title": "T", "author": "A", "publisher": None, "date": None, "language": "en",
         "kind": "reference", "accessed": "2026-12-05"},
    ]))
    catalogue, problems = load_catalogue(path)
    assert list(catalogue) == ["ok-one"]
    shown = [str(p) for p in problems]
    assert "sources.json, record 2 ('no-title'), field 'title': is missing (expected text)" in shown
    assert any("record 3 ('Bad Id'), field 'id'" in s and "kebab-case" in s for s in shown)
    assert any("record 3 ('Bad Id'), field 'date'" in s for s in shown)
    assert any("record 3 ('Bad Id'), field 'seed_file'" in s for s in shown)
    assert any("record 4 ('read-when'), field 'accessed'" in s and "not a day" in s for s in shown)
    assert any("record 5 ('read-where'), field 'accessed'" in s and "without an address" in s for s in shown)


def test_normalise_straightens_quotes_drops_bold_and_joins_spaces():
    assert normalise("“at  last”\n**now** ‘it’s’") == '"at last" now \'it\'s\''


def test_a_verbatim_quote_and_a_paraphrase_pass(seeds):
    record = event("x", {"source": "seed-a", "quote": 'declaration on 10 January 1966, it said "at last"'},
                   {"source": "ref-b", "paraphrase": "They signed.", "locator": "p. 3"})
    assert verify_quotes([record], CATALOGUE, seeds, "events.geojson") == []


def test_an_unknown_source_id_is_named_by_file_record_and_field(seeds):
    problem = only(verify_quotes([event("tashkent-declaration", {"source": "ref-b", "locator": "p. 1"},
                                        {"source": "nowhere", "paraphrase": "x"})], CATALOGUE, seeds, "events.geojson"))
    assert str(problem).startswith("events.geojson, record 1 ('tashkent-declaration'), field 'sources[1].source': "
                                   "unknown source 'nowhere'")


def test_a_quote_not_in_its_seed_is_named(seeds):
    problem = only(verify_quotes([event("t", {"source": "seed-a", "quote": "signed the declaration on 11 January"})],
                                 CATALOGUE, seeds, "events.geojson"))
    assert (problem.file, problem.record, problem.field) == ("events.geojson", "record 1 ('t')", "sources[0].quote")
    assert "not verbatim in a.txt" in problem.message


def test_a_quote_of_a_reference_must_be_a_paraphrase(seeds):
    problem = only(verify_quotes([event("t", {"source": "ref-b", "quote": "They signed."})], CATALOGUE, seeds, "e.geojson"))
    assert problem.field == "sources[0].quote" and "paraphrase" in problem.expected


def test_an_entry_with_no_text_and_a_disagreeing_first_source_are_named(seeds):
    problems = verify_quotes([event("t", {"source": "ref-b", "paraphrase": "x", "disagrees": True}, {"source": "ref-b"})],
                             CATALOGUE, seeds, "e.geojson")
    assert {p.field for p in problems} == {"sources[0].disagrees", "sources[1]"}


def test_quotes_are_not_checked_without_the_texts_but_references_still_are():
    records = [event("t", {"source": "seed-a", "quote": "anything"}, {"source": "ref-b", "quote": "x"})]
    assert [p.field for p in verify_quotes(records, CATALOGUE, None, "e.geojson")] == ["sources[1].quote"]


@pytest.mark.parametrize("entry, words", [
    ({"source": "x"}, "has no 'paraphrase' or 'locator'"),
    ({"source": "x", "paraphrase": "p", "disagrees": "yes"}, "not true or false"),
    ({"source": "x", "paraphrase": "p", "translation": "t"}, "no 'quote'"),
    ({"source": "x", "quote": "q", "page": 3}, "unknown key 'page'"),
])
def test_the_schema_rejects_bad_entries(entry, words):
    with pytest.raises(ValueError, match=words):
        schema.sources([entry])


def test_the_schema_keeps_each_kind_of_entry():
    entries = [{"source": "a", "quote": " q ", "translation": "t"}, {"source": "b", "paraphrase": "p", "locator": "art. 2"},
               {"source": "c", "locator": "p. 4", "disagrees": True}, {"source": "d", "quote": "é", "disagrees": False}]
    assert schema.sources(entries) == ({"source": "a", "quote": "q", "translation": "t"},
                                       {"source": "b", "paraphrase": "p", "locator": "art. 2"},
                                       {"source": "c", "locator": "p. 4", "disagrees": True},
                                       {"source": "d", "quote": "é"})


def test_loading_a_folder_with_a_catalogue_rejects_an_unknown_source(tmp_path):
    shutil.copy(GEODATA / "sources.json", tmp_path / "sources.json")
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [73.05, 33.7]},
               "properties": {"id": "visit", "start": "2000-01-01", "title": "A visit", "category": "visit",
                              "actors": ["PAK"], "sources": [{"source": "my-notes", "paraphrase": "a visit"}]}}
    (tmp_path / "events.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    atlas = Atlas.load(tmp_path)
    problem = only(atlas.problems)
    assert str(problem).startswith("events.geojson, record 1 ('visit'), field 'sources[0].source': unknown source 'my-notes'")
    assert list(atlas.events) == []


def test_the_card_shows_titles_quotes_in_marks_and_paraphrases_without():
    quote = entry_html({"source": "seed-a", "quote": "q<", "translation": "t"}, CATALOGUE)
    assert "<b>A seed</b>" in quote and "“q&lt;”" in quote and "<i>Translation:</i> t" in quote
    para = entry_html({"source": "ref-b", "paraphrase": "p", "locator": "p. 3", "disagrees": True}, CATALOGUE)
    assert not any(mark in para for mark in "“”«»") and "A reference (Someone, A publisher, 1999)" in para and "p. 3" in para
    assert "differs from the record" in para


def test_the_card_says_when_no_source_text_mentions_the_record_and_shows_disagreement_side_by_side(atlas):
    from viewer.core.sources import sources_html

    mnna = sources_html([{"source": "upi-2004-06-16", "paraphrase": "Pakistan designated a major non-NATO ally."},
                         {"source": "fr-etats-unis-pakistan", "quote": "depuis 2002", "disagrees": True,
                          "translation": "since 2002"}])
    assert "Not in the source texts" not in mnna  # a source text is cited, if only to disagree
    assert mnna.index("What the record says rests on") < mnna.index("Bush declares Pakistan major non-NATO ally")
    assert mnna.index("Bush declares Pakistan") < mnna.index("« depuis 2002 »")
    assert "<i>Translation:</i> since 2002" in mnna and "(differs from the record)" in mnna
    only_references = sources_html([{"source": "upi-2004-06-16", "paraphrase": "<b>designated</b>"}])
    assert only_references.startswith("<p><i>Not in the source texts")
    assert "&lt;b&gt;designated&lt;/b&gt;" in only_references
    assert not any(mark in only_references for mark in "“”«»")  # a paraphrase is never in quotation marks
