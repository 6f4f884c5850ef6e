"""Split four modern countries into the parts their history needs.

Natural Earth draws Germany, Yemen, Vietnam and Malaysia as one unit each, but
the atlas must show them divided (FRG/GDR, North/South Yemen, North/South
Vietnam) or before they were joined (Malaya, Sabah, Sarawak). This module cuts
each 1:50m admin-0 polygon into parts, using the 1:10m first-level divisions
in ``admin1_deu_yem_vnm_mys.geojson`` (or a line, for Vietnam and Berlin) to
decide where the cut runs. The outer border of the country is untouched, so the
parts and their neighbours still form a coverage; the few new vertices where a
cut meets a neighbour's border are inserted into that neighbour too.

Each split keeps the country's own code for the part that carries its
continuity (``DEU`` = the Federal Republic's territory, ``YEM`` = the north,
``VNM`` = the north, ``MYS`` = Peninsular Malaysia) so that relations, alliances
and events that name ``DEU`` or ``VNM`` keep their meaning. The new codes are
listed in ``PARTS`` and documented in geodata/README.md.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

ADMIN1_PARTS_SRC = "admin1_deu_yem_vnm_mys.geojson"


# code -> (name, parent code). The parent keeps its own code for its
# remaining part; the names describe the area, not a state.
PARTS = {
    "DDR": ("East Germany", "DEU"),
    "WBL": ("West Berlin", "DEU"),
    "SAA": ("Saarland", "DEU"),
    "YMD": ("South Yemen", "YEM"),
    "RVN": ("South Vietnam", "VNM"),
    "SBH": ("Sabah", "MYS"),
    "SWK": ("Sarawak", "MYS"),
    # Places that changed hands within today's countries (``carve``):
    "JKI": ("Jammu and Kashmir (Indian-administered)", "IND"),
    "AJK": ("Azad Jammu and Kashmir", "PAK"),
    "GBT": ("Gilgit-Baltistan", "PAK"),
    "GWD": ("Gwadar", "PAK"),
    "GOA": ("Goa, Daman and Diu", "IND"),
    "DNH": ("Dadra and Nagar Haveli", "IND"),
    "PDY": ("Puducherry", "IND"),
    "SKM": ("Sikkim", "IND"),
    "CRM": ("Crimea", "RUS"),
    "GOL": ("Golan Heights", "ISR"),
    "SWB": ("Western Sahara (west of the berm)", "MAR"),
    "ZAN": ("Zanzibar", "TZA"),
    "NFL": ("Newfoundland", "CAN"),
    "AKC": ("Aksai Chin", "CHN"),
    "SIN": ("Sinai", "EGY"),
    "WNG": ("Western New Guinea", "IDN"),
    "RYU": ("Ryukyu Islands (Okinawa)", "JPN"),
    "SKG": ("Shaksgam valley", "CHN"),
    # Princely states of 1947 that stood apart from both dominions for a while (``PRINCELY_STATES``):
    "HYD": ("Hyderabad", "IND"),
    "JUN": ("Junagadh", "IND"),
    "KLT": ("Kalat", "PAK"),
    "LSB": ("Las Bela", "PAK"),
    "BWP": ("Bahawalpur", "PAK"),
    "KHP": ("Khairpur", "PAK"),
    "CTL": ("Chitral", "PAK"),
    "DIR": ("Dir", "PAK"),
    "SWT": ("Swat", "PAK"),
}
SOUTH_ASIA_SRC = "admin1_pak_irn_afg_ind.geojson"  # keyed on ``code``

# South Asian parts from the first-level divisions of India and Pakistan (the 1:10m outlines decide the
# cuts; the 1:50m outer borders stay): the parts of the former princely state of Jammu and Kashmir as
# each side administers them today, and the former French and Portuguese settlements and Sikkim.
SOUTH_ASIA_PARTS = {
    "IND": {"JKI": ["IN.JK"], "GOA": ["IN.GA", "IN.DD"], "DNH": ["IN.DN"], "PDY": ["IN.PY"], "SKM": ["IN.SK"]},
    "PAK": {"AJK": ["PK.JK"], "GBT": ["PK.NA"]},
}

# Gwadar, Omani until 8 September 1958: no division of the source outlines it. A box around the town, its
# bay and about 60 km of coast (Pishukan to Ormara's west), drawn to the enclave's area given by
# Encyclopaedia Britannica (about 800 square km); good to 10-20 km.
GWADAR_BOX = (62.0, 24.9, 62.6, 25.3)

# Western Sahara: Natural Earth's 1:50m Morocco reaches to 21.4 N west of the berm (its W. Sahara unit
# SAH is the strip east of it); the territory's northern limit with Morocco is the parallel 27 40' N.
SAHARA_NORTH_LAT = 27.0 + 40.0 / 60.0

# The islands of Zanzibar (Unguja and Pemba) and of Newfoundland are parts of their country's outline:
# they are taken by the box their representative point lies in (Mafia, in the same waters, was
# Tanganyika's; Cape Breton, west of 59.5 W, is Nova Scotia's). Crimea is the part of Natural Earth's
# Russia west of the Kerch Strait.
ISLAND_BOXES = {
    "ZAN": ("TZA", (39.1, -6.6, 39.9, -4.8)),
    "NFL": ("CAN", (-59.5, 46.5, -52.5, 51.7)),
    "CRM": ("RUS", (32.4, 44.3, 36.7, 46.3)),
    # Western New Guinea: Indonesia's part of New Guinea and its islands (Biak, Yapen, Waigeo), east of the
    # Moluccas; the Ryukyus south of 27 N (Okinawa Prefecture: Okinawa, Miyako, Yaeyama, Daito).
    "WNG": ("IDN", (130.8, -9.5, 141.1, 0.5)),
    "RYU": ("JPN", (122.5, 24.0, 131.5, 26.95)),
}

# The Sinai: Egypt east of the Suez Canal, cut along the canal from Port Said by Ismailia to Suez (both
# ends out at sea, so that the line crosses the whole isthmus); good to a few km.
SUEZ_LINE = [(32.31, 31.60), (32.31, 31.25), (32.28, 30.60), (32.33, 30.30), (32.55, 29.95), (32.60, 29.60)]

# Princely states of 1947 that acceded late or were taken: no outline of them is among the sources (Natural
# Earth's admin-1 units are the states and provinces formed later, which cut across them), so each is a
# polygon hand-digitised from a published description of the state (its extreme latitudes and longitudes
# and the districts, states and rivers it bordered: the Imperial Gazetteer of India and the others cited in
# tools/polities.py) and a modern map's places on either side of the line. A polygon may
# reach beyond the country's outline (out at sea, across an international border): the state is the part
# of its parent's outline inside it, so coasts and international borders stay Natural Earth's. Where a
# state bordered a province of today that follows the old line (Sind's boundary with Baluchistan and with
# Bahawalpur), the 1:10m province is taken out of the polygon so that the line is the source's. Rivers
# that were boundaries (the Tungabhadra, Kistna, Godavari, Pranhita, Penganga; the Sutlej, Panjnad and
# Indus) are followed through a few points each. Good to about 20-30 km, more where the sources say
# least (the Kharan desert against Chagai). Listed in carving order: a later state is cut from what the
# earlier ones leave. Vertices are (longitude, latitude).
PRINCELY_STATES = {
    # The Nizam's Dominions, 15 10'-20 40' N, 74 40'-81 35' E: Berar and the Central Provinces to the north
    # (the Penganga, Wardha and Pranhita), Khandesh to the north-west, Ahmadnagar, Sholapur, Bijapur and
    # Dharwar to the west, the Tungabhadra and the Kistna to the south, the Godavari and the Kistna District
    # to the east.
    "HYD": ("IND", None, [
        (74.70, 20.30), (75.00, 20.50), (75.50, 20.67), (75.95, 20.55), (76.10, 20.25), (76.60, 19.95),
        (77.15, 19.95), (77.65, 19.55), (78.00, 19.75), (78.30, 19.82), (78.70, 19.87), (79.20, 19.95),
        (79.80, 19.55), (79.85, 19.30), (79.95, 18.85), (80.45, 18.40), (80.60, 18.00), (80.90, 17.65),
        (81.30, 17.60), (81.45, 17.40), (81.20, 17.20), (80.90, 17.10), (80.55, 17.00), (80.30, 16.85),
        (80.00, 16.80), (79.70, 16.70), (79.31, 16.57), (79.10, 16.35), (78.87, 16.08), (78.50, 16.00),
        (78.20, 15.95), (78.05, 15.85), (77.43, 15.95), (76.90, 15.60), (76.45, 15.35), (75.95, 15.17),
        (75.90, 15.50), (75.95, 16.00), (76.25, 16.40), (76.20, 17.00), (76.35, 17.45), (76.15, 17.85),
        (75.95, 18.00), (75.60, 18.15), (75.35, 18.45), (75.15, 18.65), (75.00, 18.95), (75.20, 19.30),
        (75.40, 19.45), (74.95, 19.62), (74.68, 19.78),
    ]),
    # Junagadh, 20 44'-21 53' N: Barda and Halar to the north, Gohelwad to the east, the sea to the west and
    # south. The polygon takes in its tributaries inside that line (Manavadar, Mangrol, Babariawad).
    "JUN": ("IND", None, [
        (69.85, 21.25), (70.15, 20.95), (70.50, 20.60), (71.00, 20.55), (71.30, 20.65), (71.25, 20.95),
        (71.05, 21.25), (70.95, 21.45), (70.70, 21.65), (70.40, 21.75), (70.05, 21.70), (69.95, 21.45),
    ]),
    # Kalat with Kharan and Makran, 25 1'-30 8' N: Persia to the west; the Bolan Pass, the Marri and Bugti
    # hills and Sind to the east (Sind is taken out: its 1:10m boundary with Baluchistan); the Chagai and
    # Quetta-Pishin districts to the north; Las Bela and the sea (from near Kalmat to Gwadar Bay) to the
    # south. Gwadar is carved out before.
    "KLT": ("PAK", "PK.SD", [
        (61.40, 24.90), (61.30, 26.50), (62.00, 27.60), (62.20, 28.20), (63.00, 28.45), (64.00, 28.60),
        (64.70, 28.72), (65.30, 29.00), (65.90, 29.35), (66.40, 29.75), (66.55, 30.10), (66.95, 30.00),
        (67.15, 29.85), (67.60, 29.45), (67.90, 29.35), (68.30, 29.20), (68.70, 28.95), (68.95, 28.60),
        (69.10, 28.40), (68.60, 27.50), (68.00, 26.30), (67.30, 26.40), (66.90, 26.45), (66.35, 26.55),
        (66.05, 26.20), (65.75, 25.80), (65.40, 25.45), (64.80, 25.33), (64.20, 25.35), (64.10, 25.00),
    ]),
    # Las Bela: the sea to the south (from near Kalmat to the Hab), Kalat (Makran and Jhalawan) to the west
    # and north along the same points as Kalat's line, Sind to the east (taken out: its 1:10m boundary).
    "LSB": ("PAK", "PK.SD", [
        (64.10, 25.00), (64.20, 25.35), (64.80, 25.33), (65.40, 25.45), (65.75, 25.80), (66.05, 26.20),
        (66.35, 26.55), (66.90, 26.45), (67.30, 26.40), (68.00, 26.30), (68.00, 24.40), (64.00, 24.40),
    ]),
    # Bahawalpur: the Sutlej, the Panjnad and the Indus to the north-west; Sind to the south-west (taken out:
    # its 1:10m boundary with the Punjab, the state's line); Bikaner and Jaisalmer (today's international
    # border) to the south-east. The points beyond the border lie in India.
    "BWP": ("PAK", "PK.SD", [
        (74.20, 30.55), (73.87, 30.38), (73.40, 30.17), (72.90, 29.97), (72.20, 29.72), (71.70, 29.43),
        (71.30, 29.35), (71.05, 29.30), (70.70, 29.10), (70.37, 28.95), (70.05, 28.72), (69.75, 28.48),
        (69.60, 28.20), (70.80, 27.50), (72.50, 27.80), (74.00, 29.30), (74.50, 30.20),
    ]),
    # Khairpur, 26 10'-27 46' N, 68 20'-70 14' E: the Indus to the west, Sukkur District to the north,
    # Jaisalmer to the east, the Hyderabad (Sind) and Thar and Parkar districts to the south.
    "KHP": ("PAK", None, [
        (68.85, 27.63), (69.30, 27.55), (69.70, 27.60), (70.10, 27.77), (70.70, 27.80), (70.70, 26.20),
        (70.10, 26.15), (69.30, 26.30), (68.90, 26.50), (68.60, 26.75), (68.45, 27.00), (68.25, 27.20),
        (68.35, 27.45), (68.60, 27.60),
    ]),
    # Chitral: Afghanistan to the north and west and the Gilgit Agency to the east (both outside the parent's
    # outline: Gilgit-Baltistan is carved out before), Dir and the Swat Kohistan to the south, from near
    # Arandu over the Lowari pass to the Shandur pass. The points beyond that line lie in Afghanistan, China
    # and Gilgit-Baltistan.
    "CTL": ("PAK", None, [
        (71.30, 35.20), (71.62, 35.30), (71.80, 35.38), (72.05, 35.52), (72.30, 35.70), (72.50, 35.85),
        (72.70, 36.00), (73.60, 36.50), (73.60, 37.20), (72.50, 37.50), (71.00, 37.00), (70.80, 35.50),
    ]),
    # Dir: the Panjkora valley between Chitral (the same points as Chitral's line) to the north, Afghanistan
    # to the west, Bajaur (a tribal agency: the 1:10m F.A.T.A. is taken out) to the south-west, the
    # Malakand Agency to the south and Swat to the east (the watershed down to Chakdara).
    "DIR": ("PAK", "PK.TA", [
        (71.30, 35.20), (71.62, 35.30), (71.80, 35.38), (72.05, 35.52), (72.25, 35.35), (72.25, 35.00),
        (72.10, 34.72), (72.03, 34.64), (71.75, 34.66), (71.45, 34.62), (71.20, 34.90),
    ]),
    # Swat: the Swat valley above the Malakand Agency with Swat Kohistan (Kalam, held by the Wali from shortly
    # before 1947), Buner and the right bank of the Indus about Alpuri and Besham (today's Swat, Buner and
    # Shangla districts). Dir to the west (the same points as Dir's line: the watershed between the Swat and
    # the Panjkora, down to above Chakdara); Chitral and Gilgit-Baltistan to the north (Chitral's points; the
    # points beyond lie in Gilgit-Baltistan, carved out before); the watershed with the Indus Kohistan to the
    # north-east, the Indus about Besham, and the tribal country of the right bank and Amb to the east; the
    # Peshawar valley (Mardan and Swabi, over the Ambela and Malandri passes) to the south; the Malakand Agency
    # (Sam Ranizai and Swat Ranizai, about Chakdara) to the south-west.
    "SWT": ("PAK", None, [
        (72.05, 35.52), (72.25, 35.35), (72.25, 35.00), (72.10, 34.72), (72.15, 34.62), (72.22, 34.48),
        (72.35, 34.35), (72.50, 34.28), (72.62, 34.30), (72.72, 34.38), (72.80, 34.55), (72.85, 34.75),
        (72.90, 34.92), (72.95, 35.03), (72.78, 35.20), (72.78, 35.45), (72.75, 35.75), (72.75, 35.90),
        (72.70, 36.00), (72.50, 35.85), (72.30, 35.70),
    ]),
}


# First-level divisions (keyed on adm1_code, the source's unique key).
GDR_STATES = {
    "DEU-1577": "Thüringen", "DEU-1600": "Sachsen-Anhalt", "DEU-1601": "Sachsen",
    "DEU-3487": "Brandenburg", "DEU-3488": "Mecklenburg-Vorpommern",
}
BERLIN = "DEU-1599"
SAARLAND = "DEU-1581"
RHINELAND_PALATINATE = "DEU-1580"
# The People's Democratic Republic of Yemen's six governorates (Aden, Lahij,
# Abyan, Shabwah, Hadramawt, al-Mahrah); Al Dali' (formed in 1998 from parts of
# both Yemens) is counted with the south, where most of its area lay.
SOUTH_YEMEN = {
    "YEM-3510": "`Adan", "YEM-157": "Lahij", "YEM-3511": "Abyan", "YEM-336": "Shabwah",
    "YEM-3497": "Hadramawt", "YEM-332": "Al Mahrah", "YEM-334": "Al Dali'",
}
SABAH = "MYS-1186"
SARAWAK = "MYS-1187"
LABUAN = "MYS-4833"
PENINSULA = {"MYS-1137", "MYS-1139", "MYS-1140", "MYS-1141", "MYS-1143", "MYS-1144", "MYS-1145",
             "MYS-1146", "MYS-1147", "MYS-1148", "MYS-1149", "MYS-4831", "MYS-4832"}

# The Geneva Agreement's provisional military demarcation line (1954) ran up the
# Ben Hai river from its mouth (17.0 N) and then along the parallel to the Lao
# frontier: at this map's scale, the 17th parallel.
VIETNAM_LINE_LAT = 17.0

# The sector boundary between West Berlin and East Berlin (the line of the
# Berlin Wall inside the city), approximated north to south: between Lübars and
# Blankenfelde, Wittenau and Wilhelmsruh, to the Bornholmer Strasse crossing,
# along Bernauer Strasse, past the Reichstag, the Brandenburg Gate, Potsdamer
# Platz and Checkpoint Charlie, along the Spree to the Oberbaum bridge, to
# Sonnenallee, and between Rudow and Altglienicke to the city limit. It is good
# to about a kilometre, the detail of this map. Its ends run past the city
# limits so that it cuts the state's outline in two.
BERLIN_SECTOR_LINE = [
    (13.38, 52.72), (13.38, 52.65), (13.37, 52.62), (13.36, 52.60), (13.355, 52.585), (13.375, 52.565),
    (13.398, 52.555), (13.404, 52.543), (13.389, 52.533), (13.375, 52.528), (13.371, 52.524),
    (13.377, 52.516), (13.376, 52.509), (13.390, 52.5075), (13.425, 52.508), (13.445, 52.5015),
    (13.456, 52.477), (13.50, 52.41), (13.52, 52.30),
]


def _mask(admin1: gpd.GeoDataFrame, codes) -> shapely.Geometry:
    rows = admin1[admin1["adm1_code"].isin(set(codes))]
    missing = set(codes) - set(rows["adm1_code"])
    if missing:
        raise SystemExit(f"{ADMIN1_PARTS_SRC}: divisions not found: {sorted(missing)}")
    return shapely.union_all(shapely.make_valid(rows.geometry.values))


def _west_of_berlin_line() -> shapely.Geometry:
    """The half of a box around Berlin that lies west of the sector line."""
    ring = BERLIN_SECTOR_LINE + [(12.8, 52.30), (12.8, 52.72)]
    return shapely.Polygon(ring)


def _cut(whole, lines, masks: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Cut ``whole`` by the lines (the outlines of all masks but one) into
    faces and give each face to the mask it overlaps most, or, for a face
    beyond every mask (between the 1:10m and 1:50m coasts or borders), to the
    mask it lies nearest."""
    noded = shapely.union_all([whole.boundary, *lines])
    faces = [f for f in shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
             if shapely.contains_properly(whole, f.representative_point())]
    found: dict[str, list] = {code: [] for code in masks}
    for face in faces:
        overlap = {code: shapely.intersection(face, m).area for code, m in masks.items()}
        best = max(overlap, key=overlap.get)
        if overlap[best] <= 0:
            point = face.representative_point()
            best = min(masks, key=lambda code: masks[code].distance(point))
        found[best].append(face)
    out = {code: shapely.union_all(fs) for code, fs in found.items()}
    lost = abs(shapely.union_all(list(out.values())).area - whole.area)
    if lost > 1e-6 * whole.area:
        raise SystemExit(f"split: the parts miss {lost} square degrees of the whole")
    return out


