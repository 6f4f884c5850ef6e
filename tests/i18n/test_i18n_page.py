"""The map page and the exports' words in French and Urdu (no Qt): dates as CLDR writes them, the page's
language and direction, its legend, layer names, event titles and tooltips' words."""

import datetime as dt
import re

import pytest

from viewer.export import legend
from viewer.i18n import labels, names
from viewer.i18n.page import date_format, fill_date, page_language, unit_names


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_the_page_writes_every_date_as_names_format_date_does(lang):
    fmt = date_format(lang)
    day = dt.date(1947, 8, 14)
    while day <= dt.date(2025, 12, 31):
        assert fill_date(fmt, day.isoformat()) == names.format_date(day, lang)
        day += dt.timedelta(days=97)


def test_english_keeps_the_page_short_dates():
    assert date_format("en") is None


def test_page_language_config():
    ur = page_language("ur")
    assert ur["lang"] == "ur" and ur["dir"] == "rtl"
    assert ur["statusLabels"]["hostile"] == labels.label("status", "hostile", "ur")
    assert ur["words"]["since"].count("{status}") == 1 and ur["words"]["since"].count("{date}") == 1
    assert page_language("fr")["dir"] == "ltr" and page_language("fr")["categoryLabels"]["war"] == "Guerre"
    assert unit_names(["IND", "PAK"], "fr") == {"IND": "Inde", "PAK": "Pakistan"}


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_page_words_keep_their_placeholders(lang):
    for key, english in labels.labels("page", "en").items():
        assert sorted(re.findall(r"\{\w+\}", labels.label("page", key, lang))) == sorted(re.findall(r"\{\w+\}", english))


def test_built_page_speaks_urdu(atlas):
    from viewer.page.build import build_page

    page = build_page(atlas, lang="ur")
    assert re.search(r'<html lang="ur" dir="rtl">', page)
    assert "resources/rtl.css" in page
    assert "\\u003eعلامات\\u003c" in page  # the legend's title, escaped inside the page's script
    from viewer.i18n.labels import layer_label
    from viewer.page.protocol import html_text, script_json

    assert script_json(html_text(layer_label("alliance.SEATO", "ur"))) in page  # the layer control's names
    assert "1965 کی پاک بھارت جنگ" in page  # event titles
    english = build_page(atlas)
    assert '<html lang="en" dir="ltr">' in english and '"dir":"ltr"' in english  # rtl.css applies under dir="rtl" only


def test_high_contrast_page(atlas):
    from viewer import style
    from viewer.page.build import build_page

    page = build_page(atlas, high_contrast=True)
    assert 'class="atlas-high-contrast"' in page and "resources/contrast.css" in page
    assert style.HIGH_CONTRAST_STATUS_COLOURS["hostile"] in page


def test_page_data_differs_by_language_and_contrast_and_shares_its_geometry(atlas):
    from viewer.page.build import page_data
    from viewer.page.protocol import to_json

    data = [page_data(atlas, lang=lang, high_contrast=hc) for lang in ("en", "fr", "ur") for hc in (False, True)]
    assert len({to_json(d["config"]) for d in data}) == 6
    assert all(d["geometry"] is data[0]["geometry"] for d in data)  # made once, sent only when it changes


def test_caption_and_legend_in_urdu():
    state = {"date": "1965-09-06", "relations": [{"status": "hostile"}], "territories": [], "alliances": [
        {"id": "SEATO"}], "events": [{"category": "war"}], "regions": []}
    title, date_text = legend.caption_lines("1965-09-06", None, "ur")
    assert (title, date_text) == ("پاکستان کا سفارتی اطلس", "6 ستمبر، 1965")
    assert legend.caption_lines("1965-09-06", "My title", "ur")[0] == "My title"
    assert legend.attribution("fr").startswith("Données cartographiques")
    sections = legend.legend_sections(state, lang="ur")
    heads = [head for head, _ in sections]
    rows = [entry.label for _, entries in sections for entry in entries]
    assert heads[0] == "پاکستان سے تعلقات"
    assert "مخاصمانہ" in rows and "جنوب مشرقی ایشیائی معاہدے کی تنظیم (سیٹو)" in rows and "جنگ" in rows
    assert legend.legend_sections(state) == legend.legend_sections(state, lang="en")


def test_a_name_that_does_not_fit_has_its_cartographic_abbreviation_in_english_only():
    from viewer.i18n.page import abbreviations, page_language

    assert abbreviations("en")["BGD"] == "Bang." and abbreviations("en")["ARE"] == "U.A.E."
    assert all(len(short) < 17 for short in abbreviations("en").values())
    assert page_language("en")["abbreviations"]["BGD"] == "Bang."
    assert page_language("fr")["abbreviations"] == {} == page_language("ur")["abbreviations"]
