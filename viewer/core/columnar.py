"""A columnar store of conflict events: a million GED or ACLED rows without a Python object per row.

``load_conflict_csv`` streams a UCDP GED or ACLED CSV file in chunks. Each chunk's
columns are converted at once: text that repeats (dates, codes, counts of deaths,
countries, names) is interned, and each distinct value is checked once with the same
cell checks as the row-by-row reader (viewer/core/conflict.py); coordinates become
float arrays. Only a row that fails a check is rebuilt and read by the row-by-row
reader, so its Problem is word for word the same (file, record, CSV line, column).

The store keeps numpy arrays sorted by start day: start and last day ordinals,
latitude, longitude, category, deaths, precision codes, and codes into small tables
of text. "Events in force on day D" (the atlas's rule: in progress, or ended within
``recent_days``) is answered by ``ShortIntervalIndex``; ``record(i)`` builds the full
event of one row (for a card or a list) when it is asked for.
"""

from __future__ import annotations

import csv
import datetime as dt
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from viewer.core import conflict
from viewer.core.conflict import ACLED, GED, BadCell
from viewer.core.dates import TIMELINE_END, TIMELINE_START, record_edtf
from viewer.core.intervals import ShortIntervalIndex
from viewer.core.fileio import check_size, decode_text
from viewer.core.records import record_label
from viewer.core.problems import Problem
from viewer.core.schema import CATEGORIES, DATE_PRECISIONS, PLACE_PRECISIONS

CHUNK_ROWS = 200_000
RECENT_DAYS = 365  # as viewer.core.atlas.RECENT_DAYS
_ID = {GED: "id", ACLED: "event_id_cnty"}
_COORDINATES = ("latitude", "longitude")
_DATES = {GED: ("date_start", "date_end"), ACLED: ("event_date",)}


