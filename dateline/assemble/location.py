"""Where: the event's location among the article's resolved places."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter

from dateline.actor_dictionary import named_actors, named_in
from dateline.assemble.grouping import Group
from dateline.models import Analysis, Place
from dateline.resolve import actors as act
from dateline.resolve.actors import country_lexicon
from dateline.resolve.centroid import COUNTRY_POINTS
from dateline.resolve.mention import STREET, Toponym, find_toponyms
from dateline.resolve.place import (
    LOCAL_INTERS,
    event_location,
    geo_precision,
    us_states,
    usable,
)

UNPLACED_CONFIDENCE = 0.2  # the country is inferred, the point unknown or the country's
DEMONYM_VOTE = 2.0  # "Burkinabe soldiers": a people or national force names its country
MILITIA_VOTE = 1.5  # a communal or self-defence militia's home: it fights where it lives
REBEL_VOTE = 0.4  # an insurgency's home country: the weakest sign, as they cross borders
REBELS = 2  # ACLED inter code of rebel groups
WEAK_VOTE = 0.5
EXTERNAL = 8  # ACLED inter code of external/other forces
# A people's name before a state force: "the Burkinabe army", "Nigerien soldiers". A
# demonym before other nouns ("a Spanish priest") names a visitor's country, not the place.
NATIONAL_FORCE = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:(?:air|armed|security|defen[cs]e|special)\s+)?"
    r"(?:army|armed|forces?|troops?|soldiers?|military|police|gendarm\w*|government"
    r"|authorities|navy|air\s+force)\b"
)

# ACLED-style notes state the coded place outright: "(coded as Nouna at geoprecision 2)".
CODED_BEFORE = re.compile(r"\bcoded\s+(?:as|at|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
CODED_PRECISION = re.compile(r"^[^.;)]{0,40}?\bgeo[- ]?precision\s*(?:of\s*)?([123])", re.I)
# "near Kaya", "on the outskirts of Mosul", "12 km north of Gao": the event happened close
# to, not in, the named town, which ACLED codes at geo_precision 2.
NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|nearby|outside|around|close\s+to|outskirts\s+of|vicinity\s+of|"
    r"environs\s+of|surroundings\s+of|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of))"
    r"\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?$",
    re.IGNORECASE,
)


LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|across|into|on|of)\s+(?:the\s+)?"
    r"(?:(?:\w+ern|central)\s+)?$",
    re.IGNORECASE,
)


def choose_location(analysis: Analysis, group: Group) -> Place | None:
    """A place the text says the event is coded as; else the first mention whose sentence
    names a place fixes it; else the lead's fallback."""
    coded = coded_place(analysis.article.text, analysis.places)
    if coded is not None:
        return coded
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = _location(analysis, group)
    found = found or event_location(analysis.places, sentence, trigger, analysis.places)
    if found is None:
        return unplaced_location(analysis, sentence, trigger)
    return _near_precision(analysis.article.text, found)


def unplaced_location(
    analysis: Analysis, sentence: tuple[int, int], trigger: tuple[int, int]
) -> Place | None:
    """No place the gazetteer knows: a village it lacks, or no place named at all. The
    country still follows from the article (its other places, the peoples and national
    forces it names, the home countries of the local groups it names), so the event keeps
    its country, and the village its name as written, at geo_precision 3. A named village
    has no point we know (null coordinates); a bare country gets the country's point."""
    iso = context_country(analysis)
    if iso is None:
        return None
    country = (act.country_name(iso) or iso).removeprefix("the ")
    village = _unknown_toponym(analysis, sentence, trigger)
    if village is not None:
        return Place(
            text=village.text, start=village.start, end=village.end, name=village.query,
            country_iso=iso, country=country, confidence=UNPLACED_CONFIDENCE, geo_precision=3,
        )  # fmt: skip
    lat, lon = COUNTRY_POINTS.get(iso, (None, None))
    return Place(
        text="", start=sentence[0], end=sentence[0], name=country, feature="PCLI",
        country_iso=iso, country=country, latitude=lat, longitude=lon,
        confidence=UNPLACED_CONFIDENCE, geo_precision=3,
    )  # fmt: skip


