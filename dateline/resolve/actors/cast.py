"""The cast of an article: the named people it says shot or attacked, and those it says were hit.

A person's part comes from the clause around each mention of their name: the subject of
"shot" or "opened fire", the passive subject of "was charged" or "was arrested", or a name
beside "suspect" is a doer; the object or passive subject of "shot", the subject of "died",
the "of" of "the killing of", or a name beside "victim" was hit. A name in a conjunction
("Jane Roe, 31, and Sam Poe, 40, were killed") takes the part of the first conjunct; a name
beside a description ("a 24-year-old man, John Doe, was charged") takes the part of the
description. Quoted officials, relatives and reporters get no part and stay out of the sides.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

from dateline import vocabulary as V
from dateline.models import Evidence
from dateline.text.persons import PersonName, person_names
from dateline.text.tree import child

Part = Literal["doer", "victim"]
_CONCEPT = "sides_people"
_LINKS = ("conj", "xcomp", "oprd", "acomp")  # verbs and complements sharing a subject
_MAX_CLIMB = 3  # conj/appos links followed from a name to the word whose clause decides


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with a part in the article's violence, and where the text says so."""

    name: Evidence  # the fullest form of the name
    part: Part
    officer: bool  # titled as police or military ("Officer Jane Roe")
    sentences: frozenset[int]  # start offsets of the sentences that give the part


@functools.cache
def _words(name: str) -> frozenset[str]:
    return V.words(_CONCEPT, name)


def cast(doc: Any) -> list[Person]:
    """The article's named doers and victims, in order of first mention (one person may be
    both: someone who shot themselves)."""
    if doc is None:
        return []
    people: list[Person] = []
    for named in person_names(doc):
        if set(named.text.lower().split()) & _words("generic_sides"):
            continue  # "Man Charged" in a headline is no one's name
        people += _parts(named)
    return people


def _parts(named: PersonName) -> list[Person]:
    found: dict[Part, set[int]] = {}
    for root in named.roots:
        part = part_of(root)
        if part is not None:
            found.setdefault(part, set()).add(root.sent.start_char)
    span = Evidence("person", named.text, named.start, named.end)
    officer = any(_titled(root) for root in named.roots)
    return [Person(span, part, officer, frozenset(found[part])) for part in found]


def _titled(root: Any) -> bool:
    """A rank or title before the name ("Officer Jane Roe", "Sgt. Roe"), or in the phrase
    the name stands beside ("one of the responding officers, Jane Roe")."""
    first = root.left_edge
    before = root.doc[first.i - 1] if first.i > 0 else None
    words = [t.lower_.rstrip(".") for t in (first, before) if t is not None]
    if root.dep_ == "appos":
        words += [t.lower_ for t in root.head.subtree if t.i < root.i]
    return any(word in _words("officer_titles") for word in words)


def part_of(token: Any) -> Part | None:
    """The part the clause around a name gives its person, or None."""
    for _ in range(_MAX_CLIMB):
        part = _described(token) or _clause_part(token) or _relative_part(token)
        if part is not None:
            return part
        if token.dep_ in ("oprd", "dobj") and token.head.lemma_ == "name":
            token = token.head  # "a man named Jo Bell was shot": the man's part
        elif token.dep_ not in ("conj", "appos", "acl"):
            return None
        token = token.head
    return None


def _described(token: Any) -> Part | None:
    """A description beside the name: "suspect John Doe", "John Doe, the victim"."""
    nearby = [c for c in token.children if c.dep_ in ("compound", "appos", "amod", "nmod")]
    if token.dep_ == "appos":
        nearby.append(token.head)
    lemmas = {t.lemma_.lower() for t in nearby}
    if lemmas & _words("doer_nouns"):
        return "doer"
    if lemmas & _words("victim_nouns"):
        return "victim"
    return None


def _relative_part(token: Any) -> Part | None:
    """A relative clause on the name: "officers found Jo Bell, who was pronounced dead"."""
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        subject = child(clause, "nsubjpass") or child(clause, "nsubj")
        if subject is not None and subject.lower_ in ("who", "that"):
            return _verbs_part(clause, subject.dep_ == "nsubjpass")
    return None


def _copula_part(token: Any) -> Part | None:
    """A name equated with a description: "the victim is Jo Bell", "Bell was the suspect",
    "Bell and Roe were two of the victims"."""
    other = child(token.head, "attr") if token.dep_ == "nsubj" else child(token.head, "nsubj")
    lemmas = {t.lemma_.lower() for t in other.subtree} if other is not None else set()
    if lemmas & _words("doer_nouns"):
        return "doer"
    if lemmas & _words("victim_nouns"):
        return "victim"
    return None


def _clause_part(token: Any) -> Part | None:
    head, dep = token.head, token.dep_
    lemma = head.lemma_.lower()
    if lemma == "be" and dep in ("nsubj", "attr"):
        return _copula_part(token)
    if dep in ("nsubj", "nsubjpass"):
        return _verbs_part(head, dep == "nsubjpass")
    if dep == "dobj":
        return _object_part(head, lemma)
    if dep == "pobj":
        return _prepositional_part(head)
    if dep == "poss" and lemma in _words("harm_nouns"):
        return "victim"  # "Roe's death"
    return None


