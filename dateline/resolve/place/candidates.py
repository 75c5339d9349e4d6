"""A mention's candidates: the first spelling the gazetteer knows, and the candidates of it
that may be meant.
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio

from dateline.resolve.place.demonyms import (
    demonym_candidates,
    leading_demonym,
    misread_demonym,
    named_like_place,
    scanned_demonym,
)
from dateline.resolve.place.dictionary import Dictionary, adjective
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.precision import CITY_POPULATION, COUNTRY_CODES
from dateline.resolve.place.reading import HINT_CLASSES
from dateline.resolve.place.spellings import (
    civic_tail,
    institution_tail,
    named_for,
    narrow,
    queries,
)
from dateline.resolve.place.toponym import PLACE_LABELS, Toponym
from dateline.resolve.place.us_states import qualifier_key, state_name, us_states
from dateline.text.names import name_key

QUALIFIED_LIMIT = 500  # every same-named place, when the qualifier's is not among the first
MEGACITY_POPULATION = 1_000_000  # cities known abroad by an abbreviation ("NYC")


def find_candidates(
    top: Toponym, gazetteer: Gazetteer, words: Dictionary
) -> tuple[str, list[Candidate]] | None:
    """The first spelling of the mention that the gazetteer knows, with its candidates."""
    if top.label in {"SCAN", "PERSON", "ORG"} and scanned_demonym(top, gazetteer):
        top.label, top.metonym = "NORP", True
    if top.label == "NORP":
        return _people_candidates(top, gazetteer)
    if state := state_name(top.query):
        top.query = state
    found = _spelling_candidates(top, gazetteer, words)
    if found is not None:
        return found
    if top.label in PLACE_LABELS and (found := demonym_candidates(top, gazetteer)):
        top.metonym = True  # NER sometimes calls "Sri Lankan" a GPE
        return found
    return leading_demonym(top, gazetteer) if top.label in {"ORG", "SCAN"} else None


def _people_candidates(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """A people's name: its country, unless NER misread a place as a people."""
    if named_like_place(top, gazetteer):
        return misread_demonym(top, gazetteer)
    return demonym_candidates(top, gazetteer) or misread_demonym(top, gazetteer)


def _spelling_candidates(
    top: Toponym, gazetteer: Gazetteer, words: Dictionary
) -> tuple[str, list[Candidate]] | None:
    """The first spelling (see ``queries``) with plausible candidates; a whole name
    matched only loosely waits until no other spelling matches better."""
    loose: tuple[str, list[Candidate]] | None = None
    for query, part in queries(top):
        # "Superior Court", "Police Union": an adjective beside a body's word is no town
        ordinary = part and adjective(query, words)
        civic = part and not ordinary and civic_tail(top.query, query)
        found = _plausible_candidates(top, query, gazetteer, part=part, civic=civic)
        if found and not part and all(c.match == 0 for c in found):
            loose = loose or (query, found)  # "Kut city" ~ "Kuwait City": try "Kut" first
            continue
        if found:
            if part:
                _take_part(top, query, ordinary=ordinary, civic=civic)
            return query, found
    return loose


def _plausible_candidates(
    top: Toponym, query: str, gazetteer: Gazetteer, *, part: bool, civic: bool
) -> list[Candidate]:
    # "the S.C. Highway Patrol": a state's abbreviation opening a public body's name
    lookup = gazetteer.lookup((_state_opening(query, part, civic)) or query, limit=30)
    found = [c for c in lookup if _plausible(c, query, top, civic=civic)]
    found = found or _seat_towns(lookup, query, top)
    found += _qualified_towns(found, query, top, gazetteer)
    found += _airport_towns(found, query, top, gazetteer)
    return found


def _take_part(top: Toponym, query: str, *, ordinary: bool, civic: bool) -> None:
    """Narrow the mention to the part of it that names the place, and note what the
    rest of the name says about it."""
    if named_for(top.query, query):
        top.metonym = top.owned_thing = True
    institution = not ordinary and institution_tail(top.query, query)
    top.evidence = top.evidence or civic or institution
    top.hint = None if civic else top.hint  # "Police Department" is no district
    narrow(top, query)


def _state_opening(query: str, part: bool, civic: bool) -> str | None:
    """A state's abbreviation opening a body's name ("the S.C. Highway Patrol", "the
    N.J. Bar Association"): the state; dotted, it is no acronym of the body itself."""
    if not part or not (civic or "." in query):
        return None
    return state_name(query)


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
    wanted = qualifier_key(top.qualifier)
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
    name = state_name(qualifier) or (qualifier if qualifier in us_states().values() else None)
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
    if state_name(query):
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
