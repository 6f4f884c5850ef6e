"""Tours made by users: the draft model, its TOML, annotations, own references, narrative links, limits."""

import datetime as dt
import math

import pytest

from viewer.core.annotations import MAX_ANNOTATIONS, Annotation, narrative_links, narrative_parts
from viewer.core.paths import GEODATA
from viewer.core.sources import Document
from viewer.core.tourdraft import TourDraft, new_step, slug
from viewer.core.tourfile import open_tour
from viewer.core.tours import MAX_STEPS, VIEWS, check_tour_file, vocabulary_of
from viewer.core.validate import check_paths
from viewer.export.tour import step_card_html, tour_data


@pytest.fixture(scope="module")
def vocabulary(atlas):
    return vocabulary_of(atlas)


HOSTILE = "{{ 7*7 }} <script>alert(1)</script> <b>bold</b> ${x} %s"


def _draft():
    draft = TourDraft(title="The 1965 war, for a class")
    draft.set_meta(tour_id=slug(draft.title))
    draft.insert(0, new_step(dt.date(1965, 9, 6), VIEWS["kashmir"], events=["indo-pakistani-war-1965"],
                             title="War", narrative="First paragraph, see [[indo-pakistani-war-1965]].\n\n"
                             "Second paragraph: " + HOSTILE, sources=[{"source": "my-ref", "locator": "p. 1"}],
                             hold=9, annotations=[Annotation("point", ((34.08, 74.8),), "Srinagar " + HOSTILE),
                                                  Annotation("arrow", ((31.5, 74.3), (32.5, 75.5)), "advance"),
                                                  Annotation("circle", ((32.5, 74.5),), "", 120.0)]))
    draft.insert(1, new_step(dt.date(1966, 1, 10), (20.1234567, 60.0, 38.0, 80.0), title="Tashkent",
                             narrative="Peace talks.", sources=[{"source": "hassan-2019"}], hold=5.5))
    draft.set_meta(references=[Document("my-ref", "A school history", "A. Teacher", None, "2001", "en", "reference",
                                        citation="Lahore, 2001, p. 12")])
    return draft


def test_a_saved_draft_checks_clean_and_reads_back_the_same(tmp_path, vocabulary):
    draft = _draft()
    path = tmp_path / "war.toml"
    assert draft.save(path, vocabulary) == []
    assert check_paths([path]) == []
    tour, problems = check_tour_file(path, vocabulary)
    assert problems == [] and tour.id == "the-1965-war-for-a-class"
    assert [s.title for s in tour.steps] == ["War", "Tashkent"]
    assert tour.steps[0].view_name == "kashmir" and tour.steps[1].view == (20.1235, 60.0, 38.0, 80.0)
    assert tour.steps[0].annotations == draft.steps[0].annotations
    assert tour.steps[0].narrative == draft.steps[0].narrative  # typed text kept as typed
    assert tour.steps[1].hold == 5.5 and tour.references == draft.references
    assert not list(tmp_path.glob("*.part"))  # nothing half-written left beside it


def test_the_draft_tells_its_listeners_and_each_change_can_be_undone():
    draft = _draft()
    heard = []
    draft.listen(lambda what, i: heard.append((what, i)))
    step = draft.remove(0)
    draft.insert(0, step)
    draft.move(0, 1)
    assert [s.title for s in draft.steps] == ["Tashkent", "War"]
    old = draft.replace(0, draft.steps[0].__class__(**{**draft.steps[0].__dict__, "title": "T"}))
    assert old.title == "Tashkent" and draft.steps[0].title == "T"
    assert heard == [("remove", 0), ("insert", 0), ("move", 1), ("replace", 0)]


def test_card_shows_typed_text_as_text_and_links_events(atlas):
    from viewer.core.tours import Tour

    tour = _draft()
    path_tour = Tour(tour.id, tour.title, tour.language, tuple(tour.steps), "", tour.references)
    events = {e["id"]: e for e in atlas.events}
    html = step_card_html(path_tour, 0, events=events)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "atlas-event:indo-pakistani-war-1965" in html
    assert html.count("<p>First paragraph") == 1 and "<p>Second paragraph" in html
    assert "A school history" in html  # the tour's own reference named on the card
    data = tour_data(path_tour, [], events=events)
    step = data["steps"][0]
    assert step["paragraphs"][0][1][0] == "link" and step["annotations"][0]["label"].endswith(HOSTILE)
    assert step["annotations"][2]["radius"] == 120000.0


