"""Build ACLED-style event records from grouped mentions and the article's resolved parts."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from dateline.models import (
    Actor,
    Analysis,
    Attribution,
    Count,
    EventRecord,
    Evidence,
    Group,
    Mention,
    Place,
    Sides,
)
from dateline.vocabulary import naming as act


@dataclasses.dataclass(slots=True)
class Parts:
    """What the resolve stage worked out for one group of mentions."""

    date: tuple[Any, str | None, int | None]  # (TimeValue | None, value, time_precision)
    location: Place | None
    sides: Sides
    fatalities: Count
    injuries: Count
    abducted: Count
    arrested: Count
    weapons: list[Any]  # (Weapon, Evidence) pairs


def build_record(
    analysis: Analysis, group: Group, parts: Parts, attribution: Attribution, index: int
) -> EventRecord:
    lead = group.mentions[0]
    sides = parts.sides
    actor1, actor2 = sides.actor1, sides.actor2
    timex, value, precision = parts.date
    record = EventRecord(
        event_id=_event_id(analysis, index),
        role="main" if group.role == "main" else "background",
        event_date=value,
        time_precision=precision,
        disorder_type=sides.disorder_type,
        event_type=sides.event_type,
        sub_event_type=sides.sub_event_type,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=sides.assoc_actor_1,
        assoc_actor_2=sides.assoc_actor_2,
        interaction=act.interaction(actor1, actor2),
        civilian_targeting=bool(actor2 and actor2.inter == act.CIVILIANS),
        attribution=attribution,
        location=parts.location,
        fatalities=parts.fatalities,
        injuries=parts.injuries,
        abducted=parts.abducted,
        arrested=parts.arrested,
        weapons=[weapon for weapon, _ in parts.weapons],
        plover=lead.plover,
        confidence=_confidence(lead, parts),
    )
    record.evidence = _evidence(group, timex, parts, actor1, actor2)
    record.notes = _notes(record)
    return record


def _event_id(analysis: Analysis, index: int) -> str:
    seed = f"{analysis.article.id or ''}\n{analysis.article.text[:2000]}"
    return f"{hashlib.sha1(seed.encode()).hexdigest()[:12]}-{index}"


def _confidence(lead: Mention, parts: Parts) -> float:
    score = 0.5 * lead.cue_strength + 0.25 * (parts.location is not None)
    score += 0.25 * (parts.date[0] is not None)
    return round(min(score, 1.0), 2)


def _evidence(
    group: Group, timex: Any, parts: Parts, actor1: Actor | None, actor2: Actor | None
) -> list[Evidence]:
    spans = [_as_output(span) for m in group.mentions for span in m.evidence]
    spans += [span for m in group.mentions for span in (m.agent, m.patient) if span is not None]
    spans += parts.sides.evidence  # which rule chose each side
    if timex is not None:
        spans.append(Evidence("event_date", timex.text, timex.start, timex.end))
    if parts.location is not None:
        loc = parts.location
        spans.append(Evidence("location", loc.text, loc.start, loc.end))
    spans += [ev for _, ev in parts.weapons]
    return _unique(spans)


def _as_output(span: Evidence) -> Evidence:
    """The people shot are read to count the injured: their words are injuries evidence."""
    if span.field != "shot":
        return span
    return dataclasses.replace(span, field="injuries")


def _unique(spans: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int, str | None]] = set()
    out = []
    for span in spans:
        key = (span.field, span.start, span.end, span.rule)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out


def _notes(record: EventRecord) -> str:
    """One ACLED-style sentence: when, who, did what, to whom, where, with what toll."""
    when = f"On {record.event_date}, " if record.event_date else ""
    who = record.actor1.name if record.actor1 else "an unidentified actor"
    whom = f" against {record.actor2.name}" if record.actor2 else ""
    where = ""
    if record.location is not None:
        where = f" in {record.location.name}"
        if record.location.country:
            where += f", {record.location.country}"
    toll = record.fatalities.best
    tail = f" {toll} fatalities." if toll is not None else ""
    return f"{when}{record.sub_event_type.lower()} by {who}{whom}{where}.{tail}"
