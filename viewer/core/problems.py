"""Validation problems: each names the file, the record and the field, on one printable line."""

from __future__ import annotations

import re
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


# Characters a terminal may act on rather than show: C0 controls (ESC, BEL, CR, newline...), DEL, C1
# controls (U+009B is a one-character CSI) and the bidirectional overrides and isolates, which can make
# a line read differently from what it holds.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """``text`` with every control character written as an escape (``\\x1b``), except those in ``keep``.

    What the command line prints of a file (its name, its column names, its values) goes through this,
    so that a file cannot move the cursor, retitle the terminal or split one problem over two lines.
    """
    if keep:
        return "".join(printable(part) if part not in keep else part for part in re.split(f"([{re.escape(keep)}])", text))
    return _CONTROLS.sub(_escape, text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file.

    An ``error`` leaves the record (or the whole file) out; a ``warning`` says what
    was repaired or assumed and keeps the record.
    """

    file: str
    record: str  # "record 12 ('abbottabad')", or "" for the whole file
    field: str  # "" when the problem is not about one field
    message: str
    expected: str = ""
    severity: str = ERROR  # "error" or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity != WARNING

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.record, self.field and f"field '{self.field}'") if part)
        message = self.message if self.is_error else f"warning: {self.message}"
        text = f"{where}: {message}"
        return printable(f"{text} (expected {self.expected})" if self.expected else text)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]


class DataError(Exception):
    """Raised when data cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))
