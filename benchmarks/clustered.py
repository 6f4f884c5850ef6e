"""UCDP GED-shaped CSV with the clustering of Pakistan's real conflict data, for scale tests.

`python benchmarks/clustered.py N OUT.csv [--seed S]` writes N rows with GED's columns.

Real GED events in Pakistan are nothing like uniform: most fall between 2004 and 2015,
in the former tribal areas (FATA), Khyber Pakhtunkhwa and Balochistan, around a few
dozen towns. The generator draws, deterministically from the seed:

- years: 88% from 2004-2015 (peaking 2009-2010 and 2013-2014), the rest a thin tail
  over 1989-2003 and 2016-2024;
- places: 90% around towns of FATA (38%), Khyber Pakhtunkhwa (27%) and Balochistan
  (25%) with a scatter of a few km to tens of km, then Karachi, Punjab and Islamabad,
  and a tail over Pakistan and Iran's Sistan and Baluchestan;
- type of violence (60% state-based, 10% non-state, 30% one-sided), deaths (mostly a
  handful, a long tail), date precision (80% to the day) and place precision (55% exact;
  an event known only to its province or country sits at that area's centroid, as GED
  places it).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np

COLUMNS = (
    "id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id conflict_name "
    "dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a side_b_dset_id side_b_new_id side_b "
    "number_of_sources source_article source_office source_date source_headline source_original where_prec "
    "where_coordinates where_description adm_1 adm_2 latitude longitude geom_wkt priogrid_gid country country_id "
    "region event_clarity date_prec date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best "
    "high low gwnoa gwnob"
).split()

# (town, adm_1, adm_2, lat, lon, scatter in degrees, weight)
FATA, KP, BALOCHISTAN = "Federally Administered Tribal Areas", "Khyber Pakhtunkhwa province", "Balochistan province"
TOWNS = (
    ("Miranshah town", FATA, "North Waziristan agency", 33.00, 70.07, 0.15, 12),
    ("Wana town", FATA, "South Waziristan agency", 32.30, 69.57, 0.15, 8),
    ("Khar town", FATA, "Bajaur agency", 34.73, 71.52, 0.10, 6),
    ("Landi Kotal town", FATA, "Khyber agency", 34.10, 71.15, 0.10, 5),
    ("Parachinar town", FATA, "Kurram agency", 33.90, 70.10, 0.12, 4),
    ("Kalaya town", FATA, "Orakzai agency", 33.60, 70.90, 0.08, 3),
    ("Peshawar city", KP, "Peshawar district", 34.01, 71.58, 0.08, 10),
    ("Mingora town", KP, "Swat district", 34.77, 72.36, 0.12, 7),
    ("Dera Ismail Khan town", KP, "Dera Ismail Khan district", 31.83, 70.90, 0.10, 4),
    ("Bannu town", KP, "Bannu district", 32.99, 70.60, 0.08, 3),
    ("Kohat town", KP, "Kohat district", 33.58, 71.44, 0.06, 3),
    ("Quetta city", BALOCHISTAN, "Quetta district", 30.18, 67.00, 0.08, 8),
    ("Turbat town", BALOCHISTAN, "Kech district", 26.00, 63.05, 0.15, 5),
    ("Dera Bugti town", BALOCHISTAN, "Dera Bugti district", 29.03, 69.15, 0.15, 4),
    ("Khuzdar town", BALOCHISTAN, "Khuzdar district", 27.80, 66.61, 0.15, 3),
    ("Panjgur town", BALOCHISTAN, "Panjgur district", 26.96, 64.09, 0.12, 3),
    ("Gwadar town", BALOCHISTAN, "Gwadar district", 25.12, 62.32, 0.10, 2),
    ("Karachi city", "Sindh province", "Karachi district", 24.86, 67.01, 0.10, 7),
    ("Lahore city", "Punjab province", "Lahore district", 31.55, 74.34, 0.08, 2),
    ("Rawalpindi city", "Punjab province", "Rawalpindi district", 33.60, 73.05, 0.06, 1),
    ("Islamabad city", "Islamabad Capital territory", "Islamabad district", 33.69, 73.05, 0.04, 1),
)
PROVINCE_CENTROIDS = {FATA: (32.9, 70.3), KP: (34.3, 72.1), BALOCHISTAN: (28.5, 65.5), "Sindh province": (26.0, 68.8),
                      "Punjab province": (30.8, 72.7), "Islamabad Capital territory": (33.7, 73.1)}
PAKISTAN_CENTROID = (30.0, 69.3)
DYADS = {  # type_of_violence -> (conflict_name, side_a, side_b)
    1: ("Pakistan: Government", "Government of Pakistan", ("TTP", "BLA", "BLF", "Lashkar-e-Islam")),
    2: ("Sunni - Shia", "TTP", ("Lashkar-e-Islam", "Ansar-ul-Islam")),
    3: ("TTP - Civilians", "TTP", ("Civilians",)),
}


def _years(rng: np.random.Generator, count: int) -> np.ndarray:
    years = np.arange(1989, 2025)
    weight = np.where((years >= 2004) & (years <= 2015), 1.0, 0.0)
    weight[np.isin(years, (2009, 2010, 2013, 2014))] = 1.6
    weight *= 0.88 / weight.sum()
    tail = weight == 0
    weight[tail] = 0.12 / tail.sum()
    return rng.choice(years, size=count, p=weight)


def rows(count: int, seed: int = 2009):
    """``count`` GED-shaped rows (lists of cells), deterministic for a seed."""
    rng = np.random.default_rng(seed)
    weights = np.array([t[6] for t in TOWNS], dtype=float)
    weights *= 0.96 / weights.sum()
    town = rng.choice(len(TOWNS) + 1, size=count, p=np.append(weights, 0.04))  # the last: the thin tail
    year = _years(rng, count)
    day_of_year = rng.integers(0, 365, size=count)
    violence = rng.choice((1, 2, 3), size=count, p=(0.6, 0.1, 0.3))
    date_prec = rng.choice((1, 2, 3, 4, 5), size=count, p=(0.8, 0.08, 0.04, 0.06, 0.02))
    where_prec = rng.choice((1, 2, 3, 4, 5, 6), size=count, p=(0.55, 0.2, 0.12, 0.08, 0.03, 0.02))
    best = rng.geometric(0.3, size=count) - 1
    low = np.maximum(best - rng.integers(0, 3, size=count), 0)
    high = best + rng.integers(0, 5, size=count)
    scatter = rng.normal(size=(count, 2))
    tail_lat, tail_lon = rng.uniform(24.5, 36.5, size=count), rng.uniform(61.5, 75.5, size=count)
    side_b = rng.integers(0, 4, size=count)
    for i in range(count):
        t = int(town[i])
        if t < len(TOWNS):
            place, adm_1, adm_2, lat, lon, spread, _ = TOWNS[t]
            lat, lon = lat + scatter[i, 0] * spread, lon + scatter[i, 1] * spread
        else:
            place, adm_1, adm_2, lat, lon = "", "", "", float(tail_lat[i]), float(tail_lon[i])
        wp = int(where_prec[i])
        if wp == 4 and adm_1:
            lat, lon = PROVINCE_CENTROIDS[adm_1]
            place = adm_2 = ""
        elif wp == 6:
            (lat, lon), place, adm_1, adm_2 = PAKISTAN_CENTROID, "", "", ""
        y = int(year[i])
        start = dt.date(y, 1, 1) + dt.timedelta(days=int(day_of_year[i]))
        dp = int(date_prec[i])
        if dp == 4:
            start = start.replace(day=1)
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif dp == 5:
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        else:
            end = start + dt.timedelta(days=(0, 0, 3, 6)[dp - 1] if dp < 4 else 0)
        tv = int(violence[i])
        conflict_name, side_a, sides_b = DYADS[tv]
        b = sides_b[int(side_b[i]) % len(sides_b)]
        n = i + 1
        yield [
            n, f"PAK-{y}-{tv}-{n}", y, 1, "Clear", tv, 200 + tv, 200 + tv, conflict_name, 700 + tv, 700 + tv,
            f"{side_a} - {b}", 100, 100, side_a, 900, 900, b, 1, "", "", "", "", "", wp, place, "", adm_1, adm_2,
            f"{lat:.4f}", f"{lon:.4f}", f"POINT ({lon:.4f} {lat:.4f})", "", "Pakistan", 770, "Asia", 1, dp,
            f"{start.isoformat()} 00:00:00.000", f"{end.isoformat()} 00:00:00.000", 0, 0, int(best[i]), 0,
            int(best[i]), int(high[i]), int(low[i]), 770, "",
        ]


def write(count: int, path: Path, seed: int = 2009) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        writer.writerows(rows(count, seed))
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2009)
    args = parser.parse_args()
    print(write(args.count, args.out, args.seed))
