"""The translation files: every string usable, proper Urdu letters, and clear messages for bad files."""

import json

import pytest

from viewer.core.problems import DataError
from viewer.i18n import catalogue

FILES = ("events.json", "polities.json", "units.json", "unit_codes.json", "labels.json", "places.json")


def urdu_strings(value, inside_ur=False):
    """Every string under an "ur" key."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from urdu_strings(item, inside_ur or key == "ur")
    elif isinstance(value, list):
        for item in value:
            yield from urdu_strings(item, inside_ur)
    elif isinstance(value, str) and inside_ur:
        yield value


@pytest.mark.parametrize("name", FILES)
def test_every_translation_file_reads_without_problems(name):
    assert catalogue.load(name)


@pytest.mark.parametrize("name", ["events.json", "polities.json", "units.json", "labels.json", "places.json"])
def test_no_urdu_string_is_empty_latin_only_or_in_arabic_look_alike_letters(name):
    texts = list(urdu_strings(catalogue.load(name)))
    assert texts
    for text in texts:
        assert text.strip(), name
        assert any("\u0600" <= ch <= "\u06ff" for ch in text), f"{name}: {text!r} has no Urdu letters"
        assert not set(text) & {"\u064a", "\u0643", "\u0647"}, f"{name}: {text!r} uses Arabic ي/ك/ه"


def test_the_checker_names_the_file_the_record_and_the_field():
    bad = {"abbottabad-raid": {"en": {"title": "US raid"}, "fr": {"title": ""},
                               "ur": {"title": "Abbottabad raid", "summary": "چھاپہ"}}}
    problems = [str(p) for p in catalogue.check_file("events.json", bad)]
    assert "events.json, abbottabad-raid/fr, field 'title': is empty or not a string" in problems
    assert "events.json, abbottabad-raid/ur, field 'title': has no Urdu letters" in problems
    assert any("abbottabad-raid/en, field 'summary': is missing" in p for p in problems)
    arabic = {"SUN": [{"en": "Soviet Union", "fr": "Union soviétique", "ur": "سوويت يونين"}]}
    (problem,) = catalogue.check_file("polities.json", arabic)
    assert (problem.record, problem.field) == ("SUN[0]", "ur") and "U+064A" in problem.message
    assert catalogue.check_file("labels.json", {"status": {"allied": {"fr": "Allié"}}})[0].field == "ur"


def test_a_broken_file_raises_data_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "events.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "units.json").write_text(json.dumps({"CYN": {"en": "N. Cyprus", "fr": "Chypre du Nord"}}),
                                         encoding="utf-8")
    monkeypatch.setattr(catalogue, "FOLDER", tmp_path)
    catalogue.load.cache_clear()
    try:
        with pytest.raises(DataError, match=r"geodata/i18n/events.json: cannot be read"):
            catalogue.load("events.json")
        with pytest.raises(DataError, match=r"units.json, CYN, field 'ur': is missing"):
            catalogue.load("units.json")
        with pytest.raises(DataError, match=r"polities.json: the file is missing"):
            catalogue.load("polities.json")
    finally:
        catalogue.load.cache_clear()


def test_a_place_without_its_urdu_is_named_in_the_problem():
    (problem,) = catalogue.check_file("places.json", {"Tehran": {"fr": "Téhéran"}})
    assert (problem.record, problem.field) == ("Tehran", "ur")
