"""Region names and relation reasons and notes in French and Urdu (``regions.json``, ``relations.json``)."""

import json

import pytest

from viewer.core.paths import GEODATA
from viewer.i18n import catalogue
from viewer.i18n.content import localise_region, localise_relation, stale_relations
from viewer.i18n.state import localise_state


def _features(name):
    return [f["properties"] for f in json.loads((GEODATA / name).read_text(encoding="utf-8"))["features"]]


def test_every_region_name_then_and_later_has_french_and_urdu():
    regions = catalogue.load("regions.json")
    later = json.loads((GEODATA / "region_names.json").read_text(encoding="utf-8"))
    missing = []
    for region in _features("admin1.geojson"):
        names = [region["name"]] + [entry["name"] for entry in later.get(region["id"], ())]
        have = {entry["en"] for entry in regions.get(region["id"], ())}
        missing += [f"{region['id']} {name!r}" for name in names if name not in have]
    assert missing == []


@pytest.mark.parametrize("region, name, lang, shown", [
    ("PK.BA", "Baluchistan", "fr", "Baloutchistan"), ("PK.BA", "Balochistan", "ur", "بلوچستان"),
    ("PK.PB", "Punjab", "fr", "Pendjab"), ("IR.SB", "Sistan and Baluchestan", "fr", "Sistan-et-Baloutchistan"),
    ("IR.SB", "Sistan and Baluchestan", "ur", "سیستان و بلوچستان"),
    ("PK.NW", "N.W.F.P.", "fr", "Province de la Frontière-du-Nord-Ouest"), ("PK.NW", "N.W.F.P.", "ur", "صوبہ سرحد"),
    ("PK.NW", "Khyber Pakhtunkhwa", "ur", "خیبر پختونخوا"),
])
def test_a_region_takes_its_usual_name_of_the_day(region, name, lang, shown):
    assert localise_region(region, name, lang) == (shown, lang)


def test_a_region_name_with_no_translation_stays_english_and_says_so():
    assert localise_region("PK.NW", "Frontier", "fr") == ("Frontier", "en")
    assert localise_region("PK.NW", "N.W.F.P.", "en") == ("N.W.F.P.", "en")


def test_every_relation_reason_and_note_is_translated_from_its_current_english():
    assert stale_relations(_features("relations.geojson")) == []


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_every_relation_period_reason_and_note_comes_in_the_language(lang):
    shown = [localise_relation(r, lang) for r in _features("relations.geojson")]
    assert [r["partner"] + "/" + r["start"] for r in shown if r["reason_lang"] != lang] == []
    assert [r["partner"] + "/" + r["start"] for r in shown if r.get("note") and r["note_lang"] != lang] == []


def test_translated_reasons_and_notes_have_no_quotation_marks():
    for key, entry in catalogue.load("relations.json").items():
        for lang in catalogue.TRANSLATED:
            for field, text in entry[lang].items():
                assert not any(mark in text for mark in "\"“”«»‘’"), (key, lang, field)
                assert " '" not in text and "' " not in text, (key, lang, field)


def test_a_corrected_reason_falls_back_to_english_until_translated_again():
    record = next(r for r in _features("relations.geojson") if r["partner"] == "IRN" and r["start"] == "2024-01-16")
    assert localise_relation(record, "ur")["reason"].startswith("ایران نے بلوچستان")
    corrected = {**record, "reason": "Iran struck targets in Balochistan."}
    shown = localise_relation(corrected, "ur")
    assert shown["reason"] == "Iran struck targets in Balochistan." and shown["reason_lang"] == "en"
    assert shown["note_lang"] == "ur"
    assert stale_relations([corrected]) == [
        f"IRN/2024-01-16: the reason was translated from {record['reason']!r}, "
        "the record now says 'Iran struck targets in Balochistan.'"]


def test_state_in_urdu_gives_reasons_and_region_names_in_urdu(atlas):
    state = localise_state(atlas.state("2024-01-17"), "ur", atlas.unit_names)
    iran = next(r for r in state["relations"] if r["partner"] == "IRN")
    assert iran["reason_lang"] == "ur" and "پنجگور" in iran["reason"]
    assert all(r["name_lang"] == "ur" for r in state["regions"])
    english = atlas.state("2024-01-17")
    assert [r["id"] for r in state["regions"]] == [r["id"] for r in english["regions"]]


def test_the_reader_names_file_record_and_field_of_a_bad_relation_translation():
    problems = catalogue.check_file("relations.json", {
        "IRN/2024-01-16": {"en": {"reason": "x"}, "fr": {"reason": "y", "note": "z"}, "ur": {"reason": "ايران"}}})
    where = {(p.file, p.record, p.field) for p in problems}
    assert ("relations.json", "IRN/2024-01-16/ur", "reason") in where  # Arabic ي
    assert ("relations.json", "IRN/2024-01-16/en", "note") in where  # no English for the French note
    bad = catalogue.check_file("regions.json", {"PK.PB": [{"en": "Punjab", "fr": "Pendjab"}]})
    assert [(p.record, p.field) for p in bad] == [("PK.PB[0]", "ur")]


def test_every_disputed_line_name_has_french_and_urdu():
    lines = catalogue.load("disputed.json")
    missing = [f"{line['id']} {line['name']!r}" for line in _features("disputed.geojson")
               if line.get("name") and line["name"] not in {entry["en"] for entry in lines.get(line["id"], ())}]
    assert missing == []


def test_the_page_names_the_lines_whose_meaning_depends_on_the_day(atlas):
    from viewer.page.build import disputed_names

    english, urdu = disputed_names(atlas, "en"), disputed_names(atlas, "ur")
    kashmir = {v: k for k, v in english.items() if v.startswith("Jammu and Kashmir")}
    assert set(kashmir) == {"Jammu and Kashmir: ceasefire line", "Jammu and Kashmir: Line of Control"}
    assert urdu[kashmir["Jammu and Kashmir: Line of Control"]] == "جموں و کشمیر: لائن آف کنٹرول"
    assert "India-China: disputed sector" not in english.values()  # drawn every day: the plain disputed line
    assert set(english) == set(urdu) and all(urdu[k] != english[k] for k in english)
