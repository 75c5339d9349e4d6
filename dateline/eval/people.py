"""GVDB's named shooters and victims, recalled by a distinctive word in our actors' strings.

A gold person ("Jose L. Lopez Jr.") is recalled when one of its distinctive words (two or
more letters, not a stop word, title or word that names no one, such as "man", "suspect" or
"unidentified") appears among the words of one of our strings for its side, over all events
of the article: shooters against actor1, assoc_actor_1, ``claimed_by`` and blamed actors;
victims against actor2 and assoc_actor_2 (names and texts). A gold name with no distinctive
word ("the gunman", "unidentified man") is not scored. Definitions: ../shared/eval/README.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dateline.eval.matching import fold, rate
from dateline.eval.roles import candidates
from dateline.eval.scoring import Metrics, Pair

_STOP_WORDS = frozenset(
    "the a an of and or in on at to for by with from his her their its he she they him them "
    "who was is are were this that one two three".split()
)

# Words that describe a person without naming one, and titles and suffixes shared by many.
_GENERIC_WORDS = frozenset(
    "man men woman women boy boys girl girls male female person people individual "
    "suspect suspects shooter shooters gunman gunmen assailant attacker killer victim victims "
    "unidentified unknown unnamed identified name named anonymous teen teens teenager "
    "juvenile youth child children adult resident residents driver friend family "
    "mr mrs ms miss dr sgt officer deputy trooper lt capt det jr sr ii iii iv".split()
)

# Gold person lists per side, and the slot of ``roles.candidates`` they are matched against.
SIDES = {"shooter": ("shooters", "attacker"), "victim": ("victims", "target")}


def distinctive_words(name: str | None) -> frozenset[str]:
    """The words of a person's name that can identify them (empty for "the gunman")."""
    words = fold(name).split()
    return frozenset(
        w for w in words if len(w) >= 2 and w not in _STOP_WORDS and w not in _GENERIC_WORDS
    )


def named_people(people: Iterable[dict[str, Any]] | None) -> list[frozenset[str]]:
    """The distinct named people of a gold list, each as its distinctive words."""
    distinct = {distinctive_words(person.get("name")) for person in people or []}
    return sorted(distinct - {frozenset()}, key=sorted)


def recalled(person: frozenset[str], strings: Iterable[str]) -> bool:
    """Whether one of the person's words is a word of one of our strings."""
    return any(person & set(fold(text).split()) for text in strings)


def score_people(pairs: Sequence[Pair]) -> Metrics:
    """``shooter_recall`` and ``victim_recall`` over the distinct named people of each row."""
    metrics: Metrics = {}
    for side, (gold_key, slot) in SIDES.items():
        flags: list[bool] = []
        for row, pred in pairs:
            ours = candidates(pred, slot)
            flags += [recalled(p, ours) for p in named_people(row["gold"].get(gold_key))]
        metrics[f"{side}_recall"] = rate(flags)
        metrics[f"n_{side}_recall"] = len(flags)
    return metrics
