"""Toponym name keys: one spelling-tolerant key per place name, shared by index and lookup.

News writes the same place many ways: diacritics (Ḩalab/Halab), hyphens, the Arabic
article (al-, el-, ad-, ash-...), doubled letters (Assad/Asad), vowel choices from
different transliteration schemes (Hodeidah/Hudaydah, Younis/Yunis). ``name_key`` removes
the differences that never distinguish two places; ``skeleton_key`` is a looser
consonant skeleton used only when the exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# Arabic definite-article forms (with sun-letter assimilation) and Romance/English ones
# that transliterations attach with a hyphen or a space.
ARTICLES = frozenset("al el il ul ad ar as an at az ash adh ath ed er es ez".split())
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_APOSTROPHES = re.compile(r"['`´ʼʻʿʾ‘’]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")
_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("q", "k"), ("w", "u"))


def fold(text: str) -> str:
    """Lower-case ASCII with apostrophes dropped and every other non-letter a space."""
    ascii_text = unidecode(unicodedata.normalize("NFC", _APOSTROPHES.sub("", text)))
    return _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", ascii_text).lower()).strip()


def spelled_out(text: str) -> str:
    """Folded with abbreviations written out: "St. Petersburg" and "Saint Petersburg" are
    one spelling of one main name, whichever of them GeoNames chose."""
    return " ".join(ABBREVIATIONS.get(t, t) for t in fold(text).split())


def name_key(text: str) -> str:
    """The exact lookup key: folded, articles dropped, abbreviations expanded."""
    tokens = fold(text).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    kept = [ABBREVIATIONS.get(t, t) for t in tokens if not _is_article(t, tokens)]
    return " ".join(kept)


def _is_article(token: str, tokens: list[str]) -> bool:
    """An article only when something follows it: "As" alone is a word, not "as-"."""
    return token in ARTICLES and len(tokens) > 1 and tokens[-1] != token


def skeleton_key(text: str) -> str:
    """A loose key: doubled letters merged, vowels after the first letter dropped."""
    return " ".join(_skeleton_token(t) for t in name_key(text).split())


def _skeleton_token(token: str) -> str:
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    token = re.sub(r"(?<=[aeiouy])h$", "", _DOUBLES.sub(r"\1", token))
    return token[:1] + _VOWELS.sub("", token[1:]) if token else token
