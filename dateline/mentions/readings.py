"""Readings: the count one trigger token yields for its victim phrase, with where it was read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline import vocabulary as V
from dateline.mentions.harm import (
    bearer_verb,
    is_dated_aside,
    is_gunshot_wound,
    is_harm_verb_lemma,
    is_irrealis,
    is_negated,
    killing_verb,
    trigger_field,
)
from dateline.mentions.quantity import fatality_quantity, parse_quantity
from dateline.mentions.victims import (
    appos_person,
    body_owner,
    has_no,
    is_animal,
    is_conjoined_victim,
    is_nobody,
    is_partitive,
    is_person,
    left_words,
    may_be_victim,
    names_person,
    of_object,
    victim_of,
)
from dateline.text import tree
from dateline.text.numbers import is_number_word


@dataclass(frozen=True, slots=True)
class Finding:
    """One victim phrase's count for one field, with where it was read."""

    field: str
    key: int  # the victim's head token index: one victim counts once per field
    best: int
    low: int | None
    high: int | None
    implicit_plural: bool
    text: str
    start: int
    end: int
    quote: str = ""  # the article text between ``start`` and ``end``
    general: bool = False  # a zero for everyone ("no one", "no injuries"), not one person


def read_trigger(tok: Any) -> list[Finding]:
    """The findings one token yields (none when it is not a trigger or is hypothetical)."""
    if tok.lower_ in _words("casualty") or tok.lemma_.lower() in V.words("count_words", "casualty"):
        return read_casualties(tok)
    if tok.lower_ in _words("unharmed"):
        return read_unharmed(tok)
    verb = killing_verb(tok)
    if verb is not None:
        return [] if is_irrealis(verb) or is_negated(verb) else read_victims(verb, "fatalities")
    field = trigger_field(tok)
    if field is None or is_irrealis(tok) or is_dated_aside(tok):
        return []
    if tok.lower_ == "toll" or tok.lemma_.lower() == "toll":
        return read_toll(tok, field)
    if is_negated(tok):
        return read_negated(tok, field)
    found = read_victims(tok, field)
    return found + _fatal_share(tok) if field == "shot" and found else found


def _fatal_share(tok: Any) -> list[Finding]:
    """ "Four teenagers were shot, one fatally": of those hit, the number said to have died."""
    victim = victim_of(tok)
    near = [*tok.children, *(victim.children if victim is not None else [])]
    for num in near:
        if num.pos_ != "NUM" or num.dep_ not in {"npadvmod", "appos", "advmod", "conj"}:
            continue
        if not any(w.lower_ in _words("fatally") for w in num.subtree):
            continue
        q = parse_quantity([num.text])
        if q is not None:
            text, start, end = _span(num, num)
            return [Finding("fatalities", num.i, q.best, q.low, q.high, False, text, start, end,
                            text)]  # fmt: skip
    return []


def read_casualties(tok: Any) -> list[Finding]:
    """ "casualties" is ambiguous between deaths and injuries: only its zero form counts."""
    if not has_no(tok):
        return []
    span = _span(tok, tok)
    return [Finding("injuries", tok.i, 0, 0, 0, False, *span, quote=span[0], general=True)]


def read_unharmed(tok: Any) -> list[Finding]:
    subject = tree.subject(tok.head) if tok.dep_ in {"acomp", "oprd", "advcl", "xcomp"} else None
    if subject is None or not is_person(subject):
        return []
    text, start, end = _span(subject, tok)
    return [Finding("injuries", subject.i, 0, 0, 0, False, text, start, end, text)]


def read_toll(tok: Any, field: str) -> list[Finding]:
    """ "the death toll rose to 12" / "a death toll of 12": the number after the noun."""
    words = [t.text for t in tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]]
    numbers = [i for i, w in enumerate(words) if is_number_word(w)]
    if not numbers:
        return []
    to_idx = [i for i in numbers if i > 0 and words[i - 1].lower() in {"to", "at"}]
    first = (to_idx or numbers)[0]
    q = parse_quantity(words[first - 1 if first else 0 :]) if first else parse_quantity(words)
    if q is None:
        return []
    last = tok.doc[tok.i + first + 1]
    text, start, end = _span(tok, last)
    return [Finding(field, tok.i, q.best, q.low, q.high, False, last.text, start, end, text)]


def read_negated(tok: Any, field: str) -> list[Finding]:
    """ "the driver was not injured" → 0 for that person."""
    victim = victim_of(tok)
    if victim is None or not is_person(victim):
        return []
    text, start, end = _span(victim, tok)
    return [Finding(field, victim.i, 0, 0, 0, False, text, start, end, text)]


