"""Modality of a trigger from the parse: asserted, negated, future, hypothetical or denied."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.models import Modality

# How "no" or "without" attaches when it negates ("no attack"), not "Brigade No. 1".
NO_DEPS = frozenset("det neg prep advmod".split())
# A trigger inside the subject of a verb of denial is who denies ("protesters rejected the
# proposal"), not what is denied.
SUBJECTS = frozenset("nsubj nsubjpass".split())
# Attachments by which a verb of intent governs the event it intends.
INTENT_PATHS = frozenset("xcomp dobj prep pcomp pobj acl relcl compound amod".split())

# How far up the tree a governing verb still sets the trigger's modality.
MAX_DEPTH = 4


def modality_of(token: Any) -> Modality:
    """Walk from the trigger up its heads; the nearest modal cue decides."""
    chain = _ancestors(token)
    for depth, node in enumerate(chain):
        if depth >= MAX_DEPTH:
            break
        via = chain[depth - 1].dep_ if depth else ""
        if via == "ccomp" and chain[depth - 1].i < node.i:
            break  # a clause spliced before a later one ("gunmen abducted him, the place was
            # not given"): the later clause's negation or mood is not the trigger's
        if found := _node_modality(node, is_trigger=depth == 0, via=via):
            return found
    return "asserted"


def _ancestors(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _node_modality(node: Any, *, is_trigger: bool, via: str = "") -> Modality | None:
    """``via`` is how the path from the trigger attaches to ``node``: a verb of intent
    governs its complement ("vowed to attack", "prevented an attack"), not a clause
    spliced onto it by a comma ("two were killed, the assailants prevented access")."""
    lemma = node.lemma_.lower()
    deps = {child.dep_ for child in node.children}
    aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if not is_trigger and lemma in _words("deny_heads") and via not in SUBJECTS:
        return "denied"
    if "neg" in deps or (is_trigger and _has_no(node)):
        return "negated"
    if is_trigger and _expected(node):
        return "hypothetical"
    if not is_trigger and lemma in _words("future_heads") and via in INTENT_PATHS:
        return "future"
    if marks & _words("conditions"):
        return "hypothetical"
    if aux & _words("future_aux"):
        return "future"
    return "hypothetical" if aux & _words("hypothetical_aux") else None


def _expected(node: Any) -> bool:
    """An event noun qualified as only expected or feared ("a possible attack")."""
    modifiers = {c.lemma_.lower() for c in node.children if c.dep_ == "amod"}
    return node.pos_ == "NOUN" and bool(modifiers & _words("hypothetical_modifiers"))


def _has_no(node: Any) -> bool:
    """'no attack', 'no one was killed' at the trigger itself, or a trigger that is the object
    of "without" ("the day ended without any attack"). A "without" phrase under the trigger
    qualifies what happened, not whether ("attacked the post without causing casualties")."""
    if node.head.lower_ == "without" and node.dep_ == "pobj":
        return True
    return any(child.lower_ == "no" and child.dep_ in NO_DEPS for child in node.children)


def _words(name: str) -> frozenset[str]:
    """The words of ``event_modality.toml`` under ``name``."""
    return V.words("event_modality", name)
