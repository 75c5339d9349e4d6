"""Ordinary English words: which capitalised words are also common words.

The words come from the lemmatizer word lists of the spaCy model the pipeline hands down
(``resources.nlp``); no model is opened here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from dateline.text.lexicon import lemma_words

# Parts of speech whose word lists hold ordinary words only: the noun list also holds
# proper names ("paris", "texas"), so a word found only there is no sign of a common word.
COMMON_POS = ("verb", "adj", "adv")
DESCRIPTIVE_POS = ("adj", "adv")


@dataclass(frozen=True, slots=True)
class Dictionary:
    """The model's ordinary words by kind (lower case)."""

    common: frozenset[str] = frozenset()  # verbs, adjectives, adverbs
    descriptive: frozenset[str] = frozenset()  # adjectives and adverbs
    adjectives: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def dictionary(nlp: Any) -> Dictionary:
    """The ordinary words of a spaCy language model (an empty dictionary without its
    lemmatizer's word lists)."""
    return Dictionary(
        lemma_words(nlp, COMMON_POS),
        lemma_words(nlp, DESCRIPTIVE_POS),
        lemma_words(nlp, ("adj",)),
    )


def common_word(word: str, lower: set[str], words: Dictionary) -> bool:
    """Whether a capitalised single word is also an ordinary English word: the article
    itself writes it in lower case ("human rights ... Human"), or the language model's
    dictionary knows it as a verb, adjective or adverb ("Officer", "Mine", "Police").
    Such a word opens titles, bodies and headlines, so, unlike "Baghdad", capitals alone
    do not make it a name; other signs must (an NER place label, "in X", "X, Ohio")."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    return low in lower or low in words.common


def plain_word(word: str, lower: set[str], words: Dictionary) -> bool:
    """A common word that is hardly ever a name alone: the article writes it lower-case,
    or it describes ("Continental", "Central"), which even a nearby namesake cannot
    outweigh; a verb-like noun ("Grant", "Cook") is also a common surname or county."""
    if not common_word(word, lower, words):
        return False
    return word.lower() in lower or word.lower() in words.descriptive


def adjective(word: str, words: Dictionary) -> bool:
    """Whether the dictionary knows a single word as an adjective ("Superior", "Union"):
    before or after a body's word ("Superior Court") it describes the body, where a
    noun ("Concord Police") may well be the town the body serves."""
    return word.isalpha() and word.lower() in words.adjectives