def split(country_geom: dict[str, shapely.Geometry], admin1: gpd.GeoDataFrame) -> dict[str, shapely.Geometry]:
    """The parts of DEU, YEM, VNM and MYS, keyed by their code (parents included)."""
    out: dict[str, shapely.Geometry] = {}

    # Germany: the GDR's states and Berlin, the Saar, the other western states;
    # then Berlin's western sectors (Berlin lies wholly inside Brandenburg, so
    # its 1:10m outline is used as is) are taken out of the east.
    deu = country_geom["DEU"]
    east = _mask(admin1, [*GDR_STATES, BERLIN])
    saar = _mask(admin1, [SAARLAND])
    rest = admin1[(admin1["adm0_a3"] == "DEU") & ~admin1["adm1_code"].isin({*GDR_STATES, BERLIN, SAARLAND})]
    west = shapely.union_all(shapely.make_valid(rest.geometry.values))
    lines = [east.boundary, saar.boundary]
    parts = _cut(deu, lines, {"DDR": east, "SAA": saar, "DEU": west})
    berlin = shapely.intersection(_mask(admin1, [BERLIN]), parts["DDR"])
    out["WBL"] = shapely.intersection(berlin, _west_of_berlin_line())
    out["DDR"] = shapely.difference(parts["DDR"], out["WBL"])
    out["SAA"], out["DEU"] = parts["SAA"], parts["DEU"]

    # Yemen: the south's governorates and the north's.
    named = admin1[(admin1["adm0_a3"] == "YEM") & admin1["name"].notna()]
    south = _mask(admin1, SOUTH_YEMEN)
    north = shapely.union_all(shapely.make_valid(named[~named["adm1_code"].isin(set(SOUTH_YEMEN))].geometry.values))
    out.update(_cut(country_geom["YEM"], [south.boundary], {"YMD": south, "YEM": north}))

    # Vietnam: cut at the 17th parallel.
    vnm = country_geom["VNM"]
    minx, miny, maxx, maxy = vnm.bounds
    south_box = shapely.box(minx - 1, miny - 1, maxx + 1, VIETNAM_LINE_LAT)
    out["RVN"] = shapely.intersection(vnm, south_box)
    out["VNM"] = shapely.difference(vnm, south_box)

    # Malaysia: the peninsula (the sea parts it from Borneo), Sarawak, and
    # Sabah with Labuan (part of North Borneo from 1946 to 1984).
    sabah = _mask(admin1, [SABAH, LABUAN])
    sarawak = _mask(admin1, [SARAWAK])
    out.update(_cut(country_geom["MYS"], [sarawak.boundary],
                    {"MYS": _mask(admin1, PENINSULA), "SWK": sarawak, "SBH": sabah}))

    for code, geom in out.items():
        if geom.is_empty or geom.area <= 0:
            raise SystemExit(f"split: part {code} is empty")
    return out


