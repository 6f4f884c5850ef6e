"""Links to a view: parse, format, round trip, and the equivalent command line."""

import datetime as dt
import shlex

import pytest

from viewer.core.tours import VIEWS
from viewer.core.viewlink import ViewLink, command_line, format_link, from_options, parse_link


def test_the_issue_example():
    link = parse_link("pakatlas:?date=1965-09-06&view=south-asia&layers=-events.visit")
    assert link == ViewLink(dt.date(1965, 9, 6), "south-asia", ("events.visit",), ())
    assert link.bounds == VIEWS["south-asia"]
    assert command_line(link) == "pakatlas --date 1965-09-06 --view south-asia --layers=-events.visit"


@pytest.mark.parametrize("uri", [
    "pakatlas:?date=1965-09-06&view=south-asia&layers=-events.visit",
    "pakatlas:?date=2024-01-16&view=26.96,64.09,9",
    "pakatlas:?view=-33.86,151.2,4",
    "pakatlas:?date=1971-12-16&view=18,44,38,93.5&layers=-events.visit,-regions,alliance.SEATO,events.war",
    "pakatlas:?layers=alliance.RCD_ECO",
    "pakatlas:?",
])
def test_canonical_links_round_trip(uri):
    link = parse_link(uri)
    assert format_link(link) == uri
    assert parse_link(format_link(link)) == link


def test_links_written_by_hand_are_read_and_written_canonically():
    link = parse_link("PAKATLAS://?view=%2033.700000%2C73.1%2C7%20&layers=%2Balliance.SEATO,,-outlines#top")
    assert link == ViewLink(None, (33.7, 73.1, 7), ("outlines",), ("alliance.SEATO",))
    assert format_link(link) == "pakatlas:?view=33.7,73.1,7&layers=-outlines,alliance.SEATO"


def test_centre_and_zoom_keep_five_decimals():
    link = from_options(view="33.6938123,73.0651999,11")
    assert link.view == (33.69381, 73.0652, 11)
    assert parse_link(format_link(link)) == link


def test_the_command_line_runs_through_a_shell_unchanged():
    link = from_options("2024-01-18", "-12.5,60,5", "-events,alliance.MNNA")
    words = shlex.split(command_line(link))
    assert words == ["pakatlas", "--date", "2024-01-18", "--view=-12.5,60,5", "--layers=-events,alliance.MNNA"]
    options = dict(w.removeprefix("--").split("=", 1) for w in words[3:])
    assert from_options(words[2], options["view"], options["layers"]) == link


@pytest.mark.parametrize("uri, message", [
    ("https://example.org/?date=1965-09-06", "is not a pakatlas: link"),
    ("pakatlas:?date=1930-01-01", "date: 1930-01-01 is outside the timeline"),
    ("pakatlas:?date=1965-13-01", "date: '1965-13-01' is not a real calendar date"),
    ("pakatlas:?view=atlantis", "view: 'atlantis' is not a view name"),
    ("pakatlas:?view=95,10,4", "view: latitude 95 is outside -90..90"),
    ("pakatlas:?view=30,70,25", "view: zoom '25' is not a whole number from 0 to 18"),
    ("pakatlas:?view=30,70,nan", "view: zoom 'nan'"),
    ("pakatlas:?view=40,70,30,80", "view: south 40 and north 30"),
    ("pakatlas:?layers=-events.parade", "layers: unknown event category 'parade'"),
    ("pakatlas:?layers=-events,events", "layers: 'events' is given twice"),
    ("pakatlas:?zoom=5", "link part 'zoom' is unknown"),
    ("pakatlas:?date=1965-09-06&date=1971-12-16", "link part 'date' is given twice"),
    ("pakatlas:?date", "link part 'date' has no value"),
])
def test_bad_links_say_which_part_is_wrong(uri, message):
    with pytest.raises(ValueError) as err:
        parse_link(uri)
    assert message in str(err.value)


def test_a_centre_read_from_the_screen_keeps_the_precision_of_a_pixel():
    from viewer.core.viewlink import pixel_decimals

    assert pixel_decimals(6) == 2 and pixel_decimals(11) == 4 and pixel_decimals(2) == 1
    assert round(23.99629, pixel_decimals(6)) == 24.0  # a fraction of a pixel off reads as given
