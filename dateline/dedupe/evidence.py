"""The text evidence between two articles, read once for the set being merged: TF-IDF
cosine and shared rare words over their distinctive words, their shared rare names,
streets and ages. Boilerplate (words and names found in articles published months apart)
is left out of all of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.dedupe.clues import RARE_CLUE, RARE_TITLE_WORD, clue_frequency, shared
from dateline.dedupe.report import Features, Report
from dateline.dedupe.scoring import Shared
from dateline.dedupe.similarity import (
    boilerplate,
    cosine,
    document_frequency,
    idf,
    rare_shared,
    vector,
)


@dataclass(slots=True)
class Evidence:
    """Per article (by id): its TF-IDF vector, terms and clues, and the corpus counts."""

    vectors: dict[str, dict[str, float]]
    documents: dict[str, dict[str, int]]
    frequency: Counter[str]
    clues: dict[str, dict[str, list[str]]]
    rarity: Counter[str]

    def similarity(self, left: str, right: str) -> float:
        return cosine(self.vectors[left], self.vectors[right])

    def rare_words(self, left: str, right: str) -> int:
        return rare_shared(self.documents[left], self.documents[right], self.frequency)

    def shared(self, left: str, right: str) -> Shared:
        a, b = self.clues[left], self.clues[right]
        return Shared(
            names=shared(a, b, "names", self.rarity),
            streets=shared(a, b, "streets", self.rarity),
            ages=shared(a, b, "ages"),
            title=shared(a, b, "title", self.rarity),
        )

    def rare_clues(self, article: str) -> list[str]:
        """The article's names and streets that few other articles use, and its headline
        words that few other headlines use (``title:word``)."""
        clues = self.clues[article]
        found = [*clues.get("names", ()), *clues.get("streets", ())]
        rare = [clue for clue in found if self.rarity[clue] <= RARE_CLUE]
        titles = [f"title:{w}" for w in clues.get("title", ())]
        return rare + [t for t in titles if self.rarity[t] <= RARE_TITLE_WORD]


def evidence(reports: Sequence[Report], items: Sequence[Features]) -> Evidence:
    """The evidence tables of the articles behind ``reports``."""
    documents = {r.article_id: r.terms for r in reports}
    days = {
        r.article_id: (item.published, item.admin1) for r, item in zip(reports, items, strict=True)
    }
    ignored = boilerplate((documents[a], *day) for a, day in days.items())
    weights = idf(documents.values(), ignored)
    frequency = document_frequency(documents.values())
    frequency.update({term: len(documents) for term in ignored})
    clues = {r.article_id: r.clues for r in reports}
    rarity = clue_frequency(clues.values())
    named = ((dict.fromkeys([*c.get("names", ()), *c.get("streets", ())], 1), *days[a])
             for a, c in clues.items())  # fmt: skip
    rarity.update({clue: len(clues) for clue in boilerplate(named)})
    vectors = {article: vector(terms, weights) for article, terms in documents.items()}
    return Evidence(vectors, documents, frequency, clues, rarity)
