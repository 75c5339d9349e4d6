"""A report: one article's record of one event, and the features the merge compares.

Pure data: a report is built from the output contract's dicts (``to_dict`` of an
EventRecord) plus the article's id, publication date and content words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from dateline.dedupe.dates import DayRange, day_range

# Actor names that say nothing about which event it was.
_GENERIC_ACTOR_PREFIXES = ("civilians", "unidentified", "rioters", "protesters", "police forces")
# Words that say the violence went on over several days: a campaign, coded one event a day.
_CAMPAIGN = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)) "
    r"(?:straight |consecutive |successive )?(?:day|night)|for (?:two|three|four|five|six|"
    r"several|\d+) (?:straight |consecutive |successive )?days|(?:fighting|clashes|protests|"
    r"shelling|strikes|airstrikes|bombardment|raids) (?:continued|resumed|raged|went on))\b",
    re.IGNORECASE,
)
# Without a date, an event is assumed to lie within this many days before publication.
UNDATED_WINDOW = 7


@dataclass(slots=True)
class Report:
    """One article's record of one event (``record``: an EventRecord as a dict)."""

    article_id: str
    event_id: str
    record: dict[str, Any]
    published: str | None = None
    url: str | None = None
    source: str | None = None
    terms: dict[str, int] = field(default_factory=dict)
    campaign: bool = False  # the article tells of violence over several days
    aliases: tuple[str, ...] = ()  # other ids that brought the same article text
    clues: dict[str, list[str]] = field(default_factory=dict)  # names, streets, ages
    related: bool = False  # the article coded no event: only its places and dates stand in

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.event_id

    @property
    def role(self) -> str:
        return "related" if self.related else str(self.record.get("role") or "main")


@dataclass(frozen=True, slots=True)
class Features:
    """What the blocking and the score look at, read once from a report."""

    days: DayRange | None
    background: bool
    day_precise: bool
    dated: bool
    latitude: float | None
    longitude: float | None
    geo_precision: int
    country: str | None
    admin1: str | None
    place: str | None
    admin2: str | None
    disorder_type: str | None
    event_type: str | None
    sub_event_type: str | None
    actors: frozenset[str]
    killed: int | None
    injured: int | None
    weapons: frozenset[str]
    triggers: frozenset[str]
    published: int | None  # the publication day (ordinal)
    news_dated: bool  # the event date is the day of the news (or the day before) or none
    related: bool
    names: frozenset[str]
    streets: frozenset[str]
    ages: frozenset[str]


def features(report: Report) -> Features:
    """The merge features of one report."""
    record = report.record
    days, dated = _days(record, report.published)
    published = day_range(report.published)
    location = record.get("location") or {}
    return Features(
        days=days,
        background=report.role == "background",
        day_precise=dated and record.get("time_precision") == 1,
        dated=dated,
        latitude=location.get("latitude"),
        longitude=location.get("longitude"),
        geo_precision=location.get("geo_precision") or 3,
        country=location.get("country_iso"),
        admin1=_folded(location.get("admin1")),
        place=_place_key(location),
        admin2=_admin2_key(location),
        disorder_type=record.get("disorder_type"),
        event_type=record.get("event_type"),
        sub_event_type=record.get("sub_event_type"),
        actors=_actors(record),
        killed=_best(record.get("fatalities")),
        injured=_best(record.get("injuries")),
        weapons=frozenset(_weapons(record)),
        triggers=frozenset(_evidence_words(record, "trigger")),
        published=published[1] if published else None,
        news_dated=_news_dated(days, published),
        related=report.related,
        names=frozenset(report.clues.get("names") or ()),
        streets=frozenset(report.clues.get("streets") or ()),
        ages=frozenset(report.clues.get("ages") or ()),
    )


def _days(record: dict[str, Any], published: str | None) -> tuple[DayRange | None, bool]:
    days = day_range(record.get("event_date"))
    if days is not None:
        return days, True
    when = day_range(published)
    if when is None:
        return None, False
    return (when[0] - UNDATED_WINDOW, when[1]), False


def _news_dated(days: DayRange | None, published: DayRange | None) -> bool:
    """Whether the report's date says no more than "when the news came out": a follow-up
    (an arrest, a charge, a funeral) is dated by its own news, not by the shooting."""
    if days is None or published is None:
        return True
    return days[1] >= published[0] - 1


def _admin2_key(location: dict[str, Any]) -> str | None:
    """The county (admin2) and state: a city and its county, or a neighbourhood and its
    city, coded at different precision still share it."""
    admin2 = _folded(location.get("admin2"))
    return f"{admin2}|{_folded(location.get('admin1'))}" if admin2 else None


def _folded(value: str | None) -> str | None:
    return value.casefold().strip() if value else None


def _place_key(location: dict[str, Any]) -> str | None:
    if location.get("geonameid"):
        return f"gn:{location['geonameid']}"
    return _folded(location.get("name"))


def _actors(record: dict[str, Any]) -> frozenset[str]:
    actors = [record.get("actor1"), record.get("actor2")]
    actors += list(record.get("assoc_actor_1") or []) + list(record.get("assoc_actor_2") or [])
    names = {_folded(a.get("name")) for a in actors if a}
    return frozenset(n for n in names if n and not n.startswith(_GENERIC_ACTOR_PREFIXES))


def _best(count: dict[str, Any] | None) -> int | None:
    return None if not count else count.get("best")


def _weapons(record: dict[str, Any]) -> list[str]:
    out = []
    for weapon in record.get("weapons") or []:
        out.append(str(weapon.get("name")).casefold())
        if weapon.get("detail"):
            out.append(str(weapon["detail"]).casefold())
    return out


def _evidence_words(record: dict[str, Any], name: str) -> list[str]:
    spans = record.get("evidence") or []
    return [str(s.get("text", "")).casefold().strip() for s in spans if s.get("field") == name]


def related_record(result: dict[str, Any]) -> dict[str, Any]:
    """What stands in for the record of an article that coded no event: its most
    confident place and its first day-precise date (``result``: the article's extract
    record with ``places`` and ``dates``), so it can still be found beside the reports of
    the incident it tells of."""
    places = [p for p in result.get("places") or [] if p.get("name")]
    place = max(places, key=lambda p: p.get("confidence") or 0.0, default=None)
    days = [d["value"] for d in result.get("dates") or [] if d.get("precision") == "day"]
    return {
        "event_id": "",
        "role": "related",
        "event_date": days[0] if days else None,
        "time_precision": 1 if days else None,
        "location": dict(place, geo_precision=1) if place else None,
    }


def campaign_cue(text: str) -> bool:
    """Whether the text tells of violence going on over several days."""
    return _CAMPAIGN.search(text) is not None


def published_day(value: str | None) -> str | None:
    """The date part of a publication timestamp."""
    if not value:
        return None
    return dt.date.fromisoformat(value[:10]).isoformat()
