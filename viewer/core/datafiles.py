"""The files of an atlas data folder (``geodata/`` or the user's ``--data``), by kind: what the dataset
loads and what ``pakatlas check`` reads, in one place that imports nothing."""

DATASET_FILES = {
    "polities": "polities.geojson",
    "events": "events.geojson",
    "relations": "relations.geojson",
    "alliances": "alliances.geojson",
}
LAYER_FILES = {"countries": "countries.geojson", "admin1": "admin1.geojson", "disputed": "disputed.geojson"}
REGION_NAMES_FILE = "region_names.json"  # the names regions took later (N.W.F.P. -> Khyber Pakhtunkhwa in 2010)
COAST_FILE = "coast10.geojson.gz"  # 1:10m land the map's units leave out, for place() (tools/build_geodata.py)