def _parts_in_box(geom, box) -> tuple[shapely.Geometry, shapely.Geometry]:
    """The polygons of ``geom`` whose representative point lies in the box, and the others."""
    inside, outside = [], []
    for part in shapely.get_parts(geom):
        point = part.representative_point()
        (inside if box[0] <= point.x <= box[2] and box[1] <= point.y <= box[3] else outside).append(part)
    if not inside:
        raise SystemExit(f"carve: no part of the outline lies in {box}")
    return shapely.union_all(inside), shapely.union_all(outside)


# Aksai Chin and the Shaksgam valley (the Trans-Karakoram Tract) lie inside Natural Earth's China, each
# closed off by one of its disputed lines (India's claim): the line whose box has this middle, and the point
# that lies in the area it closes.
CHINA_CLAIMS = {"AKC": ((79.09, 34.68), (79.3, 35.2)), "SKG": ((76.74, 35.97), (76.5, 36.0))}


def _princely_states(out: dict[str, shapely.Geometry], south_asia: gpd.GeoDataFrame) -> dict[str, shapely.Geometry]:
    """The princely states of ``PRINCELY_STATES`` and what their parents keep, keyed by code."""
    found: dict[str, shapely.Geometry] = {}
    for code, (parent, without, ring) in PRINCELY_STATES.items():
        outline = shapely.Polygon(ring)
        if not outline.is_valid:
            raise SystemExit(f"carve: the outline of {code} is not a valid polygon")
        if without:
            rows = south_asia[south_asia["code"] == without]
            if rows.empty:
                raise SystemExit(f"{SOUTH_ASIA_SRC}: division {without} not found")
            outline = shapely.difference(outline, shapely.union_all(shapely.make_valid(rows.geometry.values)))
        whole = found.get(parent, out[parent])
        found[code] = shapely.intersection(whole, outline)
        found[parent] = shapely.difference(whole, outline)
    return found


