"""Small hand-written event records (the output contract's dicts) for dedupe and store tests."""

from __future__ import annotations

from typing import Any

from dateline.dedupe.report import Report
from dateline.dedupe.similarity import terms
from dateline.models import Actor, Count, EventRecord, Place, Weapon, to_dict

PLACES = {
    "Baqubah": ("Diyala", 33.7466, 44.6437),
    "Muqdadiyah": ("Diyala", 33.9786, 44.9369),
    "Erbil": ("Erbil", 36.1912, 44.0092),
    "Basra": ("Basra", 30.5085, 47.7804),
}


def record(
    event_id: str = "e-0",
    *,
    date: str | None = "2024-03-11",
    precision: int | None = 1,
    place: str | None = "Baqubah",
    sub_type: str = "Armed clash",
    event_type: str = "Battles",
    killed: int | None = 3,
    injured: int | None = 2,
    actor: str = "Unidentified Armed Group (Iraq)",
    role: str = "main",
    confidence: float = 0.8,
) -> dict[str, Any]:
    """One per-article EventRecord as a dict, in Iraq."""
    location = None
    if place:
        admin1, lat, lon = PLACES[place]
        location = Place(text=place, start=0, end=len(place), name=place, country_iso="IQ",
                         country="Iraq", admin1=admin1, latitude=lat, longitude=lon,
                         confidence=0.9, geo_precision=1)  # fmt: skip
    event = EventRecord(
        event_id=event_id,
        role=role,  # type: ignore[arg-type]
        event_date=date,
        time_precision=precision if date else None,
        disorder_type="Political violence",
        event_type=event_type,
        sub_event_type=sub_type,
        actor1=Actor(actor, "IQ", 3),
        actor2=Actor("Police Forces of Iraq", "IQ", 1),
        location=location,
        fatalities=Count(killed, killed, killed, str(killed)),
        injuries=Count(injured, injured, injured, str(injured)),
        weapons=[Weapon("firearm")],
        confidence=confidence,
    )
    return to_dict(event)


def report(article_id: str, text: str, published: str = "2024-03-12", **fields: Any) -> Report:
    """A report of one article's event, with the article's distinctive words."""
    event = record(fields.pop("event_id", "e-0"), **fields)
    return Report(article_id, event["event_id"], event, published, terms=terms(text))


CHECKPOINT_A = (
    "Gunmen attacked a police checkpoint on the Kanaan road outside Baqubah on Monday, "
    "killing three officers, Lieutenant Haidar Salman among them, Diyala police said."
)
CHECKPOINT_B = (
    "Three policemen including Lieutenant Haidar Salman were killed when gunmen opened fire "
    "on the Kanaan road checkpoint near Baqubah late on Monday, officials in Diyala said."
)
MARKET = (
    "A bomb hidden in a cart exploded in the Ashar fish market in Basra on Monday, wounding "
    "two traders, Basra police spokesman Colonel Nadhim Aboud said."
)
