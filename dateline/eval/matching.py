"""Comparison helpers shared by the scorers: rates, text folding, distances, countries, names."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import pycountry
from rapidfuzz import fuzz

EARTH_RADIUS_KM = 6371.0088

# Country names in news and ACLED/GTD exports that pycountry's lookup does not know.
_COUNTRY_ALIASES = {
    "turkey": "TR",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "drc": "CD",
    "republic of congo": "CG",
    "congo brazzaville": "CG",
    "ivory coast": "CI",
    "russia": "RU",
    "palestine": "PS",
    "kosovo": "XK",
    "eswatini": "SZ",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "north korea": "KP",
    "south korea": "KR",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "macedonia": "MK",
    "czech republic": "CZ",
    "united states": "US",
    "united kingdom": "GB",
}

# Words that name no one in particular: a match on these alone says nothing.
_GENERIC_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "a",
        "an",
        "in",
        "for",
        "to",
        "group",
        "groups",
        "forces",
        "force",
        "militants",
        "militia",
        "extremists",
        "unknown",
        "unidentified",
        "armed",
        "men",
        "gunmen",
        "people",
        "members",
        "supporters",
    ]
)

_STOPWORDS = frozenset(
    ["the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "'s"]
)


def rate(flags: Iterable[bool]) -> float | None:
    """The share of true flags; ``None`` when there is nothing to score."""
    values = list(flags)
    return sum(values) / len(values) if values else None


def fold(text: str | None) -> str:
    """Lower-case ASCII with punctuation as spaces, so "Ségou-Région" equals "segou region"."""
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


def content_tokens(text: str | None) -> set[str]:
    """Folded tokens minus function words."""
    return {token for token in fold(text).split() if token not in _STOPWORDS}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def is_number(value: Any) -> bool:
    """A real, finite number (gold files use null or NaN for unknown)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def within_km(lat: Any, lon: Any, place: dict[str, Any] | None, km: float) -> bool:
    """Whether a predicted place lies within ``km`` of the gold point; a missing place misses."""
    if not place or not is_number(place.get("latitude")) or not is_number(place.get("longitude")):
        return False
    return haversine_km(lat, lon, place["latitude"], place["longitude"]) <= km


@functools.cache
def country_alpha2(value: str | None) -> str | None:
    """ISO 3166 alpha-2 for a country name, alpha-2 or alpha-3 code; ``None`` if unknown."""
    if not value or not value.strip():
        return None
    if alias := _COUNTRY_ALIASES.get(fold(value)):
        return alias
    try:
        return pycountry.countries.lookup(value.strip()).alpha_2
    except LookupError:
        return None


def same_country(gold: str | None, predicted: str | None) -> bool:
    """Country equality through ISO codes, falling back to folded names."""
    if not gold or not predicted:
        return False
    gold_code, predicted_code = country_alpha2(gold), country_alpha2(predicted)
    if gold_code and predicted_code:
        return gold_code == predicted_code
    return fold(gold) == fold(predicted)


def texts_overlap(gold: str | None, predicted: str | None) -> bool:
    """Argument matching: one folded text contains the other, or they share a content word."""
    gold_folded, predicted_folded = fold(gold), fold(predicted)
    if not gold_folded or not predicted_folded:
        return False
    if gold_folded in predicted_folded or predicted_folded in gold_folded:
        return True
    return bool(content_tokens(gold) & content_tokens(predicted))


def acronyms(name: str) -> set[str]:
    """Acronyms a group goes by: a parenthesised one, and the initials of its words."""
    found = {fold(inner) for inner in re.findall(r"\(([^)]+)\)", name)}
    bare = re.sub(r"\([^)]*\)", " ", name)
    words = [w for w in fold(bare).split() if w not in _STOPWORDS]
    if len(words) >= 3:  # two-word initials ("we", "ae") collide with ordinary words
        found.add("".join(word[0] for word in words))
    return {acronym for acronym in found if len(acronym) >= 2}


def _distinctive(text: str) -> list[str]:
    return [token for token in fold(text).split() if token not in _GENERIC_WORDS]


def names_match(gold: str, predicted: str | None) -> bool:
    """Group-name matching: an acronym hit, or token_set_ratio >= 80 with the words agreeing.

    token_set_ratio alone scores 100 whenever one name's words are a subset of the other's,
    so "Front" would match "Earth Liberation Front", and it scores two "X Liberation Front"s
    alike. So we also require the distinctive (non-generic) words to agree: every gold word
    found in the prediction, or more than half of them with no unrelated predicted word.
    """
    if not predicted or not fold(predicted):
        return False
    if set(fold(predicted).split()) & acronyms(gold):
        return True
    bare_gold = re.sub(r"\([^)]*\)", " ", gold)
    if fuzz.token_set_ratio(fold(bare_gold), fold(predicted)) < 80:
        return False
    gold_words, predicted_words = _distinctive(bare_gold), _distinctive(predicted)
    if not gold_words or not predicted_words:
        return False
    gold_found = sum(_fuzzy_in(word, predicted_words) for word in gold_words)
    if gold_found == len(gold_words):
        return True
    all_predicted_in_gold = all(_fuzzy_in(word, gold_words) for word in predicted_words)
    return gold_found * 2 > len(gold_words) and all_predicted_in_gold


def _fuzzy_in(word: str, words: list[str]) -> bool:
    return any(fuzz.ratio(word, other) >= 80 for other in words)
