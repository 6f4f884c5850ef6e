"""Where the bundled data (``geodata/``) and page resources (``resources/``) live.

In a checkout, an editable install or a PyInstaller bundle they sit beside the ``viewer`` package (the
repository's top level, or the bundle's folder); in a wheel installed with pip they are inside it, as
``viewer/_geodata`` and ``viewer/_resources`` (pyproject.toml maps them there). The first that exists is
used; ``$PAKATLAS_DATA_ROOT`` (a folder holding both) comes before either.
"""

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
REPO_ROOT = PACKAGE.parent


def _folder(name: str) -> Path:
    override = os.environ.get("PAKATLAS_DATA_ROOT")
    candidates = ([Path(override) / name] if override else []) + [REPO_ROOT / name, PACKAGE / f"_{name}"]
    return next((path for path in candidates if path.is_dir()), candidates[0])


GEODATA = _folder("geodata")
RESOURCES = _folder("resources")