def _line_near(disputed: gpd.GeoDataFrame, middle: tuple[float, float]) -> shapely.Geometry:
    for geom in disputed.geometry.values:
        minx, miny, maxx, maxy = geom.bounds
        if abs((minx + maxx) / 2 - middle[0]) < 0.3 and abs((miny + maxy) / 2 - middle[1]) < 0.3:
            return geom
    raise SystemExit(f"carve: no disputed line around {middle}")


def _golan_line(disputed: gpd.GeoDataFrame) -> shapely.Geometry:
    """Natural Earth's disputed line west of the Golan Heights (the 1923 boundary along the Jordan and
    the Sea of Galilee), found by where it lies."""
    for geom in disputed.geometry.values:
        minx, miny, maxx, maxy = geom.bounds
        if 35.5 < minx and maxx < 35.7 and 32.6 < miny and maxy < 33.3:
            return geom
    raise SystemExit("carve: the disputed line west of the Golan Heights is not in the source")


def carve(country_geom: dict[str, shapely.Geometry], south_asia: gpd.GeoDataFrame,
          disputed: gpd.GeoDataFrame) -> dict[str, shapely.Geometry]:
    """The parts of units that changed hands within today's countries, keyed by code (parents included)."""
    out: dict[str, shapely.Geometry] = {}
    for parent, wanted in SOUTH_ASIA_PARTS.items():
        whole = country_geom[parent]
        masks = {}
        for code, divisions in wanted.items():
            rows = south_asia[south_asia["code"].isin(divisions)]
            if set(rows["code"]) != set(divisions):
                raise SystemExit(f"{SOUTH_ASIA_SRC}: divisions not found: {sorted(set(divisions) - set(rows['code']))}")
            masks[code] = shapely.union_all(shapely.make_valid(rows.geometry.values))
        rest = south_asia[(south_asia["adm0_a3"] == parent) & ~south_asia["code"].isin(
            {d for ds in wanted.values() for d in ds}) & south_asia["name"].notna()]
        masks[parent] = shapely.union_all(shapely.make_valid(rest.geometry.values))
        parts = _cut(whole, [m.boundary for code, m in masks.items() if code != parent], masks)
        for code, mask in masks.items():  # an enclave too small for the 1:50m outline: its 1:10m shape
            if parts[code].is_empty:
                parts[code] = shapely.intersection(mask, whole)
                parts[parent] = shapely.difference(parts[parent], parts[code])
        out.update(parts)
    gwadar = shapely.intersection(out["PAK"], shapely.box(*GWADAR_BOX))
    out["GWD"], out["PAK"] = gwadar, shapely.difference(out["PAK"], gwadar)
    out.update(_princely_states(out, south_asia))

    mar = country_geom["MAR"]
    south = shapely.box(mar.bounds[0] - 1, mar.bounds[1] - 1, mar.bounds[2] + 1, SAHARA_NORTH_LAT)
    out["SWB"], out["MAR"] = shapely.intersection(mar, south), shapely.difference(mar, south)

    for code, (parent, box) in ISLAND_BOXES.items():
        out[code], out[parent] = _parts_in_box(country_geom[parent], box)

    china = country_geom["CHN"]
    lines = [shapely.snap(_line_near(disputed, middle), china.boundary, 1e-3) for middle, _ in CHINA_CLAIMS.values()]
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(shapely.union_all([china.boundary, *lines]))))
    for code, (_, inside) in CHINA_CLAIMS.items():
        out[code] = next(f for f in faces if f.contains(shapely.Point(*inside)))
    out["CHN"] = shapely.difference(china, shapely.union_all([out[code] for code in CHINA_CLAIMS]))

    egypt = country_geom["EGY"]
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(
        shapely.union_all([egypt.boundary, shapely.LineString(SUEZ_LINE)]))))
    faces = [f for f in faces if shapely.contains_properly(egypt, f.representative_point())]
    out["SIN"] = shapely.union_all([f for f in faces if f.representative_point().x > 32.3])
    out["EGY"] = shapely.union_all([f for f in faces if f.representative_point().x <= 32.3])
    if abs(out["SIN"].area + out["EGY"].area - egypt.area) > 1e-6 * egypt.area:
        raise SystemExit("carve: the Sinai and the rest of Egypt miss part of Egypt")

    israel = country_geom["ISR"]
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(
        shapely.union_all([israel.boundary, shapely.snap(_golan_line(disputed), israel.boundary, 1e-3)]))))
    faces = [f for f in faces if shapely.contains_properly(israel, f.representative_point())]
    golan = [f for f in faces if f.representative_point().x > 35.65]
    out["GOL"] = shapely.union_all(golan)
    out["ISR"] = shapely.union_all([f for f in faces if f.representative_point().x <= 35.65])
    for code, geom in out.items():
        if geom.is_empty or geom.area <= 0:
            raise SystemExit(f"carve: part {code} is empty")
    return out


SNAP = 1e-7  # degrees: a new vertex this close to a neighbour's edge lies on it


def insert_new_vertices(geoms: np.ndarray, changed: set[int]) -> np.ndarray:
    """Give the neighbours of the split units the vertices the cuts added on
    their shared borders, so that every shared edge has the same vertices on
    both sides (which coverage simplification needs)."""
    tree = shapely.STRtree(geoms)
    out = geoms.copy()
    for i in changed:
        for j in tree.query(geoms[i], predicate="intersects"):
            if j == i:
                continue
            out[j] = shapely.snap(out[j], geoms[i], SNAP)
    return out