def test_narrative_links():
    text = "A [[one-id]] and [[two]].\n\nNext [[Not An Id]]"
    assert narrative_links(text) == ["one-id", "two", "Not An Id"]
    assert narrative_parts(text)[1] == [("text", "Next "), ("link", "Not An Id")]


def _write(tmp_path, body: str, name="t.toml"):
    path = tmp_path / name
    path.write_text('id = "t"\ntitle = "T"\nlanguage = "en"\n' + body, encoding="utf-8")
    return path


STEP = '''
[[steps]]
date = 1965-09-06
view = {view}
title = "S"
narrative = "{narrative}"
sources = ["hassan-2019"]
hold = 5
'''


@pytest.mark.parametrize("view, message", [
    ("[1.0, 2.0, nan, 4.0]", "finite"), ("[1.0, 2.0, inf, 4.0]", "finite"),
    ("[30.0, 70.0, 30.001, 70.001]", "smaller than"), ("[95.0, 2.0, 96.0, 4.0]", "latitudes")])
def test_absurd_views_are_refused(tmp_path, view, message):
    _tour, problems = check_tour_file(_write(tmp_path, STEP.format(view=view, narrative="x")))
    assert len(problems) == 1 and problems[0].field == "view" and message in problems[0].message
    assert problems[0].record == "step 1 ('S')"


def test_annotation_problems_name_step_and_field(tmp_path):
    body = STEP.format(view='"kashmir"', narrative="x") + '''
[[steps.annotations]]
kind = "point"
at = [100.0, 3.0]
label = "x"

[[steps.annotations]]
kind = "circle"
at = [30.0, 70.0]
radius_km = 1e9

[[steps.annotations]]
kind = "laser"

[[steps.annotations]]
kind = "arrow"
from = [30.0, 70.0]
label = """two
lines"""
'''
    _tour, problems = check_tour_file(_write(tmp_path, body))
    fields = sorted(p.field for p in problems)
    assert fields == ["annotations[0].at", "annotations[1].radius_km", "annotations[2].kind",
                      "annotations[3].label", "annotations[3].to"]
    assert all(str(p).startswith("t.toml, step 1 ('S'), field 'annotations[") for p in problems)


def test_too_many_annotations_and_steps(tmp_path):
    many = "".join(f'\n[[steps.annotations]]\nkind = "point"\nat = [30.0, 70.0]\nlabel = "p{i}"\n'
                   for i in range(MAX_ANNOTATIONS + 1))
    _tour, problems = check_tour_file(_write(tmp_path, STEP.format(view='"kashmir"', narrative="x") + many))
    assert [(p.field, p.message) for p in problems] == [("annotations", f"{MAX_ANNOTATIONS + 1} annotations are "
                                                                        "too many")]
    steps = STEP.format(view='"kashmir"', narrative="x") * (MAX_STEPS + 1)
    _tour, problems = check_tour_file(_write(tmp_path, steps, "many.toml"))
    assert [p.field for p in problems] == ["steps"] and "too many" in problems[0].message


def test_references_are_checked_like_the_catalogue(tmp_path, vocabulary):
    body = '''
[[references]]
id = "hassan-2019"
title = "Clash"
author = "Me"
date = "2001"
language = "en"
citation = "x"

[[references]]
id = "nowhere-ref"
title = "No address"
date = "someday"
language = "english"
''' + STEP.format(view='"kashmir"', narrative="x").replace('["hassan-2019"]', '["nowhere-ref", "unknown-ref"]')
    _tour, problems = check_tour_file(_write(tmp_path, body), vocabulary)
    shown = sorted((p.record, p.field) for p in problems)
    assert shown == [("reference 1 ('hassan-2019')", "id"), ("reference 2 ('nowhere-ref')", "author"),
                     ("reference 2 ('nowhere-ref')", "date"), ("reference 2 ('nowhere-ref')", "language"),
                     ("reference 2 ('nowhere-ref')", "url"), ("step 1 ('S')", "sources[0].source"),
                     ("step 1 ('S')", "sources[1].source")]


