"""Toponym mentions: the span that may name a place, and the Doc helpers every finder shares."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Token

from dateline import vocabulary as V

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_LABELS = frozenset({"ORG", "PERSON", "NORP"})  # NER often mislabels places as these
# Labels NER gives unfamiliar names it cannot place, notably a run like "Town (Town,
# Province" that it reads as a title: their capitalised words are scanned like unlabelled
# ones, so the context (a preposition, a bracketed unit) decides.
MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
STREET = "STREET"  # the label of a street or road mention


@dataclass(slots=True)
class Toponym:
    """A span that may name a place. ``query`` is the name to look up."""

    start: int  # char offsets of the whole mention, modifiers included
    end: int
    text: str
    query: str
    label: str  # the NER label, or "SCAN" for gazetteer-scan spans
    hint: str | None = None  # "admin" | "town" | "site": from a feature word
    core: str | None = None  # the name without its feature word, to try second
    modifier: bool = False  # "western Iraq": part of the place, not all of it
    metonym: bool = False  # "Tehran said": the government, not the place
    compound: bool = False  # modifies a noun: "Katyusha rockets", "US troops"
    agent_modifier: bool = False  # modifies a noun of people: "US troops", "Kinshasa police"
    qualifier: str | None = None  # "Long Beach, CA": the state or country after the comma
    fallbacks: tuple[str, ...] = ()  # other spellings to try: without a direction word
    evidence: bool = False  # context says "place" (preposition, feature word, comma pair)
    containers: tuple[str, ...] = ()  # "X (Town, Province)": the names in parentheses after
    contained: bool = False  # this mention is one of those parenthesised names
    coded: bool = False  # "coded as X": a coder's statement of the event's place
    listed: bool = False  # one of a series of names ("Ohio, Utah and Washington")
    owned_thing: bool = False  # "US dollar", "Ivory Coast embassy": whose, not where
    enclosed: bool = False  # right after a comma or an opening bracket: "(Town, UP)"
    determined: bool = False  # one word after "the": "the Metro", a facility, not a town
    common: bool = False  # one capitalised word English also uses lower-case: "Officer", "Mine"
    # (set by the resolver on the part of the name it looked up)
    plain: bool = False  # ...and plainly so: written lower-case here, or an adjective/adverb


# The article's toponym mentions as found, before resolution changed them, on demand.
Toponyms = Callable[[], list[Toponym]]


def directions() -> frozenset[str]:
    """Direction words before a name ("western Iraq", "north-east", "upstate")."""
    return V.words("place_mentions", "directions")


@functools.cache
def feature_words() -> Mapping[str, str]:
    """Feature words that follow a name → the kind of place they point to."""
    return MappingProxyType(V.table("place_mentions", "feature_words"))


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept in ``user_data``: spaCy rebuilds ``doc.text`` from the tokens on
    every access, which made toponym finding quadratic in the article's length."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):  # a Doc's text never changes once made
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


_TEXT_KEY = ("dateline", "text")


def word_before(first: Token, skip: int = 0) -> Token | None:
    """The token ``skip + 1`` places before ``first``, if any."""
    i = first.i - 1 - skip
    return first.doc[i] if i >= 0 else None


def syntactic_head(tokens: list[Token]) -> Token:
    """The span's syntactic head: the token whose head lies outside the span."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def overlaps(top: Toponym, taken: set[int]) -> bool:
    return any(i in taken for i in range(top.start, top.end))
