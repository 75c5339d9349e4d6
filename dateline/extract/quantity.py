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

import re
from collections.abc import Sequence
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Vague quantifier → (best, low): ACLED codes the conservative figure.
VAGUE: dict[str, tuple[int, int]] = {
    "several": (3, 3),
    "many": (3, 2),
    "numerous": (3, 2),
    "multiple": (3, 2),
    "some": (3, 2),
    "few": (3, 2),
    "handful": (3, 2),
    "number": (3, 2),  # "a number of"
    "couple": (2, 2),
    "dozens": (12, 12),
    "scores": (20, 20),
    "tens": (10, 10),
    "hundreds": (100, 100),
    "thousands": (1000, 1000),
}

# Vague quantifiers ACLED codes as 10 fatalities (its codebook's rule for unnumbered deaths).
FATALITY_VAGUE = {"several", "many", "numerous", "multiple", "number"}
FATALITY_VAGUE_BEST = 10

LOWER_BOUND = ("at least", "more than", "over", "above", "in excess of", "no fewer than")
UPPER_BOUND = ("up to", "as many as", "nearly", "almost", "fewer than", "less than", "at most")
APPROXIMATE = ("about", "around", "approximately", "some", "roughly", "an estimated", "estimated")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}  # fmt: skip
UNITS_OF_MEASURE = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
                    "metres", "meters", "percent", "%", "minutes", "days", "weeks", "months",
                    "o'clock"}  # fmt: skip
RANGE_JOINERS = {"to", "-", "–", "or"}
# Words after a number that make it an age or a time ("a 12-year-old", "a seven-month-old").
AGE_AND_CLOCK = {"year", "years", "-year", "-year-old", "month", "-month", "week", "-week", "day",
                 "-day", "hours", "am", "pm", "a.m.", "p.m."}  # fmt: skip
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


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


def word_value(word: str) -> int | None:
    """The value of one number word or digit string ("12", "1,000", "twelve", "twenty-five")."""
    word = word.lower()
    if DIGITS.match(word):
        return int(word.replace(",", ""))
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in TENS and tail in UNITS and UNITS[tail] < 10:
            return TENS[head] + UNITS[tail]
    return None


def is_number_word(word: str) -> bool:
    return word_value(word) is not None or word.lower() in SCALES


def number_run(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Parse the number starting at ``words[i]``; return (value, end index) or None."""
    total, current, j = 0, None, i
    while j < len(words):
        word = words[j].lower()
        if word == "-" and current in TENS.values() and _small(words, j + 1):
            current, j = current + (word_value(words[j + 1]) or 0), j + 2
            continue
        if word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, None
            j += 1
            continue
        value = word_value(word)
        if value is None or not _can_add(current, value, word):
            break
        current = value if current is None else current + value
        j += 1
    if j == i:
        return None
    return total + (current or 0), j


def _small(words: Sequence[str], j: int) -> bool:
    value = word_value(words[j]) if j < len(words) else None
    return value is not None and 0 < value < 10


def _can_add(current: int | None, value: int, word: str) -> bool:
    """Whether ``word`` continues a spelled-out number ("two hundred five", "twenty five")."""
    if current is None:
        return True
    if DIGITS.match(word):
        return False
    if current % 100 == 0:
        return value < 100
    return current % 10 == 0 and current < 100 and value < 10


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
    if (start := _phrase_before(words, i, LOWER_BOUND)) is not None:
        return Quantity(value, value, None, start, end)
    if (start := _phrase_before(words, i, UPPER_BOUND)) is not None:
        return Quantity(value, None, value, start, end)
    if (start := _phrase_before(words, i, APPROXIMATE)) is not None:
        return Quantity(value, None, None, start, end)
    return Quantity(value, value, value, i, end)


def _range(words: Sequence[str], i: int, value: int, end: int) -> Quantity | None:
    """ "between 5 and 10", "5 to 10", "5-10", "5 or 6" → lower figure, range kept."""
    if end + 1 >= len(words):
        return None
    joiner = words[end].lower()
    between = i > 0 and words[i - 1].lower() == "between"
    if joiner not in RANGE_JOINERS and not (joiner == "and" and between):
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
    if word not in VAGUE:
        return None
    best, low = VAGUE[word]
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
    if following & AGE_AND_CLOCK:
        return True
    nearby = {w.lower().rstrip(".,") for w in words[max(i - 1, 0) : i + 2]} - {words[i].lower()}
    if nearby & MONTHS or following & UNITS_OF_MEASURE:
        return True  # "on 8 May", "May 8", "30 kilometres from": a date or a distance
    return bool(re.fullmatch(r"(19|20)\d\d", words[i]))


def fatality_quantity(q: Quantity, words: Sequence[str]) -> Quantity:
    """A quantity as ACLED codes deaths: "several killed" → 10, "a few killed" stays 3."""
    said = {w.lower() for w in words[q.start : q.end]}
    if q.exact or not said & FATALITY_VAGUE or any(is_number_word(w) for w in said):
        return q
    return Quantity(FATALITY_VAGUE_BEST, q.low, None, q.start, q.end)
