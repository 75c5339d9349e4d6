"""Blocking: which pairs of reports are worth scoring at all.

Two channels. Dated: reports whose date windows overlap, in the same country; a sweep over
reports sorted by the start of their window keeps the active reports per country, so the
cost grows with the reports times those active in one country at once, not quadratically.
Story: articles that share several of their most distinctive words (names), through an
inverted index, whatever their coded dates say.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from dateline.dedupe.report import Features
from dateline.dedupe.scoring import DAY_SLACK

Window = tuple[int, int]
# The story channel: each article's most distinctive words, how many two articles must
# share, and how many articles a word may index before it is too common to say anything.
TOP_TERMS = 12
MIN_SHARED = 2
MAX_POSTING = 40


def window(item: Features) -> Window | None:
    """The days a report may lie in, widened by the dating slack when precise."""
    if item.days is None:
        return None
    slack = DAY_SLACK if item.day_precise else 0
    return item.days[0] - slack, item.days[1] + slack


def candidate_pairs(
    items: Sequence[Features], articles: Sequence[str]
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of reports from different articles whose windows and countries
    allow one event; reports with no date at all (no event date, no publication) are left
    alone."""
    dated = [(w, i) for i, w in enumerate(map(window, items)) if w is not None]
    active: dict[str | None, list[tuple[int, int]]] = defaultdict(list)
    for (start, end), index in sorted(dated):
        country = items[index].country
        for bucket in _buckets(active, country):
            bucket[:] = [(e, j) for e, j in bucket if e >= start]
            for _, other in bucket:
                if articles[other] != articles[index]:
                    yield (min(index, other), max(index, other))
        active[country].append((end, index))


def _buckets(
    active: dict[str | None, list[tuple[int, int]]], country: str | None
) -> list[list[tuple[int, int]]]:
    if country is None:
        return list(active.values())
    return [active[country], active[None]] if None in active else [active[country]]


def story_pairs(
    vectors: Mapping[str, Mapping[str, float]], leads: Mapping[str, int]
) -> Iterator[tuple[int, int]]:
    """Pairs of the articles' lead reports that share at least ``MIN_SHARED`` of their most
    distinctive words (follow-up reports dated by their own news, or misplaced): an
    inverted index over each article's top words, common words skipped, so not quadratic."""
    postings: dict[str, list[str]] = defaultdict(list)
    for article in sorted(leads):
        for term in _top_terms(vectors.get(article, {})):
            postings[term].append(article)
    shared: Counter[tuple[str, str]] = Counter()
    for articles in postings.values():
        if len(articles) <= MAX_POSTING:
            shared.update(itertools.combinations(articles, 2))
    for (left, right), count in sorted(shared.items()):
        if count >= MIN_SHARED:
            yield min(leads[left], leads[right]), max(leads[left], leads[right])


def _top_terms(vector: Mapping[str, float]) -> list[str]:
    return sorted(vector, key=lambda t: (-vector[t], t))[:TOP_TERMS]
