"""``Atlas.state`` in French and Urdu: every name of the bundled data on any day is translated."""

import pytest

from viewer.i18n.state import localise_state

DAYS = ["1947-08-14", "1950-06-01", "1955-09-23", "1960-01-01", "1965-09-06", "1971-12-10", "1975-06-30",
        "1980-01-01", "1985-06-01", "1990-10-03", "1995-01-01", "2000-01-01", "2004-06-16", "2011-05-02",
        "2015-04-20", "2020-01-01", "2024-01-17", "2025-05-10", "2025-12-31"]


def test_state_in_french_and_urdu_names_india_and_pakistan(atlas):
    fr = localise_state(atlas.state("1965-09-06"), "fr", atlas.unit_names)
    ur = localise_state(atlas.state("1965-09-06"), "ur", atlas.unit_names)
    assert {t["id"]: t["name"] for t in fr["territories"]}["IND"] == "Inde"
    assert {t["id"]: t["name"] for t in ur["territories"]}["PAK"] == "پاکستان"
    assert fr["lang"] == "fr" and fr["date"] == "1965-09-06"
    english = atlas.state("1965-09-06")
    assert [t["id"] for t in fr["territories"]] == [t["id"] for t in english["territories"]]  # ids stay
    assert [r["status"] for r in fr["relations"]] == [r["status"] for r in english["relations"]]


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_every_territory_alliance_and_event_title_is_translated_on_every_day(atlas, lang):
    untranslated = set()
    for day in DAYS:
        state = localise_state(atlas.state(day), lang, atlas.unit_names)
        untranslated |= {f"territory {t['id']} {t['name']!r}" for t in state["territories"] if t["name_lang"] != lang}
        untranslated |= {f"alliance {a['id']} {a['name']!r}" for a in state["alliances"] if a["name_lang"] != lang}
        untranslated |= {f"event {e['id']}" for e in state["events"] if e["title_lang"] != lang}
    assert sorted(untranslated) == []


def test_english_state_is_the_atlas_own(atlas):
    english = atlas.state("2024-01-17")
    shown = localise_state(english, "en", atlas.unit_names)
    assert [t["name"] for t in shown["territories"]] == [t["name"] for t in english["territories"]]
    assert [e["title"] for e in shown["events"]] == [e["title"] for e in english["events"]]
