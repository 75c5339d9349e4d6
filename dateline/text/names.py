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

from unidecode import unidecode

from dateline import vocabulary as V


def fold(text: str) -> str:
    """Lower-case ASCII with apostrophes dropped and every other non-letter a space."""
    apostrophes = _pattern("apostrophes")
    ascii_text = unidecode(unicodedata.normalize("NFC", apostrophes.sub("", text)))
    return _pattern("non_alnum").sub(" ", apostrophes.sub("", ascii_text).lower()).strip()


def articles() -> frozenset[str]:
    """Arabic definite-article forms (with sun-letter assimilation) and Romance/English
    ones that transliterations attach to a name with a hyphen or a space."""
    return V.words("place_name_keys", "articles")


@functools.cache
def _abbreviations() -> Mapping[str, str]:
    return MappingProxyType(V.table("place_name_keys", "abbreviations"))


@functools.cache
def _digraphs() -> Mapping[str, str]:
    return MappingProxyType(V.table("place_name_keys", "digraphs"))


def _pattern(name: str) -> re.Pattern[str]:
    return V.pattern("place_name_keys", name)


def spelled_out(text: str) -> str:
    """Folded with abbreviations written out: "St. Petersburg" and "Saint Petersburg" are
    one spelling of one main name, whichever of them GeoNames chose."""
    return " ".join(_abbreviations().get(t, t) for t in fold(text).split())


def name_key(text: str) -> str:
    """The exact lookup key: folded, articles dropped, abbreviations expanded."""
    tokens = fold(text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    kept = [_abbreviations().get(t, t) for t in tokens if not _is_article(t, tokens)]
    return " ".join(kept)


def _is_article(token: str, tokens: list[str]) -> bool:
    """An article only when something follows it: "As" alone is a word, not "as-"."""
    return token in articles() and len(tokens) > 1 and tokens[-1] != token


def skeleton_key(text: str) -> str:
    """A loose key: doubled letters merged, vowels after the first letter dropped."""
    return " ".join(_skeleton_token(t) for t in name_key(text).split())


def _skeleton_token(token: str) -> str:
    for old, new in _digraphs().items():  # in order: each rewrites the result of the last
        token = token.replace(old, new)
    token = re.sub(r"(?<=[aeiouy])h$", "", _pattern("doubles").sub(r"\1", token))
    return token[:1] + _pattern("vowels").sub("", token[1:]) if token else token
