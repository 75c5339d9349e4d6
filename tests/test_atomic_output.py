"""Output is never destroyed: written beside the target, moved over it at the end, kept
unfinished beside it when a run is interrupted, continued by --resume."""

from __future__ import annotations

import errno
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.destination import Destination
from dateline.errors import (
    Interrupted,
    NotResumable,
    OutputIsInput,
    OutputUnwritable,
    UnfinishedOutput,
)
from dateline.models import ArticleResult
from dateline.output import WRITERS

PROTEST = "Hundreds of nurses marched through the centre of Accra on Thursday, union leaders said."


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, ["extract", *args])


def result(article_id: str) -> ArticleResult:
    return ArticleResult(id=article_id, title=None, url=None, published=None, language="en")


def write(destination: Destination, ids: list[str], stop_after: int | None = None) -> None:
    with destination.writer() as writer:
        for number, article_id in enumerate(ids, start=1):
            writer.add(result(article_id))
            if number == stop_after:
                raise Interrupted(15)


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    """An earlier run's results."""
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "earlier"}\n', encoding="utf-8")
    return path


# ---------------------------------------------------------------- the command line


def test_output_naming_the_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(PROTEST, encoding="utf-8")
    outcome = invoke(str(source), "-o", str(source))
    assert outcome.exit_code == 2
    assert "[E401]" in outcome.stderr
    assert source.read_text(encoding="utf-8") == PROTEST


def test_output_inside_an_input_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PROTEST, encoding="utf-8")
    outcome = invoke(str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert outcome.exit_code == 2
    assert "[E401]" in outcome.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_misspelt_input_leaves_the_earlier_output_as_it_was(tmp_path: Path, earlier: Path) -> None:
    outcome = invoke(str(tmp_path / "misspelt.txt"), "-o", str(earlier))
    assert outcome.exit_code == 1
    assert earlier.read_text(encoding="utf-8") == '{"id": "earlier"}\n'
    assert not Path(f"{earlier}.partial").exists()


def test_append_adds_to_the_earlier_records(tmp_path: Path, earlier: Path) -> None:
    source = tmp_path / "protest.txt"
    source.write_text(PROTEST, encoding="utf-8")
    outcome = invoke(str(source), "--published", "2024-03-07", "-o", str(earlier), "--append")
    assert outcome.exit_code == 0, outcome.output
    assert ids_in(earlier) == ["earlier", "protest"]


def test_resume_skips_ids_already_written_and_counts_them(tmp_path: Path, earlier: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "earlier", "text": PROTEST})
        + "\n"
        + json.dumps({"id": "new", "text": PROTEST})
        + "\n",
        encoding="utf-8",
    )
    outcome = invoke(str(rows), "--processes", "1", "-o", str(earlier), "--resume")
    assert outcome.exit_code == 0, outcome.output
    assert ids_in(earlier) == ["earlier", "new"]
    assert "2 read = 1 coded + 1 skipped + 0 failed" in outcome.stderr


def test_append_with_a_format_that_cannot_be_extended_is_refused(earlier: Path) -> None:
    outcome = invoke(
        str(earlier), "-o", str(earlier.with_suffix(".json")), "--format", "json", "--append"
    )
    assert outcome.exit_code == 2
    assert "[E403]" in outcome.stderr


# ---------------------------------------------------------------- the destination


def test_interrupted_run_keeps_the_target_and_the_finished_part_beside_it(earlier: Path) -> None:
    with pytest.raises(Interrupted):
        write(Destination(earlier, "jsonl"), ["a", "b", "c"], stop_after=2)
    assert ids_in(earlier) == ["earlier"]
    assert ids_in(Path(f"{earlier}.partial")) == ["a", "b"]


def test_a_new_run_does_not_overwrite_an_unfinished_one(earlier: Path) -> None:
    with pytest.raises(Interrupted):
        write(Destination(earlier, "jsonl"), ["a", "b"], stop_after=1)
    with pytest.raises(UnfinishedOutput):
        Destination(earlier, "jsonl").check([])
    with pytest.raises(UnfinishedOutput):
        Destination(earlier, "jsonl", "append").check([])


def test_resume_continues_the_unfinished_run_and_replaces_the_target(earlier: Path) -> None:
    with pytest.raises(Interrupted):
        write(Destination(earlier, "jsonl"), ["a", "b", "c"], stop_after=2)
    resumed = Destination(earlier, "jsonl", "resume")
    resumed.check([])
    assert resumed.done_ids() == {"a", "b"}
    write(resumed, ["c"])
    assert ids_in(earlier) == ["a", "b", "c"]
    assert not Path(f"{earlier}.partial").exists()


def test_resume_drops_a_half_written_last_line(earlier: Path) -> None:
    partial = Path(f"{earlier}.partial")
    partial.write_text('{"id": "a"}\n{"id": "b", "ev', encoding="utf-8")
    resumed = Destination(earlier, "jsonl", "resume")
    assert resumed.done_ids() == {"a"}
    write(resumed, ["b"])
    assert ids_in(earlier) == ["a", "b"]


def test_append_to_a_file_without_a_final_newline(earlier: Path) -> None:
    earlier.write_text('{"id": "earlier"}', encoding="utf-8")
    write(Destination(earlier, "jsonl", "append"), ["a"])
    assert ids_in(earlier) == ["earlier", "a"]


def test_the_input_itself_is_refused_before_anything_is_written(earlier: Path) -> None:
    with pytest.raises(OutputIsInput):
        Destination(earlier, "jsonl").check([str(earlier)])
    with pytest.raises(NotResumable):
        Destination(earlier, "csv", "resume").check([])


def test_standard_output_gets_each_record_as_it_is_finished(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(Interrupted):
        write(Destination(None, "jsonl"), ["a", "b", "c"], stop_after=2)
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["a", "b"]


def test_output_into_a_missing_folder_is_refused_before_reading(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(PROTEST, encoding="utf-8")
    outcome = invoke(str(source), "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert outcome.exit_code == 1
    assert "[E404]" in outcome.stderr


def test_a_full_disk_is_a_named_error_not_a_traceback() -> None:
    class FullDisk(io.StringIO):
        name = "out.jsonl.partial"

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    writer = WRITERS["jsonl"](FullDisk())
    with pytest.raises(OutputUnwritable, match="No space left"):
        writer.add(result("a"))
    assert writer.count == 0


@pytest.mark.parametrize("fmt", ["json", "geojson"])
def test_an_interrupted_json_file_is_still_well_formed(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(Interrupted):
        write(Destination(target, fmt), ["a", "b", "c"], stop_after=2)
    document = json.loads(Path(f"{target}.partial").read_text(encoding="utf-8"))
    if fmt == "json":
        assert [record["id"] for record in document] == ["a", "b"]
    else:
        assert document == {"type": "FeatureCollection", "features": []}
