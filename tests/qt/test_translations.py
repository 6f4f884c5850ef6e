"""The window's translations (resources/i18n): compiled files in step with their sources, nothing left
untranslated, the sources in step with the code, Urdu written with Urdu letters."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations as tool  # noqa: E402

LANGS = tool.languages()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m for ctx in root.findall("context")
            for m in ctx.findall("message")}


def test_french_and_urdu_are_the_translated_languages():
    assert LANGS == ["fr", "ur"]
    for lang in LANGS:
        assert tool.ts_file(lang).is_file() and tool.qm_file(lang).is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_are_up_to_date(lang, tmp_path):
    """Compiling the .ts again gives the very .qm in the repository: run tools/update_translations.py if not."""
    fresh = tmp_path / f"pakatlas_{lang}.qm"
    tool.lrelease(tool.ts_file(lang), fresh)
    assert fresh.read_bytes() == tool.qm_file(lang).read_bytes(), (
        f"{tool.qm_file(lang).name} is out of date with its .ts: run python tools/update_translations.py")


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    unfinished = []
    for (context, source), message in messages(tool.ts_file(lang)).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" else [
            translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            unfinished.append(f"{context}: {source!r}")
    assert unfinished == [], f"untranslated in pakatlas_{lang}.ts"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_mnemonics_survive_translation(lang):
    wrong = []
    for (context, source), message in messages(tool.ts_file(lang)).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for form in forms:
            if sorted(re.findall(r"%[0-9n]", source)) != sorted(re.findall(r"%[0-9n]", form)):
                wrong.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and "(*" not in source:
                wrong.append(f"{context}: {source!r} -> {form!r} (keyboard mnemonic)")
    assert wrong == []


def test_the_translation_sources_hold_every_text_of_the_code(tmp_path):
    """lupdate run on the code now finds exactly the texts the .ts files hold (no text added or dropped since)."""
    copy = tmp_path / "pakatlas_fr.ts"
    copy.write_bytes(tool.ts_file("fr").read_bytes())
    tool.lupdate([copy])
    assert set(messages(copy)) == set(messages(tool.ts_file("fr"))), (
        "the code's texts changed: run python tools/update_translations.py and translate the new ones")


def test_urdu_uses_urdu_letters_not_arabic_lookalikes():
    from viewer.i18n.catalogue import text_problem

    bad = []
    for (context, source), message in messages(tool.ts_file("ur")).items():
        translation = message.find("translation")
        for form in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            why = text_problem(form.replace("&", ""), "ur")
            if why and why != "has no Urdu letters":
                bad.append(f"{context}: {source!r}: {why}")
    assert bad == []


def test_the_tool_runs_lupdate_and_lrelease(tmp_path):
    """The script's --help works without Qt's window (it is what a translator runs)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--help"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "lrelease" in done.stdout


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_texts_with_a_count_are_translated(qapp, lang):
    """A text with a number in it (%n) is found in the translations: the Past events menu's modes and the
    load error's "and N more" were shown in English whatever the language."""
    from viewer.core.modes import Display
    from viewer.qt import language
    from viewer.qt.displaymenu import MODE_LABELS, mode_label

    language.install(lang)
    try:
        shown = {mode: mode_label(mode, Display()) for mode, _ in MODE_LABELS}
    finally:
        language.install("en")
    english = {mode: mode_label(mode, Display()) for mode, _ in MODE_LABELS}
    assert all(shown[mode] != english[mode] for mode in shown), shown
    assert any(str(Display().window) in text for text in shown.values())
