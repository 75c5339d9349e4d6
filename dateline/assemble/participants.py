"""Who did it to whom: choose an event's actors from its mentions, as ACLED codes them.

The roles found in the parse come first (agent, patient), then the subjects and objects of
the lead sentence; the codebook's defaults fill what the text leaves out (protesters for a
protest, civilians as the target of an attack), and the sides decide battle vs attack.
"""

from __future__ import annotations

from dateline.extract.taxonomy import KINDS, EventKind
from dateline.models import Actor, Evidence, Mention, Place
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


ARMED_INTER = frozenset({1, 2, 3, 4, 8})


def choose_sides(
    mentions: list[Mention], lead: Mention, kind: EventKind, country: str | None
) -> tuple[EventKind, Actor | None, Actor | None]:
    """The event's kind (the sides may change it) and its two actors."""
    actor1, actor2 = _actors(mentions, lead, country)
    kind = _by_sides(kind, actor1, actor2)
    if _is_mob(kind.sub_event_type, actor1):
        kind = KINDS["mob_violence"]
        actor1 = act.default_actor(act.RIOTERS, country)
    return kind, actor1, actor2


def _actors(
    mentions: list[Mention], lead: Mention, country: str | None
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


def actor_country_place(
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
