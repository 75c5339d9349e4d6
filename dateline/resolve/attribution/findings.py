"""Claims, blame, denials and sources: who said who did it, read off reporting sentences."""

from __future__ import annotations

import functools
from typing import Any

from dateline import vocabulary as V
from dateline.models import Attribution
from dateline.resolve.attribution.blame import (
    add_belief,
    add_blame,
    add_denial,
    blame,
    hedged,
    read_arrested_members,
    read_links,
    read_suspected,
)
from dateline.resolve.attribution.claiming import (
    add_claim,
    claims_act,
    read_in_name_of,
    read_signature,
)
from dateline.resolve.attribution.motives import motive_labels
from dateline.resolve.attribution.names import noun_phrase
from dateline.resolve.attribution.record import Findings, evidence
from dateline.resolve.attribution.sources import add_source
from dateline.text import tree


def find_attribution(doc: Any) -> Findings:
    """Attribution and sources stated anywhere in the article."""
    found = Findings(Attribution(), [], [])
    for sent in doc.sents:
        _read_sentence(sent, found)
        read_links(sent, found)
        read_in_name_of(sent, found)
        read_suspected(sent, found)
        read_arrested_members(sent, found)
        read_signature(sent, found)
    for label, sent in motive_labels(doc):
        blame(found, label, None, sent)
    return found


def _read_sentence(sent: Any, found: Findings) -> None:
    if V.pattern("claim_words", "unclaimed").search(sent.text):
        found.attribution.unclaimed = True
        found.evidence.append(evidence("attribution.unclaimed", sent))
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in V.words("claim_words", "claim_verbs") and claims_act(token):
            add_claim(token, found)
        elif lemma in V.words("speech", "blame_verbs") or token.lower_ in V.words(
            "speech", "hedge_words"
        ):
            add_blame(token, found)
        elif lemma in V.words("speech", "deny_verbs"):
            add_denial(token, found)
        if lemma in V.words("speech", "belief_verbs"):
            add_belief(token, found)
        hedge = hedged(token.head) or hedged(token)
        if token.dep_ == "agent" and hedge and (doer := tree.pobj(token)) is not None:
            blame(found, noun_phrase(doer), None, token.sent)
        if lemma in _source_verbs() or (token.lower_ == "according" and token.dep_ == "prep"):
            add_source(token, sent, found)


@functools.cache
def _source_verbs() -> frozenset[str]:
    """The words that introduce a quoted source: verbs of saying, 'claimed', 'according to'."""
    return V.words("speech", "say_verbs") | V.words("speech", "source_cues")
