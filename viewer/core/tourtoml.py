"""A tour file read as TOML, before anything in it is checked: the reading and its limits.

``read_toml(path, file, max_bytes)`` gives the TOML table of a tour file, or the one problem that stops
reading it: only a regular file of at most ``max_bytes`` (``viewer.core.tours.MAX_TOUR_BYTES``) is read,
and text that nests arrays or inline tables deeper than ``MAX_NESTING`` is refused before the TOML
reader sees it (``nesting_depth``). What the table holds is checked by ``viewer.core.tours``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from viewer.core.problems import Problem

MAX_NESTING = 32
"""Arrays and inline tables nested deeper than this are refused before the TOML reader sees them (a tour
needs three levels)."""


def nesting_depth(text: str, limit: int = MAX_NESTING) -> int:
    """How deep arrays and inline tables nest in TOML text (strings and comments skipped); the scan stops
    as soon as the depth passes ``limit``."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if ch == '"' and text[i] == "\\" else 1
                if len(quote) == 1 and i < n and text[i] == "\n":
                    break  # an unclosed one-line string: the TOML reader will say so
            i += len(quote)
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
        elif ch in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def read_toml(path: Path, file: str, max_bytes: int) -> tuple[dict | None, list[Problem]]:
    """The TOML table of a file, or the problem that stops reading it: only a regular file (a FIFO or a
    device is refused before it is opened, a link followed to what it names) of at most
    ``max_bytes`` (a tour's: ``MAX_TOUR_BYTES``), nesting at most ``MAX_NESTING`` deep."""
    from viewer.core.fileio import read_limited

    raw, problems = read_limited(path, file, max_bytes)
    if raw is None:
        return None, [p if p.expected else Problem(p.file, p.record, p.field, p.message, "a TOML tour file")
                      for p in problems]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return None, [Problem(file, "", "", f"is not UTF-8 text (byte {err.start})", "a TOML tour file")]
    depth = nesting_depth(text)
    if depth > MAX_NESTING:
        return None, [Problem(file, "", "", f"nests arrays or inline tables more than {MAX_NESTING} deep",
                              f"a TOML tour file (at most {MAX_NESTING} levels)")]
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as err:
        return None, [Problem(file, "", "", f"is not valid TOML: {err}", "a TOML tour file")]
    except (RecursionError, MemoryError):
        return None, [Problem(file, "", "", "is nested too deeply to read", "a TOML tour file")]

