"""Blame: groups accused, suspected, believed behind the act or tied to its doers."""

from __future__ import annotations

import re
from typing import Any

from dateline import vocabulary as V
from dateline.models import Blame
from dateline.resolve.attribution.names import (
    armed_group,
    group_name,
    lead_then_name,
    named_group,
    noun_phrase,
)
from dateline.resolve.attribution.record import Findings, add_claim_name, agent, evidence
from dateline.resolve.attribution.sources import record_source
from dateline.text import tree


def add_blame(verb: Any, found: Findings) -> None:
    """Active: 'X blamed/accused Y', 'attributed it to Y'; passive: 'Y is suspected'."""
    if verb.dep_ in ("amod", "compound") and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if named_group(head):  # "suspected JNIM militants"
            blame(found, noun_phrase(head), None, verb.sent)
        return
    passive = tree.child(verb, "nsubjpass")
    if passive is not None:
        by = agent(verb)
        blame(found, noun_phrase(passive), by and noun_phrase(by), verb.sent)
        return
    target = tree.child(verb, "dobj")
    if verb.lemma_.lower() == "attribute":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = tree.pobj(to) if to is not None else None
    if target is None or target.pos_ == "PRON":
        return
    by = tree.subject(verb)
    blame(found, noun_phrase(target), by and noun_phrase(by), verb.sent)


def add_belief(verb: Any, found: Findings) -> None:
    """'Police suspect the PKK carried out the attack': the clause's doer is blamed."""
    passive = tree.child(verb, "nsubjpass")
    if passive is not None and (_behind(verb) or any(_behind(c) for c in verb.children)):
        by = agent(verb)  # "X is believed (to be) responsible / behind the attack"
        blame(found, noun_phrase(passive), by and noun_phrase(by), verb.sent)
        return
    clause = tree.child(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in V.words("speech", "doing_verbs") | {"be"}:
        return
    doer = tree.child(clause, "nsubj")
    if doer is None or (doer.pos_ == "PRON" and verb.lemma_.lower() != "say"):
        return
    speaker = tree.subject(verb)
    if doer.pos_ == "PRON" or (verb.lemma_.lower() == "say" and _own_people(doer)):
        # "Hamas said it fired the rockets": a group speaking of its own act claims it
        if _own_act(speaker, doer, clause):
            add_claim_name(noun_phrase(speaker), verb.sent, found)
        return
    if verb.lemma_.lower() == "say" or (clause.lemma_.lower() == "be" and not _behind(clause)):
        return
    blame(found, noun_phrase(doer), speaker and noun_phrase(speaker), verb.sent)


def _own_act(speaker: Any | None, doer: Any, clause: Any) -> bool:
    if speaker is None or speaker.pos_ == "PRON":
        return False
    if doer.lower_ not in ("it", "they", "we") and not _own_people(doer):
        return False
    return clause.lemma_.lower() in V.words("speech", "doing_verbs") and armed_group(speaker)


def _own_people(doer: Any) -> bool:
    """'its fighters', 'our men': a group's own people, whose act it claims by telling it."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in doer.children)


def _behind(verb: Any) -> bool:
    """'X was behind the attack', 'X was responsible for it'."""
    return any(c.lower_ in ("behind", "responsible") for c in verb.children)


def blame(found: Findings, actor: str, by: str | None, sent: Any) -> None:
    if any(b.actor == actor for b in found.attribution.blamed) or not _names_someone(actor):
        return
    found.attribution.blamed.append(Blame(actor=actor, by=by))
    found.evidence.append(evidence("attribution.blamed", sent))
    if (
        by is not None
        and by.lower() not in V.words("attribution_sources", "no_speaker")
        and " " in by
    ):
        record_source(found, by, False, sent)  # who blamed is a source of the blame


def _names_someone(phrase: str) -> bool:
    """Whether a blamed phrase can be a doer: a name (capitalised) or a word for an actor;
    "the gun" or "hatred", misread as blamed, name no one."""
    from dateline.vocabulary.naming import resolve_actor

    if re.search(r"\b[A-Z]", phrase) and len(phrase.split()) <= 12:
        return True
    return resolve_actor(phrase, None) is not None


def hedged(verb: Any) -> bool:
    """'firebombed, suspectedly by the ELF': a doer named with a hedge is only blamed."""
    hedges = V.words("speech", "hedges")
    return verb.lower_ in hedges or any(c.lower_ in hedges for c in verb.children)


def add_denial(verb: Any, found: Findings) -> None:
    if (subject := tree.subject(verb)) is not None and subject.pos_ != "PRON":
        found.attribution.denied_by.append(noun_phrase(subject))
        found.evidence.append(evidence("attribution.denied_by", verb.sent))


def read_links(sent: Any, found: Findings) -> None:
    """Blame a named group the doers are tied to: links, branches, membership."""
    text = sent.text
    for match in lead_then_name("attribution_links", "links").finditer(text):
        if _denied(text[max(0, match.start() - 40) : match.start()]):
            continue  # "had no connections with X", "did not claim to be a member of X"
        if (name := group_name(match.group(1), text[match.end() :])) is not None:
            blame(found, name, None, sent)
        for other in lead_then_name("attribution_links", "and_or").finditer(text[match.end() :]):
            if other.start() != 0:
                break
            after = text[match.end() + other.end() :]
            if (name := group_name(other.group(1), after)) is not None:
                blame(found, name, None, sent)
            break


def read_arrested_members(sent: Any, found: Findings) -> None:
    """Blame a named group whose members were arrested, charged or convicted for the act."""
    text = sent.text
    held = V.pattern("attribution_links", "held").search(text)
    if held is None or V.pattern("claim_words", "for_the_act").search(text) is None:
        return
    for match in lead_then_name("attribution_links", "members_of").finditer(text):
        if _denied(text[max(0, match.start() - 40) : match.start()]):
            continue
        if (name := group_name(match.group(1), text[match.end() :])) is not None:
            blame(found, name, None, sent)


def read_suspected(sent: Any, found: Findings) -> None:
    """Blame, with no one behind it, the group the report says the doers are thought to be:
    the report's own hedged finding, which ACLED codes as the suspected actor."""
    for match in lead_then_name("attribution_links", "suspected_to_be").finditer(sent.text):
        if _denied(sent.text[max(0, match.start() - 20) : match.start()]):
            continue  # "not believed to be X"
        if (name := group_name(match.group(1), sent.text[match.end() :])) is not None:
            blame(found, name, None, sent)


def _denied(before: str) -> re.Match[str] | None:
    """Words before a tie that deny it: "had no connections with X", "not believed to be X"."""
    return V.pattern("attribution_links", "denied_link").search(before)
