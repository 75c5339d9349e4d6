"""Sources: who the report quotes (officials, outlets, witnesses), merged when repeated."""

from __future__ import annotations

import re
from typing import Any

from dateline import vocabulary as V
from dateline.models import Source
from dateline.resolve.attribution.record import Findings, evidence
from dateline.text import tree

# Kinds of source, tried in order, each with its entry in ``attribution_sources.toml``;
# a source none of them names is an official.
SOURCE_KINDS = (
    ("spokesperson", "spokesperson_words"),
    ("witness", "witness_words"),
    ("official", "official_words"),
    ("group", "group_words"),
)


def add_source(token: Any, sent: Any, found: Findings) -> None:
    speaker = _speaker(token)
    if speaker is None or speaker.lemma_.lower() in V.words("attribution_sources", "no_speaker"):
        return
    if any(c.lower_ in ("no", "any") for c in speaker.children):
        return
    anonymous = (
        bool(V.pattern("attribution_sources", "anonymous").search(sent.text))
        or speaker.lemma_.lower() == "source"
    )
    record_source(found, _phrase(speaker), anonymous, sent)


def record_source(found: Findings, name: str, anonymous: bool, sent: Any) -> None:
    """Add a source, merging repeats: "the official" and "a US official" are the "US
    defense official" named before (same head word, words a subset of the fuller name)."""
    for index, source in enumerate(found.sources):
        if _same_speaker(name, source.name):
            fuller = max(name, source.name, key=lambda n: len(n.split()))
            found.sources[index] = Source(fuller, source.kind, source.anonymous or anonymous)
            return
    found.sources.append(Source(name, _kind(name), anonymous))
    found.evidence.append(evidence("sources", sent))


def _same_speaker(one: str, two: str) -> bool:
    a, b = one.lower().split(), two.lower().split()
    if not a or not b or a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _speaker(token: Any) -> Any | None:
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    subject = tree.subject(token)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


def _kind(name: str) -> str:
    if V.pattern("attribution_sources", "outlet_words").search(name):
        return "outlet"
    found = (
        kind for kind, entry in SOURCE_KINDS if V.pattern("attribution_sources", entry).search(name)
    )
    return next(found, "official")


def _phrase(head: Any) -> str:
    """The head with its left modifiers: 'the US Defense Department', 'Iran-aligned groups'."""
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    start = min([head.i, *(t.left_edge.i for t in left)])
    words = head.doc[start : head.i + 1]
    return re.sub(r"^(the|a|an) ", "", words.text, flags=re.I)
