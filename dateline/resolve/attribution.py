"""Claims, blame, denials and sources: who said who did it, read off reporting sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.models import Attribution, Blame, Evidence, Source

UNCLAIMED = re.compile(
    r"\b(no (one|group|organi[sz]ation|party)( has| had)?( yet| so far| immediately)? "
    r"claimed|(has|had) not (yet )?been claimed|unclaimed|nobody (has )?claimed|"
    r"no claim of responsibility)\b",
    re.I,
)
CLAIM_VERBS = frozenset(("claim",))
BLAME_VERBS = frozenset("blame accuse hold attribute suspect".split())
DENY_VERBS = frozenset("deny reject refute".split())
SAY_VERBS = frozenset(
    "say report tell confirm announce state add claim quote note explain according".split()
)
OUTLET_WORDS = re.compile(
    r"\b(Reuters|AFP|Agence France-Presse|AP|Associated Press|BBC|Al Jazeera|CNN|"
    r"Xinhua|TASS|Anadolu|\w+ (news agency|newspaper|television|TV|radio|daily))\b"
)
KIND_WORDS = {
    "spokesperson": re.compile(r"spokes(man|woman|person)", re.I),
    "witness": re.compile(r"\b(witness(es)?|resident|residents|survivor|villager)s?\b", re.I),
    "official": re.compile(
        r"\b(official|officials|minister|ministry|department|pentagon|police|army|military|"
        r"government|governor|mayor|commander|authorities|president|chief)\b",
        re.I,
    ),
    "group": re.compile(r"\b(group|militants|rebels|movement|organi[sz]ation)\b", re.I),
}
ANONYMOUS = re.compile(
    r"\b(condition of anonymity|declined to be (named|identified)|unnamed|anonymous|"
    r"did not want to be named|who asked not to be (named|identified))\b",
    re.I,
)


@dataclass(slots=True)
class Findings:
    attribution: Attribution
    sources: list[Source]
    evidence: list[Evidence]


def find_attribution(doc: Any) -> Findings:
    """Attribution and sources stated anywhere in the article."""
    found = Findings(Attribution(), [], [])
    for sent in doc.sents:
        _read_sentence(sent, found)
    return found


def _read_sentence(sent: Any, found: Findings) -> None:
    if UNCLAIMED.search(sent.text):
        found.attribution.unclaimed = True
        found.evidence.append(_evidence("attribution.unclaimed", sent))
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in CLAIM_VERBS and _object_mentions(token, "responsibility"):
            _add_claim(token, found)
        elif lemma in BLAME_VERBS:
            _add_blame(token, found)
        elif lemma in DENY_VERBS:
            _add_denial(token, found)
        if lemma in SAY_VERBS or (token.lower_ == "according" and token.dep_ == "prep"):
            _add_source(token, sent, found)


def _add_claim(verb: Any, found: Findings) -> None:
    subject = _subject(verb)
    if subject is not None and not _negated(verb) and subject.lower_ not in ("one", "nobody"):
        found.attribution.claimed_by.append(_phrase(subject))
        found.evidence.append(_evidence("attribution.claimed_by", verb.sent))


def _add_blame(verb: Any, found: Findings) -> None:
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None:
        return
    by = _subject(verb)
    if verb.dep_ == "nsubjpass":
        by = None
    found.attribution.blamed.append(Blame(actor=_phrase(target), by=by and _phrase(by)))
    found.evidence.append(_evidence("attribution.blamed", verb.sent))


def _add_denial(verb: Any, found: Findings) -> None:
    if (subject := _subject(verb)) is not None:
        found.attribution.denied_by.append(_phrase(subject))
        found.evidence.append(_evidence("attribution.denied_by", verb.sent))


def _add_source(token: Any, sent: Any, found: Findings) -> None:
    speaker = _speaker(token)
    if speaker is None:
        return
    name = _phrase(speaker)
    if any(source.name == name for source in found.sources):
        return
    found.sources.append(Source(name, _kind(name), bool(ANONYMOUS.search(sent.text))))
    found.evidence.append(_evidence("sources", sent))


def _speaker(token: Any) -> Any | None:
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    subject = _subject(token)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


def _kind(name: str) -> str:
    if OUTLET_WORDS.search(name):
        return "outlet"
    return next((kind for kind, rx in KIND_WORDS.items() if rx.search(name)), "official")


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _object_mentions(verb: Any, word: str) -> bool:
    return any(word in c.lower_ for c in verb.subtree)


def _phrase(head: Any) -> str:
    """The head with its left modifiers: 'the US Defense Department', 'Iran-aligned groups'."""
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    start = min([head.i, *(t.left_edge.i for t in left)])
    words = head.doc[start : head.i + 1]
    return re.sub(r"^(the|a|an) ", "", words.text, flags=re.I)


def _evidence(field: str, sent: Any) -> Evidence:
    return Evidence(field=field, text=sent.text, start=sent.start_char, end=sent.end_char)
