"""Claims: a group taking responsibility, in words, in a message, a signature or its name."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.resolve.attribution.names import group_name, lead_then_name, named_group, noun_phrase
from dateline.resolve.attribution.record import Findings, add_claim_name, agent, evidence, negated
from dateline.text import tree


def claims_act(verb: Any) -> bool:
    """'claimed responsibility/credit', 'claimed the attack', 'took responsibility'."""
    if verb.lemma_.lower() != "claim":
        obj = tree.child(verb, "dobj")
        if obj is None and verb.lemma_.lower() == "admit":  # "admitted to the killing"
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            act = tree.pobj(to)
            return act is not None and _names_act(act)
        return obj is not None and obj.lower_ in ("responsibility", "credit")
    if verb.dep_ == "amod" or tree.child(verb, "ccomp") is not None:
        return False  # "claimed that ...": a statement, not a claim of the act
    obj = tree.child(verb, "dobj") or tree.child(verb, "nsubjpass")
    return obj is not None and _names_act(obj)


def _names_act(token: Any) -> bool:
    """The word is what a claim is of: responsibility, credit, or the act itself."""
    return _names_act(token)


def _names_act(token: Any) -> bool:
    """The word is what a claim is of: responsibility, credit, or the act itself."""
    return bool(V.pattern("claim_words", "claimed_words").search(token.lemma_ + " " + token.text))


def add_claim(verb: Any, found: Findings) -> None:
    claimant = tree.subject(verb) if tree.child(verb, "nsubjpass") is None else agent(verb)
    if claimant is None and verb.dep_ in ("advcl", "acl", "xcomp", "conj"):
        claimant = _participle_claimant(verb)
    claimant = _called(claimant) if claimant is not None else None
    if claimant is not None and claimant.lower_ in ("group", "organization", "organisation"):
        claimant = tree.child(claimant, "appos") or claimant  # "the group ELF claimed ..."
    if claimant is not None and claimant.lemma_.lower() in V.words("claim_words", "message_words"):
        claimant = _message_sender(claimant)  # "a statement posted by X claimed ..."
    if claimant is None or negated(verb) or claimant.lower_ in ("one", "nobody"):
        return
    if claimant.lower_ == "group" and all(c.dep_ == "det" for c in claimant.lefts):
        return  # "a group claimed ...": no name to record
    if claimant.pos_ == "PRON" or any(c.lower_ == "no" for c in claimant.children):
        return
    name = noun_phrase(claimant)
    if name not in found.attribution.claimed_by:
        found.attribution.claimed_by.append(name)
        found.evidence.append(evidence("attribution.claimed_by", verb.sent))


def _message_sender(message: Any) -> Any | None:
    """The group a claiming message comes from: the first listed group or organisation
    named inside the message's phrase ("a statement on a website used by X"), else None:
    the message itself names no one."""
    for token in message.subtree:
        if token.i == message.i or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.ent_type_ == "ORG" or named_group(token):
            return token
    return None


def _participle_claimant(verb: Any) -> Any | None:
    """The claimant of a claim with no subject of its own ("..., claiming responsibility"):
    the subject of the clause it hangs on, or, when that is a letter or video, whoever
    signed or sent it ("a letter signed by the ELF was sent ..., claiming ...")."""
    head = verb.head
    subject = tree.subject(head) if head.i != verb.i else None
    if head.lower_ in V.words("claim_words", "message_words"):
        subject = head
    if subject is None:
        return None
    if subject.lemma_.lower() not in V.words("claim_words", "message_words"):
        named = subject.ent_type_ in ("ORG", "PERSON", "NORP") or named_group(subject)
        return subject if named else None
    for child in subject.children:
        if child.dep_ in ("acl", "relcl") and (doer := agent(child)) is not None:
            return doer
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return tree.pobj(child)
    return None


def _called(head: Any) -> Any:
    """'a group called "Revenge of the Trees"': the name, not the word 'group'."""
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("call", "name", "know"):
            name = (
                tree.child(child, "oprd") or tree.child(child, "attr") or tree.child(child, "dobj")
            )
            if name is not None:
                return name
    return head


def read_signature(sent: Any, found: Findings) -> None:
    """A listed group whose name the doers left as a signature (spray-painted initials, a
    note signed with it) or whose own voice lists the act (its spokesman, communiqué or
    website): GTD codes the act to the group, as a claim made in its name."""
    from dateline.vocabulary.actors import named_in

    text = sent.text
    signed = V.pattern("claim_words", "signature").search(text) is not None
    for named in named_in(text):
        match = named.pattern.search(text)
        if match is None:
            continue
        voiced = V.pattern("claim_words", "group_voice").match(text[match.end() :]) is not None
        known = any(named.pattern.search(claim) for claim in found.attribution.claimed_by)
        if (signed or voiced) and not known:
            add_claim_name(named.name, sent, found)


def read_in_name_of(sent: Any, found: Findings) -> None:
    """'claiming the arson in the name of the ELF', 'acted on behalf of X': the group's
    name is put on the act, a claim made for it."""
    for match in lead_then_name("claim_words", "in_name_of").finditer(sent.text):
        if (name := group_name(match.group(1), sent.text[match.end() :])) is not None:
            add_claim_name(name, sent, found)
