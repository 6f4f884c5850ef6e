"""The built map page, cached on disk: folium runs once per version of the data and the page code.

Starting the window then needs neither folium nor a page build (about a second saved);
any change to a data file, the page builder, a translation, the language, the contrast or the
online-tiles choice builds anew.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

import viewer
from viewer.core.paths import GEODATA
from viewer.page.assets import event_table

log = logging.getLogger(__name__)
KEEP = 4
"""How many built pages the cache keeps (each about 2 MB)."""
_PAGE_CODE = [Path(__file__).parent / name for name in ("build.py", "assets.py", "layers.py", "protocol.py",
                                                        "density.py")]
_STYLE = Path(__file__).parents[1] / "style.py"
_I18N = [*sorted((Path(__file__).parents[1] / "i18n").glob("*.py")),
         *sorted((GEODATA / "i18n").glob("*.json"))]


def cache_dir() -> Path:
    """``$PAKATLAS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pakatlas``, else ``~/.cache/pakatlas``."""
    if os.environ.get("PAKATLAS_CACHE_DIR"):
        return Path(os.environ["PAKATLAS_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pakatlas"


def page_key(atlas, online_tiles: bool, lang: str = "en", high_contrast: bool = False) -> str:
    """A digest of everything the page is built from: the builder, the files, the translations, the language
    and contrast, whether large conflict files are loaded, and the events (what the page holds of each) and
    polities as loaded."""
    conflicts = bool(getattr(atlas, "conflicts", None))
    digest = hashlib.sha256(f"{viewer.__version__}|{online_tiles}|{lang}|{high_contrast}|{conflicts}".encode())
    rows = event_table(atlas.events)["rows"]
    digest.update(json.dumps([rows, atlas.polities], sort_keys=True, default=str, check_circular=False).encode())
    inputs = list(atlas.files.values()) + list(atlas.layer_files.values())
    inputs += [Path(f["file"]) for f in atlas.user_files]
    for path in [*_PAGE_CODE, _STYLE, *_I18N, *inputs]:
        digest.update(str(path).encode())
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:32]


def page_html(atlas, online_tiles: bool = False, lang: str = "en", high_contrast: bool = False) -> str:
    """The map page for the atlas (in ``lang``, with ``high_contrast``): from the cache when its inputs are
    unchanged, else built and stored."""
    folder = cache_dir()
    path = folder / f"map-{page_key(atlas, online_tiles, lang, high_contrast)}.html"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    from viewer.page import build

    page = build.build_page(atlas, online_tiles=online_tiles, lang=lang, high_contrast=high_contrast)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as out:
            out.write(page)
        os.replace(out.name, path)
        for old in sorted(folder.glob("map-*.html"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError as err:  # a read-only home still gets a map, just built each time
        log.info("map page not cached: %s", err)
    return page
