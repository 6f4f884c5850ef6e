"""The page shell: built by folium once per version of the page code, shipped, and holding no data."""

import subprocess
import sys

from viewer.page import build


def test_the_shipped_shell_is_what_folium_builds_now():
    from viewer.page.shell import build_shell

    assert build.SHELL.read_text(encoding="utf-8") == build_shell(), \
        "resources/shell.html is out of date: run python tools/build_shell.py"


def test_the_same_code_builds_the_same_shell():
    from viewer.page.shell import build_shell

    assert build_shell() == build_shell()


def test_the_shell_holds_no_data(atlas):
    shell = build.shell_html()
    for event in atlas.events[:50]:
        assert event["title"] not in shell
    assert "Kashmir" not in shell and "SEATO" not in shell
    assert "window.atlas.boot(" in shell and "window.atlas.load(" not in shell


def test_the_page_with_data_is_the_shell_and_one_load(atlas):
    page = build.build_page(atlas, lang="fr", high_contrast=True)
    shell = build.shell_html()
    assert shell[shell.index("<body>"):shell.index("</html>")] in page
    assert page.count("window.atlas.load(") == 1
    data = build.page_data(atlas, lang="fr", high_contrast=True)
    assert data["config"]["lang"] == "fr" and data["config"]["highContrast"] is True
    assert set(data["geometry"]) == {"key", "units", "outlines", "regions", "disputed"}
    assert build.page_data(atlas, lang="ur")["geometry"]["key"] == data["geometry"]["key"]  # one geometry for all


def test_building_the_page_data_needs_no_folium():
    code = ("import sys\nfrom viewer.core.atlas import Atlas\nfrom viewer.page import build\n"
            "build.page_data(Atlas.load(), lang='fr')\nbuild.build_page(Atlas.load())\n"
            "print(sorted(m for m in ('folium', 'branca', 'jinja2', 'pandas', 'geopandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_shipped_geometry_is_what_the_code_makes_now(atlas):
    from viewer.page.geometry import GEOMETRY_FILE, META_FILE, shipped_files

    geometry, meta = shipped_files(atlas)
    assert GEOMETRY_FILE.read_text(encoding="utf-8") == geometry, \
        "resources/geometry.json is out of date: run python tools/build_shell.py"
    assert META_FILE.read_text(encoding="utf-8") == meta, \
        "resources/geometry.meta.json is out of date: run python tools/build_shell.py"


def test_the_bundled_atlas_takes_the_shipped_geometry_and_another_makes_its_own(atlas, atlas_without_nepal):
    import json

    from viewer.core.atlas import Atlas
    from viewer.page import geometry

    key, text = geometry.geometry_script(Atlas.load())
    assert text == geometry.GEOMETRY_FILE.read_text(encoding="utf-8")
    assert json.loads(text)["key"] == key == build.page_data(atlas)["geometry"]["key"]

    other = atlas_without_nepal
    other_key, other_text = geometry.geometry_script(other)
    assert other_key != key
    units = {f["properties"]["ADM0_A3"] for f in json.loads(other_text)["units"]["features"]}
    assert "NPL" not in units and "IND" in units
    assert "NPL" not in geometry.unit_points_of(other) and "NPL" in geometry.unit_points_of(atlas)


def test_the_load_message_leaves_out_the_geometry_the_page_holds(atlas):
    message = build.load_message(atlas, lang="fr")
    script = message.script()
    assert '"geometry":null' not in script and script.count("window.atlas.load(") == 1
    again = build.load_message(atlas, lang="ur")
    lighter = again.script(held_key=message.key)
    assert again.key == message.key and '"geometry":null' in lighter and len(lighter) < len(script) / 10
    assert '"geometry":null' not in again.script(held_key="another key")



def test_a_missing_shipped_geometry_is_made_instead(monkeypatch, tmp_path):
    """A damaged installation without resources/geometry.json still gets its map: the geometry is made."""
    import json

    from viewer.core.atlas import Atlas
    from viewer.page import geometry

    monkeypatch.setattr(geometry, "GEOMETRY_FILE", tmp_path / "missing.json")
    key, text = geometry.geometry_script(Atlas.load())
    units = {f["properties"]["ADM0_A3"] for f in json.loads(text)["units"]["features"]}
    assert key and "PAK" in units and "IND" in units
