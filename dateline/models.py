"""Typed records that flow through the pipeline and the one function that serialises them.

Every record serialises to the same keys on every code path; unknown values are ``None``
(``null`` in JSON), never a string sentinel. ``to_dict`` is the only serialiser: the CLI,
the Python API and the evaluator all go through it, so the output contract lives here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade"]
Role = Literal["main", "background"]
Modality = Literal["asserted", "negated", "future", "hypothetical", "denied"]

# ACLED time_precision codes by our precision names.
TIME_PRECISION_CODE: dict[str, int] = {
    "day": 1, "week": 2, "month": 3, "quarter": 3, "half": 3, "season": 3, "year": 3, "decade": 3,
}  # fmt: skip


@dataclass(slots=True)
class Article:
    """One input document, as ingest produced it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    source: str | None = None
    language: str = "en"
    origin: str | None = None  # "file.jsonl:12": where it came from, for error messages


@dataclass(slots=True)
class Evidence:
    """A span of the article text that backs one field of a record."""

    field: str
    text: str
    start: int
    end: int
    rule: str | None = None  # the sides rule that chose this actor, for actor1/actor2


@dataclass(slots=True)
class Place:
    """A resolved toponym mention (or an event location when ``geo_precision`` is set)."""

    text: str
    start: int
    end: int
    name: str
    geonameid: int | None = None
    feature: str | None = None  # GeoNames feature code: PPL, ADM1, PCLI, AIRB, ...
    country_iso: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    confidence: float = 0.0
    geo_precision: int | None = None


@dataclass(slots=True)
class TimeValue:
    """A normalised time expression: ``value`` is an ISO date, week, month or year."""

    text: str
    start: int
    end: int
    value: str | None
    precision: Precision | None


@dataclass(slots=True)
class Actor:
    name: str
    country_iso: str | None = None
    inter: int | None = None  # ACLED inter code 1-8
    text: str | None = None


@dataclass(slots=True)
class Count:
    """A casualty count: ``best`` follows ACLED's conservative conventions."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None


@dataclass(slots=True)
class Weapon:
    name: str
    detail: str | None = None
    count: int | None = None


@dataclass(slots=True)
class Source:
    name: str
    kind: str  # outlet | official | spokesperson | witness | group
    anonymous: bool = False


@dataclass(slots=True)
class Blame:
    actor: str
    by: str | None = None


@dataclass(slots=True)
class Attribution:
    claimed_by: list[str] = field(default_factory=list)
    blamed: list[Blame] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    unclaimed: bool = False


@dataclass(slots=True)
class Plover:
    event: str | None = None
    mode: str | None = None
    # PLOVER's recipient: actor2, or whom a protest, threat or sanction is aimed at
    target: Actor | None = None


@dataclass(slots=True)
class EventRecord:
    event_id: str
    role: Role
    event_date: str | None
    time_precision: int | None
    disorder_type: str | None
    event_type: str
    sub_event_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    interaction: int | None = None
    civilian_targeting: bool = False
    attribution: Attribution = field(default_factory=Attribution)
    location: Place | None = None
    fatalities: Count = field(default_factory=Count)
    injuries: Count = field(default_factory=Count)
    abducted: Count = field(default_factory=Count)
    arrested: Count = field(default_factory=Count)
    weapons: list[Weapon] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    plover: Plover = field(default_factory=Plover)
    notes: str | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class ArticleResult:
    """What the pipeline returns for one article: the output contract's top level."""

    id: str | None
    title: str | None
    url: str | None
    published: str | None
    language: str
    events: list[EventRecord] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[TimeValue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Set only on a near-duplicate's record (not coded again): the id of the article it
    # copies. Written only when set, so an ordinary record keeps the contract's keys.
    duplicate_of: str | None = None


def to_dict(record: Any) -> Any:
    """Serialise a record (or list of records) to plain JSON-ready values.

    ``geo_precision`` appears only on event locations, so a place in ``places`` keeps the
    contract's field list exactly.
    """
    if isinstance(record, list):
        return [to_dict(item) for item in record]
    if isinstance(record, ArticleResult):
        out = _fields(record)
        for place in out["places"]:
            place.pop("geo_precision")
        if out["duplicate_of"] is None:
            del out["duplicate_of"]
        return out
    if dataclasses.is_dataclass(record):
        return _fields(record)
    return record


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}


@dataclass(slots=True)
class Mention:
    """An event mention found by the extract stage, before assembly into a record."""

    trigger: Evidence
    sentence: Evidence
    event_type: str
    sub_event_type: str
    disorder_type: str
    modality: Modality = "asserted"
    cue_strength: float = 0.5  # how clear the typing cues were, 0-1
    fatalities: Count = field(default_factory=Count)
    injuries: Count = field(default_factory=Count)
    abducted: Count = field(default_factory=Count)
    arrested: Count = field(default_factory=Count)
    # People hit by gunfire ("three were shot"), the dead among them included: the event's
    # injuries are those hit less those killed (read at assembly, never output as such).
    shot: Count = field(default_factory=Count)
    weapons: list[Weapon] = field(default_factory=list)
    agent: Evidence | None = None  # the text span of who acted
    patient: Evidence | None = None  # the text span of who was acted upon
    objects: list[Evidence] = field(default_factory=list)  # other acted-upon phrases
    subjects: list[Evidence] = field(default_factory=list)  # subjects of the main verbs
    plover: Plover = field(default_factory=Plover)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    """The asserted mentions of one incident within an article, the lead mention first."""

    mentions: list[Mention]
    date: TimeValue | None
    role: str = "main"
    words: set[str] = field(default_factory=set)


@dataclass(slots=True)
class EventDate:
    """An event's date: the time expression chosen, its value and ACLED time_precision."""

    timex: TimeValue | None
    value: str | None
    precision: int | None


@dataclass(slots=True)
class Share:
    """The attribution (claims, blame, denial) that belongs to one event, with its proof."""

    attribution: Attribution
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Sides:
    """An event's kind (the sides may change it) and its actors, with the rules that chose them."""

    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """The container that flows through the stages (spaCy's ``Doc`` plays this part there).

    Each stage reads what earlier stages set and fills its own fields; ``pipeline.STAGES``
    says which stage adds which field. Per-event fields align with ``groups``.
    """

    article: Article
    doc: Any = None  # spacy.tokens.Doc, set by analyze
    mentions: list[Mention] = field(default_factory=list)  # extract
    dates: list[TimeValue] = field(default_factory=list)  # resolve.time
    mention_dates: list[TimeValue | None] = field(default_factory=list)  # resolve.time
    groups: list[Group] = field(default_factory=list)  # group
    event_dates: list[EventDate] = field(default_factory=list)  # resolve.time.events
    places: list[Place] = field(default_factory=list)  # resolve.place
    event_places: list[Place | None] = field(default_factory=list)  # resolve.place.events
    shares: list[Share] = field(default_factory=list)  # attribution
    sources: list[Source] = field(default_factory=list)  # attribution (the main event's)
    source_evidence: list[Evidence] = field(default_factory=list)  # attribution
    sides: list[Sides] = field(default_factory=list)  # resolve.actors
    events: list[EventRecord] = field(default_factory=list)  # assemble
    warnings: list[str] = field(default_factory=list)


def iso_published(when: Any) -> str | None:
    """A date alone when it has no time of day, else the full ISO date-time."""
    if when is None:
        return None
    return when.date().isoformat() if when.time() == when.min.time() else when.isoformat()
