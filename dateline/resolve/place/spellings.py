"""The spellings of a mention to look up: the whole name, its core without the feature word,
and the parts of a body's or feature's name that may be a town.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline import vocabulary as V
from dateline.resolve.place.toponym import Toponym, directions, feature_words


def narrow(top: Toponym, query: str) -> None:
    """Shrink the mention to the part that matched ("American Ain al-Assad" → "Ain...")."""
    offset = top.text.find(query)
    if offset < 0:  # matched after re-spacing ("Ouagadougou Dori"): keep the whole span
        top.query = query
        return
    top.start, top.text = top.start + offset, top.text[offset : offset + len(query)]
    top.end = top.start + len(top.text)
    top.query = query


def queries(top: Toponym) -> Iterable[tuple[str, bool]]:
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
        heads += [h[1:] for h in heads if len(h) > 1 and h[0].lower() in directions()]
        tails = [
            words[i:]
            for i in range(1, len(words))
            if not _cut_from_feature(words[:i], V.words("place_lookup", "feature_heads"))
        ]
        for part in (*heads, *tails):
            if _named(part):
                yield " ".join(part), True
    elif top.label == "PERSON":  # "Anderson County Sheriff": an office named for its place
        for i in range(len(words) - 1, 1, -1):
            if words[i - 1].lower() in feature_words() and _named(words[: i - 1]):
                yield " ".join(words[:i]), True


def _unit_of(words: list[str]) -> str | None:
    """ "City of Springfield", "Township of Union": a local unit's formal name is the
    town's name after "of"."""
    if (
        len(words) > 2
        and words[0].lower() in V.words("place_lookup", "unit_nouns")
        and words[1] == "of"
    ):
        return " ".join(words[2:]) if words[2][:1].isupper() else None
    return None


def _institution_person(label: str, words: list[str]) -> bool:
    """ "Springfield High School" tagged as a person: a name ending in an institution's
    word is a body's name, read like an organisation's (its head may be its town)."""
    return (
        label == "PERSON"
        and len(words) > 1
        and words[-1].lower() in V.words("place_lookup", "institution_words")
    )


def named_for(whole: str, head: str) -> bool:
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
    if lowered[-1] in V.words("place_lookup", "natural_tails"):
        return True
    return lowered[-1] in V.words("place_lookup", "feature_tails") and bool(
        set(lowered[:-1]) & V.words("place_lookup", "reserve_words")
    )


def _cut_from_feature(dropped: list[str], feature_words: frozenset[str]) -> bool:
    """Whether the words cut off a mention to leave a part include the word that made it a
    lake's, park's or river's name ("Griffith" from "Griffith Park", "Robinson" from "Lake
    Robinson"): such a part names the feature or the person it honours, not a town."""
    return any(w.lower().strip(".") in feature_words for w in dropped)


def civic_tail(whole: str, head: str) -> bool:
    """Whether the words after ``head`` in ``whole`` name a local public body
    ("Fire Department", "Highway Patrol")."""
    if not whole.startswith(head):
        return False
    rest = whole[len(head) :].replace("-", " ").split()
    words = {w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in rest}
    return bool(words & V.words("place_lookup", "civic_words"))


def institution_tail(whole: str, tail: str) -> bool:
    """ "the Regional Hospital Center Dedougou": a name after an institution's generic
    words is the place the institution is in."""
    if not whole.endswith(tail) or whole == tail:
        return False
    words = {w.lower() for w in whole[: -len(tail)].replace("-", " ").split()}
    return bool(words & V.words("place_lookup", "institution_words"))


def _opening_only(top: Toponym) -> bool:
    """ "Grand Mosque", "Central Hospital": a site's name whose rest is only an adjective
    (a region's is kept: "Central Province", "Southern Region")."""
    return top.hint != "admin" and not _named((top.core or "").split())


def _named(words: list[str]) -> bool:
    """A part of a mention worth looking up: capitalised, not only generic words (nor
    only the adjectives, directions and locality words that open other names)."""
    lowered = {w.lower().strip(".") for w in words}
    opening = (
        lowered
        <= V.words("place_lookup", "institution_adjectives")
        | V.words("place_mentions", "name_openers")
        | directions()
    )
    return words[0][:1].isupper() and not _generic(words) and not opening


def _generic(words: list[str]) -> bool:
    """Whether a name is made only of generic words ("Lake", "National Park", "Side"),
    which alone name no place."""
    lowered = {w.lower().strip(".") for w in words}
    return lowered <= V.words(
        "place_lookup", "institution_words"
    ) | feature_words().keys() | V.words("place_lookup", "landform_words")
