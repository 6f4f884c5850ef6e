"""`pakatlas check`: every problem in data files, found by loading them as the app would.

A file named like a dataset file (``events.geojson``...) is checked as part of its
folder, replacing the bundled file of that name. Any other GeoJSON, CSV or
GeoPackage file is checked as ``pakatlas state --add FILE`` would load it: on top of
the bundled data (or, with ``replace``, instead of the bundled data of its kind), so
that ids clashing with the bundled ones are found too.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from viewer.core.atlas import Atlas
from viewer.core.datafiles import DATASET_FILES, LAYER_FILES, REGION_NAMES_FILE
from viewer.core.formats import FORMATS
from viewer.core.problems import DataError, Problem
from viewer.core.sources import CATALOGUE_FILE
from viewer.core.tours import TOURS_DIR


def check_paths(paths: list[Path], *, replace: bool = False, max_bytes: int | None = None) -> list[Problem]:
    """Problems (errors and warnings) in the given files or folders.

    A folder is checked whole: its dataset files as replacing the bundled ones, and
    its other data files added on top of them.
    """
    problems: list[Problem] = []
    folders: dict[Path, tuple[set[str] | None, list[Path]]] = {}  # folder -> (files to report, None: all; others)
    user: list[Path] = []
    tours: list[tuple[Path, Path | None]] = []  # (a tours folder or a .toml file, the data folder it refers to)
    for path in map(Path, paths):
        if path.is_dir() and ((path / TOURS_DIR).is_dir() or any(path.glob("*.toml"))):
            data = path if any((path / n).is_file() for n in DATASET_FILES.values()) else None
            if (path / TOURS_DIR).is_dir():
                tours.append((path / TOURS_DIR, data))
            if any(path.glob("*.toml")):
                tours.append((path, data if data else (path.parent if path.name == TOURS_DIR else None)))
            if not any(p.is_file() and p.suffix.lower() in FORMATS for p in path.iterdir()):
                continue  # a folder of tours alone
        if path.is_file() and path.suffix.lower() == ".toml":
            tours.append((path, None))
            continue
        if path.is_dir():
            named = [n for n in DATASET_FILES.values() if (path / n).is_file()]
            others = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FORMATS
                            and p.name not in DATASET_FILES.values() and p.name not in LAYER_FILES.values()
                            and p.name not in (CATALOGUE_FILE, REGION_NAMES_FILE))  # catalogue and names: no data files
            if named:
                folders[path] = (None, others)
            else:
                user += others
            if not named and not others:
                problems.append(Problem(str(path), "", "", "holds no data files the atlas reads",
                                        "GeoJSON, CSV or GeoPackage files of events, relations, alliances or polities"))
        elif not path.exists():
            problems.append(Problem(str(path), "", "", "file not found"))
        elif path.name in DATASET_FILES.values():
            names, _ = folders.setdefault(path.parent, (set(), []))
            if names is not None:
                names.add(path.name)
        else:
            user.append(path)
    for folder, (names, others) in folders.items():
        found = _load_problems(folder, extra_files=others, replace=replace, max_bytes=max_bytes)
        problems += [p for p in found if names is None or p.file in names]
    user = list({_key(p): p for p in reversed(user)}.values())[::-1]  # a file named twice is checked once
    if user:
        labels = {str(p) for p in user}
        problems += [p for p in _load_problems(extra_files=user, replace=replace, max_bytes=max_bytes)
                     if p.file in labels or p.file.split(", layer ")[0] in labels]
    problems = _in_file_order(problems, [str(p) for p in user])
    for target, data in tours:
        problems += _tour_problems(target, data)
    return problems


def _tour_problems(target: Path, data: Path | None) -> list[Problem]:
    """The problems of a tour file, or of every tour in a folder (two tours with one id included), each
    naming the file by the path it was found at."""
    from viewer.core.paths import GEODATA
    from viewer.core.tours import Vocabulary, catalogue_ids, check_tour_file, check_tours, vocabulary_of

    folder = data if data is not None and (data / DATASET_FILES["events"]).is_file() else None
    try:
        vocabulary = vocabulary_of(Atlas.load(folder), folder or GEODATA)
    except DataError:  # the data's own problems are reported above; check what can be checked
        vocabulary = Vocabulary(source_ids=catalogue_ids(folder or GEODATA))
    if target.is_dir():
        _tours, found = check_tours(target, vocabulary)
        base = target
    else:
        _tour, found = check_tour_file(target, vocabulary)
        base = target.parent
    return [dataclasses.replace(p, file=str(base / p.file)) for p in found]


def _in_file_order(problems: list[Problem], files: list[str]) -> list[Problem]:
    """Problems grouped by file (in the order given, then as they appear), then by record number."""
    first = {name: n for n, name in enumerate(files)}
    for p in problems:
        first.setdefault(p.file.split(", layer ")[0], len(first))

    def record_number(p: Problem) -> int:
        words = p.record.split()
        return int(words[1]) if len(words) > 1 and words[0] == "record" and words[1].isdigit() else 0

    return sorted(problems, key=lambda p: (first[p.file.split(", layer ")[0]], record_number(p)))


def _key(path: Path):
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def _load_problems(folder: Path | None = None, **kw) -> list[Problem]:
    try:
        atlas = Atlas.load(folder, **kw)
    except DataError as err:
        return err.problems
    return atlas.problems + atlas.warnings


def check_sources(paths: list[Path], seeds_dir: Path | None) -> list[Problem]:
    """Every source entry of the given files or folders checked against the catalogue and, with
    ``seeds_dir`` (``pakatlas check --seeds DIR``), the seed texts (``viewer.core.sources.verify_quotes``):
    an unknown source id, a quote of a document whose text is not at hand, a quote not verbatim in its seed. A folder's own
    catalogue is used where it has one; a single file's, the catalogue beside it or the bundled one."""
    from viewer.core.formats import FORMATS as READABLE
    from viewer.core.formats import read_user_file
    from viewer.core.sources import bundled_catalogue, catalogue_beside, check_folder, verify_quotes

    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            if (path / CATALOGUE_FILE).is_file():
                problems += check_folder(path, seeds_dir)
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in READABLE
                           and p.name not in DATASET_FILES.values() and p.name not in LAYER_FILES.values()
                           and p.name != CATALOGUE_FILE)
        else:
            files = [path] if path.is_file() else []
        for file in files:
            if file.name in DATASET_FILES.values() and (file.parent / CATALOGUE_FILE).is_file():
                problems += [p for p in check_folder(file.parent, seeds_dir) if p.file in (file.name, str(seeds_dir))]
                continue
            tables, _read_problems = read_user_file(file)  # reading problems are check_paths' to report
            catalogue = catalogue_beside(file) or bundled_catalogue()
            for table in tables:
                problems += verify_quotes([raw.properties for raw in table.records], catalogue, seeds_dir, table.file)
    return problems
