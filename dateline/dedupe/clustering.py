"""Cluster reports into events: score the blocked pairs, then join clusters greedily.

Pairs of main reports go first, then the rest, each best score first; a pair joins its two
clusters when its score passes the threshold, the average score across the two clusters
passes the linkage bar, and the joined cluster stays coherent: never two reports of one
article (a report of two attacks is two events), and never two dated days when an article
tells of a campaign over several days (ACLED codes one event per day of it). Every
candidate pair becomes a ``Decision`` so the result can be explained.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dateline.dedupe.blocking import candidate_pairs, story_pairs
from dateline.dedupe.report import Features, Report, features
from dateline.dedupe.scoring import Score, Weights, refusal, score
from dateline.dedupe.similarity import cosine, document_frequency, idf, rare_shared, vector

Pair = tuple[int, int]


@dataclass(slots=True)
class Decision:
    """One candidate pair and what became of it."""

    left: int
    right: int
    outcome: str  # merged | below threshold | refused | conflict
    reason: str
    score: Score | None = None
    text_similarity: float | None = None


@dataclass(slots=True)
class Clustering:
    clusters: list[list[int]]
    decisions: list[Decision]


class _Clusters:
    """Union-find that keeps each cluster's articles and precise days to check coherence."""

    def __init__(
        self, reports: Sequence[Report], items: Sequence[Features], scores: dict[Pair, float]
    ) -> None:
        self.parent = list(range(len(reports)))
        self.members = [[i] for i in range(len(reports))]
        self.scores = scores
        self.articles = [{r.article_id} for r in reports]
        self.days = [{f.days[0]} if f.day_precise and f.days else set() for f in items]
        self.campaign = [r.campaign for r in reports]

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def conflict(self, left: int, right: int) -> str | None:
        a, b = self.find(left), self.find(right)
        if a == b:
            return "already one event"
        if self.articles[a] & self.articles[b]:
            return "would put two events of one article together"
        campaign = self.campaign[a] or self.campaign[b]
        if campaign and len(self.days[a] | self.days[b]) > 1:
            return "would join two days of a campaign (one event per day)"
        return None

    def linkage(self, left: int, right: int, unscored: float) -> float:
        """The mean score over every pair across the two clusters (unscored pairs count
        ``unscored``): average linkage, so one strong pair cannot chain two events."""
        a, b = self.members[self.find(left)], self.members[self.find(right)]
        pairs = [(min(i, j), max(i, j)) for i in a for j in b]
        return sum(self.scores.get(p, unscored) for p in pairs) / len(pairs)

    def join(self, left: int, right: int) -> None:
        a, b = sorted((self.find(left), self.find(right)))
        self.parent[b] = a
        self.members[a] += self.members[b]
        self.articles[a] |= self.articles[b]
        self.days[a] |= self.days[b]
        self.campaign[a] = self.campaign[a] or self.campaign[b]

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for index in range(len(self.parent)):
            out.setdefault(self.find(index), []).append(index)
        return list(out.values())


def cluster(reports: Sequence[Report], weights: Weights | None = None) -> Clustering:
    """Group ``reports`` into events; clusters list report indices in input order."""
    weights = weights or Weights()
    items = [features(r) for r in reports]
    decisions = list(_decisions(reports, items, weights))
    scores = {(d.left, d.right): d.score.total for d in decisions if d.score is not None}
    state = _Clusters(reports, items, scores)
    for decision in sorted(decisions, key=lambda d: _main_first(d, items)):
        if decision.outcome == "candidate":
            _decide(decision, state, weights)
    return Clustering(state.groups(), decisions)


def _main_first(decision: Decision, items: Sequence[Features]) -> tuple[int, float, int, int]:
    """Pairs of main reports first, then by score: an article's main report joins its event
    before a background mention of the same event can take the place (one article, one
    report per event)."""
    roles = items[decision.left].background + items[decision.right].background
    total = decision.score.total if decision.score else float("-inf")
    return roles, -total, decision.left, decision.right


def _decide(decision: Decision, state: _Clusters, weights: Weights) -> None:
    conflict = state.conflict(decision.left, decision.right)
    if conflict is None and state.linkage(decision.left, decision.right, weights.unscored) < (
        weights.linkage
    ):
        conflict = "the reports of the two events score below the linkage bar on average"
    if conflict is None:
        state.join(decision.left, decision.right)
        decision.outcome, decision.reason = "merged", "score passes the threshold"
    elif conflict == "already one event":
        decision.outcome, decision.reason = "merged", "joined through other reports"
    else:
        decision.outcome, decision.reason = "conflict", conflict


def _decisions(
    reports: Sequence[Report], items: Sequence[Features], weights: Weights
) -> Iterator[Decision]:
    articles = [r.article_id for r in reports]
    vectors = _vectors(reports)
    documents = {r.article_id: r.terms for r in reports}
    frequency = document_frequency(documents.values())
    pairs = set(candidate_pairs(items, articles)) | set(story_pairs(vectors, _leads(reports)))
    for left, right in sorted(pairs):
        similarity = cosine(vectors[articles[left]], vectors[articles[right]])
        reason = refusal(items[left], items[right], similarity, weights)
        if reason:
            yield Decision(left, right, "refused", reason, None, round(similarity, 4))
            continue
        rare = rare_shared(documents[articles[left]], documents[articles[right]], frequency)
        result = score(items[left], items[right], similarity, weights, rare)
        outcome = "candidate" if result.total >= weights.threshold else "below threshold"
        reason = (
            "score passes the threshold" if outcome == "candidate" else "score below the threshold"
        )
        yield Decision(left, right, outcome, reason, result, round(similarity, 4))


def _leads(reports: Sequence[Report]) -> dict[str, int]:
    """Each article's lead report: its most confident main report, else its first."""
    leads: dict[str, int] = {}
    for index, report in enumerate(reports):
        current = leads.get(report.article_id)
        if current is None or _lead_rank(report) < _lead_rank(reports[current]):
            leads[report.article_id] = index
    return leads


def _lead_rank(report: Report) -> tuple[int, float]:
    return (0 if report.role == "main" else 1), -float(report.record.get("confidence") or 0.0)


def _vectors(reports: Sequence[Report]) -> dict[str, dict[str, float]]:
    documents = {r.article_id: r.terms for r in reports}
    weights = idf(documents.values())
    return {article: vector(terms, weights) for article, terms in documents.items()}
