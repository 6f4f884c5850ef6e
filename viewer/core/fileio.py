"""Reading a data file's bytes and text, safely: a size limit, and a precise reason for anything unreadable.

Nothing here raises on bad input: each function returns what it could read and the problems, each
naming the file. Files are read with a size limit (``MAX_FILE_BYTES``, or ``max_bytes``): a larger
file is refused before it is read, and no read takes more than the limit.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from viewer.core.problems import Problem

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS_PER_FILE = 1000
"""Checking a file stops after this many refused records: one more problem says how many records were not
checked. A broken or hostile file of a million records costs seconds and memory for what is reported."""

# First bytes of binary formats people hand to the atlas by mistake.
MAGIC = (
    (b"SQLite format 3\x00", "a SQLite database or GeoPackage"),
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook or a zipped shapefile?)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls or Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
)


def size_text(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    if size >= 2**10:
        return f"{size / 2**10:.0f} KB"
    return f"{size} bytes"


def check_size(path: Path, file: str, max_bytes: int | None = None) -> list[Problem]:
    """Why the file cannot be read (missing, not a regular file, too big), or nothing."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError:
        return [Problem(file, "", "", "file not found")]
    except OSError as err:
        return [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    if stat.S_ISDIR(info.st_mode):
        return [Problem(file, "", "", "is a folder, not a file")]
    if not stat.S_ISREG(info.st_mode):
        return [Problem(file, "", "", "is not a regular file", "a data file on disk")]
    if info.st_size > limit:
        return [_too_big(file, info.st_size, limit)]
    return []


def _too_big(file: str, size: int, limit: int) -> Problem:
    return Problem(file, "", "", f"is {size_text(size)}, larger than the {size_text(limit)} the atlas reads",
                   f"a file under {size_text(limit)} (split it into several files)")


def read_limited(path: Path, file: str, max_bytes: int | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a file no larger than the limit, or why not; never reads more than the limit."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    problems = check_size(path, file, limit)
    if problems:
        return None, problems
    try:  # opened without blocking (a FIFO put in its place since it was looked at cannot hang the reader)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        return None, [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, [Problem(file, "", "", "is not a regular file", "a data file on disk")]
        with os.fdopen(fd, "rb") as stream:
            fd = -1
            first = min(limit, info.st_size) + 1  # a buffer the file's size, not the limit's
            raw = stream.read(first)
            if len(raw) == first and first <= limit:  # it grew since: on, up to the limit
                raw += stream.read(limit + 1 - first)
    except OSError as err:
        return None, [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    finally:
        if fd >= 0:
            os.close(fd)
    if len(raw) > limit:  # it grew after we looked at its size
        return None, [_too_big(file, len(raw), limit)]
    return raw, []


def decode_text(raw: bytes, file: str, expected: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a byte order mark is dropped), or a precise reason why the bytes are not that."""

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(file, "", "", message, expected)]

    if not raw.strip():
        return fail("is empty")
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if raw.startswith(bom):
            return fail(f"is {name} text, not UTF-8 text (it starts with a {name} byte order mark)")
    for magic, what in MAGIC:
        if raw.startswith(magic):
            return fail(f"is binary data ({what}), not UTF-8 text")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return fail(f"is not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start}, line {line}; "
                    "perhaps Latin-1 or Windows-1252)")
    if not body.strip():
        return fail("is empty")
    if "\x00" in body:
        return fail(f"is binary data, not UTF-8 text (a NUL byte at offset {raw.find(bytes(1))})")
    return body, []


def stopped(file: str, unchecked: int) -> Problem:
    """The problem that ends the check of a file with too many problems."""
    return Problem(file, "", "", f"has more than {MAX_PROBLEMS_PER_FILE:,} problems; checking stopped there "
                   f"({unchecked:,} record{'s' * (unchecked != 1)} not checked)", "a file with fewer errors")
