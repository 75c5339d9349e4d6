"""Text similarity between articles: TF-IDF cosine over their distinctive words.

Distinctive words are capitalised words and numbers: names of people, streets, places,
ages, addresses, counts; not words the article also writes in lower case ("Just", "Sign":
headlines and a site's boilerplate). An article's ``terms`` (word → count) are computed
once at ingest and stored; the IDF comes from the set of articles being merged, so rare
names weigh most.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"\b(?:[A-Z][a-z]{2,}|\d{2,})\b")
_LOWER = re.compile(r"\b[a-z]{3,}\b")
MAX_TERMS = 200
# A word found in more articles than this names nothing in particular (a city, a site's
# boilerplate such as "Sign in using your account"): it weighs nothing.
MAX_DOCUMENT_FREQUENCY = 25
RARE_DOCUMENT_FREQUENCY = 8
# A word in at least this many articles published more than ``BOILERPLATE_SPAN_DAYS`` apart
# is an outlet's boilerplate ("Sign in using your account", a newsletter's name), not the
# name of one incident, whose reports come out within weeks.
BOILERPLATE_MIN_ARTICLES = 4
BOILERPLATE_SPAN_DAYS = 730
BOILERPLATE_REGIONS = 3

STOP_WORDS = frozenset(
    """the and for that with was were are has have had his her hers him she they them their
    this these those from into onto but not you your our out who whom what when where which
    while will would could should can may might been being said says say told also about
    after before over under than then there here its it's one two three all any some more
    most other such only just very did does doing done off again further once same so too
    per via around near at on in of to by as an or if be is am we us he i""".split()
)


def terms(text: str) -> dict[str, int]:
    """The article's distinctive words and their counts (the ``MAX_TERMS`` most frequent)."""
    common = set(_LOWER.findall(text)) | STOP_WORDS
    words = (w.lower() for w in _WORD.findall(text))
    counts = Counter(w for w in words if w not in common)
    return dict(counts.most_common(MAX_TERMS))


def document_frequency(documents: Iterable[Mapping[str, int]]) -> Counter[str]:
    """How many of ``documents`` hold each term."""
    frequency: Counter[str] = Counter()
    for document in documents:
        frequency.update(document.keys())
    return frequency


def rare_shared(
    left: Mapping[str, int], right: Mapping[str, int], frequency: Mapping[str, int]
) -> int:
    """How many words the two articles share that few other articles use (a victim's name,
    a street): at most ``RARE_DOCUMENT_FREQUENCY`` articles."""
    if len(left) > len(right):
        left, right = right, left
    return sum(1 for t in left if t in right and frequency.get(t, 0) <= RARE_DOCUMENT_FREQUENCY)


def boilerplate(
    documents: Iterable[tuple[Mapping[str, int], int | None, str | None]],
) -> frozenset[str]:
    """The words of ``documents`` (terms, publication day, region) that are boilerplate:
    found in ``BOILERPLATE_MIN_ARTICLES`` or more articles spread over more than
    ``BOILERPLATE_SPAN_DAYS`` or over ``BOILERPLATE_REGIONS`` regions (a station group's
    page furniture is everywhere; a victim's name is in the reports of one place)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    regions: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    for document, day, region in documents:
        count.update(document.keys())
        for term in document:
            if region is not None:
                regions[term].add(region)
            if day is not None:
                first[term] = min(first.get(term, day), day)
                last[term] = max(last.get(term, day), day)
    return frozenset(t for t, n in count.items() if n >= BOILERPLATE_MIN_ARTICLES and (
        last.get(t, 0) - first.get(t, 0) > BOILERPLATE_SPAN_DAYS
        or len(regions[t]) >= BOILERPLATE_REGIONS))  # fmt: skip


def idf(
    documents: Iterable[Mapping[str, int]], ignored: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Smoothed inverse document frequency of every term in ``documents`` (0 for a term in
    more than ``MAX_DOCUMENT_FREQUENCY`` of them, and for the ``ignored`` terms)."""
    frequency: Counter[str] = Counter()
    total = 0
    for document in documents:
        total += 1
        frequency.update(document.keys())
    return {
        term: math.log(1.0 + total / count)
        if count <= MAX_DOCUMENT_FREQUENCY and term not in ignored
        else 0.0
        for term, count in frequency.items()
    }


def vector(document: Mapping[str, int], weights: Mapping[str, float]) -> dict[str, float]:
    """A unit-length TF-IDF vector (sublinear term frequency)."""
    raw = {t: (1.0 + math.log(n)) * weights.get(t, 1.0) for t, n in document.items()}
    raw = {t: v for t, v in raw.items() if v > 0}
    norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
    return {t: v / norm for t, v in raw.items()}


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Cosine of two unit vectors."""
    if len(left) > len(right):
        left, right = right, left
    return sum(v * right.get(t, 0.0) for t, v in left.items())
