"""Choosing a language and its direction (no Qt)."""

import subprocess
import sys

import pytest

from viewer.i18n import languages


@pytest.mark.parametrize("requested, system, expected", [
    ("fr", "en_US.UTF-8", "fr"),  # --lang wins over the system
    ("UR", "fr_FR", "ur"),
    ("fr-CA", "C", "fr"),
    (None, "ur_PK.UTF-8", "ur"),  # the system locale when it is one the atlas speaks
    (None, "fr_BE@euro", "fr"),
    (None, "de_DE.UTF-8", "en"),  # otherwise English
    (None, "C", "en"),
    (None, "", "en"),
])
def test_resolve_chooses_the_requested_then_the_system_language(requested, system, expected):
    assert languages.resolve(requested, system) == expected


@pytest.mark.parametrize("bad", ["de", "english", "", "xx_YY"])
def test_an_unknown_language_is_a_one_line_error_listing_the_choices(bad):
    with pytest.raises(ValueError) as err:
        languages.resolve(bad, "fr_FR")
    message = str(err.value)
    assert "\n" not in message
    assert repr(bad.strip()) in message
    assert all(code in message for code in ("en", "fr", "ur"))


def test_urdu_is_written_right_to_left_and_the_others_left_to_right():
    assert languages.direction("ur") == "rtl" and languages.is_rtl("ur")
    assert languages.direction("fr") == "ltr" and languages.direction("en") == "ltr"
    with pytest.raises(ValueError):
        languages.direction("ar")


def test_every_language_names_itself():
    assert set(languages.NATIVE_NAMES) == set(languages.LANGUAGES)
    assert languages.NATIVE_NAMES["ur"] == "اردو"


def test_the_i18n_package_imports_neither_qt_nor_folium():
    code = ("import sys, viewer.i18n.content, viewer.i18n.labels, viewer.i18n.names, viewer.i18n.state;"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'folium')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
