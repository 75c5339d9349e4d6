"""Store benchmark: ingest throughput beside extract's, merge cost, ``events`` on 100k
stored events, database size per 1,000 articles.

Targets (issue 14): ingest at >= 90% of extract's throughput on the same articles; the
merge sub-quadratic (its time for N articles against N/2); ``events`` on 100,000 stored
events in < 2 s; the database size per 1,000 articles is reported. The articles repeat the
input file with new ids (and a marker line, so they are not skipped as duplicates).

    python scripts/benchmark_store.py [FILE.jsonl] [--articles N] [--events N] [--skip-coding]
        [--processes N] [-o RESULTS.json]

``--articles N`` repeats the file with new ids up to N articles; extract and ingest code the
same N articles with the same spaCy processes, one after the other; the merge is then timed
alone on the stored reports (``rebuild_s``, ``cluster_all_s``, ``cluster_half_s``).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from dateline.ingest import read_inputs
from dateline.models import Article, to_dict
from dateline.pipeline import Pipeline
from dateline.settings import Settings
from dateline.store.exports import write_events
from dateline.store.filters import Filters, register_functions
from dateline.store.ingestion import ingest
from dateline.store.merger import event_row, load_reports, rebuild_events
from dateline.store.schema import connect

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared/eval/dev/gva_dev.jsonl"
MIN_INGEST_RATIO = 0.9
MAX_EVENTS_SECONDS = 2.0


def repeated_rows(source: Path, count: int, out: Path) -> None:
    """``count`` JSONL rows cycling through ``source`` with new ids and a marker line."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    with out.open("w", encoding="utf-8") as stream:
        for n in range(count):
            row = rows[n % len(rows)]
            copy = n // len(rows)
            text = row["text"] if copy == 0 else f"{row['text']}\n\n(Copy {copy}.)"
            item = {"id": f"bench-{n}", "text": text, "published": row.get("published")}
            stream.write(json.dumps(item) + "\n")


def extract_rate(path: Path, settings: Settings) -> float:
    """Articles per second through the pipeline alone (as ``dateline extract`` codes them:
    read, code, and write each record as a JSON line)."""
    started = time.perf_counter()
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for result in Pipeline(settings).run_safe(articles):
            if not isinstance(result, Exception):
                sink.write(json.dumps(to_dict(result)) + "\n")
    return len(articles) / (time.perf_counter() - started)


def ingest_rate(path: Path, db: Path, settings: Settings) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    summary = ingest([str(path)], db, settings=settings)
    return summary.read / (time.perf_counter() - started), summary.as_dict()


def merge_seconds(db: Path) -> dict[str, Any]:
    """The merge alone: seconds to rebuild the events (load, cluster, write), and to cluster
    all stored reports (with the articles that coded no event) and the first half of them,
    with the candidate pairs scored: sub-quadratic when the pairs grow about linearly."""
    from dateline.dedupe import cluster

    conn = connect(db)
    try:
        started = time.perf_counter()
        rebuild_events(conn)
        full = time.perf_counter() - started
        reports = load_reports(conn, related=True)
    finally:
        conn.close()
    out: dict[str, Any] = {"reports": len(reports), "rebuild_s": round(full, 2)}
    for name, part in (("all", reports), ("half", reports[: len(reports) // 2])):
        started = time.perf_counter()
        result = cluster(part)
        out[f"cluster_{name}_s"] = round(time.perf_counter() - started, 2)
        out[f"pairs_{name}"] = len(result.decisions)
    return out


def size_per_1000(db: Path, articles: int) -> float:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return round(db.stat().st_size / 1e6 / max(1, articles) * 1000, 2)


def synthetic_events(db: Path, count: int) -> None:
    """``count`` events made from one template record, varied in date, place and counts."""
    template = _template()
    conn = connect(db)
    conn.execute("BEGIN")
    for n in range(count):
        record = dict(template, event_uid=f"ev-{n:016x}", event_date=_day(n))
        record["location"] = dict(template["location"], latitude=-30 + n % 60, longitude=n % 170)
        record["fatalities"] = {"best": n % 7, "low": n % 7, "high": n % 9, "text": None}
        conn.execute(f"INSERT INTO events VALUES ({', '.join('?' * 26)})", event_row(record))
    conn.execute("COMMIT")
    conn.close()


def _template() -> dict[str, Any]:
    from dateline.models import EventRecord, Place, to_dict

    place = Place(text="Baqubah", start=0, end=7, name="Baqubah", country_iso="IQ",
                  country="Iraq", admin1="Diyala", geo_precision=1)  # fmt: skip
    record = to_dict(EventRecord("e", "main", "2024-03-11", 1, "Political violence", "Battles",
                                 "Armed clash", location=place))  # fmt: skip
    article = {"id": "a", "event_id": "e", "role": "main", "published": "2024-03-12",
               "url": None, "source": "Courier"}  # fmt: skip
    sentence = "Gunmen attacked a police checkpoint outside Baqubah on Monday night, police said."
    record["evidence"] = [{"field": f, "text": sentence, "start": 0, "end": len(sentence)}
                          for f in ("sentence", "trigger", "actor1", "actor2", "location",
                                    "fatalities", "injuries", "event_date")]  # fmt: skip
    return {"event_uid": "", **record, "articles": [article, dict(article, id="b")]}


def _day(n: int) -> str:
    import datetime as dt

    return (dt.date(2015, 1, 1) + dt.timedelta(days=n % 3000)).isoformat()


def events_seconds(db: Path, out: Path) -> dict[str, float]:
    conn = connect(db)
    register_functions(conn)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        count = write_events(conn, Filters(), "jsonl", out)
        all_s, all_cpu = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        write_events(conn, Filters(since="2016-01-01", min_fatalities=3), "jsonl", out)
        filtered_s = time.perf_counter() - started
    finally:
        conn.close()
    return {"events": count, "events_jsonl_s": round(all_s, 2),
            "events_jsonl_cpu_s": round(all_cpu, 2), "events_filtered_s": round(filtered_s, 2),
            "events_mb": round(out.stat().st_size / 1e6, 1)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--skip-coding", action="store_true", help="only the events benchmark")
    parser.add_argument("-o", "--output", type=Path, help="also write the results here (JSON)")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_coding:
            results.update(_coding(args, work))
        synthetic_events(work / "synthetic.db", args.events)
        results.update(events_seconds(work / "synthetic.db", work / "events.jsonl"))
    results["events_target_met"] = results["events_jsonl_s"] < MAX_EVENTS_SECONDS
    print(json.dumps(results, indent=2))
    if args.output:
        args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _coding(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    rows = work / "articles.jsonl"
    repeated_rows(args.file, args.articles, rows)
    settings = Settings(n_process=args.processes)
    extract = extract_rate(rows, settings)
    ingest_per_s, summary = ingest_rate(rows, work / "store.db", settings)
    coding_s = args.articles / extract
    return {
        "articles": args.articles,
        "extract_docs_per_s": round(extract, 2),
        "ingest_docs_per_s": round(ingest_per_s, 2),
        "ingest_vs_extract": round(ingest_per_s / extract, 3),
        "ingest_target_met": ingest_per_s / extract >= MIN_INGEST_RATIO,
        "extract_s": round(coding_s, 1),
        "ingest_s": summary["seconds"],
        "ingest_summary": {k: v for k, v in summary.items() if k != "errors"},
        "merge": merge_seconds(work / "store.db"),
        "db_mb_per_1000_articles": size_per_1000(work / "store.db", args.articles),
    }


if __name__ == "__main__":
    main()
