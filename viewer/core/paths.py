"""Where the bundled data and page resources live."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GEODATA = REPO_ROOT / "geodata"
RESOURCES = REPO_ROOT / "resources"