def read_victims(tok: Any, field: str) -> list[Finding]:
    """Findings for the trigger's victim phrase and its conjuncts ("5 soldiers and 3 civilians")."""
    victim = victim_of(tok)
    if victim is None:
        return _window_number(tok, field)
    victim = appos_person(body_owner(victim))
    if is_partitive(victim):
        return []
    heads = [victim, *[c for c in victim.conjuncts if is_conjoined_victim(c)]]
    found = [f for h in heads if (f := count_victim(h, tok, field)) is not None]
    if found or (victim.dep_ == "dobj" and not is_person(victim)):
        return found  # "militants executed the operation": no victim, so no count
    return _window_number(tok, field)


def count_victim(head: Any, trigger: Any, field: str) -> Finding | None:
    """The count one victim phrase states or implies."""
    if is_nobody(head):
        return _finding(field, head, trigger, (0, 0, 0), False, _phrase(head), general=True)
    if field != "fatalities" and head.lower_ in _words("corpses"):
        return None  # "five bodies were taken to hospital": the dead, not the injured
    if is_harm_verb_lemma(trigger) and not names_person(head):
        return None  # "two pieces of machinery were burned"
    if head.tag_ == "WP" and head.head.dep_ == "relcl":
        head = head.head.head  # "a man who was killed": count the antecedent
    if field == "shot" and not (names_person(head) or _is_name(head)):
        return None  # "several parked cars were struck", "shot out the windows"
    words = left_words(head)
    q = parse_quantity([t.text for t in words])
    if q is None and not is_person(head) and (of_obj := of_object(head)) is not None:
        words = left_words(of_obj)
        q = parse_quantity([t.text for t in words])
    if q is not None and is_animal(head):
        return None
    if q is not None and field == "fatalities":
        q = fatality_quantity(q, [t.text for t in words])
    if q is not None:
        first, last = words[q.start], words[q.end - 1]
        text = head.doc[first.i : last.i + 1].text
        return _finding(field, head, trigger, (q.best, q.low, q.high), False, text)
    return implied_count(head, trigger, field)


def _is_name(head: Any) -> bool:
    """A proper name the tagger left untyped ("Jaylen Smith was shot"): a person."""
    return head.pos_ == "PROPN" and head.ent_type_ in {"", "PERSON"}


def implied_count(head: Any, trigger: Any, field: str) -> Finding | None:
    """No number: "no one" → 0, "a soldier"/"him" → 1, "soldiers"/"they" → 3 (ACLED)."""
    if head.i == trigger.i or _is_nominal(trigger) or not may_be_victim(head, trigger):
        return None
    if (
        head.lower_ in _words("plural_pronouns")
        or head.tag_ in {"NNS", "NNPS"}
        or head.lower_ == "police"
    ):
        return _finding(field, head, trigger, (3, 2, None), True, _phrase(head))
    return _finding(field, head, trigger, (1, 1, 1), False, _phrase(head))


def _is_nominal(trigger: Any) -> bool:
    """ "the death of a farmer", "the murder of X": often a referenced, earlier event,
    so a nominal trigger counts only a stated number. An injury someone "suffered" is
    read as its clause's verb."""
    if is_gunshot_wound(trigger):
        return False  # "a man with a gunshot wound": its bearer was hit, now
    return trigger.pos_ in {"NOUN", "PROPN"} and bearer_verb(trigger) is None


def _phrase(tok: Any) -> str:
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _finding(
    field: str,
    head: Any,
    trigger: Any,
    values: tuple[int, int | None, int | None],
    implicit_plural: bool,
    text: str,
    general: bool = False,
) -> Finding:
    quote, start, end = _span(head, trigger)
    return Finding(field, head.i, *values, implicit_plural, text, start, end, quote, general)


def _span(a: Any, b: Any) -> tuple[str, int, int]:
    """Text and char offsets covering tokens ``a`` and ``b`` and their left modifiers."""
    first = min(a.left_edge.i, b.i, a.i)
    last = max(a.i, b.i)
    span = a.doc[first : last + 1]
    return span.text, span.start_char, span.end_char


def _window_number(tok: Any, field: str) -> list[Finding]:
    """ "3 killed", "12 dead": a number right before the trigger with no parse link."""
    start = max(tok.sent.start, tok.i - 2)
    words = list(tok.doc[start : tok.i])
    q = parse_quantity([t.text for t in words])
    if q is None:
        return []
    first = words[q.start]
    return [_finding(field, first, tok, (q.best, q.low, q.high), False, first.text)]


def _words(name: str) -> frozenset[str]:
    """The words of ``count_words.toml`` under ``name``."""
    return V.words("count_words", name)
