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

from dateline.dedupe.blocking import candidate_pairs, clue_pairs, place_pairs, story_pairs
from dateline.dedupe.evidence import Evidence, evidence
from dateline.dedupe.report import Features, Report, features
from dateline.dedupe.scoring import Score, Weights, refusal, score

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
        self.real = [not r.related for r in reports]

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
        if not (self.real[a] or self.real[b]):
            return "an article with no event joins only an event"
        campaign = self.campaign[a] or self.campaign[b]
        if campaign and len(self.days[a] | self.days[b]) > 1:
            return "would join two days of a campaign (one event per day)"
        return None

    def linkage(self, left: int, right: int, unscored: float) -> float:
        """The mean score over every pair across the two clusters (unscored pairs count
        ``unscored``): average linkage, so one strong pair cannot chain two events."""
        a, b = self._scored(self.find(left)), self._scored(self.find(right))
        pairs = [(min(i, j), max(i, j)) for i in a for j in b]
        return sum(self.scores.get(p, unscored) for p in pairs) / len(pairs)

    def _scored(self, root: int) -> list[int]:
        """The members the linkage averages over: the reports with an event of their own,
        so an article attached for its names alone does not dilute the event."""
        members = self.members[root]
        return [i for i in members if self.real[i]] if self.real[root] else members

    def join(self, left: int, right: int) -> None:
        a, b = sorted((self.find(left), self.find(right)))
        self.parent[b] = a
        self.members[a] += self.members[b]
        self.articles[a] |= self.articles[b]
        self.days[a] |= self.days[b]
        self.campaign[a] = self.campaign[a] or self.campaign[b]
        self.real[a] = self.real[a] or self.real[b]

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
    left, right = items[decision.left], items[decision.right]
    roles = left.background + right.background + 2 * (left.related + right.related)
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
    found = evidence(reports, items)
    for left, right in sorted(_pairs(reports, items, found)):
        a, b = articles[left], articles[right]
        similarity, common = found.similarity(a, b), found.shared(a, b)
        reason = refusal(items[left], items[right], similarity, weights, common)
        if reason:
            yield Decision(left, right, "refused", reason, None, round(similarity, 4))
            continue
        rare = found.rare_words(a, b)
        result = score(items[left], items[right], similarity, weights, rare, common)
        outcome = "candidate" if result.total >= weights.threshold else "below threshold"
        reason = (
            "score passes the threshold" if outcome == "candidate" else "score below the threshold"
        )
        yield Decision(left, right, outcome, reason, result, round(similarity, 4))


def _pairs(reports: Sequence[Report], items: Sequence[Features], found: Evidence) -> set[Pair]:
    """The blocked pairs of every channel, less those of two articles with no event."""
    articles = [r.article_id for r in reports]
    leads = _leads(reports)
    rare = {article: found.rare_clues(article) for article in leads}
    pairs = set(candidate_pairs(items, articles)) | set(story_pairs(found.vectors, leads))
    pairs |= set(place_pairs(items, articles)) | set(clue_pairs(rare, leads))
    return {(i, j) for i, j in pairs if not (reports[i].related and reports[j].related)}


def _leads(reports: Sequence[Report]) -> dict[str, int]:
    """Each article's lead report: its most confident main report, else its first."""
    leads: dict[str, int] = {}
    for index, report in enumerate(reports):
        current = leads.get(report.article_id)
        if current is None or _lead_rank(report) < _lead_rank(reports[current]):
            leads[report.article_id] = index
    return leads


def _lead_rank(report: Report) -> tuple[int, float]:
    rank = {"main": 0, "background": 1}.get(report.role, 2)
    return rank, -float(report.record.get("confidence") or 0.0)
