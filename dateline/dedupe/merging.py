"""The merged event: one record from the reports of one event.

The most specific place, the most precise date, the most conservative fatalities with the
range of all reports, the union of sources and weapons, the evidence of every article;
the other fields come from the most confident report (a main report before a background).
"""

from __future__ import annotations

import copy
import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from dateline.dedupe.report import Report

COUNTS = ("fatalities", "injuries", "abducted", "arrested")


def event_uid(reports: Sequence[Report]) -> str:
    """A stable id: a hash of the smallest (article id, event id) among the reports (the
    articles attached without an event of their own left out)."""
    anchor = min(r.key for r in reports if not r.related)
    return "ev-" + hashlib.sha1("\x1f".join(anchor).encode()).hexdigest()[:16]


def merged_record(group: Sequence[Report]) -> dict[str, Any]:
    """Every EventRecord field (merged) plus ``event_uid`` and ``articles``. Articles with
    no event of their own that tell of this one (``Report.related``) are listed in
    ``articles`` with role ``related`` and no ``event_id``; they add nothing to the fields."""
    reports = [r for r in group if not r.related]
    lead = min(reports, key=_lead_rank)
    record = copy.deepcopy(lead.record)
    uid = event_uid(reports)
    record["event_id"] = uid
    record["role"] = "main" if any(r.role == "main" for r in reports) else "background"
    record["location"] = _place(reports)
    record.update(_date(reports))
    for name in COUNTS:
        record[name] = _count([r.record.get(name) or {} for r in reports])
    record["weapons"] = _union([r.record.get("weapons") or [] for r in reports], ("name", "detail"))
    record["sources"] = _sources(reports)
    record["evidence"] = [dict(e, article_id=r.article_id) for r in reports for e in _evidence(r)]
    record["confidence"] = max(float(r.record.get("confidence") or 0.0) for r in reports)
    articles = [_article(r, i) for r in group for i in (r.article_id, *r.aliases)]
    return {"event_uid": uid, **record, "articles": articles}


def _lead_rank(report: Report) -> tuple[int, float, tuple[str, str]]:
    main = 0 if report.role == "main" else 1
    return main, -float(report.record.get("confidence") or 0.0), report.key


def _place(reports: Sequence[Report]) -> dict[str, Any] | None:
    places = [r.record["location"] for r in reports if r.record.get("location")]
    if not places:
        return None
    return copy.deepcopy(min(places, key=_place_rank))


def _place_rank(place: dict[str, Any]) -> tuple[int, float, str]:
    return place.get("geo_precision") or 3, -(place.get("confidence") or 0.0), place["name"]


def _date(reports: Sequence[Report]) -> dict[str, Any]:
    dated = [r.record for r in reports if r.record.get("event_date")]
    if not dated:
        return {"event_date": None, "time_precision": None}
    best = min(r.get("time_precision") or 3 for r in dated)
    values = Counter(r["event_date"] for r in dated if (r.get("time_precision") or 3) == best)
    value = min(values, key=lambda v: (-values[v], v))
    return {"event_date": value, "time_precision": best}


def _count(counts: list[dict[str, Any]]) -> dict[str, Any]:
    known = [c for c in counts if c.get("best") is not None]
    if not known:
        return {"best": None, "low": None, "high": None, "text": None}
    lows = [c.get("low") if c.get("low") is not None else c["best"] for c in known]
    highs = [c.get("high") if c.get("high") is not None else c["best"] for c in known]
    conservative = min(known, key=lambda c: c["best"])
    return {"best": conservative["best"], "low": min(lows), "high": max(highs),
            "text": conservative.get("text")}  # fmt: skip


def _union(groups: list[list[dict[str, Any]]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for group in groups:
        for item in group:
            seen.setdefault(tuple(item.get(k) for k in keys), copy.deepcopy(item))
    return list(seen.values())


def _sources(reports: Sequence[Report]) -> list[dict[str, Any]]:
    outlets = [[{"name": r.source, "kind": "outlet", "anonymous": False}] for r in reports]
    named = [r.record.get("sources") or [] for r in reports]
    return _union([o for o in outlets if o[0]["name"]] + named, ("name",))


def _evidence(report: Report) -> list[dict[str, Any]]:
    return list(report.record.get("evidence") or [])


def _article(report: Report, article_id: str) -> dict[str, Any]:
    return {
        "id": article_id,
        "event_id": None if report.related else report.event_id,
        "role": report.role,
        "published": report.published,
        "url": report.url,
        "source": report.source,
    }
