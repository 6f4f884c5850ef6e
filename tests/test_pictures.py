"""The README's pictures are made by one command and are never older than the code that draws them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pictures():
    spec = importlib.util.spec_from_file_location("pictures", ROOT / "tools" / "pictures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_picture_of_the_readme_and_docs_is_made_by_the_one_command():
    pictures = _pictures()
    shown = set(re.findall(r"\]\(docs/([^)\s]+\.png)\)", (ROOT / "README.md").read_text(encoding="utf-8")))
    in_docs = {p.name for p in (ROOT / "docs").glob("*.png")}
    assert shown <= set(pictures.PICTURES), f"pictures of the README no command makes: {shown - set(pictures.PICTURES)}"
    assert in_docs == set(pictures.PICTURES), f"pictures in docs/ and in tools/pictures.py differ: {in_docs ^ set(pictures.PICTURES)}"


def test_the_pictures_are_not_older_than_the_code_that_draws_them():
    pictures = _pictures()
    made_with = pictures.recorded().get("drawing_digest")
    assert made_with == pictures.drawing_digest(), (
        "the palette or the map page's code changed since the pictures in docs/ were made: "
        "run `python tools/pictures.py` and look at them")


def test_the_digest_follows_a_change_of_the_drawing_code(tmp_path, monkeypatch):
    pictures = _pictures()
    before = pictures.drawing_digest()
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "a.js").write_text("var a = 1;\n")
    monkeypatch.setattr(pictures, "ROOT", tmp_path)
    one = pictures.drawing_digest()
    (tmp_path / "resources" / "a.js").write_text("var a = 2;\n")
    assert pictures.drawing_digest() != one != before
