"""`pakatlas sources` and `pakatlas check --seeds`: the catalogue as a reader sees it, and every quote checked
against the texts at hand."""

from __future__ import annotations

import json
import shutil

from viewer.cli import main
from viewer.core.paths import GEODATA

FIELDS = {"id", "title", "author", "publisher", "date", "language", "kind"}


def test_sources_json_lists_the_catalogue(capsys):
    assert main(["sources", "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert len({d["id"] for d in documents}) == len(documents) > 100
    assert all(FIELDS <= set(d) and d["title"] for d in documents)
    seeds = {d["id"]: d["seed_file"] for d in documents if d["kind"] == "seed"}
    assert seeds == {"hassan-2019": "000_a73f359054e38845.txt", "hashmi-swati-2024": "001_7ba2075e9c676078.txt",
                     "fr-etats-unis-pakistan": "002_367ad7eed2172823.txt",
                     "iran-pakistan-ties-2025": "003_cd74a3f0b40a0feb.txt",
                     "jamal-diplomat-2024": "004_b82e77a36fe45dc5.txt"}
    assert all(d["kind"] in ("seed", "reference") for d in documents)


def test_sources_lists_titles_one_per_line(capsys):
    assert main(["sources"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("hassan-2019\tseed\tA History of Diplomatic Relations between Pakistan and")


def test_every_bundled_quote_is_verbatim_in_its_text(capsys, seeds_dir):
    assert main(["check", str(GEODATA), "--seeds", str(seeds_dir)]) == 0
    assert only_unfindable_references(capsys.readouterr().out)


def only_unfindable_references(out: str) -> bool:
    """True if ``pakatlas check``'s output holds nothing but the catalogue's references still to be made
    findable (warnings of issue 22, counted in tests/core/test_content.py)."""
    return all(line.startswith("sources.json, ") and ": warning: " in line for line in out.splitlines())


def test_check_seeds_catches_unknown_ids_unverifiable_and_misquoted_quotes(tmp_path, capsys, seeds_dir):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(GEODATA / "sources.json", folder)
    base = {"start": "2024-01-16", "end": None, "category": "strike", "actors": ["IRN", "PAK"], "place": "Panjgur",
            "region": "PK.BA", "summary": None, "note": None}
    events = [
        {"id": "misquoted", "title": "t", **base, "sources": [
            {"source": "jamal-diplomat-2024", "quote": "On January 16, Iran launched a series of rockets"}]},
        {"id": "unverifiable", "title": "t", **base, "sources": [
            {"source": "unsc-res-211", "quote": "Demands that a cease-fire should take effect"}]},
        {"id": "unknown", "title": "t", **base, "sources": [{"source": "my-notes", "paraphrase": "a strike"}]},
    ]
    (folder / "events.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [64.09, 26.96]}, "properties": e}
        for e in events]}), encoding="utf-8")
    assert main(["check", str(folder), "--seeds", str(seeds_dir)]) == 1
    out = capsys.readouterr().out
    assert ("events.geojson, record 1 ('misquoted'), field 'sources[0].quote': is not verbatim in "
            "004_b82e77a36fe45dc5.txt") in out
    assert ("events.geojson, record 2 ('unverifiable'), field 'sources[0].quote': quotes 'unsc-res-211', a "
            "reference whose text is not at hand") in out
    assert "events.geojson, record 3 ('unknown'), field 'sources[0].source': unknown source 'my-notes'" in out


def test_check_seeds_needs_a_folder(capsys, tmp_path):
    assert main(["check", str(GEODATA), "--seeds", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err
