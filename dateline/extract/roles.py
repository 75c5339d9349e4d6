"""Who acted and who was acted upon, read off the dependency parse around a trigger."""

from __future__ import annotations

from typing import Any

PATIENT_PREPS = frozenset("on against at upon".split())
AGENT_PREPS = frozenset(("by",))
# Dependants worth keeping when a role's head word grows into a phrase.
KEEP_DEPS = frozenset("compound amod nummod det poss nmod quantmod nn appos".split())


def find_roles(trigger: Any) -> tuple[Any | None, Any | None]:
    """(agent span, patient span) for a trigger span; either may be None."""
    root = trigger.root
    agent, patient = _verb_roles(root) if root.pos_ in ("VERB", "AUX") else _noun_roles(root)
    if agent is None and root.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl"):
        agent, _ = _verb_roles(root.head)
    return _phrase(agent), _phrase(patient)


def _verb_roles(verb: Any) -> tuple[Any | None, Any | None]:
    agent = patient = None
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            agent = child
        elif child.dep_ in ("nsubjpass", "dobj"):
            patient = child
        elif child.dep_ == "agent":
            agent = _object_of(child) or agent
        elif child.dep_ == "prep" and child.lower_ in PATIENT_PREPS and patient is None:
            patient = _object_of(child)
    return agent, patient


def _noun_roles(noun: Any) -> tuple[Any | None, Any | None]:
    agent = patient = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            agent = _object_of(child)
        elif child.dep_ == "prep" and child.lower_ in PATIENT_PREPS:
            patient = _object_of(child)
        elif child.dep_ in ("poss", "compound") and child.ent_type_ in ("NORP", "ORG", "GPE"):
            agent = child
    if noun.dep_ in ("dobj", "nsubjpass") and agent is None:
        agent = _subject_of(noun.head)
    return agent, patient


def _object_of(prep: Any) -> Any | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _subject_of(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _phrase(head: Any | None) -> Any | None:
    """The head word with its modifiers (not its relative clauses), as a span."""
    if head is None:
        return None
    tokens = [head, *(t for t in head.subtree if _keeps(t, head))]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return head.doc[start:end]


def _keeps(token: Any, head: Any) -> bool:
    node = token
    while node.i != head.i:
        if node.dep_ not in KEEP_DEPS and node.dep_ not in ("pobj", "prep", "cc", "conj"):
            return False
        node = node.head
    return True


def object_phrases(sent: Any) -> list[Any]:
    """Noun phrases the sentence acts upon (objects, passive subjects), in order."""
    heads = [t for t in sent if t.dep_ in ("dobj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
    return [_phrase(head) for head in heads]


def subject_phrases(sent: Any) -> list[Any]:
    """Noun phrases that act in the sentence: active subjects and passive agents, in order."""
    heads = [t for t in sent if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")]
    heads += [o for t in sent if t.dep_ == "agent" for o in t.children if o.dep_ == "pobj"]
    return [_phrase(head) for head in sorted(heads, key=lambda t: t.i)]