def context_country(analysis: Analysis) -> str | None:
    """The country the article is about: votes from every place it names (metonymic and
    doubtful ones too: "Burkinabe soldiers" says where as much as who) and from the home
    countries of the local armed groups it names; the earliest wins ties. The people of a
    country whose forces serve abroad ("French forces") vote only through a real place."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    text = analysis.article.text
    for place in analysis.places:
        abroad = place.country_iso in expeditionary() and not usable(place)
        if place.country_iso and not abroad:
            votes[place.country_iso] += _place_vote(place)
            first.setdefault(place.country_iso, place.start)
    for match in NATIONAL_FORCE.finditer(text):  # "the Burkinabe army", "Malian soldiers"
        iso = country_lexicon().get(match.group(1).lower())
        if iso and len(match.group(1)) > 3 and iso not in expeditionary():
            votes[iso] += DEMONYM_VOTE
            first.setdefault(iso, match.start())
    for actor in named_in(text):
        if actor.country_iso and actor.inter in LOCAL_INTERS:
            votes[actor.country_iso] += group_vote(actor.inter)
            first.setdefault(actor.country_iso, len(text))
    if not votes:
        return None
    return max(votes, key=lambda iso: (votes[iso], -first[iso]))


@functools.cache
def expeditionary() -> frozenset[str]:
    """Countries whose forces the actor dictionary lists as operating abroad (inter 8:
    "French forces" in Mali): their demonym says who fought, not where."""
    return frozenset(
        a.country_iso
        for a in named_actors()
        if a.inter == EXTERNAL and a.country_iso and not _hosted(a.name, a.country_iso)
    )


def _hosted(name: str, iso: str) -> bool:
    """ "... Stabilization Mission in Mali": a mission's country is its host, not its home."""
    country = (act.country_name(iso) or "").removeprefix("the ")
    lowered = name.lower()
    return bool(country) and any(
        f" in {article}{country.lower()}" in lowered for article in ("", "the ")
    )


def group_vote(inter: int) -> float:
    """How much a named armed group's home country says about where it acted. Communal
    and political militias (inters 3 and 4) are local; a rebel movement's dictionary home
    is only where it began ("JNIM" is coded to Mali, yet fights across the Sahel), so any
    place, people or national force the note names outranks it."""
    return REBEL_VOTE if inter == REBELS else MILITIA_VOTE


def _place_vote(place: Place) -> float:
    """A place that may place an event counts most; a metonym ("Iran said") less; a
    doubtful look-alike least."""
    if usable(place):
        return 2.0
    return WEAK_VOTE  # "a Spanish priest", "Iran said", or a look-alike abroad


def _unknown_toponym(
    analysis: Analysis, sentence: tuple[int, int], trigger: tuple[int, int]
) -> Toponym | None:
    """The name the event's sentence marks as a place ("in the village of X", "attacked
    X (A, B)") that resolved to nothing: the nearest to the trigger."""
    if analysis.doc is None:
        return None
    taken = {i for p in analysis.places for i in range(p.start, p.end)}
    found = [
        t
        for t in find_toponyms(analysis.doc, us_states())
        if sentence[0] <= t.start < sentence[1]
        and t.evidence
        and t.label not in {"NORP", STREET}
        and not t.contained
        and not any(i in taken for i in range(t.start, t.end))
        and _looks_like_name(t.query)
    ]
    # "coded as X": the coder's own choice of place comes first
    return min(found, key=lambda t: (not t.coded, abs(t.start - trigger[0])), default=None)


def _looks_like_name(query: str) -> bool:
    """A capitalised name, not an acronym ("FDS") or a number."""
    return query[:1].isupper() and not query.isupper() and len(query) > 2


def _near_precision(text: str, place: Place) -> Place:
    """A town or site the text places the event near (not in) is coded at precision 2."""
    if place.geo_precision != 1 or not is_near(text, place.start):
        return place
    return dataclasses.replace(place, geo_precision=2)


def is_near(text: str, start: int) -> bool:
    """Whether the words just before a place name say "near", "outskirts of", "N km
    north of"."""
    return bool(NEAR_BEFORE.search(text[max(0, start - 40) : start]))


def coded_place(text: str, places: list[Place]) -> Place | None:
    """ "coded as Tougouri at geoprecision 2": the named place, with the stated precision
    (else 2: coders name a stand-in place when the real one is unknown or unmapped)."""
    for place in places:
        before = text[max(0, place.start - 20) : place.start]
        if not usable(place) or not CODED_BEFORE.search(before):
            continue
        stated = CODED_PRECISION.search(text[place.end : place.end + 60])
        precision = int(stated.group(1)) if stated else max(2, geo_precision(place))
        return dataclasses.replace(place, geo_precision=precision)
    return None


def _locative(text: str, places: list[Place]) -> list[Place]:
    """Places the sentence puts the event in ("a strike in Iraq"), not its actors ("the US
    carried out")."""
    return [p for p in places if LOCATIVE_BEFORE.search(text[max(0, p.start - 30) : p.start])]


def _location(analysis: Analysis, group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in analysis.places if sentence[0] <= p.start < sentence[1]]
        inside = _locative(analysis.article.text, inside) or inside
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, analysis.places)
    return None
