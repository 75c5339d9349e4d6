"""Person names in a parsed article: each person once, with every place the text names them.

News names a person in full once ("John Doe, 24, of Dayton") and by surname after ("Doe
was arrested"); both mentions belong to one person, whose span is the full form. spaCy's
small model labels most names PERSON and misses some, so a run of two or three capitalised
proper nouns outside any entity counts as a name too, and so does a short organisation
entity that carries a person's age ("27-year-old Jo Bell", "Jo Bell, 27,") or is what
someone was identified as or named ("identified the girl as Jo Bell"), which no organisation
is. A surname or first name alone, wherever it recurs, is a mention of the person.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_MAX_NAME_TOKENS = 4


@dataclass(slots=True)
class PersonName:
    """One named person: the fullest form the text gives, and the root token of each mention."""

    text: str
    start: int
    end: int
    roots: list[Any] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.text.split()[-1]


def person_names(doc: Any) -> list[PersonName]:
    """The article's people in order of first mention, surname-only mentions joined to the
    full name they shorten (or kept alone when the text never gives one)."""
    spans = sorted(_name_spans(doc), key=lambda span: span.start)
    people = [_person(span) for span in spans if len(span) > 1]
    for span in spans:
        if len(span) > 1:
            _same(people, span.text).roots.append(span.root)
        else:
            _join(people, span)
    _recurring(doc, people)
    return people


def _recurring(doc: Any, people: list[PersonName]) -> None:
    """Surnames the model left unlabelled where they recur: "Police say Torres got into a
    fight" after "Marcus Torres"."""
    taken = {root.i for person in people for root in person.roots}
    for person in (p for p in people if " " in p.text):
        for token in doc:
            if token.i not in taken and _alone(token) and token.text == person.surname:
                person.roots.append(token)
                taken.add(token.i)


def _alone(token: Any) -> bool:
    """A proper noun standing alone, not the modifier of another ("the Torres home")."""
    return token.pos_ == "PROPN" and token.dep_ != "compound"


def _person(span: Any) -> PersonName:
    return PersonName(span.text, span.start_char, span.end_char)


def _same(people: list[PersonName], text: str) -> PersonName:
    return next(person for person in people if person.text == text)


def _join(people: list[PersonName], span: Any) -> None:
    """A one-word mention: the first person whose surname (or first name) it is, else its
    own person."""
    word = span.text
    for person in people:
        if word in (person.surname, person.text.split()[0]):
            person.roots.append(span.root)
            return
    people.append(PersonName(word, span.start_char, span.end_char, [span.root]))


def _name_spans(doc: Any) -> Iterator[Any]:
    seen: set[int] = set()
    for ent in doc.ents:
        if _name_like(ent) and (ent.label_ == "PERSON" or _aged(ent)):
            seen.update(range(ent.start, ent.end))
            yield _trimmed(ent)
    yield from _proper_runs(doc, seen)


def _name_like(span: Any) -> bool:
    return len(span) <= _MAX_NAME_TOKENS and _capitalised(span)


def _aged(span: Any) -> bool:
    """An organisation entity written with an age, or as whom someone was identified: a
    person the model mislabelled."""
    if span.label_ != "ORG" or not all(token.pos_ == "PROPN" for token in span):
        return False
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    after = list(doc[span.end : span.end + 2])
    if before[-1:] == ["old"] or before[-1:] == ["named"] or before == ["identified", "as"]:
        return True
    if before[-1:] == ["as"] and span.root.head.head.lemma_ == "identify":
        return True
    return len(after) == 2 and after[0].text == "," and after[1].like_num


def _capitalised(span: Any) -> bool:
    return all(token.text[:1].isupper() or not token.is_alpha for token in span)


def _trimmed(span: Any) -> Any:
    """The name without a possessive or trailing punctuation: "Doe's" → "Doe"."""
    end = span.end
    while end > span.start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return span.doc[span.start : end]


def _proper_runs(doc: Any, seen: set[int]) -> Iterator[Any]:
    """Two or three capitalised proper nouns in a row that no entity covers: "Tracie Dierks"."""
    run: list[Any] = []
    for token in [*doc, None]:
        if token is not None and _unlabelled_name_word(token, seen):
            run.append(token)
            continue
        if 2 <= len(run) <= 3:
            yield doc[run[0].i : run[-1].i + 1]
        run = []


def _unlabelled_name_word(token: Any, seen: set[int]) -> bool:
    return (
        token.i not in seen
        and not token.ent_type_
        and token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
    )
