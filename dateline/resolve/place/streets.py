"""Streets and roads: places inside a town, named so the town's name in them is not the town."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline import vocabulary as V
from dateline.resolve.place.toponym import STREET, Toponym, doc_text


def find_streets(doc: Doc) -> list[Toponym]:
    """Streets and roads: "Orchard St.", "West Tyler Street", "Highway 82", "I-75". They
    name places inside a town, and a town name in them ("Memphis Street") is not the town."""
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        word = tok.lower_.rstrip(".")
        first = _street_start(tok) if word in V.words("place_streets", "street_words") else None
        if first is not None:
            spans.append((first.idx, tok.idx + len(tok)))
        if (
            word in V.words("place_streets", "road_words")
            and tok.i + 1 < len(doc)
            and tok.nbor(1).text.isdigit()
        ):
            spans.append((tok.idx, tok.nbor(1).idx + len(tok.nbor(1))))
    spans += [(m.start(), m.end()) for m in V.pattern("place_streets", "interstate").finditer(text)]
    out: list[Toponym] = []
    taken: set[int] = set()
    for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        name = text[start:end]
        out.append(Toponym(start, end, name, name, STREET, evidence=True))
    return out


def _street_start(word: Token) -> Token | None:
    """The first word of the name before a street word: capitalised words, numbers
    ("33rd"), initials ("N."); ``None`` when nothing names the street."""
    first: Token | None = None
    i = word.i - 1
    while i >= 0 and word.i - i <= 4:
        tok = word.doc[i]
        named = tok.text[:1].isupper() and (tok.is_alpha or tok.text.rstrip(".").isalpha())
        numbered = tok.text[:1].isdigit() and tok.text[-2:].lower() in {"st", "nd", "rd", "th"}
        if not (named or numbered) or tok.is_sent_start:
            break
        first = tok
        i -= 1
    if first is not None and first.lower_.rstrip(".") in V.words("place_streets", "street_words"):
        return None
    return first