def test_narrative_links_to_unknown_events_are_problems_for_check_but_lacks_when_opened(tmp_path, vocabulary):
    body = STEP.format(view='"kashmir"', narrative="See [[no-such-event]] and [[Bad Id]].")
    body = body.replace('title = "S"', 'title = "S"\nshow = ["alliance.NOPE"]\nevents = ["gone-event"]')
    path = _write(tmp_path, body)
    _tour, problems = check_tour_file(path, vocabulary)
    assert {(p.field, p.message) for p in problems} >= {
        ("narrative", "unknown event id 'no-such-event' in a [[link]]"), ("narrative", "[[Bad Id]] is not an event id")}
    path.write_text(path.read_text().replace(" and [[Bad Id]]", ""), encoding="utf-8")
    tour, problems, lacking = open_tour(path, vocabulary)
    assert tour is not None and problems == []
    assert lacking == {0: ["event 'gone-event'", "event 'no-such-event'", "layer 'alliance.NOPE'"]}
    card = step_card_html(tour, 0, lacking=lacking[0])
    assert "Not in the data open now" in card and "[[no-such-event]]" in card


def test_duplicate_keys_and_non_utf8_are_one_line_problems(tmp_path):
    dup = _write(tmp_path, STEP.format(view='"kashmir"', narrative="x").replace("hold = 5", "hold = 5\nhold = 6"))
    _tour, problems = check_tour_file(dup)
    assert len(problems) == 1 and "t.toml" in str(problems[0]) and "\n" not in str(problems[0])
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'id = "t"\ntitle = "\xff\xfe"\n')
    _tour, problems = check_tour_file(bad)
    assert [p.message for p in problems] == ["is not UTF-8 text (byte 18)"]  # where it stops being UTF-8


def test_bundled_tours_still_check_clean():
    assert check_paths([GEODATA / "tours"]) == []


def test_annotation_page_data_is_finite():
    a = Annotation("circle", ((30.0, 70.0),), "c", 10.0)
    assert all(math.isfinite(v) for p in a.as_page()["points"] for v in p)


def test_animation_frames_carry_the_step_annotations_only_on_the_step_itself():
    from viewer.core.tours import Tour
    from viewer.export.tour import tour_frames

    draft = _draft()
    tour = Tour(draft.id, draft.title, draft.language, tuple(draft.steps), "", draft.references)
    frames = tour_frames(tour, [], transition_frames=3)
    held = [f for f in frames if f.duration_ms >= 1000]
    assert [len(f.annotations) for f in held] == [3, 0]
    assert all(f.annotations == () for f in frames if f.duration_ms < 1000)  # not drawn mid-flight
    assert held[0].annotations[0]["label"].startswith("Srinagar")


def test_capture_layers_gives_back_exactly_the_layers_hidden():
    from viewer.core.tourdraft import capture_layers
    from viewer.core.tourplay import hidden_layers

    known = ["units", "outlines", "regions", "disputed", "alliance.SEATO", "alliance.CENTO", "events.war",
             "events.visit"]
    for hidden in ([], ["disputed", "events.visit"], ["alliance.SEATO", "alliance.CENTO", "events.war", "outlines"]):
        hide, show = capture_layers(hidden, known)
        step = new_step(dt.date(1965, 9, 6), VIEWS["kashmir"], hide=hide, show=show)
        for before in ([], known[1:]):  # whatever the map hid before the step ("units" is no tour layer id)
            assert sorted(hidden_layers(step, before, known)) == sorted(h for h in hidden if h != "units")


def test_a_duplicate_key_in_a_tour_someone_sent_names_its_step_and_field(tmp_path, vocabulary):
    path = _write(tmp_path, STEP.format(view='"kashmir"', narrative="x") * 2 + "hold = 6\n", "dup.toml")
    tour, problems, _lacking = open_tour(path, vocabulary)
    assert tour is None and len(problems) == 1
    assert str(problems[0]).startswith("dup.toml, step 2, field 'hold': is not valid TOML: Cannot overwrite a value")
