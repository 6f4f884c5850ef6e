"""Searching events as people spell places (viewer.core.search)."""

from viewer.core import search


def found(atlas, text):
    match = search.matcher(text)
    return {e["id"] for e in atlas.events if match(search.searchable(e, atlas.region_names.get(e["region"] or "", "")))}


def test_spelling_variants_find_the_same_events(atlas):
    baloch = found(atlas, "Balochistan")
    assert {"pakistan-strikes-saravan", "iran-strikes-panjgur", "pakistan-nuclear-tests-1998"} <= baloch
    assert found(atlas, "Baluchestan") == baloch == found(atlas, "baluchistan")
    assert "creation-of-bangladesh" in found(atlas, "Dacca") and found(atlas, "Dacca") == found(atlas, "Dhaka")
    assert found(atlas, "N.W.F.P.") == found(atlas, "Khyber Pakhtunkhwa") == found(atlas, "nwfp") != set()


def test_diacritics_and_case_do_not_matter_and_words_are_not_substrings():
    assert search.fold("Bāluchestān") == search.fold("BALUCHESTAN")
    match = search.matcher("Sind")
    assert match(search.fold("Karachi, Sindh")) and not match(search.fold("Operation Sindoor"))
    assert not search.matcher("us")(search.fold("the use of force"))
    assert search.matcher("balo")(search.fold("Balochistan's capital"))
    assert search.matcher("Balochistan")(search.fold("Balochistan's capital"))


def test_every_word_must_be_found_and_nothing_matches_nothing(atlas):
    assert found(atlas, "xyzzy") == set()
    both = found(atlas, "Iran strikes")
    assert both and both <= found(atlas, "Iran") and both <= found(atlas, "strikes")
