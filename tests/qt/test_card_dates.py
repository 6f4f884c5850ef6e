"""An event's card writes a date known only roughly as a historian does (c. September 1965), in each language."""

import pytest

from viewer.qt.cards import event_card_html, event_dates


def event(**fields):
    base = {"id": "war-65", "title": "War", "start": "1965-09-01", "end": "1965-09-30", "edtf": "1965-09~",
            "category": "war", "sources": []}
    return {**base, **fields}


@pytest.mark.parametrize("edtf, lang, words", [
    ("1965-09~", "en", "c. September 1965"),
    ("1965-09~", "fr", "vers septembre 1965"),
    ("1965-09~", "ur", "تقریباً ستمبر 1965"),
    ("[1965-09,1965-10]", "en", "September or October 1965"),
    ("1954/..", "en", "after 1954"),
    ("2009-05", "en", "May 2009"),
])
def test_a_rough_date_is_written_in_words_on_the_card(edtf, lang, words):
    assert event_dates(event(edtf=edtf), lang) == words
    assert words in event_card_html(event(edtf=edtf), [], lang)


def test_an_exact_date_keeps_its_days():
    assert event_dates(event(start="1965-09-06", end="1965-09-23", edtf="1965-09-06/1965-09-23")) == \
        "1965-09-06 – 1965-09-23"
    assert event_dates(event(start="1965-09-06", end=None, edtf="1965-09-06")) == "1965-09-06"
