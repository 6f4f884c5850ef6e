"""The display labels in English, French and Urdu."""

import json

import pytest

from viewer import style
from viewer.core.paths import GEODATA
from viewer.i18n import catalogue, labels
from viewer.page import layers

LANGS = ("en", "fr", "ur")


def test_english_labels_are_the_styles_own():
    assert labels.labels("status", "en") == style.STATUS_LABELS
    assert labels.label("category", "strike", "en") == "Strikes and raids" == style.category_label("strike")
    assert labels.label("category", "other", "en") == style.OTHER_CATEGORY_LABEL
    assert labels.labels("legend", "en") == style.LEGEND_LABELS
    assert labels.labels("layer", "en") == style.LAYER_LABELS
    assert labels.label("legend", "no_relation", "en") == "No recorded relation"


@pytest.mark.parametrize("kind", labels.KINDS)
def test_every_label_exists_in_every_language(kind):
    english = labels.english()[kind]
    assert english, kind
    for lang in LANGS:
        shown = labels.labels(kind, lang)
        assert set(shown) == set(english)
        assert all(isinstance(text, str) and text.strip() for text in shown.values()), (kind, lang)


def test_the_translation_file_holds_no_label_english_does_not_have():
    translated = catalogue.load("labels.json")
    assert set(translated) <= set(labels.KINDS)
    for kind, entries in translated.items():
        assert set(entries) == set(labels.english()[kind]), kind


def test_status_and_category_labels_are_translated():
    assert labels.label("status", "hostile", "fr") == "Hostile"
    assert labels.label("status", "allied", "ur") == "اتحادی"
    assert labels.label("category", "war", "fr") == "Guerre"
    assert labels.label("legend", "no_relation", "fr") == "Aucune relation répertoriée"
    assert labels.label("alliance", "SEATO", "fr") == "Organisation du traité de l’Asie du Sud-Est (OTASE)"


def test_templates_keep_their_one_placeholder():
    for lang in LANGS:
        for key, text in labels.labels("layer_template", lang).items():
            assert text.count("{}") == 1, (key, lang, text)


def test_layer_labels_in_english_are_those_of_the_layer_control():
    ids = [*layers.FIXED, *(layers.events_layer(c) for c in (*style.CATEGORY_LABELS, "other", "unknown")),
           *(layers.alliance_layer(a) for a in ("SEATO", "CENTO", "MNNA", "RCD_ECO", "NEW"))]
    for layer_id in ids:
        assert labels.layer_label(layer_id, "en") == layers.label(layer_id)
    assert labels.layer_label("alliance.SEATO", "fr") == "Alliance : Organisation du traité de l’Asie du Sud-Est (OTASE)"
    assert labels.layer_label("events.visit", "ur") == "واقعات: دورے"


def test_every_alliance_of_the_data_has_its_labels():
    data = json.loads((GEODATA / "alliances.geojson").read_text(encoding="utf-8"))["features"]
    alliances = {f["properties"]["alliance"]: f["properties"]["name"] for f in data}
    for aid, name in alliances.items():
        for lang in LANGS:
            assert labels.label("alliance", aid, lang).strip()
            assert labels.label("alliance_name", aid, lang).strip()
        assert labels.label("alliance_name", aid, "en") == name, f"{aid}: the data now names it {name!r}"


def test_an_unknown_label_or_language_says_so():
    with pytest.raises(KeyError, match="no status label 'friendly'"):
        labels.label("status", "friendly", "fr")
    with pytest.raises(KeyError, match="kind"):
        labels.label("colour", "allied", "fr")
    with pytest.raises(ValueError, match="choose one of en, fr, ur"):
        labels.label("status", "allied", "de")
