"""CSV rows with their line numbers; a row with broken quoting is reported, not swallowed.

Python's ``csv`` module lets an unterminated quote run on across every following line. Read
strictly, such a record raises ``csv.Error``; the record is then reported with the line it
started on, and reading starts again on the next line, so the rows it would have swallowed
are read as rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from dateline.errors import MalformedRow

Row = tuple[int, list[str]]


class _Lines:
    """An iterator over ``lines`` from ``start`` that knows the index of the next line."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.next_index = start

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.next_index >= len(self.lines):
            raise StopIteration
        self.next_index += 1
        return self.lines[self.next_index - 1]


def csv_records(text: str, origin: str) -> Iterator[Row | MalformedRow]:
    """Every non-blank record as (first line number, fields), or the error of a broken one."""
    lines = io.StringIO(text, newline="").readlines()  # csv's line ends only, not U+2028
    position = 0
    while position < len(lines):
        feed = _Lines(lines, position)
        try:
            for record in csv.reader(feed, strict=True):
                if record:
                    yield position + 1, record
                position = feed.next_index
            return
        except csv.Error as exc:
            yield MalformedRow(
                f"{origin}:{position + 1}: broken CSV quoting ({exc}); "
                f"the row is skipped and reading goes on at line {position + 2}",
                hint="close every quoted field with a quote, doubling quotes inside it",
            )
            position += 1


def csv_rows(text: str, origin: str) -> Iterator[tuple[int, dict[str, str]] | MalformedRow]:
    """Rows keyed by the header's names; a row with a different field count is an error."""
    records = csv_records(text, origin)
    header = next(records, None)
    if not isinstance(header, tuple) or "text" not in header[1]:
        yield MalformedRow(f"{origin}: CSV header has no 'text' column")
        return
    names = header[1]
    for item in records:
        yield _keyed(item, names, origin)


def _keyed(
    item: Row | MalformedRow, names: list[str], origin: str
) -> tuple[int, dict[str, str]] | MalformedRow:
    if isinstance(item, MalformedRow):
        return item
    line, fields = item
    if len(fields) != len(names):
        return MalformedRow(
            f"{origin}:{line}: {len(fields)} fields where the header has {len(names)}",
            hint="quote fields that contain commas or line breaks",
        )
    return line, dict(zip(names, fields, strict=True))
