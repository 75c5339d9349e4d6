"""A corpus of bad inputs the project writes itself: each gets a named error or a correct
record, the batch goes on, and the summary adds up (read = coded + skipped + failed)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main

SUMMARY = re.compile(r"\((\d+) read = (\d+) coded \+ (\d+) skipped \+ (\d+) failed\)")
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    + "]><html><body><p>&lol9;</p><p>Troops shelled Idlib on Friday, residents said.</p>"
    "</body></html>"
)

# name: (bytes or text, what it must produce: an error code, or a record: its id, or "id"
# for the file's stem)
CORPUS: dict[str, tuple[bytes | str, str]] = {
    "binary.txt": (bytes(range(256)) * 20, "E101"),
    "empty.txt": ("", "E103"),
    "nul.txt": (b"Police arrested two men\x00 in Kabul on Monday.", "E101"),
    "invalid_utf8.txt": (b"Gunmen killed \xff three people \xc3\x28 in Gao on Sunday.", "id"),
    "latin1.txt": ("Gunmen killed four soldiers in Ségou on Monday.".encode("latin-1"), "id"),
    "utf16.txt": ("Militants attacked a checkpoint in Mosul on Monday.".encode("utf-16"), "id"),
    "huge.txt": (("Protesters marched in Accra on Monday. " * 50 + "\n\n") * 1000, "E107"),
    "nested.html": (
        "<html><body>" + "<div>" * 5000 + "<p>Gunmen killed three people in Gao.</p>"
        "" + "</div>" * 5000 + "</body></html>",
        "E103",
    ),
    "scripts.html": (
        "<html><head>" + "<script>var x = 1;</script>" * 5000 + "</head><body><p>Police "
        "fired tear gas at protesters in Nairobi on Tuesday, witnesses said.</p></body></html>",
        "id",
    ),
    "bomb.html": (ENTITY_BOMB, "id"),
    "bomb.rss": (
        ENTITY_BOMB.split("]>")[0]
        + ']><rss version="2.0"><channel><title>T</title><item><guid>bomb-feed</guid>'
        "<title>&lol9;</title><description>Troops shelled Idlib on Friday, residents said."
        "</description></item></channel></rss>",
        "bomb-feed",
    ),
    "mixed.txt": (
        "Des manifestants ont défilé à Dakar. Protesters marched in Dakar on Monday. "
        "抗议者周一在达喀尔游行。 Демонстранты прошли маршем.",
        "id",
    ),
}
ROWS_JSONL = (
    '{"id": "ok1", "text": "Police arrested two men in Kabul on Monday."}\n'
    '{"id": "broken", "text": \n'
    "[1, 2]\n"
    '{"id": "ok2", "text": "Troops clashed with militants near Bamako on Sunday."}\n'
    + "[" * 100_000
    + "\n"
)
ROWS_CSV = (
    "id,text\n"
    'c1,"Police arrested two men in Kabul on Monday."\n'
    'c2,"An unterminated quote here\n'
    'c3,"Troops clashed with militants near Bamako on Sunday."\n'
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    for name, (content, _) in CORPUS.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content)
    (folder / "rows.jsonl").write_text(ROWS_JSONL, encoding="utf-8")
    (folder / "rows.csv").write_text(ROWS_CSV, encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    (folder / "broken_link.txt").symlink_to(folder / "gone" / "nowhere.txt")
    return folder


@pytest.fixture(scope="module")
def run(corpus: Path) -> Result:
    args = ["extract", str(corpus), "--published", "2024-05-01", "--processes", "1"]
    return CliRunner().invoke(main, args)


@pytest.fixture(scope="module")
def coded(run: Result) -> dict[str, dict]:
    return {record["id"]: record for record in map(json.loads, run.stdout.splitlines())}


def test_the_batch_goes_on_and_exits_zero(run: Result) -> None:
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output


@pytest.mark.parametrize("name", [n for n, (_, want) in CORPUS.items() if want.startswith("E")])
def test_bad_file_gets_its_named_error(run: Result, corpus: Path, name: str) -> None:
    code = CORPUS[name][1]
    lines = [line for line in run.stderr.splitlines() if f"{corpus / name}:" in line]
    assert lines and f"[{code}]" in lines[0], run.stderr


@pytest.mark.parametrize("name", [n for n, (_, w) in CORPUS.items() if not w.startswith("E")])
def test_odd_but_readable_file_gets_a_record(coded: dict[str, dict], name: str) -> None:
    want = CORPUS[name][1]
    record = coded[Path(name).stem if want == "id" else want]
    assert record["events"], record


def test_latin1_text_is_decoded_not_garbled(coded: dict[str, dict]) -> None:
    assert "Ségou" in json.dumps(coded["latin1"], ensure_ascii=False)


def test_malformed_rows_are_named_by_line_and_good_rows_coded(
    run: Result, corpus: Path, coded: dict[str, dict]
) -> None:
    for where in ("rows.jsonl:2:", "rows.jsonl:3:", "rows.jsonl:5:", "rows.csv:3:"):
        assert str(corpus / where) in run.stderr, where
    assert {"ok1", "ok2", "c1", "c3"} <= set(coded)


def test_special_files_are_skipped_with_a_message(run: Result, corpus: Path) -> None:
    for name in ("fifo.txt", "broken_link.txt"):
        assert f"skipped: [E106] {corpus / name}" in run.stderr


def test_summary_adds_up(run: Result, coded: dict[str, dict]) -> None:
    read, done, skipped, failed = map(int, SUMMARY.search(run.stderr).groups())
    assert read == done + skipped + failed
    assert done == len(coded)
    assert skipped == 2
    assert failed == run.stderr.count("dateline: error:")
