"""Lookups in spaCy's dependency tree that the extract and resolve stages share."""

from __future__ import annotations

from typing import Any


def child(token: Any | None, dep: str) -> Any | None:
    """The token's first child attached as ``dep``, or None (also for no token)."""
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


def subject(verb: Any) -> Any | None:
    """The verb's passive subject, else its active one: "troops were ambushed" → troops."""
    return child(verb, "nsubjpass") or child(verb, "nsubj")


def pobj(prep: Any | None) -> Any | None:
    """The object of a preposition: "by gunmen" → gunmen."""
    return child(prep, "pobj")
