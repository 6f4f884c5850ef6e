"""Test setup shared by every test: the bundled atlas, the source texts, and a page cache of the session's own.

Nothing here imports Qt: the Qt-free tests (tests/core, tests/page, tests/export, tests/test_cli.py)
run, and never skip, where Qt WebEngine is missing. The Qt tests' setup is tests/qt/conftest.py.
"""

import os
import tempfile
from pathlib import Path

import pytest

# built map pages are cached per test session, never in the user's cache
os.environ.setdefault("PAKATLAS_CACHE_DIR", tempfile.mkdtemp(prefix="pakatlas-cache-"))

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def atlas():
    from viewer.core.atlas import Atlas

    return Atlas.load(strict=True)


@pytest.fixture(scope="session")
def atlas_without_nepal(tmp_path_factory):
    """An atlas of the bundled data with Nepal's unit taken out of a copy of the countries: its geometry is not
    the shipped one."""
    import json
    import shutil

    from viewer.core.atlas import Atlas
    from viewer.core.paths import GEODATA

    folder = tmp_path_factory.mktemp("without-nepal") / "geodata"
    shutil.copytree(GEODATA, folder)
    countries = json.loads((folder / "countries.geojson").read_text(encoding="utf-8"))
    countries["features"] = [f for f in countries["features"] if f["properties"]["ADM0_A3"] != "NPL"]
    (folder / "countries.geojson").write_text(json.dumps(countries), encoding="utf-8")
    return Atlas.load(folder)


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir():
        pytest.skip("the source texts (../shared/seeds) are not beside this checkout")
    return SEEDS
