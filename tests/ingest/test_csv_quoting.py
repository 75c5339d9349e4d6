"""A CSV row with broken quoting is reported with its line number; the rows after it are
read, not swallowed into its text."""

from __future__ import annotations

from pathlib import Path

from dateline.errors import MalformedRow
from dateline.ingest import read_inputs
from dateline.models import Article


def read(path: Path) -> list:
    return list(read_inputs([str(path)]))


def test_unterminated_quote_is_reported_and_the_next_rows_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,text\n"
        'c1,"Police arrested two men in Kabul."\n'
        'c2,"An unterminated quote swallows what follows\n'
        'c3,"Troops clashed with militants near Bamako."\n'
        "c4,Rebels attacked a convoy in Goma.\n",
        encoding="utf-8",
    )
    items = read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["c1", "c3", "c4"]
    [error] = [e for e in items if isinstance(e, MalformedRow)]
    assert f"{path}:3:" in str(error) and "quoting" in str(error)


def test_unterminated_quote_in_the_last_row_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('id,text\nc1,Fine row.\nc2,"never closed\nmore text\n', encoding="utf-8")
    items = read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], MalformedRow) and f"{path}:3:" in str(items[1])


def test_quoted_line_breaks_stay_one_row_numbered_by_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('id,text\nc1,"First line.\nSecond line."\nc2,Next row.\n', encoding="utf-8")
    first, second = read(path)
    assert first.text == "First line.\nSecond line."
    assert (first.origin, second.origin) == (f"{path}:2", f"{path}:4")


def test_row_with_more_fields_than_the_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,text\nc1,Troops fired on protesters, killing two.\n", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, MalformedRow)
    assert "3 fields where the header has 2" in str(error)


def test_unicode_line_separators_inside_fields_do_not_split_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,text\nc1,Troops\u2028fired\x1eon protesters.\n", encoding="utf-8")
    [article] = read(path)
    assert article.text == "Troops\u2028fired\x1eon protesters."
