"""The built map page is reused while its inputs are unchanged and rebuilt when they change."""

import json

from viewer.page import cache as pagecache
from viewer.core.atlas import Atlas


def test_the_page_is_built_once_and_reused(tmp_path, monkeypatch, atlas):
    monkeypatch.setenv("PAKATLAS_CACHE_DIR", str(tmp_path))
    builds = []
    from viewer.page import build

    real = build.build_page
    monkeypatch.setattr(build, "build_page", lambda *a, **k: builds.append(1) or real(*a, **k))
    first = pagecache.page_html(atlas)
    again = pagecache.page_html(atlas)
    assert first == again and len(builds) == 1
    assert len(list(tmp_path.glob("map-*.html"))) == 1
    pagecache.page_html(atlas, online_tiles=True)
    assert len(builds) == 2


def test_changed_data_gives_a_new_page(tmp_path, atlas):
    events = json.loads((atlas.files["events"]).read_text("utf-8"))
    events["features"][0]["properties"]["title"] = "A corrected title"
    (tmp_path / "events.geojson").write_text(json.dumps(events), encoding="utf-8")
    changed = Atlas.load(tmp_path, strict=True)
    assert pagecache.page_key(changed, False) != pagecache.page_key(atlas, False)
    assert "A corrected title" in pagecache.page_html(changed)
