"""The findings of one article: attribution, sources and the evidence of each, as read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.models import Attribution, Evidence, Source
from dateline.text import tree


@dataclass(slots=True)
class Findings:
    attribution: Attribution
    sources: list[Source]
    evidence: list[Evidence]


def add_claim_name(name: str, sent: Any, found: Findings) -> None:
    if name not in found.attribution.claimed_by:
        found.attribution.claimed_by.append(name)
        found.evidence.append(evidence("attribution.claimed_by", sent))


def agent(verb: Any) -> Any | None:
    """The doer of a passive verb: the object of its 'by'."""
    by = tree.child(verb, "agent")
    return tree.pobj(by) if by is not None else None


def negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def evidence(field: str, sent: Any) -> Evidence:
    return Evidence(field=field, text=sent.text, start=sent.start_char, end=sent.end_char)
