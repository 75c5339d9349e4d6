"""Diff two runs of ``dateline extract``: a redesign must leave the output byte-identical.

    python scripts/diff_runs.py run OUTDIR [--limit N] [--data DIR]   # code examples + dev files
    python scripts/diff_runs.py compare OLD NEW [--limit N]           # diff two OUTDIRs

``run`` codes ``examples/*.txt`` (published 2024-08-06) and every ``*.jsonl`` of the dev data
(``../shared/eval/dev`` by default; the first N rows with ``--limit``), one output file each.
``compare`` reads the files the two directories share, line by line (one article a line), and
prints, per file, how many articles differ and the first differing fields. The rule names that
the sides table records in the evidence (``rule``) are new by design: ``compare`` drops the
evidence items that carry one, and the key itself, before comparing. Exit code 1 when any
article differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared/eval/dev"
EXAMPLE_PUBLISHED = "2024-08-06"
SHOWN = 3  # differing articles printed per file


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="code examples and dev files into OUTDIR")
    run.add_argument("outdir", type=Path)
    run.add_argument("--limit", type=int, default=None, help="first N rows of each dev file")
    run.add_argument("--data", type=Path, default=DEV, help="folder of dev JSONL files")
    compare = sub.add_parser("compare", help="diff two OUTDIRs")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--limit", type=int, default=None, help="first N lines of each file")
    return parser.parse_args(argv)


def run(outdir: Path, limit: int | None, data: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for example in sorted((REPO / "examples").glob("*.txt")):
        target = outdir / f"example_{example.stem}.jsonl"
        _extract([str(example), "--published", EXAMPLE_PUBLISHED], target)
    for path in sorted(data.glob("*.jsonl")):
        with tempfile.TemporaryDirectory() as tmp:
            source = _head(path, limit, Path(tmp)) if limit else path
            _extract([str(source)], outdir / path.name)
        print(f"coded {path.name}", file=sys.stderr)


def _head(path: Path, limit: int, tmp: Path) -> Path:
    head = tmp / path.name
    with path.open(encoding="utf-8") as rows:
        head.write_text("".join(islice(rows, limit)), encoding="utf-8")
    return head


def _extract(args: list[str], target: Path) -> None:
    command = [str(Path(sys.executable).parent / "dateline"), "extract", *args, "-o", str(target)]
    subprocess.run(command, check=True, cwd=REPO)


def compare(old: Path, new: Path, limit: int | None) -> int:
    differing = 0
    for left in sorted(old.glob("*.jsonl")):
        right = new / left.name
        if not right.exists():
            continue
        diffs = list(_diffs(left, right, limit))
        differing += len(diffs)
        print(f"{left.name}: {len(diffs)} articles differ")
        for line, fields in diffs[:SHOWN]:
            print(f"  line {line}: {', '.join(fields)}")
    return 1 if differing else 0


def _diffs(left: Path, right: Path, limit: int | None) -> Iterator[tuple[int, list[str]]]:
    with left.open(encoding="utf-8") as a, right.open(encoding="utf-8") as b:
        pairs = islice(zip(a, b, strict=False), limit)
        for number, (one, two) in enumerate(pairs, start=1):
            before, after = json.loads(one), _without_rules(json.loads(two))
            if before != after:
                yield number, _changed_fields(before, after)


def _without_rules(record: dict[str, Any]) -> dict[str, Any]:
    for event in record.get("events", []):
        kept = [item for item in event.get("evidence", []) if not item.get("rule")]
        for item in kept:
            item.pop("rule", None)
        event["evidence"] = kept
    return record


def _changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    fields = [key for key in before if before.get(key) != after.get(key)]
    if "events" in fields and len(before["events"]) == len(after["events"]):
        pairs = zip(before["events"], after["events"], strict=True)
        fields += [f"events.{k}" for a, b in pairs for k in a if a.get(k) != b.get(k)]
    return sorted(set(fields))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "run":
        run(args.outdir, args.limit, args.data)
        return 0
    return compare(args.old, args.new, args.limit)


if __name__ == "__main__":
    sys.exit(main())
