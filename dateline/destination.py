"""Where results go, without ever destroying what is there.

A file target is written as ``TARGET.partial`` beside it, one flushed record at a time, and
moved over the target (``os.replace``, atomic) only when the run ends normally. An
interrupted run leaves the earlier target intact and its finished records in the
``.partial`` file, which ``--resume`` continues. ``--append`` starts from a copy of the
target. Before anything is read, an output that is an input (or lies where an input
directory would read it) is refused, and so is a run that would overwrite an unfinished
``.partial`` file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dateline.errors import (
    InvalidOption,
    NotResumable,
    OutputIsInput,
    OutputUnwritable,
    UnfinishedOutput,
)
from dateline.ingest.reader import SUFFIXES
from dateline.output import WRITERS, Writer

Mode = Literal["replace", "append", "resume"]
PARTIAL = ".partial"


@dataclass(frozen=True, slots=True)
class Destination:
    target: Path | None
    fmt: str
    mode: Mode = "replace"

    @property
    def partial(self) -> Path | None:
        """The file being written: the target's name plus ``.partial``, in its folder."""
        return self.target.with_name(self.target.name + PARTIAL) if self.target else None

    def check(self, inputs: Iterable[str]) -> None:
        """Refuse, before any input is read, a run that could destroy data."""
        if self.target is None or self.partial is None:
            if self.mode != "replace":
                raise InvalidOption(f"--{self.mode} needs -o FILE", hint="name the output file")
            return
        if self.mode != "replace" and self.fmt != "jsonl":
            raise NotResumable(f"--{self.mode} with --format {self.fmt}")
        _refuse_inputs(self.target, inputs)
        if not self.target.parent.is_dir():
            raise OutputUnwritable(f"-o {self.target}: no folder {self.target.parent}")
        if self.partial.exists() and self.mode != "resume":
            raise UnfinishedOutput(f"{self.partial} holds the records of an interrupted run")

    def done_ids(self) -> set[str]:
        """Ids already written (for ``--resume``): the unfinished run's, else the target's."""
        if self.target is None or self.partial is None:
            return set()
        source = self.partial if self.partial.exists() else self.target
        return _ids(source) if source.exists() else set()

    @contextlib.contextmanager
    def writer(self) -> Iterator[Writer]:
        """A writer into the partial file, moved over the target when the body ends normally."""
        if self.target is None or self.partial is None:
            with _closing(WRITERS[self.fmt](sys.stdout)) as writer:
                yield writer
            return
        continued = self.partial.exists()
        try:
            fresh = self._prepare(self.target, self.partial)
        except OSError as exc:
            raise OutputUnwritable(f"cannot write {self.partial}: {exc.strerror}") from exc
        with self.partial.open("a", encoding="utf-8", newline="") as stream:
            with _closing(WRITERS[self.fmt](stream, fresh=fresh)) as writer:
                yield writer
            os.fsync(stream.fileno())
        self._finish(self.target, self.partial, nothing_new=writer.count == 0 and not continued)

    def _finish(self, target: Path, partial: Path, nothing_new: bool) -> None:
        """Move the partial file over the target; a run that wrote nothing (every input
        misspelt, say) leaves an existing target as it was."""
        if nothing_new and target.exists():
            partial.unlink()
            return
        if target.exists():
            shutil.copymode(target, partial)
        os.replace(partial, target)

    def _prepare(self, target: Path, partial: Path) -> bool:
        """Ready the partial file; True when it starts empty (a CSV header is then due)."""
        if partial.exists():  # only --resume gets here (see check)
            _drop_torn_line(partial)
        elif self.mode != "replace" and target.exists():
            shutil.copyfile(target, partial)
            _drop_torn_line(partial)
        else:
            partial.write_bytes(b"")
        return partial.stat().st_size == 0


@contextlib.contextmanager
def _closing(writer: Writer) -> Iterator[Writer]:
    """Close the writer (JSON's closing bracket, a flush) however the body ends."""
    try:
        yield writer
    finally:
        writer.close()


def _refuse_inputs(target: Path, inputs: Iterable[str]) -> None:
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.exists():
            continue
        if path.is_dir() and target.suffix.lower() in SUFFIXES and _inside(target, path):
            raise OutputIsInput(f"-o {target} lies in the input directory {name}")
        if not path.is_dir() and target.exists() and os.path.samefile(path, target):
            raise OutputIsInput(f"-o {target} is the input {name}")


def _inside(target: Path, folder: Path) -> bool:
    return target.resolve().is_relative_to(folder.resolve())


def _ids(path: Path) -> set[str]:
    ids: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as stream:
        for line in stream:
            ids.update(_line_id(line))
    return ids


def _line_id(line: str) -> list[str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return []  # a line of something else: its article is simply coded again
    value = record.get("id") if isinstance(record, dict) else None
    return [value] if isinstance(value, str) else []


def _drop_torn_line(path: Path) -> None:
    """Cut a last line that a kill left half written; add the newline a file may lack."""
    data = path.read_bytes()
    if not data or data.endswith(b"\n"):
        return
    cut = data.rfind(b"\n") + 1
    tail = data[cut:]
    keep = data + b"\n" if _is_record(tail) else data[:cut]
    path.write_bytes(keep)


def _is_record(line: bytes) -> bool:
    try:
        json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return True


__all__ = ["PARTIAL", "Destination"]
