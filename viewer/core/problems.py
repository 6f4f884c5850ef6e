"""Validation problems: each names the file, the record and the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file."""

    file: str
    record: str  # "record 12 (id 'abbottabad')", or "" for the whole file
    field: str  # "" when the problem is not about one field
    message: str
    expected: str = ""

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.record, self.field and f"field '{self.field}'") if part)
        text = f"{where}: {self.message}"
        return f"{text} (expected {self.expected})" if self.expected else text


class DataError(Exception):
    """Raised when data cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))
