"""Validation problems: each names the file, the record and the field."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


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
        return f"{text} (expected {self.expected})" if self.expected else text


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
