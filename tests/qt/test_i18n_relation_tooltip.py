"""The map's tooltips in French and Urdu: a relation's reason and a region's name in the page's language, an
untranslated reason tagged English; the event card tags a place it has no translation of."""

from types import SimpleNamespace

from viewer.qt.cards import event_card_html
from viewer.qt.webengine.mapview import MapView


def _state():
    return {"date": "2024-01-17", "territories": [], "events": [],
            "relations": [{"partner": "IRN", "status": "hostile", "since": "2024-01-16", "until": "2024-01-21",
                           "reason": "Iran struck targets near Panjgur in Balochistan, Pakistan recalled its ambassador "
                                     "and struck back near Saravan two days later, an unprecedented exchange of strikes.",
                           "certain": True}],
            "regions": [{"id": "PK.BA", "name": "Baluchistan"}]}


def test_the_urdu_map_gets_the_urdu_reason_and_region_name():
    shown = MapView._localised(SimpleNamespace(lang="ur"), _state())
    assert shown["relations"][0]["reason"].startswith("ایران نے بلوچستان میں پنجگور")
    assert shown["regions"][0]["name"] == "بلوچستان"


def test_a_reason_changed_since_its_translation_is_shown_in_english_with_the_tag():
    state = _state()
    state["relations"][0]["reason"] = "Iran struck Panjgur."
    from viewer.i18n.labels import label

    shown = MapView._localised(SimpleNamespace(lang="fr"), state)
    assert shown["relations"][0]["reason"] == f"[{label('tag', 'english', 'fr')}] Iran struck Panjgur."
    assert shown["regions"][0]["name"] == "Baloutchistan"
    assert MapView._localised(SimpleNamespace(lang="en"), state) is state


def test_the_card_tags_an_untranslated_place_and_not_a_translated_one():
    from viewer.i18n.labels import label

    event = {"id": "x", "title": "Titre", "title_lang": "fr", "start": "1965-09-01", "category": "war",
             "sources": [], "place": "Nowhere Pass", "place_lang": "en"}
    tag = f"[{label('tag', 'english', 'fr')}]"
    assert tag in event_card_html(event, [], "fr")
    assert tag not in event_card_html({**event, "place": "Lahore", "place_lang": "fr"}, [], "fr")
