"""CSV text read strictly and within limits: the header's column names and the data rows, or the
problem that stops reading the file (naming it). What the rows mean is the business of the
readers that take them (``viewer.core.formats`` for the atlas's own records, ``viewer.core.conflict``
for UCDP GED and ACLED files). Cells stay text: nothing in a file is ever evaluated.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from viewer.core.fileio import decode_text, read_limited
from viewer.core.problems import Problem

MAX_COLUMNS = 1000
"""A CSV header or GeoPackage table may have at most this many columns (the atlas reads about 30)."""
CSV_EXPECTED = "UTF-8 encoded CSV text with a header row; from a spreadsheet, save as 'CSV UTF-8'"


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV text: the comma, semicolon or tab its header row holds most of."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    return max((",", ";", "\t"), key=first_line.count)


def read_csv_rows(path: Path, file: str, max_bytes: int | None = None
                  ) -> tuple[list[str] | None, list[tuple[int, list[str]]], list[Problem]]:
    """The header's column names (stripped, lower case) and the data rows (first line, cells) of a
    CSV file, or None and the problem that stops reading it. Blank rows are skipped; the
    delimiter (comma, semicolon or tab) is the one the header row uses most."""
    raw, problems = read_limited(path, file, max_bytes)
    if raw is None:
        return None, [], problems
    body, problems = decode_text(raw, file, CSV_EXPECTED)
    del raw
    if body is None:
        return None, [], problems
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=sniff_delimiter(body), strict=True)
    header, rows, last_line = None, [], 0
    try:
        for cells in reader:
            start_line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = cells
            else:
                rows.append((start_line, cells))
    except csv.Error as err:
        hint = "; a quoted cell is never closed" if "end of data" in str(err) else ""
        return None, [], [Problem(file, "", "", f"is not valid CSV: {err} in the record that starts on line "
                                                f"{last_line + 1}{hint}", CSV_EXPECTED)]
    if header is None:
        return None, [], [Problem(file, "", "", "has no header row", CSV_EXPECTED)]
    if len(header) > MAX_COLUMNS:
        return None, [], [Problem(file, "", "", f"has {len(header):,} columns in its header row, more than the "
                                                f"{MAX_COLUMNS:,} a file of the atlas may have", CSV_EXPECTED)]
    columns = [name.strip().lower() for name in header]
    counts = Counter(columns)
    twice = sorted(c for c, n in counts.items() if c and n > 1)
    if twice:
        return None, [], [Problem(file, "", "", f"has the column{'s' * (len(twice) > 1)} "
                                                f"{', '.join(map(repr, twice))} more than once", "each column once")]
    return columns, rows, []
