"""Peoples' names: "Sudanese" → Sudan, and the places NER took for a people."""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.spellings import narrow
from dateline.resolve.place.toponym import Toponym
from dateline.text.names import name_key
from dateline.vocabulary.naming import country_lexicon

DEMONYM_CODES = ("PCLI", "ADM1", "CONT")


def scanned_demonym(top: Toponym, gazetteer: Gazetteer) -> bool:
    """ "the Burkinabe army": a people's name NER missed or took for a person or body; it
    votes for its country as a NORP mention would, and is no village of that spelling.
    Country codes ("AD", "IT", "ST") are left out: as words they are "And", "It", "St"."""
    word = top.query
    if " " in word or len(name_key(word).replace(" ", "")) <= 3 or word.isupper():
        return False
    iso = country_lexicon().get(word.lower())
    name = gazetteer.country_name(iso)
    return name is not None and name_key(name) != name_key(word)


def named_like_place(top: Toponym, gazetteer: Gazetteer) -> bool:
    """ "shelled X in Aleppo": a word NER calls a people that is no known demonym but is
    a place's own name, in a place slot and modifying no noun ("Naga villages" names a
    people), is that place: a demonym differs from its place's name ("Syrian")."""
    if not top.evidence or top.compound or top.query.lower() in country_lexicon():
        return False
    key = name_key(top.query)
    return any(
        c.match >= 2 and name_key(c.name) == key for c in gazetteer.lookup(top.query, limit=10)
    )


def misread_demonym(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """ "residents in Gaoua": NER calls a town after a locative preposition a people; when
    no country or region fits the demonym reading, take the place of that exact name."""
    if not top.evidence:
        return None
    found = [c for c in gazetteer.lookup(top.query, limit=30) if c.match >= 2]
    if not found:
        return None
    top.metonym = False
    return top.query, found


def leading_demonym(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
    """ "the Georgian Interior Ministry": the demonym that opens an organisation's name."""
    first = top.query.split()[0]
    if first.lower() in V.words("place_lookup", "institution_words"):
        return None  # "the Federal University", "National Assembly": no people's name
    probe = Toponym(top.start, top.start + len(first), first, first, "NORP")
    found = demonym_candidates(probe, gazetteer) if len(top.query.split()) > 1 else None
    if found and name_key(found[0]) == name_key(first):
        return None  # a demonym differs from its place's name ("Georgian", not "Federal")
    if found:
        narrow(top, first)
        top.query, top.metonym, top.label = found[0], True, "NORP"
    return found


def demonym_candidates(top: Toponym, gazetteer: Gazetteer) -> tuple[str, list[Candidate]] | None:
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
    stems = [
        key[: len(key) - len(suffix)]
        for suffix in V.terms("place_lookup", "demonym_suffixes")
        if key.endswith(suffix)
    ]
    return [stem for stem in stems if len(stem) >= 4]
