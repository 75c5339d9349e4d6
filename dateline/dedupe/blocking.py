"""Blocking: which pairs of reports are worth scoring at all.

Two channels. Dated: reports whose date windows overlap, in the same country; a sweep over
reports sorted by the start of their window keeps the active reports per country, so the
cost grows with the reports times those active in one country at once, not quadratically.
Story: articles that share several of their most distinctive words (names), through an
inverted index, whatever their coded dates say. Place: reports at one place or county
published within a few months (follow-ups). Clues: articles naming the same rare person or
street.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from dateline.dedupe.report import Features
from dateline.dedupe.scoring import DAY_SLACK, FOLLOW_UP_DAYS

Window = tuple[int, int]
# The story channel: each article's most distinctive words, how many two articles must
# share, and how many articles a word may index before it is too common to say anything.
TOP_TERMS = 12
MIN_SHARED = 2
MAX_POSTING = 40
# The place channel: how many of a place's latest reports a new one is compared with.
MAX_PLACE_ACTIVE = 12


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


def place_pairs(items: Sequence[Features], articles: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Pairs of reports at one place (the same place, or the same county: a city and its
    county, a neighbourhood and its city) published within ``FOLLOW_UP_DAYS`` of each other:
    a follow-up dated by its own news (an arrest, a charge) weeks after the shooting. Each
    place keeps only its ``MAX_PLACE_ACTIVE`` latest reports, so a city with a shooting a
    day is left to the other channels and the cost stays linear."""
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for index, item in enumerate(items):
        when = item.published if item.published is not None else (item.days or (None, None))[1]
        if when is None:
            continue
        for key in {item.place, item.admin2} - {None}:
            postings[str(key)].append((when, index))
    for posting in postings.values():
        yield from _windowed(sorted(posting), articles)


def _windowed(posting: list[tuple[int, int]], articles: Sequence[str]) -> Iterator[tuple[int, int]]:
    active: list[tuple[int, int]] = []
    for when, index in posting:
        active = [(w, j) for w, j in active if when - w <= FOLLOW_UP_DAYS][-MAX_PLACE_ACTIVE:]
        for _, other in active:
            if articles[other] != articles[index]:
                yield min(index, other), max(index, other)
        active.append((when, index))


def clue_pairs(
    clues: Mapping[str, Iterable[str]], leads: Mapping[str, int]
) -> Iterator[tuple[int, int]]:
    """Pairs of the articles' lead reports that share a rare name or street (``clues``:
    each article's rare names and streets), whatever their dates and places."""
    postings: dict[str, list[str]] = defaultdict(list)
    for article in sorted(leads):
        for clue in sorted(set(clues.get(article, ()))):
            postings[clue].append(article)
    pairs = {pair for arts in postings.values() for pair in itertools.combinations(arts, 2)}
    for left, right in sorted(pairs):
        yield min(leads[left], leads[right]), max(leads[left], leads[right])
