"""Event titles and summaries in French and Urdu, for the events of this repository."""

import copy
import json

import pytest

from viewer.core.paths import GEODATA
from viewer.i18n import content

EVENTS = [f["properties"] for f in json.loads((GEODATA / "events.geojson").read_text(encoding="utf-8"))["features"]]


def event(event_id):
    return copy.deepcopy(next(e for e in EVENTS if e["id"] == event_id))


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_every_event_has_a_title_in_the_language(lang):
    untitled = [e["id"] for e in EVENTS if content.localise_event(e, lang)["title_lang"] != lang]
    assert untitled == []


def test_no_translation_was_made_from_english_the_records_no_longer_say():
    assert content.stale(EVENTS) == []


def test_the_main_events_have_summaries_in_french_and_urdu():
    for lang in ("fr", "ur"):
        summarised = [e["id"] for e in EVENTS if e.get("summary")
                      and content.localise_event(e, lang)["summary_lang"] == lang]
        assert len(summarised) >= 30, lang
    for event_id in ("pakistan-independence", "indo-pakistani-war-1971", "abbottabad-raid", "iran-strikes-panjgur"):
        assert content.localise_event(event(event_id), "ur")["summary_lang"] == "ur"


def test_a_localised_event_says_the_language_of_each_text_and_keeps_its_quotes():
    raid = event("abbottabad-raid")
    fr = content.localise_event(raid, "fr")
    assert fr["title"] == "Un raid américain tue Oussama ben Laden à Abbottabad" and fr["title_lang"] == "fr"
    assert fr["sources"] == raid["sources"] and fr["id"] == raid["id"] and fr["start"] == raid["start"]
    assert raid["title"] == "US raid kills Osama bin Laden in Abbottabad"  # the record itself is untouched
    en = content.localise_event(raid, "en")
    assert (en["title"], en["title_lang"], en["summary_lang"]) == (raid["title"], "en", "en")


def test_a_summary_without_translation_comes_in_english_marked_english():
    untranslated = next(e for e in EVENTS if e.get("summary") and "summary" not in content.translation(e["id"])["fr"])
    shown = content.localise_event(untranslated, "fr")
    assert shown["title_lang"] == "fr"
    assert (shown["summary"], shown["summary_lang"]) == (untranslated["summary"], "en")


def test_a_corrected_record_falls_back_to_english_until_translated_again():
    raid = event("abbottabad-raid")
    raid["summary"] = raid["summary"] + " (corrected)"
    raid["title"] = "US raid in Abbottabad"
    shown = content.localise_event(raid, "ur")
    assert (shown["title"], shown["title_lang"]) == ("US raid in Abbottabad", "en")
    assert (shown["summary"], shown["summary_lang"]) == (raid["summary"], "en")
    assert [line.split(":")[0] for line in content.stale([raid])] == ["abbottabad-raid", "abbottabad-raid"]


def test_an_event_of_ones_own_stays_in_english():
    own = {"id": "my-visit", "title": "My visit", "summary": "A visit.", "sources": []}
    shown = content.localise_event(own, "ur")
    assert (shown["title"], shown["title_lang"], shown["summary_lang"]) == ("My visit", "en", "en")
    assert content.stale([own]) == ["my-visit: no French or Urdu title in geodata/i18n/events.json"]


def test_a_quote_stays_in_its_language_with_its_translation_marked_where_the_reader_needs_it():
    entry = {"source": "fr-etats-unis-pakistan", "quote": "les États-Unis sont le deuxième fournisseur",
             "translation": "the United States is the second supplier"}
    assert content.quote_view(entry, "fr", "fr") == {"quote": entry["quote"], "quote_lang": "fr"}
    shown = content.quote_view(entry, "fr", "ur")
    assert (shown["quote"], shown["quote_lang"]) == (entry["quote"], "fr")
    assert (shown["translation"], shown["translation_lang"], shown["translation_label"]) == (
        entry["translation"], "en", "ترجمہ")
    assert content.quote_view({"source": "hassan-2019", "quote": "In mid-August 1947"}, "en", "fr") == {
        "quote": "In mid-August 1947", "quote_lang": "en"}
    assert content.quote_view({"source": "hassan-2019", "paraphrase": "The partition was violent."}, "en", "fr") == {}


def test_an_event_place_reads_in_french_and_urdu_and_an_unknown_one_stays_english_tagged():
    from viewer.i18n.content import localise_event
    event = {"id": "no-such-event", "title": "T", "place": "Tehran"}
    assert (localise_event(event, "fr")["place"], localise_event(event, "fr")["place_lang"]) == ("Téhéran", "fr")
    assert localise_event(event, "ur")["place"] == "تہران"
    assert localise_event(event, "en")["place"] == "Tehran"
    changed = localise_event({**event, "place": "Tehran, Niavaran palace"}, "fr")
    assert (changed["place"], changed["place_lang"]) == ("Tehran, Niavaran palace", "en")


def test_every_bundled_event_place_has_french_and_urdu():
    import json
    from pathlib import Path
    from viewer.i18n import catalogue
    features = json.loads((Path(__file__).parents[2] / "geodata" / "events.geojson").read_text("utf-8"))["features"]
    places = {f["properties"]["place"] for f in features if f["properties"].get("place")}
    missing = sorted(places - set(catalogue.load("places.json")))
    assert not missing, f"no French/Urdu in geodata/i18n/places.json for: {missing}"
