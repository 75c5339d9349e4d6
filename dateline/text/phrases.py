"""Noun phrases grown from a head word in spaCy's dependency tree.

The extract stage reads an event's sides as phrases and the attribution stage reads who
claimed or was blamed as phrases: both grow a head word the same way.
"""

from __future__ import annotations

from typing import Any

# Dependants worth keeping when a head word grows into a phrase (dependency labels).
KEEP_DEPS = frozenset("compound amod nummod det poss nmod quantmod nn appos npadvmod".split())
KEEP_PREPS = frozenset(("of",))


def phrase(head: Any | None, *, conj: bool = True) -> Any | None:
    """The head word with its modifiers (not its relative clauses), as a span; with
    ``conj=False`` a coordinated second head ("X and Y") is left out."""
    if head is None:
        return None
    tokens = [head, *(t for t in head.subtree if _keeps(t, head, conj=conj))]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    doc = head.doc
    # A parenthesised acronym keeps both brackets: "volunteer fighters (VDP)".
    if end < len(doc) and doc[end].text == ")" and "(" in doc[start:end].text:
        end += 1
    return doc[start:end]


def noun_phrase(head: Any) -> Any:
    """The noun phrase a head word stands for (modifiers and 'of' phrases), as a span."""
    return phrase(head)


def _keeps(token: Any, head: Any, *, conj: bool = True) -> bool:
    node = token
    while node.i != head.i:
        if not conj and node.dep_ in ("cc", "conj") and node.head.i == head.i:
            return False
        if node.dep_ == "prep" and node.lower_ not in KEEP_PREPS:
            return False
        if node.dep_ == "punct" and node.text in "-(":
            node = node.head
            continue
        if node.dep_ not in KEEP_DEPS and node.dep_ not in ("pobj", "prep", "cc", "conj"):
            return False
        node = node.head
    return True