class _Interner:
    """Codes for the distinct texts of a column, kept across chunks; each new text is checked once."""

    def __init__(self, check=None):
        self.index: dict[str, int] = {}
        self.texts: list[str] = []
        self.values: list = []  # the checked value of each text, or a BadCell
        self.check = check

    def codes(self, column) -> np.ndarray:
        """The code of each text of a column (a sequence of str, or a pandas Series: factorized in C)."""
        if hasattr(column, "factorize"):
            local, distinct = column.factorize()
            return self.codes(tuple(distinct.tolist()))[local] if len(distinct) else local.astype(np.int32)
        for text in dict.fromkeys(column):
            if text not in self.index:
                self.index[text] = len(self.texts)
                self.texts.append(text)
                if self.check is not None:
                    try:
                        self.values.append(self.check(text))
                    except BadCell as bad:
                        self.values.append(bad)
        return np.fromiter(map(self.index.__getitem__, column), dtype=np.int32, count=len(column))

    def table(self, convert=lambda v: v, fill=-1, dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
        """Each text's converted value (``fill`` where it was bad) and whether it was bad."""
        bad = np.fromiter((isinstance(v, BadCell) for v in self.values), dtype=bool, count=len(self.values))
        good = np.fromiter((fill if isinstance(v, BadCell) else convert(v) for v in self.values), dtype=dtype,
                           count=len(self.values))
        return good, bad


def _floats(column: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The column as floats and where a cell is not a number (NaN there)."""
    column = column.to_numpy() if hasattr(column, "to_numpy") else column
    try:
        return np.array(column, dtype=np.float64), np.zeros(len(column), dtype=bool)
    except ValueError:
        values = np.empty(len(column))
        for i, text in enumerate(column):
            try:
                values[i] = float(text)
            except ValueError:
                values[i] = np.nan
        return values, np.isnan(values)


def _checks(dataset: str) -> dict:
    """The cell check of each interned column (None: text kept as it is)."""
    day = lambda name: (lambda text: conflict._day(text, name, ""))  # noqa: E731
    count = lambda name: (lambda text: conflict._count(text, name))  # noqa: E731
    code = lambda name, table: (lambda text: conflict._code(text, name, table))  # noqa: E731
    country = lambda text: conflict._country({"country": text})  # noqa: E731
    if dataset == GED:
        checks = {"date_start": day("date_start"), "date_end": day("date_end"), "best": count("best"),
                  "low": count("low"), "high": count("high"), "country": country,
                  "type_of_violence": code("type_of_violence", {k: v[0] for k, v in conflict.GED_VIOLENCE.items()}),
                  "date_prec": code("date_prec", conflict.GED_DATE_PREC),
                  "where_prec": code("where_prec", conflict.GED_WHERE_PREC)}
    else:
        checks = {"event_date": day("event_date"), "fatalities": count("fatalities"), "country": country,
                  "time_precision": code("time_precision", conflict.ACLED_TIME_PREC),
                  "geo_precision": code("geo_precision", conflict.ACLED_GEO_PREC)}
    for column in conflict.OPTIONAL[dataset] + conflict.REQUIRED[dataset]:
        if column not in checks and column not in _COORDINATES and column != _ID[dataset]:
            checks[column] = None
    return checks


@dataclass
class ConflictEvents:
    """Events of one GED or ACLED file as columns, sorted by start day."""

    file: str
    dataset: str
    ids: list[str]  # the dataset's own ids (GED id, ACLED event_id_cnty)
    lines: np.ndarray  # each row's first line in the file
    start: np.ndarray  # day ordinals
    last: np.ndarray  # last day (the start for a one-day event)
    lat: np.ndarray
    lon: np.ndarray
    category: np.ndarray  # index into schema.CATEGORIES
    deaths: np.ndarray  # best estimate
    date_precision: np.ndarray  # index into schema.DATE_PRECISIONS
    place_precision: np.ndarray  # index into schema.PLACE_PRECISIONS
    texts: dict[str, tuple[np.ndarray, list[str]]]  # column -> (codes, distinct texts)
    problems: list[Problem] = field(default_factory=list)
    recent_days: int = RECENT_DAYS

    def __post_init__(self):
        self.index = ShortIntervalIndex(self.start, self.last + self.recent_days)

    def __len__(self) -> int:
        return len(self.ids)

    def query(self, day: dt.date | int) -> np.ndarray:
        """Rows in force on the day: in progress, or ended within ``recent_days`` before it."""
        return self.index.query(day if isinstance(day, int) else day.toordinal())

    def values(self, i: int) -> dict[str, str]:
        """Row ``i``'s cells as the file held them (coordinates as Python writes the numbers)."""
        values = {column: texts[codes[i]] for column, (codes, texts) in self.texts.items()}
        values[_ID[self.dataset]] = self.ids[i]
        values["latitude"], values["longitude"] = repr(float(self.lat[i])), repr(float(self.lon[i]))
        return values

    def record(self, i: int, day: dt.date | int | None = None) -> dict:
        """Row ``i`` as the atlas's event dict (as ``Atlas.events_on`` gives it), ``recent`` as of ``day``."""
        feature = conflict.ROW_EVENT[self.dataset](self.values(i))
        props = feature["properties"]
        lon, lat = feature["geometry"]["coordinates"]
        today = None if day is None else (day if isinstance(day, int) else day.toordinal())
        return {**props, "edtf": record_edtf(props["start"], props["end"], props.get("date_precision")),
                "lat": lat, "lon": lon, "recent": today is not None and int(self.last[i]) < today,
                **({} if today is None else {"certain": True})}  # GED/ACLED dates have no ~ or ? margins


def conflict_dataset_of(path: Path | str) -> str | None:
    """``"ucdp-ged"`` or ``"acled"`` if the CSV file's header is that dataset's, else None (reads 64 KB)."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(65536)
    except OSError:
        return None
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    from viewer.core.csvfile import sniff_delimiter

    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    try:
        header = next(csv.reader([lines[0]], delimiter=sniff_delimiter(text)))
    except csv.Error:
        return None
    return conflict.detect(header)


def load_conflict_csv(path: Path | str, *, file: str | None = None, max_bytes: int | None = None,
                      recent_days: int = RECENT_DAYS) -> tuple[ConflictEvents | None, list[Problem]]:
    """A GED or ACLED CSV file as a columnar store, and every problem (bad rows are left out)."""
    from viewer.core.csvfile import CSV_EXPECTED, sniff_delimiter

    path = Path(path)
    file = str(path) if file is None else file
    problems = check_size(path, file, max_bytes)
    if problems:
        return None, problems
    with path.open("rb") as stream:
        head = stream.read(65536)
    cut = head.rfind(b"\n")
    _, problems = decode_text(head[: cut if cut > 0 else len(head)], file, CSV_EXPECTED)
    if problems:
        return None, problems
    delimiter = sniff_delimiter(head.decode("utf-8", "ignore").lstrip("\ufeff"))
    with path.open(encoding="utf-8-sig", newline="") as stream:
        try:
            found = _load(stream, path, file, delimiter, recent_days)
            _give_back_memory()  # the parser's text is gone by now
            return found
        except UnicodeDecodeError as err:
            return None, [Problem(file, "", "", f"is not UTF-8 text (byte 0x{err.object[err.start]:02x})",
                                  CSV_EXPECTED)]
        except csv.Error as err:
            return None, [Problem(file, "", "", f"is not valid CSV: {err}", CSV_EXPECTED)]


def _load(stream, path: Path, file: str, delimiter: str, recent_days: int):
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    header = next((cells for cells in reader if any(c.strip() for c in cells)), None)
    if header is None:
        return None, [Problem(file, "", "", "has no header row")]
    columns = [c.strip().lower() for c in header]
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    if twice:
        return None, [Problem(file, "", "", f"has the columns {', '.join(map(repr, twice))} more than once",
                              "each column once")]
    dataset = conflict.detect(columns)
    if dataset is None:
        return None, [Problem(file, "", "", "is neither UCDP GED nor ACLED data",
                              "a CSV file with the columns of UCDP GED or ACLED")]
    _, problems = conflict.tabulate(dataset, file, columns, [])
    if any(p.is_error for p in problems):
        return None, problems
    checks = _checks(dataset)
    interners = {column: _Interner(check) for column, check in checks.items()}
    used = [c for c in columns if c in checks or c in _COORDINATES or c == _ID[dataset]]
    chunks = _pandas_chunks(path, header, columns, used, delimiter, reader.line_num)
    if chunks is None:
        chunks = _csv_chunks(reader, columns)
    parts: dict = {"ids": [], "lines": [], "lat": [], "lon": [], "bad": [], "raw": {}}
    parts.update({column: [] for column in interners})
    n = 0
    for lines, bad, cols in chunks:
        for column, interner in interners.items():
            parts[column].append(interner.codes(cols[column]) if column in cols
                                 else np.zeros(len(lines), np.int32) + interner.codes(("",))[0])
        for column, key in (("latitude", "lat"), ("longitude", "lon")):
            values, wrong = _floats(cols[column])
            parts[key].append(values)
            for i in np.flatnonzero(wrong).tolist():  # kept to say what the cell held
                parts["raw"][(column, n + i)] = str(np.asarray(cols[column], dtype=object)[i])
            bad |= wrong
        ids = cols[_ID[dataset]]
        parts["ids"] += ids.tolist() if hasattr(ids, "tolist") else ids
        parts["lines"].append(lines)
        parts["bad"].append(bad)
        n += len(lines)
    return _assemble(file, dataset, interners, parts, n, [], recent_days)


def _give_back_memory() -> None:
    """Hand the heap freed after parsing back to the system. The C library keeps freed pages for reuse:
    after a million rows that is ~400 MB the process would hold for nothing (glibc only; elsewhere a no-op)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _csv_chunks(reader, columns: list[str]):
    """(first lines, rows with too many cells, cells by column) of each chunk of rows, read by the csv module."""
    width = len(columns)
    while True:
        before = reader.line_num
        rows = list(islice(reader, CHUNK_ROWS))
        if not rows:
            return
        lines = _first_lines(rows, before, reader.line_num)
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        odd = np.flatnonzero(lengths != width).tolist()
        blank = [i for i in odd if not any(c.strip() for c in rows[i])]
        if blank:  # blank lines and rows of empty cells are skipped, as csvfile.read_csv_rows does
            keep = np.ones(len(rows), dtype=bool)
            keep[blank] = False
            rows = [r for r, k in zip(rows, keep.tolist()) if k]
            lines, lengths = lines[keep], lengths[keep]
            odd = np.flatnonzero(lengths != width).tolist()
        bad = np.zeros(len(rows), dtype=bool)
        for i in odd:
            if lengths[i] < width:
                rows[i] = rows[i] + [""] * (width - int(lengths[i]))
            elif any(c.strip() for c in rows[i][width:]):
                bad[i] = True
        if rows:
            yield lines, bad, dict(zip(columns, zip(*rows)))


def _pandas_chunks(path: Path, header: list[str], columns: list[str], used: list[str], delimiter: str,
                   header_lines: int):
    """The same chunks read by pandas' C parser, several times faster than the csv module, when pandas is
    installed and each row is one line of the file (so that line numbers are known); None otherwise."""
    try:
        import pandas
    except ImportError:
        return None
    breaks, ends_with_break = 0, True
    with path.open("rb") as stream:
        while block := stream.read(1 << 24):
            breaks += block.count(b"\n")
            ends_with_break = block.endswith(b"\n")
    try:
        frame = pandas.read_csv(path, sep=delimiter, usecols=[header[columns.index(c)] for c in used], dtype=str,
                                keep_default_na=False, na_filter=False, encoding="utf-8-sig", engine="c",
                                skip_blank_lines=False, skiprows=header_lines - 1)
    except Exception:  # a row with too many cells, bad UTF-8...: the csv module reads it and says where
        return None
    rows = len(frame)
    if header_lines + rows != breaks + (not ends_with_break):
        return None  # a cell holds a line break: the line numbers need the csv module
    frame.columns = [c.strip().lower() for c in frame.columns]
    # a blank row has an empty first column: only those rows are compared in full (a full compare takes a second)
    blank = (frame.iloc[:, 0] == "").to_numpy().copy()
    if blank.any():
        at = np.flatnonzero(blank)
        blank[at] = (frame.iloc[at] == "").all(axis=1).to_numpy()

    def chunks():
        for at in range(0, rows, CHUNK_ROWS):
            part = frame.iloc[at:at + CHUNK_ROWS]
            keep = ~blank[at:at + CHUNK_ROWS]
            lines = np.arange(header_lines + 1 + at, header_lines + 1 + at + len(part), dtype=np.int64)
            if not keep.all():
                part, lines = part[keep], lines[keep]
            yield lines, np.zeros(len(part), dtype=bool), {c: part[c] for c in part.columns}

    return chunks()


def _first_lines(rows: list[list[str]], before: int, after: int) -> np.ndarray:
    """The line on which each row starts, from the reader's line count before and after the chunk."""
    if after - before == len(rows):  # one line per row: no cell holds a line break
        return np.arange(before + 1, after + 1, dtype=np.int64)
    spans = np.fromiter((1 + sum(c.count("\n") for c in r) for r in rows), dtype=np.int64, count=len(rows))
    return before + 1 + np.cumsum(spans) - spans


def _assemble(file, dataset, interners, parts, n, problems, recent_days):
    join = (lambda key: np.concatenate(parts[key])) if n else (lambda key: np.empty(0, np.int64))
    codes = {column: join(column) for column in interners}
    bad = join("bad").astype(bool)
    lat, lon = join("lat").astype(float), join("lon").astype(float)
    bad |= ~((np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    for column, interner in interners.items():
        if interner.check is not None:
            bad |= interner.table(lambda v: 0)[1][codes[column]]

    def value(column, convert, dtype=np.int64):
        table, _ = interners[column].table(convert, dtype=dtype)
        return table[codes[column]]

    ordinal = dt.date.toordinal
    if dataset == GED:
        start, last = value("date_start", ordinal), value("date_end", ordinal)
        category = value("type_of_violence", CATEGORIES.index)
        best, low, high = value("best", int), value("low", int), value("high", int)
        bad |= (last < start) | (low > best) | (best > high)
        date_prec, place_prec = value("date_prec", DATE_PRECISIONS.index), value("where_prec", PLACE_PRECISIONS.index)
    else:
        start = last = value("event_date", ordinal)
        types = interners["event_type"].texts, interners["sub_event_type"].texts
        category, wrong = _acled_categories(codes["event_type"], codes["sub_event_type"], *types)
        bad |= wrong
        best = value("fatalities", int)
        date_prec = value("time_precision", DATE_PRECISIONS.index)
        place_prec = value("geo_precision", PLACE_PRECISIONS.index)
    ids, lines = [text.strip() for text in parts["ids"]], join("lines")
    bad |= np.fromiter(map(lambda text: not text, ids), dtype=bool, count=len(ids))
    store_texts = {column: (codes[column], interner.texts) for column, interner in interners.items()}
    # rows that failed a check are read again, one by one, for the problem's exact words
    row = conflict.ROW_EVENT[dataset]
    texts = {column: interner.texts for column, interner in interners.items()}
    prefix = "ged-" if dataset == GED else "acled-"
    for i in np.flatnonzero(bad).tolist():
        values = {column: texts[column][codes[column][i]] for column in interners}
        values[_ID[dataset]] = ids[i]
        for column, number in (("latitude", lat[i]), ("longitude", lon[i])):
            values[column] = parts["raw"].get((column, i), repr(float(number)))
        try:
            row(values)
            message = ("has more cells than the columns of the header", "", "one cell per column")
        except BadCell as err:
            message = (err.message, err.column, err.expected)
        label = record_label(i + 1, {"id": prefix + ids[i] if ids[i] else None}, int(lines[i]))
        problems.append(Problem(file, label, message[1], message[0], message[2]))
    first, end = TIMELINE_START.toordinal(), TIMELINE_END.toordinal()
    outside = ~bad & ((start < first) | (last > end))
    date_column = _DATES[dataset][0]
    for i in np.flatnonzero(outside).tolist():
        problems.append(Problem(file, record_label(i + 1, {"id": prefix + ids[i]}, int(lines[i])), date_column,
                                "is outside the timeline", f"a date from {TIMELINE_START} to {TIMELINE_END}"))
    keep = ~(bad | outside)
    keep &= _first_of_each_id(ids, keep, file, prefix, lines, problems)
    order = np.flatnonzero(keep)
    order = order[np.argsort(start[order], kind="stable")]
    store = ConflictEvents(
        file, dataset, [ids[i] for i in order.tolist()], lines[order], start[order], last[order], lat[order],
        lon[order], category[order].astype(np.int8), best[order].astype(np.int32),
        date_prec[order].astype(np.int8), place_prec[order].astype(np.int8),
        {column: (c[order], texts[column]) for column, (c, _) in store_texts.items()}, problems, recent_days)
    return store, problems


def _acled_categories(types, subs, type_texts, sub_texts) -> tuple[np.ndarray, np.ndarray]:
    """Category index of each row from its event and sub-event types, and where the type is unknown."""
    pairs = np.unique(np.stack([types, subs], axis=1), axis=0) if len(types) else np.empty((0, 2), np.int32)
    width = len(sub_texts) + 1
    lookup = {}
    for t, s in pairs.tolist():
        try:
            lookup[t * width + s] = CATEGORIES.index(conflict.acled_category(type_texts[t], sub_texts[s]))
        except BadCell:
            lookup[t * width + s] = -1
    keys = types.astype(np.int64) * width + subs
    category = np.fromiter(map(lookup.__getitem__, keys.tolist()), dtype=np.int64, count=len(keys))
    return category, category < 0


def _first_of_each_id(ids, keep, file, prefix, lines, problems) -> np.ndarray:
    """False for a row whose id an earlier kept row already has (with a problem naming both lines)."""
    first: dict[str, int] = {}
    unique = np.ones(len(ids), dtype=bool)
    if len(set(ids)) == len(ids):
        return unique
    for i in np.flatnonzero(keep).tolist():
        seen = first.setdefault(ids[i], i)
        if seen != i:
            unique[i] = False
            problems.append(Problem(file, record_label(i + 1, {"id": prefix + ids[i]}, int(lines[i])), "id",
                                    f"duplicate id {prefix + ids[i]!r} (already on line {int(lines[seen])})",
                                    "a unique identifier"))
    return unique
