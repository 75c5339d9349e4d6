"""Whether a name is a place at all: NER's label, the context's evidence, or a distinctive
name; and names the article's other places corroborate.
"""

from __future__ import annotations

from dateline.resolve.place.gazetteer import Candidate
from dateline.resolve.place.precision import CITY_POPULATION, COUNTRY_CODES
from dateline.resolve.place.ranking import NEAR_KM
from dateline.resolve.place.reading import Reading, km, labelled
from dateline.resolve.place.toponym import Toponym
from dateline.text.names import articles


def capitalised(query: str) -> bool:
    """A capital letter opens the name, or follows a lower-case Arabic article joined to it
    ("al-Hasakeh", "ad-Dali"), which news writes in lower case."""
    head, dash, rest = query.partition("-")
    if dash and head in articles():
        return rest[:1].isupper()
    return query[:1].isupper()


def is_place(reading: Reading) -> bool:
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
    if not all(m.common for m in mentions) or labelled(reading):
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


def corroborate(readings: list[Reading]) -> None:
    """Accept an unmarked capitalised name when it reads as a place in the same region as
    the article's accepted places ("Alexandria" in a story about Rapides Parish)."""
    accepted = [r.best for r in readings if r.accepted and r.best is not None]
    regions = {(c.country_iso, c.admin1) for c in accepted if c.admin1}
    points = [(c.lat, c.lon) for c in accepted if c.feature_code not in COUNTRY_CODES]
    for reading in readings:
        best = reading.best
        if reading.accepted or best is None or not _may_corroborate(reading, best):
            continue
        near = any(km(best, lat, lon) < NEAR_KM / 3 for lat, lon in points)
        if all(m.plain for m in reading.mentions):
            reading.accepted = near  # "Continental": a state-wide namesake proves nothing
            continue
        reading.accepted = near or (best.country_iso, best.admin1) in regions


def _may_corroborate(reading: Reading, best: Candidate) -> bool:
    if best.match == 0 or best.feature_code in COUNTRY_CODES:
        return False
    return not all(m.label == "PERSON" and " " in m.query for m in reading.mentions)
