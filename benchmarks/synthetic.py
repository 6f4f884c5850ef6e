"""Synthetic events for scale tests: `python benchmarks/synthetic.py N OUT_DIR` writes OUT_DIR/events.geojson."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

CATEGORIES = ("diplomacy", "visit", "statement", "strike", "incident", "aid", "sanctions", "treaty")
ACTORS = ("USA", "IRN", "IND", "AFG", "CHN", "RUS", "GBR", "TUR", "SAU")
REGIONS = ("PK.BA", "PK.TA", "PK.NW", "PK.PB", "PK.SD", "IR.SB", None, None)


def synthetic_events(count: int, seed: int = 1947) -> dict:
    """A FeatureCollection of ``count`` valid events spread over 1947-08-14..2025-12-31 around Pakistan."""
    rng = random.Random(seed)
    first = dt.date(1947, 8, 14).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - first
    features = []
    for n in range(count):
        start = first + rng.randrange(span - 400)
        end = start + rng.choice((0, 0, 0, 1, 3, 30, 200))
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(rng.uniform(55, 80), 4), round(rng.uniform(22, 38), 4)]},
            "properties": {
                "id": f"synthetic-{n}", "start": dt.date.fromordinal(start).isoformat(),
                "end": dt.date.fromordinal(end).isoformat() if end > start else None,
                "title": f"Synthetic event {n}", "summary": "Generated for scale tests.",
                "category": rng.choice(CATEGORIES), "actors": ["PAK", rng.choice(ACTORS)],
                "place": None, "region": rng.choice(REGIONS), "note": None,
                "sources": [{"source": "synthetic", "quote": f"record {n}"}],
            },
        })
    return {"type": "FeatureCollection", "features": features}


def write(count: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "events.geojson"
    path.write_text(json.dumps(synthetic_events(count), separators=(",", ":")), encoding="utf-8")
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(write(args.count, args.out))
