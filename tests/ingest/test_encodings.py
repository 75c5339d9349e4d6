"""Text in any common encoding is decoded (BOMs, Latin-1, Windows-1252, a page's declared
charset), mojibake is repaired, and what still fails is a named error."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from dateline.errors import UndecodableText, UnreadableInput
from dateline.ingest import read_inputs
from dateline.ingest.encoding import decode_bytes
from dateline.models import Article

FRENCH = "Des soldats ont été tués à Ségou lundi, a déclaré le préfet de la région."


def read_one(path: Path) -> Article | Exception:
    [item] = list(read_inputs([str(path)]))
    return item


@pytest.mark.parametrize(
    "encoded",
    [
        FRENCH.encode("latin-1"),
        FRENCH.encode("cp1252"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),  # with its BOM, and NUL bytes that are not binary
        FRENCH.encode("utf-32"),
    ],
    ids=["latin-1", "cp1252", "utf-8-bom", "utf-16", "utf-32"],
)
def test_text_file_in_a_common_encoding_is_decoded(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == FRENCH


def test_windows_quotes_and_dashes_are_read_as_written() -> None:
    text = "“Twelve” soldiers died — the army said."
    assert decode_bytes(text.encode("cp1252"), "x") == text


def test_cyrillic_in_windows_1251_is_not_read_as_latin() -> None:
    text = "Президент заявил, что войска вошли в город на рассвете."
    assert decode_bytes(text.encode("cp1251"), "x") == text


def test_html_declaring_latin1_is_read_in_its_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Attaque</title></head><body><article><p>"
        + FRENCH
        + " Les habitants ont fui vers Bamako.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("latin-1"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert "été tués à Ségou" in article.text


def test_mojibake_is_repaired() -> None:
    broken = "Café attacked in São Paulo".encode().decode("latin-1")  # "CafÃ© ... SÃ£o"
    assert decode_bytes(broken.encode("utf-8"), "x") == "Café attacked in São Paulo"


def test_clean_utf8_is_left_exactly_as_written() -> None:
    text = "He said “no” — 'twice'… in Ségou ½ km away ﬁnally"
    assert decode_bytes(text.encode("utf-8"), "x") == text


def test_bytes_no_encoding_fits_are_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 256) if b not in b"\t\n\r") * 8)
    error = read_one(path)
    assert isinstance(error, UndecodableText)
    assert "[E105]" in str(error) and str(path) in str(error)


def test_nul_bytes_without_a_bom_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Police arrested two men\x00 in Kabul.")
    error = read_one(path)
    assert isinstance(error, UnreadableInput)
    assert "binary" in str(error)


def test_a_jsonl_rows_text_is_kept_as_given_so_offsets_index_it(tmp_path: Path) -> None:
    given = "The suspectâ€™s car was found in Columbus on Monday."
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "m", "text": given}) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(rows)])
    assert article.text == given
