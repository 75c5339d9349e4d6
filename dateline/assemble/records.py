"""Build ACLED-style event records from grouped mentions and the article's resolved parts."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from dateline.assemble.grouping import Group
from dateline.extract.taxonomy import KINDS, EventKind
from dateline.models import (
    Actor,
    Analysis,
    Attribution,
    Count,
    EventRecord,
    Evidence,
    Mention,
    Place,
)
from dateline.resolve import actors as act

CROWD_INTER = {"Protests": act.PROTESTERS, "Riots": act.RIOTERS}
ALL = frozenset(range(1, 9))
# Whom a demonstration can be coded against: the forces that intervened, or rioters' targets.
PROTEST_TARGETS = {"Protests": frozenset({1}), "Riots": frozenset({1, 3, 7, 8})}
CIVILIAN_TARGET = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)
POLICE_TARGET = frozenset({"Protest with intervention", "Excessive force against protesters"})
ARMED_DEFAULT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclasses.dataclass(slots=True)
class Parts:
    """What the resolve stage worked out for one group of mentions."""

    date: tuple[Any, str | None, int | None]  # (TimeValue | None, value, time_precision)
    location: Place | None
    fatalities: Count
    injuries: Count
    abducted: Count
    arrested: Count
    weapons: list[Any]  # (Weapon, Evidence) pairs
    count_evidence: list[Evidence]


def build_record(
    analysis: Analysis, group: Group, parts: Parts, attribution: Attribution, index: int
) -> EventRecord:
    lead = _lead(group.mentions)
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    country = parts.location.country_iso if parts.location else _article_country(analysis)
    actor1, actor2 = _actors(group.mentions, lead, country, attribution)
    kind = _by_sides(kind, actor1, actor2)
    if _is_mob(kind.sub_event_type, actor1):
        kind = KINDS["mob_violence"]
        actor1 = act.default_actor(act.RIOTERS, country)
    if parts.location is None:
        parts.location = _actor_country_place(group.mentions, actor1, actor2)
    timex, value, precision = parts.date
    record = EventRecord(
        event_id=_event_id(analysis, index),
        role="main" if group.role == "main" else "background",
        event_date=value,
        time_precision=precision,
        disorder_type=kind.disorder_type,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        actor1=actor1,
        actor2=actor2,
        interaction=act.interaction(actor1, actor2),
        civilian_targeting=bool(actor2 and actor2.inter == act.CIVILIANS),
        attribution=attribution
        if group.role == "main"
        else dataclasses.replace(
            attribution, claimed_by=[], blamed=[], denied_by=[], unclaimed=False
        ),
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


def _lead(mentions: list[Mention]) -> Mention:
    """The mention that names the event: a report's first mention states what happened."""
    return mentions[0]


def _actors(
    mentions: list[Mention], lead: Mention, country: str | None, attribution: Attribution
) -> tuple[Actor | None, Actor | None]:
    actor1 = _first_actor([lead.agent, *(m.agent for m in mentions)], country)
    actor1 = actor1 or _first_actor(list(lead.subjects), country, armed_only=True)
    actor2 = _first_actor([lead.patient, *(m.patient for m in mentions)], country)
    actor2 = actor2 or _first_actor(_object_phrases([lead]), country)
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    crowd = CROWD_INTER.get(lead.event_type)
    if crowd is not None and (actor1 is None or actor1.inter != crowd):
        # ACLED names the crowd by its role; who they were goes to the associated actor.
        actor1 = act.default_actor(crowd, country)
    if actor2 is not None and actor2.inter not in PROTEST_TARGETS.get(lead.event_type, ALL):
        actor2 = None
    actor1 = actor1 or _default_actor1(lead, country)
    if actor2 is None and lead.sub_event_type in CIVILIAN_TARGET:
        actor2 = act.default_actor(act.CIVILIANS, country)
    if actor2 is None and lead.sub_event_type in POLICE_TARGET:
        actor2 = act.police(country)
    return actor1, actor2


