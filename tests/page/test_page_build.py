"""The map page as built (the shipped shell with the data in it, no Qt): it loads nothing from outside the app."""

from viewer.page import assets, build


def test_page_loads_nothing_from_outside(atlas):
    page = build.build_page(atlas)
    urls = assets.asset_urls(page)
    modules = [assets.module_js(name) for name in assets.MODULES]
    assert sorted(urls) == sorted([assets.LEAFLET_JS, assets.LEAFLET_CSS, assets.QWEBCHANNEL_JS, assets.ATLAS_CSS,
                                   assets.RTL_CSS, assets.CONTRAST_CSS, *modules])
    scripts = [url for url in urls if url.endswith(".js")]
    assert scripts[:2] == [assets.LEAFLET_JS, assets.QWEBCHANNEL_JS] and scripts[-1] == assets.CONTROLLER_JS
    assert scripts.index(assets.module_js("util")) < min(scripts.index(m) for m in modules[1:])
    for needle in ("cdn.", "http://", "https://", "tileLayer", "openstreetmap"):
        assert needle not in page, needle
    assert "preferCanvas" in page and '"preferCanvas": true' in page
    assert "Content-Security-Policy" in page
    online = build.build_page(atlas, online_tiles=True)
    assert "tile.openstreetmap.org" in online  # the tiles' address in the data, and let in by the policy
    assert "img-src 'self' data: https://tile.openstreetmap.org" in online.replace("&#x27;", "'")
    assert all("://" not in url for url in assets.asset_urls(online))


def test_a_rough_date_reaches_the_maps_tooltip_in_words(atlas):
    """The marker's tooltip writes a date known only roughly as the card does (c. 12 February 1979), in the
    page's language; an exact date stays for the page to write."""
    for lang, words in (("en", "c. 12 February 1979"), ("fr", "vers 12 février 1979"),
                        ("ur", "تقریباً 12 فروری، 1979")):
        table = build.page_config({}, atlas.events, lang=lang)["events"]
        rows = {row[0]: dict(zip(table["fields"], row)) for row in table["rows"]}
        assert rows["pakistan-recognizes-revolutionary-iran"]["when"] == words
        assert rows["tashkent-declaration"]["when"] is None
