"""Motives: GTD-style "<Motive> extremists" labels for unaffiliated doers, read off the text.

The words are data (``attribution_motives.toml``): ideology words that must qualify a
holder (a person, a belief, a message), objects of hatred, a grievance, a jihadist
inspiration, and the targets GTD codes by convention when the text states no motive.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from dateline import vocabulary as V

# Targets whose doer's motive GTD codes by convention, with their pattern's entry; only the
# first applies, and only when the text states no motive of its own.
TARGET_MOTIVES = (
    ("Anti-Abortion extremists", "abortion_provider"),
    ("Anti-Semitic extremists", "jewish_site"),
    ("Anti-Muslim extremists", "muslim_site"),
)
# Labels read by a pattern of their own, with its entry.
PATTERN_MOTIVES = (
    ("White", "racial"),
    ("Anti-Government", "grievance"),
    ("Muslim", "for_islam"),
)
MOST_LABELS = 2


def motive_labels(doc: Any) -> list[tuple[str, Any]]:
    """GTD-style "<Motive> extremists" labels for motives the article states, in order.

    Read from the words of the text (an ideology beside the doer or his beliefs, an object
    of hatred, a note that rails at the government, an inspiring jihadist group). A target
    says nothing of its doer, with exceptions GTD codes by convention when the text states
    no other motive: an attack on an abortion provider (whose only known motive is
    opposition to abortion), and a known, unaffiliated doer's attack on a synagogue or a
    mosque (hatred of the faith).
    """
    found: list[tuple[str, Any]] = []
    for sent in doc.sents:
        if _crowd(sent.text):
            continue
        for label in _sentence_motives(sent.text):
            if all(label != seen for seen, _ in found):
                found.append((_label(label), sent))
    if not found:
        found = _target_motive(doc)
    names = [label for label, _ in found]
    if "Neo-Nazi extremists" in names and "White extremists" in names:
        found = [hit for hit in found if hit[0] != "White extremists"]  # the narrower label
    return found[:MOST_LABELS]


def _label(motive: str) -> str:
    """The actor name for doers moved by ``motive`` (shared with the sides, which code it)."""
    return V.table("actor_motives", "motive_labels")[motive]


def _target_motive(doc: Any) -> list[tuple[str, Any]]:
    """The motive GTD reads off the target when the text states none. GTD leaves an unknown
    doer of a faith's site unknown, and insurgents' targets tell nothing of their creed:
    only a known, unaffiliated doer's is read."""
    doers = (_motive_pattern("unknown_doers"), _motive_pattern("armed_doers"))
    faith_read = not any(p.search(s.text) for p in doers for s in doc.sents)
    for label, entry in TARGET_MOTIVES:
        if label != "Anti-Abortion extremists" and not faith_read:
            continue
        target = _motive_pattern(entry)
        hit = next((s for s in doc.sents if target.search(s.text)), None)
        if hit is not None and not _crowd(hit.text):
            return [(label, hit)]
    return []


def _sentence_motives(text: str) -> list[str]:
    """The motive labels one sentence states, in the order it states them."""
    labels = _ideology_motives(text) + _hatred_motives(text)
    for label, entry in PATTERN_MOTIVES:
        if match := _motive_pattern(entry).search(text):
            labels.append((match.start(), label))
    if match := inspired_pattern().search(text):
        labels.append((match.start(), "Jihadi-inspired"))
    return [label for _, label in sorted(labels)]


def _ideology_motives(text: str) -> list[tuple[int, str]]:
    """Ideology words qualifying a holder ("an anti-abortion activist") or naming one by
    themselves ("swastikas")."""
    holders = _motive_pattern("holders").pattern
    self_naming = V.table("attribution_motives", "self_naming")
    labels = []
    for label, words in V.table("attribution_motives", "ideologies").items():
        held = re.search(rf"\b(?:{words})\b(?:\s+[\w-]+){{0,2}}?\s+(?:{holders})\b", text, re.I)
        symbol = label in self_naming and re.search(rf"\b(?:{self_naming[label]})\b", text, re.I)
        if held or symbol:
            labels.append(((held or symbol).start(), label))
    return labels


def _hatred_motives(text: str) -> list[tuple[int, str]]:
    """Objects of hatred or opposition: "disliked Islam", "hatred of Jews"."""
    against = _motive_pattern("against").pattern
    labels = []
    for label, words in V.table("attribution_motives", "against_objects").items():
        if match := re.search(rf"\b{against}(?:{words})\b", text, re.I):
            labels.append((match.start(), label))
    return labels


@functools.cache
def inspired_pattern() -> re.Pattern[str]:
    """Inspiration by a jihadist movement, not membership ("inspired by", "a follower of",
    "allegiance to"), or an act called jihadi itself."""
    jihadist = "(?:" + _motive_pattern("jihadist").pattern + r")\b"
    ties = V.table("attribution_motives", "jihadist_ties").values()
    act = _motive_pattern("jihadi_act").pattern
    return re.compile("|".join(lead + jihadist for lead in ties) + "|" + act, re.I)


def _crowd(text: str) -> bool:
    """A sentence about a demonstration: its slogans are a crowd's, not a doer's motive."""
    return _motive_pattern("crowd").search(text) is not None


def _motive_pattern(entry: str) -> re.Pattern[str]:
    return V.pattern("attribution_motives", entry)
