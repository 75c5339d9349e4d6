"""Reading files, directories and stdin into Articles; bad input becomes a named error."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from dateline.errors import EmptyText, InputError, MalformedRow, UnreadableInput
from dateline.ingest import read_inputs
from dateline.models import Article

DEFAULT = dt.datetime(2024, 1, 1)


def read(*names: str | Path, published: dt.datetime | None = DEFAULT) -> list:
    return list(read_inputs([str(name) for name in names], published))


def articles(items: list) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: list) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


# ---------------------------------------------------------------- plain text and HTML


def test_text_file_becomes_one_article_named_by_its_stem(fixtures_dir: Path) -> None:
    path = fixtures_dir / "protest.txt"
    [article] = read(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.id == "protest"
    assert article.published == DEFAULT
    assert article.origin == str(path)


def test_html_gives_title_page_date_and_main_text_without_boilerplate(fixtures_dir: Path) -> None:
    [article] = read(fixtures_dir / "page.html", published=None)
    assert article.title == "Protesters march in Nairobi over teachers' pay"
    assert article.published == dt.datetime(2024, 3, 6)
    assert "marched through central Nairobi on Tuesday" in article.text
    assert "handed a petition to lawmakers" in article.text
    assert "All rights reserved" not in article.text
    assert "<p>" not in article.text


def test_explicit_published_beats_the_pages_own_date(fixtures_dir: Path) -> None:
    [article] = read(fixtures_dir / "page.html", published=DEFAULT)
    assert article.published == DEFAULT


# ---------------------------------------------------------------- JSONL


def test_jsonl_rows_come_in_order_around_a_malformed_row(fixtures_dir: Path) -> None:
    items = read(fixtures_dir / "rows.jsonl")
    assert [a.id for a in articles(items)] == ["kabul-blast", "no-date", "timed"]
    assert isinstance(items[1], MalformedRow)


def test_malformed_jsonl_row_names_file_and_line(fixtures_dir: Path) -> None:
    path = fixtures_dir / "rows.jsonl"
    bad = [e for e in errors(read(path)) if "invalid JSON" in str(e)]
    assert len(bad) == 1
    assert f"{path}:2:" in str(bad[0])
    assert str(bad[0]).startswith("[E102]")


def test_jsonl_row_without_text_is_reported_with_its_line(fixtures_dir: Path) -> None:
    path = fixtures_dir / "rows.jsonl"
    missing = [e for e in errors(read(path)) if "invalid JSON" not in str(e)]
    assert len(missing) == 1
    assert isinstance(missing[0], MalformedRow)
    assert f"{path}:5:" in str(missing[0])  # the blank line 4 still counts
    assert "'text'" in str(missing[0])


def test_row_published_overrides_the_default_and_keeps_its_time(fixtures_dir: Path) -> None:
    by_id = {a.id: a for a in articles(read(fixtures_dir / "rows.jsonl"))}
    assert by_id["kabul-blast"].published == dt.datetime(2023, 5, 10)
    assert by_id["timed"].published == dt.datetime(1998, 1, 8, 18, 30)
    assert by_id["no-date"].published == DEFAULT


def test_row_metadata_is_carried_over(fixtures_dir: Path) -> None:
    first = articles(read(fixtures_dir / "rows.jsonl"))[0]
    assert first.title == "Blast in Kabul"
    assert first.url == "https://example.org/kabul"
    assert first.source == "Example Wire"
    assert first.origin == f"{fixtures_dir / 'rows.jsonl'}:1"


def test_row_with_unreadable_published_is_reported_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text('{"text": "Troops clashed with rebels.", "published": "sometime"}\n')
    [error] = read(path)
    assert isinstance(error, MalformedRow)
    assert f"{path}:1:" in str(error)
    assert "sometime" in str(error)


def test_row_that_is_not_an_object_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    path.write_text('["text", "Troops clashed with rebels."]\n')
    [error] = read(path)
    assert isinstance(error, MalformedRow)
    assert "expected an object" in str(error)


def test_row_with_blank_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text('{"id": "x", "text": "   "}\n')
    [error] = read(path)
    assert isinstance(error, EmptyText)
    assert f"{path}:1" in str(error)


# ---------------------------------------------------------------- CSV


def test_csv_rows_with_and_without_their_own_date(fixtures_dir: Path) -> None:
    path = fixtures_dir / "rows.csv"
    items = read(path)
    assert not errors(items)
    first, second = items
    assert (first.id, first.title) == ("mogadishu", "Car bomb in Mogadishu")
    assert first.published == dt.datetime(2022, 10, 30)
    assert first.origin == f"{path}:2"  # line 1 is the header
    assert second.title is None  # an empty cell is unknown, not ""
    assert second.published == DEFAULT
    assert second.text.startswith("Garment workers rallied in Dhaka")


def test_csv_without_text_column_is_one_error_naming_the_file(fixtures_dir: Path) -> None:
    path = fixtures_dir / "no_text_column.csv"
    [error] = read(path)
    assert isinstance(error, MalformedRow)
    assert str(path) in str(error)
    assert "'text'" in str(error)


# ---------------------------------------------------------------- directories and stdin


def test_directory_is_searched_recursively_for_known_suffixes(tmp_path: Path) -> None:
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Police fired tear gas at protesters in Lima.")
    (tmp_path / "nested" / "deeper" / "b.jsonl").write_text(
        '{"id": "b1", "text": "Gunmen attacked a village in Zamfara."}\n'
    )
    (tmp_path / "notes.md").write_text("not an article")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["a", "b1"]
    assert not errors(items)


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Rebels seized the town of Goma on Sunday."))
    [article] = read("-")
    assert article.text == "Rebels seized the town of Goma on Sunday."
    assert article.origin == "<stdin>"
    assert article.published == DEFAULT


def test_stdin_jsonl_is_read_as_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (
        '{"id": "s1", "text": "Troops shelled Kharkiv."}\n'
        '{"id": "s2", "text": "A drone hit Odesa."}\n'
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(rows))
    assert [a.id for a in articles(read("-"))] == ["s1", "s2"]


# ---------------------------------------------------------------- unreadable and empty


def test_binary_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [error] = read(path)
    assert isinstance(error, UnreadableInput)
    assert str(path) in str(error)
    assert str(error).startswith("[E101]")


def test_latin1_file_is_decoded_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Soldats déployés à Gao, selon le préfet de la région.".encode("latin-1"))
    [article] = read(path)
    assert article.text == "Soldats déployés à Gao, selon le préfet de la région."


def test_missing_file_is_unreadable_and_the_batch_goes_on(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    items = read(tmp_path / "nowhere.txt", fixtures_dir / "protest.txt")
    assert isinstance(items[0], UnreadableInput)
    assert "nowhere.txt" in str(items[0])
    assert [a.id for a in articles(items)] == ["protest"]


def test_whitespace_only_file_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\t\n")
    [error] = read(path)
    assert isinstance(error, EmptyText)
    assert str(path) in str(error)


def test_jsonl_text_with_unicode_line_separators_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a", "text": "Troops\u2028fired on protesters."}\n', encoding="utf-8")
    [article] = read(path)
    assert article.text == "Troops\u2028fired on protesters."