def _verbs_part(head: Any, passive: bool) -> Part | None:
    """A subject's part by the first of its verbs that gives one: the head verb, then the
    verbs it shares the subject with ("got into a fight and was shot", "was believed to be
    shot", "was found shot and killed")."""
    verbs = [(head, passive)]
    for verb in _shared(head):
        verbs.append((verb, _passive(verb)))
    for verb, is_passive in verbs:
        part = _passive_part(verb) if is_passive else _subject_part(verb, verb.lemma_.lower())
        if part is not None:
            return part
    return None


def _shared(head: Any) -> list[Any]:
    """The verbs and complements that share the head's subject, in text order."""
    linked = [c for c in head.children if c.dep_ in _LINKS]
    linked += [c for v in linked for c in v.children if c.dep_ in _LINKS]
    return sorted((v for v in linked if not _own_subject(v)), key=lambda v: v.i)


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _passive(verb: Any) -> bool:
    """A passive verb ("was shot"), or a past participle standing for one ("found shot")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)


def _subject_part(verb: Any, lemma: str) -> Part | None:
    if verb.dep_ in ("oprd", "acomp") and verb.lower_ in _words("dead_words"):
        return "victim"  # "was found dead"
    if lemma in _words("harm_verbs") or lemma in _words("suspect_verbs"):
        return "doer"
    if lemma == "open" and _object_lemma(verb) == "fire":
        return "doer"
    if lemma == "turn" and any(c.lower_ == "in" for c in verb.children):
        return "doer"  # "turned himself in"
    if lemma == "face" and _object_lemma(verb) in ("charge", "count"):
        return "doer"  # "Doe faces a murder charge"
    if lemma == "pass" and any(c.lower_ == "away" for c in verb.children):
        return "victim"
    if lemma in _words("death_verbs"):
        return "victim"
    if lemma == "have" and _object_lemma(verb) in _words("remains_nouns"):
        return "victim"  # "Lee had gunshot wounds"
    return None


def _passive_part(verb: Any) -> Part | None:
    lemma = verb.lemma_.lower()
    if lemma in _words("harm_verbs"):
        return "victim"
    if lemma in _words("custody_verbs") or _into_custody(verb):
        return "doer"
    if _found_hurt(verb):
        return "victim"  # "Roe was discovered with a gunshot wound"
    return None


def _object_part(verb: Any, lemma: str) -> Part | None:
    if lemma in _words("harm_verbs"):
        return "victim"
    if lemma in _words("custody_verbs") or _into_custody(verb):
        return "doer"
    if _found_hurt(verb):
        return "victim"  # "a shooting that left Jane Roe dead", "found Roe with a wound"
    if lemma == "identify":
        return _identified(verb)
    return None


def _prepositional_part(prep: Any) -> Part | None:
    word, head = prep.lower_, prep.head
    if word == "by" and prep.dep_ == "agent" and _harmful(head):
        return "doer"  # "was shot by John Doe", "the massacre carried out by John Doe"
    if word == "of" and head.lemma_.lower() in _words("harm_nouns") | _words("remains_nouns"):
        return "victim"  # "the killing of Jane Roe"
    if word == "for" and head.lemma_.lower() in _words("manhunt_verbs"):
        return "doer"  # "police are searching for John Doe"
    if word == "as" and head.lemma_.lower() == "identify":
        return _identified(head)  # "identified the victim as Jane Roe"
    return None


def _identified(verb: Any) -> Part | None:
    """Whom police identified: the suspect, by the identifying verb's object, passive
    subject or the noun it describes ("one suspect, identified as"), else a victim: a
    victim ("the girl", "the man killed") is who news reports identify by name."""
    described = child(verb, "dobj") or child(verb, "nsubjpass")
    if described is None and verb.dep_ == "acl":
        described = verb.head
    lemma = described.lemma_.lower() if described is not None else ""
    if lemma in _words("doer_nouns"):
        return "doer"
    if lemma in _words("victim_nouns") or lemma in _words("generic_sides"):
        return "victim"
    return None


def _harmful(verb: Any) -> bool:
    """A verb of harm, or one whose passive describes an act of harm ("the massacre carried
    out by")."""
    if verb.lemma_.lower() in _words("harm_verbs"):
        return True
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _words("harm_nouns")


def _found_hurt(verb: Any) -> bool:
    """Found or left dead, or with a wound."""
    if verb.lemma_.lower() not in _words("finding_verbs"):
        return False
    if _complement(verb) in _words("dead_words"):
        return True
    withs = [t for c in verb.children if c.lower_ == "with" for t in c.children]
    return any(t.lemma_.lower() in _words("remains_nouns") for t in withs)


def _into_custody(verb: Any) -> bool:
    """'took Doe into custody'."""
    return any(t.lower_ == "custody" for c in verb.children if c.dep_ == "prep" for t in c.children)


def _object_lemma(verb: Any) -> str:
    found = child(verb, "dobj")
    return found.lemma_.lower() if found is not None else ""


def _complement(verb: Any) -> str:
    found = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")), None)
    return found.lower_ if found is not None else ""
