"""Throughput and memory of the full pipeline beside bare ``nlp.pipe`` on the same texts.

Targets: the full pipeline keeps at least half the speed of bare spaCy parsing and codes at
least 15 docs/s. Wall-clock rates swing when other work shares the cores; the rates per CPU
second (children included) are the steadier comparison. ``--profile`` instead runs the
pipeline in one process under cProfile and prints where the time goes, by module.

    python scripts/benchmark.py [FILE.jsonl] [--limit N] [--processes N] [--json] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import os
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.analyze import load_nlp
from dateline.ingest import read_inputs
from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared/eval/dev/news_negatives_and_throughput_bbc.jsonl"
MIN_RATIO = 0.5  # full pipeline vs bare nlp.pipe
MIN_DOCS_PER_SECOND = 15.0
WARM_UP_DOCS = 16


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="JSONL rows")
    parser.add_argument("--limit", type=int, default=None, help="use the first N rows only")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON only")
    parser.add_argument("--profile", action="store_true", help="cProfile, one process")
    return parser.parse_args(argv)


def load_articles(path: Path, limit: int | None) -> list[Article]:
    """The readable rows of ``path``; unreadable ones are skipped (this is not a test of ingest)."""
    articles = [item for item in read_inputs([str(path)]) if isinstance(item, Article)]
    return articles[:limit] if limit else articles


@dataclass(frozen=True, slots=True)
class Speed:
    """Documents per wall-clock second, and per CPU second (robust when cores are shared)."""

    docs: int
    wall: float
    cpu: float

    def as_dict(self) -> dict[str, float]:
        return {
            "docs_per_s": round(self.docs / self.wall, 1),
            "docs_per_cpu_s": round(self.docs / self.cpu, 1),
        }


def speed(run: Callable[[], int]) -> Speed:
    """Time ``run`` (which returns how many documents it processed), children's CPU included."""
    wall, cpu = time.perf_counter(), _cpu_seconds()
    count = run()
    return Speed(count, time.perf_counter() - wall, _cpu_seconds() - cpu)


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def bare_speed(texts: list[str], settings: Settings) -> Speed:
    nlp = load_nlp(settings.model_names)
    _count(nlp.pipe(texts[:WARM_UP_DOCS]))  # the first docs pay for lazily built tables
    pipe = functools.partial(
        nlp.pipe, texts, batch_size=settings.batch_size, n_process=settings.n_process
    )
    return speed(lambda: _count(pipe()))


def full_speed(articles: list[Article], settings: Settings) -> Speed:
    pipeline = Pipeline(settings)
    _count(pipeline.run(articles[:WARM_UP_DOCS]))  # gazetteer and lexicons load lazily
    return speed(lambda: _count(pipeline.run(articles)))


def _count(items: Iterable[Any]) -> int:
    return sum(1 for _ in items)


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child process."""
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # macOS reports bytes
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / per_mb
    return {"self": round(own, 1), "largest_child": round(children, 1)}


def measure(args: argparse.Namespace) -> dict[str, Any]:
    articles = load_articles(args.data, args.limit)
    settings = Settings(n_process=max(1, args.processes), batch_size=args.batch_size)
    bare = bare_speed([a.text for a in articles], settings).as_dict()
    full = full_speed(articles, settings).as_dict()
    ratio = full["docs_per_s"] / bare["docs_per_s"]
    return {
        "data": str(args.data),
        "docs": len(articles),
        "processes": settings.n_process,
        "bare": bare,
        "full": full,
        "ratio_full_to_bare": round(ratio, 3),
        "ratio_full_to_bare_cpu": round(full["docs_per_cpu_s"] / bare["docs_per_cpu_s"], 3),
        "peak_memory_mb": peak_memory_mb(),
        "targets": targets(ratio, full["docs_per_s"]),
    }


def targets(ratio: float, docs_per_s: float) -> dict[str, bool]:
    return {
        f"full >= {MIN_RATIO} x bare": ratio >= MIN_RATIO,
        f"full >= {MIN_DOCS_PER_SECOND:g} docs/s": docs_per_s >= MIN_DOCS_PER_SECOND,
    }


def report(numbers: dict[str, Any]) -> str:
    memory = numbers["peak_memory_mb"]
    lines = [
        f"{numbers['docs']} docs from {numbers['data']}, {numbers['processes']} process(es)",
        _speed_line("bare nlp.pipe", numbers["bare"]),
        _speed_line("full pipeline", numbers["full"])
        + f"  ({numbers['ratio_full_to_bare']:.2f} x bare; "
        f"{numbers['ratio_full_to_bare_cpu']:.2f} x by CPU time)",
        f"peak memory     {memory['self']:8.1f} MB (largest child {memory['largest_child']} MB)",
    ]
    targets = numbers["targets"].items()
    lines += [f"target {name}: {'ok' if ok else 'MISSED'}" for name, ok in targets]
    return "\n".join(lines)


def _speed_line(label: str, numbers: dict[str, float]) -> str:
    rates = f"{numbers['docs_per_s']:8.1f} docs/s, {numbers['docs_per_cpu_s']:6.1f} docs/CPU-s"
    return f"{label:<15} {rates}"


def profile(articles: list[Article], top: int = 25) -> str:
    """Run the pipeline in this process under cProfile; time per module, then per function."""
    pipeline = Pipeline(Settings(n_process=1))
    _count(pipeline.run(articles[:WARM_UP_DOCS]))  # model and gazetteer loads are not the question
    profiler = cProfile.Profile()
    profiler.runcall(lambda: _count(pipeline.run(articles)))
    stats = pstats.Stats(profiler)
    lines = [f"{seconds:8.2f} s  {module}" for module, seconds in by_module(stats)[:top]]
    return "self time by module:\n" + "\n".join(lines) + "\n\n" + top_functions(stats, top)


def by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Self time summed per source module, largest first."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
        totals[module_name(filename)] += row[2]
    return sorted(totals.items(), key=lambda item: -item[1])


def module_name(filename: str) -> str:
    """``.../site-packages/spacy/pipeline/foo.py`` → ``spacy.pipeline.foo``."""
    for marker in ("site-packages/", f"{REPO}/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return filename.removesuffix(".py").replace("/", ".")


def top_functions(stats: pstats.Stats, top: int) -> str:
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][3])  # type: ignore[attr-defined]
    lines = [
        f"{row[3]:8.2f} s cum {row[2]:7.2f} s self  {module_name(f)}:{line} {name}"
        for (f, line, name), row in rows
        if f"{REPO}/dateline" in f
    ]
    return "cumulative time, dateline functions:\n" + "\n".join(lines[:top])


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.profile:
        print(profile(load_articles(args.data, args.limit or 100)))
        return
    numbers = measure(args)
    print(json.dumps(numbers, indent=2) if args.json else report(numbers))


if __name__ == "__main__":
    main()
