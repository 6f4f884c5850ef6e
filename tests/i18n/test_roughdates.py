"""Rough dates in words, in English, French and Urdu (the words from the label catalogue)."""

import pytest

from viewer.i18n.roughdates import rough_date


@pytest.mark.parametrize("text, en, fr, ur", [
    ("1965-09~", "c. September 1965", "vers septembre 1965", "تقریباً ستمبر 1965"),
    ("[1965-09,1965-10]", "September or October 1965", "septembre ou octobre 1965", "ستمبر یا اکتوبر 1965"),
    ("1954/..", "after 1954", "après 1954", "1954 کے بعد"),
    ("../1954", "before 1954", "avant 1954", "1954 سے پہلے"),
    ("1948?", "c. 1948", "vers 1948", "تقریباً 1948"),
    ("197X", "1970s", "1970–1979", "1970–1979"),
    ("1965-09-06", "6 September 1965", "6 septembre 1965", None),
])
def test_rough_dates_read_as_a_historian_writes_them(text, en, fr, ur):
    assert rough_date(text, "en") == en
    assert rough_date(text, "fr") == fr
    if ur is not None:
        assert rough_date(text, "ur") == ur


def test_what_is_not_edtf_is_refused():
    with pytest.raises(ValueError):
        rough_date("about 1965")
