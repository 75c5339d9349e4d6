"""Toponym name keys: one spelling-tolerant key per place name, shared by index and lookup.

News writes the same place many ways: diacritics (Ḩalab/Halab), hyphens, the Arabic
article (al-, el-, ad-, ash-...), doubled letters (Assad/Asad), vowel choices from
different transliteration schemes (Hodeidah/Hudaydah, Younis/Yunis). ``name_key`` removes
the differences that never distinguish two places; ``skeleton_key`` is a looser
consonant skeleton used only when the exact key finds nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from unidecode import unidecode

from dateline import vocabulary as V


class _Rules(NamedTuple):
    """The name-key vocabulary, read once (name keys are computed for every lookup)."""

    apostrophes: re.Pattern[str]
    non_alnum: re.Pattern[str]
    doubles: re.Pattern[str]
    vowels: re.Pattern[str]
    articles: frozenset[str]
    abbreviations: Mapping[str, str]
    digraphs: Mapping[str, str]  # in order: each rewrites the result of the last


@functools.cache
def _rules() -> _Rules:
    concept = "place_name_keys"
    return _Rules(
        V.pattern(concept, "apostrophes"),
        V.pattern(concept, "non_alnum"),
        V.pattern(concept, "doubles"),
        V.pattern(concept, "vowels"),
        V.words(concept, "articles"),
        MappingProxyType(V.table(concept, "abbreviations")),
        MappingProxyType(V.table(concept, "digraphs")),
    )


def articles() -> frozenset[str]:
    """Arabic definite-article forms (with sun-letter assimilation) and Romance/English
    ones that transliterations attach to a name with a hyphen or a space."""
    return _rules().articles


def fold(text: str) -> str:
    """Lower-case ASCII with apostrophes dropped and every other non-letter a space."""
    rules = _rules()
    ascii_text = unidecode(unicodedata.normalize("NFC", rules.apostrophes.sub("", text)))
    return rules.non_alnum.sub(" ", rules.apostrophes.sub("", ascii_text).lower()).strip()


def spelled_out(text: str) -> str:
    """Folded with abbreviations written out: "St. Petersburg" and "Saint Petersburg" are
    one spelling of one main name, whichever of them GeoNames chose."""
    abbreviations = _rules().abbreviations
    return " ".join(abbreviations.get(t, t) for t in fold(text).split())


def name_key(text: str) -> str:
    """The exact lookup key: folded, articles dropped, abbreviations expanded."""
    tokens = fold(text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    rules = _rules()
    kept = [
        rules.abbreviations.get(t, t) for t in tokens if not _is_article(t, tokens, rules.articles)
    ]
    return " ".join(kept)


def _is_article(token: str, tokens: list[str], forms: frozenset[str]) -> bool:
    """An article only when something follows it: "As" alone is a word, not "as-"."""
    return token in forms and len(tokens) > 1 and tokens[-1] != token


def skeleton_key(text: str) -> str:
    """A loose key: doubled letters merged, vowels after the first letter dropped."""
    rules = _rules()
    return " ".join(_skeleton_token(t, rules) for t in name_key(text).split())


def _skeleton_token(token: str, rules: _Rules) -> str:
    for old, new in rules.digraphs.items():
        token = token.replace(old, new)
    token = re.sub(r"(?<=[aeiouy])h$", "", rules.doubles.sub(r"\1", token))
    return token[:1] + rules.vowels.sub("", token[1:]) if token else token
