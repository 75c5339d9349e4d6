""" "City, ST" and "City, Country" pairs, and lists of names: what the name after a comma says."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.resolve.place.toponym import Toponym, doc_text


def before_state(last: Token, states: dict[str, str]) -> bool:
    return _state_after(last, states) is not None


def _state_after(last: Token, states: dict[str, str]) -> tuple[str, int] | None:
    """The state named right after "City," and the index of its last token."""
    doc = last.doc
    i = last.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    word = doc[i + 1].text
    if word in states:
        return states[word], i + 1
    if i + 2 < len(doc) and doc[i + 2].text == "." and f"{word}." in states:
        return states[f"{word}."], i + 2
    return None


def _in_list(doc: Doc, found: list[Toponym], i: int) -> bool:
    """ "Georgia, Oklahoma, Pennsylvania and Wisconsin": names in a series are coordinated,
    so a comma between two of them is no "City, State" pair."""
    text = doc_text(doc)
    separators = {",", "and", "or", ", and", ", or"}
    before = i > 0 and text[found[i - 1].end : found[i].start].strip() in separators
    after = i + 2 < len(found) and text[found[i + 1].end : found[i + 2].start].strip() in separators
    return before and after


def _last_of_list(doc: Doc, found: list[Toponym], i: int) -> bool:
    """ "Ohio, Utah and Washington": the last name of a series of three or more."""
    text = doc_text(doc)
    gaps = [text[found[j - 1].end : found[j].start].strip() for j in (i, i - 1) if j >= 1]
    return len(gaps) == 2 and gaps[0] in {"and", "or", ", and", ", or"} and gaps[1] == ","


def attach_qualifiers(doc: Doc, found: list[Toponym], states: dict[str, str]) -> None:
    """Link "City, ST" and "City, Country" pairs: the second part narrows the first."""
    by_start = {t.start: t for t in found}
    state_names = set(states.values())
    for i, top in enumerate(found):
        last = doc.char_span(top.start, top.end, alignment_mode="expand")
        if last is None:
            continue
        state = _state_after(last[-1], states)
        if state is not None:
            top.qualifier, top.evidence = state[0], True
            continue
        top.listed = _in_list(doc, found, i) or _last_of_list(doc, found, i)
        if top.query in state_names or top.listed:
            continue
        nxt = last[-1].i + 2
        if nxt < len(doc) and doc[nxt - 1].text == "," and doc[nxt].idx in by_start:
            top.qualifier = by_start[doc[nxt].idx].query
