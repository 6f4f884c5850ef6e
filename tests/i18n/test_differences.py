"""What changed between two dates, in French and Urdu (viewer.i18n.differences): the comparison window's list
and a comparison export's."""

import pytest

from viewer.core.atlas import Atlas
from viewer.core.diff import describe as english, diff
from viewer.i18n.differences import describe


@pytest.fixture(scope="module")
def atlas():
    return Atlas.load()


def test_english_is_the_commands_own(atlas):
    result = diff(atlas, "1965-09-06", "2024-01-17")
    assert describe(result, "en", atlas) == english(result)


@pytest.mark.parametrize("lang, expected", [
    ("fr", ["Iran : Allié → Hostile", "Bangladesh : Aucune relation → Neutre",
            "Russie (Union soviétique le 6 septembre 1965) : Neutre → Coopératif", "80 événements entre les deux dates"]),
    ("ur", ["ایران: اتحادی سے بدل کر مخاصمانہ", "روس (6 ستمبر، 1965 کو سوویت یونین): غیر جانب دار سے بدل کر تعاون پر مبنی",
            "دونوں تاریخوں کے درمیان 80 واقعات"]),
])
def test_the_differences_in_the_readers_language(atlas, lang, expected):
    lines = describe(diff(atlas, "1965-09-06", "2024-01-17"), lang, atlas)
    assert all(line in lines for line in expected), lines
    left = next(line for line in lines if "SEATO" in line or "OTASE" in line or "سیٹو" in line)
    assert "CENTO" in left or "سینٹو" in left  # the alliances left, one line, joined as the language joins a list
    assert not any(word in " ".join(lines) for word in ("allied", "appeared", "disappeared", "Joined", "Left "))


def test_nothing_changed_says_so_with_the_dates_in_the_language(atlas):
    assert describe(diff(atlas, "1965-09-06", "1965-09-06"), "fr", atlas) == [
        "Aucune différence entre le 6 septembre 1965 et le 6 septembre 1965"]
    assert describe(diff(atlas, "1970-01-01", "1972-06-01"), "fr", atlas)[-1] == "5 événements entre les deux dates"
