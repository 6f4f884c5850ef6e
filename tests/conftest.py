"""Test setup: Qt runs headless; Qt WebEngine's sandbox is off only when running as root."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

# built map pages are cached per test session, never in the user's cache
os.environ.setdefault("PAKATLAS_CACHE_DIR", tempfile.mkdtemp(prefix="pakatlas-cache-"))

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def atlas():
    from viewer.core.atlas import Atlas

    return Atlas.load(strict=True)


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir():
        pytest.skip("the source texts (../shared/seeds) are not beside this checkout")
    return SEEDS
