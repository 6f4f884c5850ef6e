"""The languages the atlas speaks, which way each is written, and choosing one.

English (``en``) is the source language; French (``fr``) and Urdu (``ur``) are translations.
The direction of a language comes from CLDR (through Babel): Urdu is written right to left.
A language is chosen by ``--lang`` when given, else by the system locale, else English.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

LANGUAGES = ("en", "fr", "ur")
DEFAULT = "en"
NATIVE_NAMES = {"en": "English", "fr": "Français", "ur": "اردو"}  # how each language names itself (menus)


def _code(text: str) -> str:
    """``fr_FR.UTF-8`` / ``fr-CA`` / `` FR `` -> ``fr`` (the language part of a locale name)."""
    return text.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def resolve(requested: str | None, system_locale: str) -> str:
    """The language to use: ``requested`` (``--lang``) if given, else the system locale's if the atlas
    speaks it, else English.

    An unknown requested language raises ValueError with a one-line message listing the choices;
    an unknown system locale (``de_DE``, ``C``) is no error: the atlas speaks English then."""
    if requested is not None:
        code = _code(requested)
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {requested.strip()!r}: choose one of {', '.join(LANGUAGES)}")
        return code
    code = _code(system_locale or "")
    return code if code in LANGUAGES else DEFAULT


def system_locale(environ=None) -> str:
    """The locale the environment asks for messages: LC_ALL, else LC_MESSAGES, else LANG (as gettext reads
    them); empty if none is set."""
    import os

    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return environ[name]
    return ""


def check(lang: str) -> str:
    """``lang`` itself if the atlas speaks it, else ValueError (the same one-line message as ``resolve``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang


@cache
def direction(lang: str) -> str:
    """``"rtl"`` or ``"ltr"``, as HTML's ``dir`` takes it (from CLDR's character order)."""
    return "rtl" if Locale.parse(check(lang)).character_order == "right-to-left" else "ltr"


def is_rtl(lang: str) -> bool:
    return direction(lang) == "rtl"