def _object_phrases(mentions: list[Mention]) -> list[Evidence | None]:
    """Objects and passive subjects of the mentions' sentences, when the trigger had none."""
    return list(mentions[0].objects)


ARMED_INTER = frozenset({1, 2, 3, 4, 8})


def _by_sides(kind: EventKind, actor1: Actor | None, actor2: Actor | None) -> EventKind:
    """The codebook's test: two armed sides make a battle, an unarmed target an attack."""
    if kind.sub_event_type not in ("Attack", "Armed clash") or actor2 is None:
        return kind
    if actor2.inter == act.CIVILIANS:
        return KINDS["attack"]
    armed = actor1 is not None and actor1.inter in ARMED_INTER and actor2.inter in ARMED_INTER
    return KINDS["armed_clash"] if armed else kind


def _actor_country_place(
    mentions: list[Mention], actor1: Actor | None, actor2: Actor | None
) -> Place | None:
    """With no place named, the country an actor belongs to ("Burkinabe soldiers"), as a
    region-only location (geo_precision 3, low confidence): better than no country."""
    from dateline.resolve.centroid import COUNTRY_POINTS

    for actor in (actor1, actor2):
        if actor is None or actor.country_iso not in COUNTRY_POINTS or not actor.text:
            continue
        span = next((e for m in mentions for e in _actor_spans(m) if e.text == actor.text), None)
        if span is None:
            continue
        lat, lon = COUNTRY_POINTS[actor.country_iso]
        name = act.country_name(actor.country_iso) or actor.country_iso
        return Place(
            text=span.text, start=span.start, end=span.end, name=name.removeprefix("the "),
            feature="PCLI", country_iso=actor.country_iso, country=name.removeprefix("the "),
            latitude=lat, longitude=lon, confidence=0.2, geo_precision=3,
        )  # fmt: skip
    return None


def _actor_spans(mention: Mention) -> list[Evidence]:
    spans = [mention.agent, mention.patient, *mention.subjects, *mention.objects]
    return [span for span in spans if span is not None]


def _is_mob(sub_event_type: str, actor1: Actor | None) -> bool:
    """Unorganised civilians attacking is mob violence in ACLED, not a battle or an attack."""
    violent = sub_event_type in ("Attack", "Armed clash")
    return violent and actor1 is not None and actor1.inter in (act.CIVILIANS, act.RIOTERS)


def _first_actor(
    spans: list[Evidence | None], country: str | None, *, armed_only: bool = False
) -> Actor | None:
    for span in spans:
        actor = act.resolve_actor(span.text, country) if span is not None else None
        if actor is not None and (not armed_only or actor.inter in ARMED_INTER):
            return actor
    return None


def _default_actor1(lead: Mention, country: str | None) -> Actor | None:
    if lead.event_type == "Protests":
        return act.default_actor(act.PROTESTERS, country)
    if lead.event_type == "Riots":
        return act.default_actor(act.RIOTERS, country)
    if lead.event_type in ARMED_DEFAULT:
        return act.default_actor(act.POLITICAL_MILITIA, country)
    return None


def _article_country(analysis: Analysis) -> str | None:
    codes = [p.country_iso for p in analysis.places if p.country_iso]
    return max(set(codes), key=codes.count) if codes else None


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
    spans = [span for m in group.mentions for span in m.evidence]
    spans += [span for m in group.mentions for span in (m.agent, m.patient) if span is not None]
    if timex is not None:
        spans.append(Evidence("event_date", timex.text, timex.start, timex.end))
    if parts.location is not None:
        loc = parts.location
        spans.append(Evidence("location", loc.text, loc.start, loc.end))
    spans += parts.count_evidence + [ev for _, ev in parts.weapons]
    return _unique(spans)


def _unique(spans: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for span in spans:
        key = (span.field, span.start, span.end)
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
