"""The atlas as pip installs it from a wheel: its data and page resources inside the package, found without
the repository (geodata/ and resources/ map to viewer/_geodata and viewer/_resources in pyproject.toml)."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_of_the_code_is_listed_for_the_wheel():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"]
    found = find_packages(str(ROOT), include=["viewer", "viewer.*"])
    assert sorted(p for p in listed if not p.startswith("viewer._")) == sorted(found)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from this checkout (no network: the installed setuptools builds it), unpacked."""
    wheels, target = tmp_path_factory.mktemp("wheel"), tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels)], check=True, timeout=300, capture_output=True)
    wheel = next(wheels.glob("pakatlas-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, timeout=300, capture_output=True)
    return target


def run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PAKATLAS_DATA_ROOT"}
    env["PYTHONPATH"] = str(site)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_installed_wheel_answers_from_its_own_data(installed, tmp_path):
    where = run(installed, tmp_path, "-c", "import viewer.core.paths as p, viewer.page.assets as a; "
                "print(p.GEODATA); print(a.RESOURCES_DIR)").stdout.split()
    assert where == [str(installed / "viewer" / "_geodata"), str(installed / "viewer" / "_resources")]
    assert (installed / "viewer" / "_resources" / "controller.js").is_file()
    assert (installed / "viewer" / "_resources" / "i18n" / "pakatlas_ur.qm").is_file()
    assert (installed / "viewer" / "_geodata" / "i18n" / "labels.json").is_file()
    done = run(installed, tmp_path, "-m", "viewer", "place", "--date", "1955-06-01", "--lat", "15.49", "--lon", "73.83")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["polity"]["name"] == "Portuguese India (Goa, Daman and Diu)"
    done = run(installed, tmp_path, "-m", "viewer", "state", "--date", "1965-09-06")
    assert done.returncode == 0 and any(t["id"] == "PAK" for t in json.loads(done.stdout)["territories"])
