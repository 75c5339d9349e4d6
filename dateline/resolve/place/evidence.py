"""A mention's context: the words around a name that say it is a place, its people, or a thing
named for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline import vocabulary as V
from dateline.resolve.place.toponym import (
    MAYBE_LABELS,
    Toponym,
    directions,
    doc_text,
    feature_words,
    syntactic_head,
    word_before,
)


def build_toponym(tokens: list[Token], label: str, hint: str | None, *, modifier: bool) -> Toponym:
    """The mention of these tokens, with what its context says of it: a place slot or
    feature word (``evidence``), a government or people (``metonym``), a modifier."""
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    start = _modifier_start(first) if modifier else first.idx
    full = doc_text(doc)
    text = full[start : last.idx + len(last)]
    query = full[first.idx : last.idx + len(last)]
    core = core_name(tokens) if hint else None
    top = Toponym(start, last.idx + len(last), text, query, label, hint, core, modifier)
    top.metonym = _is_metonym(tokens)
    top.owned_thing = _modifies_thing(tokens)
    top.agent_modifier = _modifies_agent(tokens) or top.owned_thing
    top.compound = syntactic_head(tokens).dep_ in {"compound", "amod", "nmod"}
    before = word_before(first)
    top.determined = (
        len(tokens) == 1
        and before is not None
        and before.lower_ == "the"
        and not _modifies_next(last)
    )
    strict = label in MAYBE_LABELS
    top.coded = _after_coding_verb(first)
    top.evidence = (
        bool(hint)
        or top.coded
        or _after_locative(first, strict=strict)
        or _object_of_siege(tokens)
        or _in_place_list(first)
        or _after_place_noun(first)
        or _second_of_between(first)
        or _after_distance(first)
    )
    return top


def _modifier_start(first: Token) -> int:
    """Include a direction word right before the name in the mention ("western Iraq")."""
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.lower_ in directions():
        return before.idx
    return first.idx


def core_name(tokens: list[Token]) -> str | None:
    """The name without its trailing feature word(s): "Anbar province" → "Anbar"."""
    kept = list(tokens)
    while len(kept) > 1 and (kept[-1].lower_ in feature_words() or kept[-1].lower_ == "air"):
        kept = kept[:-1]
    if len(kept) == len(tokens):
        return None
    doc = tokens[0].doc
    return doc_text(doc)[kept[0].idx : kept[-1].idx + len(kept[-1])]


def extend_feature(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """Join a following feature word ("Anbar province", "Ain al-Assad air base")."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "air"
        and doc[end + 1].lower_ in V.words("place_mentions", "air_nouns")
    ):
        return [*tokens, doc[end], doc[end + 1]], "site"
    if end < len(doc) and (hint := feature_words().get(doc[end].lower_)):
        return [*tokens, doc[end]], hint
    last = tokens[-1].lower_
    return tokens, feature_words().get(last) if len(tokens) > 1 else None


def _in_place_list(first: Token) -> bool:
    """ "in Logobou (Logobou, Tapoa)": the parenthesised names after a place name are
    the places that contain it."""
    for i in range(first.i - 1, max(first.i - 8, 0), -1):
        tok = first.doc[i]
        if tok.text == ")" or tok.is_sent_start:
            return False
        if tok.text == "(":
            return i > 0 and first.doc[i - 1].text[:1].isupper()
    return False


def _modifies_next(last: Token) -> bool:
    """ "the Fairfield home", "the Houston-based firm": a name before a noun or a hyphen
    qualifies that noun, so the article belongs to the noun, not to the name."""
    if last.i + 1 >= len(last.doc):
        return False
    after = last.doc[last.i + 1]
    if after.text == "-" and not last.whitespace_:
        return True
    return after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}


def _after_place_noun(first: Token) -> bool:
    """ "the village of Niombila", "in the area of Gorgadji"."""
    of, noun = word_before(first), word_before(first, 1)
    nouns = V.words("place_mentions", "place_nouns") | V.words("place_mentions", "belonging_nouns")
    return of is not None and of.lower_ == "of" and noun is not None and noun.lower_ in nouns


def _after_coding_verb(first: Token) -> bool:
    """ "coded as Nouna", "located in Kaya", "based in Djibo"."""
    prep, verb = word_before(first), word_before(first, 1)
    return (
        prep is not None
        and prep.lower_ in {"as", "in", "at", "to"}
        and verb is not None
        and verb.lower_ in V.words("place_mentions", "coding_verbs")
    )


def _after_distance(first: Token) -> bool:
    """ "3km from Oursi", "south of Djibo": only a place is a point distances run from."""
    link, before = word_before(first), word_before(first, 1)
    if link is None or before is None:
        return False
    if link.lower_ == "from":
        return before.lower_ in V.words("place_mentions", "distance_words")
    return link.lower_ == "of" and before.lower_ in V.words("place_mentions", "compass") | V.words(
        "place_mentions", "distance_words"
    )


def _second_of_between(first: Token) -> bool:
    """ "between Ouo and Sideradougou": the name after "and" in a "between" pair."""
    before = word_before(first)
    if before is None or before.lower_ not in {"and", "&"}:
        return False
    window = first.doc[max(first.i - 8, 0) : first.i]
    return any(t.lower_ == "between" for t in window)


def _after_locative(first: Token, *, strict: bool) -> bool:
    """After "in"/"near"/...; a span NER called a person or organisation needs a
    preposition of position ("in", "at", "near"), not of motion."""
    i = first.i - 1
    while i >= 0 and (first.doc[i].lower_ in directions() or first.doc[i].pos_ == "DET"):
        i -= 1
    words = (
        V.words("place_mentions", "static_locative")
        if strict
        else V.words("place_mentions", "locative")
    )
    return i >= 0 and first.doc[i].lower_ in words


def _object_of_siege(tokens: list[Token]) -> bool:
    """The object of a verb that takes a place ("militants raided Beni", "troops recaptured
    Palma"): raided, stormed, shelled or captured is said of towns and sites, so a name NER
    called a person or organisation there is a place to look up."""
    root = syntactic_head(tokens)
    return root.dep_ == "dobj" and root.head.lemma_.lower() in V.words(
        "place_mentions", "siege_verbs"
    )


def _is_metonym(tokens: list[Token]) -> bool:
    """A place name standing for its government or people: "Iran's", "Tehran said"
    — mentions, but not where something happened."""
    root = syntactic_head(tokens)
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.tag_ == "POS":
        return not _owns_part_of_place(root)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in V.words(
        "place_mentions", "metonym_verbs"
    )


def _owns_part_of_place(root: Token) -> bool:
    """ "Beirut's Hamra district", "the city's outskirts": a place's possessive before a
    part of that place says where, not who (unlike "Iran's army"; "New York's airport"
    may be named only to say where a flight goes)."""
    head = root.head.lemma_.lower()
    return root.dep_ == "poss" and (
        head in V.words("place_mentions", "place_nouns") or feature_words().get(head) == "admin"
    )


def _modifies_agent(tokens: list[Token]) -> bool:
    root = syntactic_head(tokens)
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.lemma_.lower() in V.words(
        "place_mentions", "agent_nouns"
    )


def _modifies_thing(tokens: list[Token]) -> bool:
    """ "the US dollar exchange rate", "the Ivory Coast embassy": the name says whose, not
    where (the parser may hang it on a later noun of the chain, so the next word counts)."""
    root = syntactic_head(tokens)
    if root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else root.head
    return bool(
        {root.head.lemma_.lower(), after.lemma_.lower()} & V.words("place_mentions", "thing_nouns")
    )
