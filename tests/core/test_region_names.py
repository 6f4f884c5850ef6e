"""Region names follow the date: Pakistan's provinces under the names they had that day."""

from __future__ import annotations

import json

import pytest

from viewer.core.paths import GEODATA
from viewer.core.place import place
from viewer.core.sources import bundled_catalogue

PESHAWAR = (34.01, 71.58)


@pytest.mark.parametrize("day, name", [("2005-01-01", "N.W.F.P."), ("2010-04-18", "N.W.F.P."),
                                       ("2010-04-19", "Khyber Pakhtunkhwa"), ("2024-01-17", "Khyber Pakhtunkhwa")])
def test_place_names_the_province_as_it_was_called_that_day(atlas, day, name):
    assert [r["name"] for r in place(atlas, day, *PESHAWAR)["regions"]] == [name]


def test_the_days_regions_carry_their_names_of_the_day(atlas):
    names = {r["id"]: r["name"] for r in atlas.state("2024-01-17")["regions"]}
    assert names["PK.BA"] == "Balochistan"
    assert atlas.region_name("PK.BA", "1965-09-06") == "Baluchistan"
    assert atlas.region_name("PK.SD", "2024-01-17") == "Sindh" and atlas.region_name("PK.SD", "1971-12-16") == "Sind"
    assert atlas.region_name("PK.NA", "2009-09-06") == "Northern Areas"
    assert atlas.region_name("PK.NA", "2009-09-07") == "Gilgit-Baltistan"
    assert atlas.region_name("PK.TA", "2018-05-30") == "F.A.T.A."
    assert atlas.region_name("PK.TA", "2018-05-31").startswith("Khyber Pakhtunkhwa")


def test_every_renaming_cites_a_document_of_the_catalogue():
    catalogue = bundled_catalogue()
    renames = json.loads((GEODATA / "region_names.json").read_text(encoding="utf-8"))
    for region, entries in renames.items():
        for entry in entries:
            assert entry["source"] in catalogue, (region, entry["source"])
            assert entry.get("note"), region


def test_a_bad_renaming_is_a_problem_naming_the_file_region_and_field(tmp_path):
    import shutil

    from viewer.core.dataset import Dataset

    folder = tmp_path / "data"
    shutil.copytree(GEODATA, folder, ignore=shutil.ignore_patterns("tours", "i18n"))
    (folder / "region_names.json").write_text(json.dumps({"PK.NW": [{"name": "X", "start": "someday", "source": "s"}],
                                                          "XX.YY": []}), encoding="utf-8")
    dataset = Dataset.load(folder)
    found = [(p.file, p.record, p.field) for p in dataset.problems if p.file == "region_names.json"]
    assert ("region_names.json", "region 'XX.YY'", "") in found
    assert ("region_names.json", "region 'PK.NW'[0]", "start") in found
