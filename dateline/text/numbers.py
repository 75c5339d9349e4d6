"""Spelled-out and written numbers: "12", "1,000", "twelve", "twenty-five", "two hundred".

Works on plain words, so counts, weapons and the casualty merge read numbers one way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dateline import vocabulary as V

DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


def units() -> dict[str, int]:
    """Number words below twenty (and "dozen") by value."""
    return _table("units")


def tens() -> dict[str, int]:
    return _table("tens")


def scales() -> dict[str, int]:
    return _table("scales")


@functools.cache
def _table(name: str) -> dict[str, int]:
    return V.table("numbers", name)


@functools.cache
def _tens_values() -> frozenset[int]:
    return frozenset(tens().values())


def word_value(word: str) -> int | None:
    """The value of one number word or digit string ("12", "1,000", "twelve", "twenty-five")."""
    word = word.lower()
    if DIGITS.match(word):
        return int(word.replace(",", ""))
    if word in units():
        return units()[word]
    if word in tens():
        return tens()[word]
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in tens() and tail in units() and units()[tail] < 10:
            return tens()[head] + units()[tail]
    return None


def is_number_word(word: str) -> bool:
    return word_value(word) is not None or word.lower() in scales()


def number_run(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Parse the number starting at ``words[i]``; return (value, end index) or None."""
    total, current, j = 0, None, i
    while j < len(words):
        word = words[j].lower()
        if word == "-" and current in _tens_values() and _small(words, j + 1):
            current, j = current + (word_value(words[j + 1]) or 0), j + 2
            continue
        if word in scales():
            current = (current or 1) * scales()[word]
            if scales()[word] >= 1000:
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
