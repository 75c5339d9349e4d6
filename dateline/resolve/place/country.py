"""An event's country when the text names no place the gazetteer knows: votes of the places,
peoples, national forces and local groups the article names.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter

from dateline import vocabulary as V
from dateline.models import Actor, Analysis, Evidence, Mention, Place
from dateline.resolve.place.agreement import LOCAL_INTERS
from dateline.resolve.place.centroid import COUNTRY_POINTS
from dateline.resolve.place.containers import across_border, candidate_places, fragment
from dateline.resolve.place.precision import (
    DOUBTFUL_CONFIDENCE,
    geo_precision,
    specificity,
    usable,
)
from dateline.resolve.place.slots import locative, thing_follows
from dateline.resolve.place.toponym import STREET, Toponym, Toponyms
from dateline.vocabulary import deployments
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_actors, named_in
from dateline.vocabulary.naming import country_lexicon

UNPLACED_CONFIDENCE = 0.2  # the country is inferred, the point unknown or the country's
DEMONYM_VOTE = 2.0  # "Burkinabe soldiers": a people or national force names its country
MILITIA_VOTE = 1.5  # a communal or self-defence militia's home: it fights where it lives
REBEL_VOTE = 0.4  # an insurgency's home country: the weakest sign, as they cross borders
WEAK_VOTE = 0.5
LOCATIVE_VOTE = 1.0  # a doubtful look-alike in a place slot: "attacked a camp in X"
DOUBTFUL_FLOOR = 0.19  # a doubtful look-alike's confidence, not a metonym's


def unplaced_location(
    analysis: Analysis, sentence: tuple[int, int], trigger: tuple[int, int], toponyms: Toponyms
) -> Place | None:
    """No place the gazetteer knows: a village it lacks, or no place named at all. The
    country still follows from the article (its other places, the peoples and national
    forces it names, the home countries of the local groups it names), so the event keeps
    its country, and the village its name as written, at geo_precision 3. A named village
    has no point we know (null coordinates); a bare country gets the country's point."""
    iso = context_country(analysis)
    if iso is None:
        return None
    local = _doubtful_local(analysis, iso, sentence, trigger)
    if local is not None:
        return dataclasses.replace(local, geo_precision=geo_precision(local))
    country = (act.country_name(iso) or iso).removeprefix("the ")
    village = _unknown_toponym(analysis, sentence, trigger, toponyms)
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
        if across_border(text, place) or thing_follows(text, place):
            continue  # "near the border with Ghana", "the US dollar": not where
        abroad = place.country_iso in expeditionary() and not usable(place)
        if place.country_iso and not abroad:
            cut = fragment(text, place, analysis.places)  # "Pobe" of "Pobe-Mengao"
            votes[place.country_iso] += WEAK_VOTE if cut else _place_vote(place, text)
            first.setdefault(place.country_iso, place.start)
    for match in V.pattern("place_location", "national_force").finditer(
        text
    ):  # "the Burkinabe army", "Malian soldiers"
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
        if a.inter == act.EXTERNAL and a.country_iso and not _hosted(a.name, a.country_iso)
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
    return REBEL_VOTE if inter == act.REBEL else MILITIA_VOTE


def _place_vote(place: Place, text: str) -> float:
    """A place that may place an event counts most; a doubtful look-alike the text puts
    something in ("attacked a camp in X") next; a metonym ("Iran said") or a doubtful
    name in no place slot ("an IDP camp") least."""
    if usable(place):
        return 2.0
    if place.confidence <= DOUBTFUL_CONFIDENCE and locative(text, [place]):
        return LOCATIVE_VOTE
    return WEAK_VOTE  # "a Spanish priest", "Iran said", or a look-alike abroad


def _doubtful_local(
    analysis: Analysis, iso: str, sentence: tuple[int, int], trigger: tuple[int, int]
) -> Place | None:
    """A place the gazetteer doubted only for want of other signs of its country ("in
    Aribinda" with no other Burkinabe place) when the article's country, from its
    groups and forces, is that country: the event's sentence puts the event in it."""
    text = analysis.article.text
    found = [
        p
        for p in candidate_places(text, analysis.places, iso)
        if p.country_iso == iso
        and DOUBTFUL_FLOOR <= p.confidence <= DOUBTFUL_CONFIDENCE
        and p.latitude is not None
        and sentence[0] <= p.start < sentence[1]
        and locative(text, [p])
    ]
    return max(found, key=lambda p: (specificity(p), -abs(p.start - trigger[0])), default=None)


def _unknown_toponym(
    analysis: Analysis, sentence: tuple[int, int], trigger: tuple[int, int], toponyms: Toponyms
) -> Toponym | None:
    """The name the event's sentence marks as a place ("in the village of X", "attacked
    X (A, B)") that resolved to nothing: the nearest to the trigger."""
    if analysis.doc is None:
        return None
    taken = {i for p in analysis.places for i in range(p.start, p.end)}
    found = [
        t
        for t in toponyms()
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


def actor_country_place(
    mentions: list[Mention], actor1: Actor | None, actor2: Actor | None
) -> Place | None:
    """With no place named, the country an actor belongs to ("Burkinabe soldiers"), as a
    region-only location (geo_precision 3, low confidence): better than no country."""
    for actor in (actor1, actor2):
        if actor is None or actor.country_iso not in COUNTRY_POINTS or not actor.text:
            continue
        if act.own_country(actor.text) != actor.country_iso:
            continue  # a group's home country is not where its events happen
        if actor.country_iso in deployments.expeditionary() or deployments.sent_abroad(
            (m.sentence.text for m in mentions), actor.country_iso
        ):
            continue  # "French forces in the Sahel": expeditionary forces act abroad
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
