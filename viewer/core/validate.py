"""`pakatlas check`: every problem in data files, found by loading them as the app would."""

from __future__ import annotations

from pathlib import Path

from viewer.core.atlas import DATASET_FILES, Atlas
from viewer.core.problems import DataError, Problem


def check_paths(paths: list[Path]) -> list[Problem]:
    """Problems in the given files or folders; a file is checked as the dataset file of its name."""
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            problems += _check_folder(path)
        elif not path.exists():
            problems.append(Problem(str(path), "", "", "file not found"))
        elif path.name not in DATASET_FILES.values():
            problems.append(Problem(str(path), "", "", "is not a file the atlas knows by name",
                                    "one of " + ", ".join(DATASET_FILES.values())))
        else:
            problems += [p for p in _check_folder(path.parent) if p.file == path.name]
    return problems


def _check_folder(folder: Path) -> list[Problem]:
    try:
        return Atlas.load(folder).problems
    except DataError as err:
        return err.problems
