"""Toponym mentions in a spaCy Doc: which spans name places, before any resolution.

Sources: GPE/LOC/FAC entities (cleaned: "the", direction adjectives, possessives
removed; a following "province"/"airbase"/... word joined on), plus capitalised spans NER
missed or mislabelled (``scan``), kept only where the context marks them as places (a
locative preposition before, a feature word after, a "City, ST" pattern, a multi-word or
site name: ``evidence``), and streets (``streets``). Whether a span is really a place is
decided later, against the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline import vocabulary as V
from dateline.resolve.place.evidence import build_toponym, core_name, extend_feature
from dateline.resolve.place.notes import attach_containers, right_after, unit_codes
from dateline.resolve.place.qualifiers import attach_qualifiers
from dateline.resolve.place.scan import scan
from dateline.resolve.place.streets import find_streets
from dateline.resolve.place.toponym import (
    MAYBE_LABELS,
    PLACE_LABELS,
    Toponym,
    directions,
    doc_text,
    feature_words,
    overlaps,
    word_before,
)


def find_toponyms(doc: Doc, states: dict[str, str]) -> list[Toponym]:
    """Every candidate toponym span, left to right, without overlaps.

    ``states`` maps US state abbreviations ("CA", "Calif.") to state names.
    """
    pieces = [piece for ent in _join_cut_entities(doc) for piece in _split_at_commas(ent)]
    found = [t for ent in pieces if (t := _from_entity(ent)) is not None]
    taken = {i for t in found for i in range(t.start, t.end)}
    for top in scan(doc, states):
        if not overlaps(top, taken):
            found.append(top)
            taken.update(range(top.start, top.end))
    streets = find_streets(doc)
    street_chars = {i for t in streets for i in range(t.start, t.end)}
    found = [t for t in found if not overlaps(t, street_chars)] + streets
    found.sort(key=lambda t: t.start)
    text = doc_text(doc)
    for before, top in zip([None, *found], found, strict=False):
        top.enclosed = before is not None and right_after(text, before, top)
        if top.enclosed and (unit := unit_codes().get(top.query.replace(" ", ""))):
            top.query, top.evidence = unit, True
    attach_qualifiers(doc, found, states)
    attach_containers(doc, found)
    return found


def _join_cut_entities(doc: Doc) -> list[Span]:
    """ "the Democratic Republic of the" + "Congo": NER sometimes ends an entity on a
    function word (or a locality word, "Colonia") and starts another right after it; a
    name never ends on "of the", so the two are one name."""
    joined: list[Span] = []
    for ent in doc.ents:
        prev = joined[-1] if joined else None
        adjacent = prev is not None and prev.end == ent.start
        if adjacent and (
            prev[-1].lower_ in V.words("place_mentions", "cut_words") or _opener(prev)
        ):
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and _linked(prev, ent):
            label = prev.label_ if prev.label_ in PLACE_LABELS else ent.label_
            joined[-1] = Span(doc, prev.start, ent.end, label=label)
        else:
            joined.append(ent)
    return [_extend_linked(ent) for ent in joined]


def _linked(prev: Span, ent: Span) -> bool:
    """ "Sao Goncalo" + "do" + "Amarante": two names joined by one Romance particle are one
    name when either is a place (NER split it where its model knew no such name)."""
    doc = prev.doc
    if ent.start != prev.end + 1 or doc[prev.end].lower_ not in V.words(
        "place_mentions", "name_links"
    ):
        return False
    labels = {prev.label_, ent.label_}
    return bool(labels & PLACE_LABELS) and labels <= PLACE_LABELS | MAYBE_LABELS


def _opener(ent: Span) -> bool:
    """ "Colonia" + "Mitras Poniente": a locality word alone opens the name after it."""
    return len(ent) == 1 and ent[0].lower_ in V.words("place_mentions", "name_openers")


def _extend_linked(ent: Span) -> Span:
    """ "Santa Cruz de la" + "Sierra", "Colonia" + "Libertad": an entity ending on a Romance
    particle, or a locality word alone, goes on to the capitalised words after it, which
    finish the name."""
    doc, end = ent.doc, ent.end
    linked = (
        ent[-1].lower_ in V.words("place_mentions", "name_links") and ent.label_ in PLACE_LABELS
    )
    if not (linked or _opener(ent)):
        return ent
    while end < len(doc) and end - ent.end < 3 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _split_at_commas(ent: Span) -> list[Span]:
    """ "Pobe-Mengao, Soum", "Pama (Kompienga": a comma or bracket inside an entity
    separates names (a town and its province), each looked up alone."""
    if not any(t.text in V.words("place_mentions", "separators") for t in ent):
        return [ent]
    pieces: list[Span] = []
    start = ent.start
    for tok in ent:
        if tok.text in V.words("place_mentions", "separators"):
            pieces.append(Span(ent.doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    pieces.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return [p for p in pieces if len(p)]


def _from_entity(ent: Span) -> Toponym | None:
    if ent.label_ == "NORP":
        return _demonym(ent)
    if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_LABELS:
        return None
    full = _trim(_before_coding_note(list(ent)), drop_directions=False)
    tokens = _trim(full, drop_directions=True)
    if not tokens:
        return None
    extended = _extend_hyphen(tokens)
    full, tokens = [*full, *extended[len(tokens) :]], extended
    modifier = len(tokens) < len(full) or _direction_before(tokens[0])
    tokens, hint = extend_feature(tokens)
    hint = hint or _admin_noun_before(tokens[0])
    top = build_toponym(tokens, ent.label_, hint, modifier=modifier)
    if full[0].i < tokens[0].i:
        top.fallbacks = tuple(q for q in (top.query, top.core) if q)
        top.query = doc_text(ent.doc)[full[0].idx : tokens[-1].idx + len(tokens[-1])]
        # "East Java province": "East Java" before "Java"
        top.core = core_name([*full[: tokens[0].i - full[0].i], *tokens]) if hint else None
    return top


def _before_coding_note(tokens: list[Token]) -> list[Token]:
    """ "Titao at geoprecision 2": NER runs a coded place into the coder's note after it;
    the name ends before "(at) geoprecision"."""
    for i, tok in enumerate(tokens):
        if V.pattern("place_mentions", "geoprecision").match(tok.text) or (
            tok.lower_ == "geo" and i + 1 < len(tokens) and tokens[i + 1].text.startswith("-")
        ):
            kept = tokens[:i]
            while kept and kept[-1].lower_ in {"at", "with", "of", "("}:
                kept = kept[:-1]
            return kept
    return tokens


def _admin_noun_before(first: Token) -> str | None:
    """ "the state of Washington", "the province of Ontario": the region, not its town."""
    of, noun = word_before(first), word_before(first, 1)
    if of is None or of.lower_ != "of" or noun is None:
        return None
    return "admin" if feature_words().get(noun.lower_) == "admin" else None


def _extend_hyphen(tokens: list[Token]) -> list[Token]:
    """ "Ivano-Frankivsk": NER sometimes ends the entity at a hyphen inside the name;
    join the capitalised parts written on with hyphens and no spaces."""
    doc = tokens[0].doc
    while True:
        end = tokens[-1].i + 1
        if end + 1 >= len(doc) or tokens[-1].whitespace_:
            return tokens
        dash, part = doc[end], doc[end + 1]
        if dash.text != "-" or dash.whitespace_ or not part.text[:1].isupper() or part.ent_type_:
            return tokens
        tokens = [*tokens, dash, part]


def _demonym(ent: Span) -> Toponym | None:
    """ "Palestinian", "Sri Lankan": a mention of the country, never an event's place."""
    tokens = _trim(list(ent), drop_directions=False)
    if not tokens or not all(t.text[:1].isupper() for t in tokens):
        return None
    extended, hint = extend_feature(tokens)
    if hint in {"town", "admin"} and len(extended) > len(tokens):
        # "Herat city", "Aleppo province": a people has no city; NER misread a place
        return build_toponym(extended, "GPE", hint, modifier=False)
    top = build_toponym(tokens, "NORP", None, modifier=False)
    top.metonym = True
    return top


def _direction_before(first: Token) -> bool:
    return first.i > 0 and first.nbor(-1).lower_ in directions()


def _trim(tokens: list[Token], *, drop_directions: bool) -> list[Token]:
    """Drop leading determiners (and direction adjectives), trailing possessives/punctuation."""
    while tokens and (
        tokens[0].pos_ == "DET"
        or tokens[0].is_punct
        or (drop_directions and tokens[0].lower_ in directions())
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens
