"""Quantities in casualty phrases: number words, digits, ranges and vague quantifiers.

Works on plain lower-cased words so it can be tested without a parser. A phrase reads as
``Quantity(best, low, high)``:

- exact "12", "twelve", "a dozen", "a soldier": ``best = low = high``;
- "at least 12", "more than 12", "over 12": ``best = low = 12``, ``high = None``;
- "up to 30", "nearly 30", "fewer than 30": ``best = high = 30``, ``low = None``;
- "about 30": ``best = 30`` only;
- "between 5 and 10", "5 to 10", "5-10", "5 or 6": ``best = low = 5``, ``high = 10``
  (ACLED takes the lower figure of a range);
- vague words follow ACLED's conservative coding: "several"/"many"/"some"/"a few" → 3,
  "dozens" → 12, "scores" → 20, "tens" → 10, "hundreds" → 100, "thousands" → 1000,
  with ``low`` set to the least the word can mean and ``high`` left open, so a vague
  quantity is never mistaken for an exact one (``low == high == best``).

Deaths follow ACLED's codebook where a report gives no figure: "several", "many",
"numerous", "multiple" and "a number of" fatalities are coded 10 (``fatality_quantity``);
injuries, abductions and arrests keep the conservative 3.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dateline import vocabulary as V
from dateline.text.numbers import is_number_word, number_run

# Vague quantifiers ACLED codes as 10 fatalities (its codebook's rule for unnumbered deaths).
FATALITY_VAGUE_BEST = 10


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed quantity and the word positions [start, end) it came from."""

    best: int
    low: int | None
    high: int | None
    start: int
    end: int

    @property
    def exact(self) -> bool:
        return self.low == self.high == self.best


def vague() -> dict[str, list[int]]:
    """Vague quantifier → [best, low]: ACLED codes the conservative figure."""
    return _vague()


@functools.cache
def _vague() -> dict[str, list[int]]:
    return V.table("counts_quantity", "vague")


def _phrase_before(words: Sequence[str], i: int, phrases: Sequence[str]) -> int | None:
    """Start index of one of ``phrases`` that ends right before ``words[i]``."""
    for phrase in phrases:
        parts = phrase.split()
        start = i - len(parts)
        if start >= 0 and [w.lower() for w in words[start:i]] == parts:
            return start
    return None


def _bounded(words: Sequence[str], i: int, value: int, end: int) -> Quantity:
    """Apply a bound word before the number (at least / up to / about) to ``value``."""
    if (start := _phrase_before(words, i, V.terms("counts_quantity", "lower_bound"))) is not None:
        return Quantity(value, value, None, start, end)
    if (start := _phrase_before(words, i, V.terms("counts_quantity", "upper_bound"))) is not None:
        return Quantity(value, None, value, start, end)
    if (start := _phrase_before(words, i, V.terms("counts_quantity", "approximate"))) is not None:
        return Quantity(value, None, None, start, end)
    return Quantity(value, value, value, i, end)


def _range(words: Sequence[str], i: int, value: int, end: int) -> Quantity | None:
    """ "between 5 and 10", "5 to 10", "5-10", "5 or 6" → lower figure, range kept."""
    if end + 1 >= len(words):
        return None
    joiner = words[end].lower()
    between = i > 0 and words[i - 1].lower() == "between"
    if joiner not in V.words("counts_quantity", "range_joiners") and not (
        joiner == "and" and between
    ):
        return None
    second = number_run(words, end + 1)
    if second is None or second[0] <= value:
        return None
    return Quantity(value, value, second[0], i - 1 if between else i, second[1])


def parse_number_at(words: Sequence[str], i: int) -> Quantity | None:
    """The quantity whose number starts at ``words[i]`` (with bounds and ranges)."""
    run = number_run(words, i)
    if run is None:
        return None
    value, end = run
    if i > 0 and words[i - 1].lower() in {"a", "an"} and value in (12, 100, 1000):
        i -= 1  # "a dozen", "a hundred"
    if i > 0 and words[i - 1].lower() == "half" and value == 12:
        return Quantity(6, 6, 6, i - 1, end)  # "half a dozen"
    return _range(words, i, value, end) or _bounded(words, i, value, end)


def parse_vague(words: Sequence[str], i: int) -> Quantity | None:
    """A vague quantifier at ``words[i]`` ("several", "dozens", "a number of")."""
    word = words[i].lower()
    if word not in vague():
        return None
    best, low = vague()[word]
    start = i - 1 if i > 0 and words[i - 1].lower() in {"a", "an"} else i
    if word == "several":
        return Quantity(best, low, 9, start, i + 1)
    return Quantity(best, low, None, start, i + 1)


def parse_quantity(words: Sequence[str]) -> Quantity | None:
    """The first number or vague quantifier in ``words``, else None.

    Digits and number words win over vague words anywhere in the phrase
    ("several dozen" → dozen-based number is not parsed as "several").
    """
    for i, word in enumerate(words):
        if is_number_word(word) and not _is_ordinal_context(words, i):
            found = parse_number_at(words, i)
            if found is not None:
                return found
    for i in range(len(words)):
        if (found := parse_vague(words, i)) is not None:
            return found
    return None


def _is_ordinal_context(words: Sequence[str], i: int) -> bool:
    """Skip numbers that are ages or years ("a 12-year-old", "in 2019")."""
    following = {w.lower() for w in words[i + 1 : i + 3]}
    if following & V.words("counts_quantity", "age_and_clock"):
        return True
    nearby = {w.lower().rstrip(".,") for w in words[max(i - 1, 0) : i + 2]} - {words[i].lower()}
    if nearby & V.words("counts_quantity", "months") or following & V.words(
        "counts_quantity", "units_of_measure"
    ):
        return True  # "on 8 May", "May 8", "30 kilometres from": a date or a distance
    return bool(re.fullmatch(r"(19|20)\d\d", words[i]))


def fatality_quantity(q: Quantity, words: Sequence[str]) -> Quantity:
    """A quantity as ACLED codes deaths: "several killed" → 10, "a few killed" stays 3."""
    said = {w.lower() for w in words[q.start : q.end]}
    if (
        q.exact
        or not said & V.words("counts_quantity", "fatality_vague")
        or any(is_number_word(w) for w in said)
    ):
        return q
    return Quantity(FATALITY_VAGUE_BEST, q.low, None, q.start, q.end)
