"""Before coding: articles not in English, and near-duplicates of an article already seen,
are not coded. Each still gets a record (so a resumed run skips it and the output has a
line for every article read) with no events, its ``language``, a warning saying why, and
for a duplicate ``duplicate_of``: the id of the article it copies, whose record holds the
events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dateline.ingest.duplicates import DEFAULT_THRESHOLD, Duplicates
from dateline.ingest.language import language_of
from dateline.models import Article, ArticleResult, iso_published


@dataclass(slots=True)
class Screen:
    """Decides, article by article, which are coded; counts the rest."""

    languages: bool = True
    duplicates: Duplicates | None = field(default_factory=lambda: Duplicates(DEFAULT_THRESHOLD))
    report: Callable[[str], None] = lambda message: None
    non_english: int = 0
    duplicate: int = 0
    _seen: int = 0

    def __call__(self, article: Article) -> ArticleResult | None:
        """None when ``article`` is to be coded, else its uncoded record."""
        self._seen += 1
        where = article.origin or article.id or f"article {self._seen}"
        language = language_of(article.text) if self.languages else article.language
        if language != "en":
            self.non_english += 1
            message = f"{where}: written in {language!r}, not English: not coded"
            self.report(message)
            return uncoded(article, language, message)
        key = article.id or article.origin or f"#{self._seen}"
        copies = self.duplicates.check(key, article.text) if self.duplicates else None
        if copies is None:
            return None
        self.duplicate += 1
        message = f"{where}: a near-duplicate of {copies}: coded once, there"
        self.report(message)
        record = uncoded(article, article.language, message)
        record.duplicate_of = copies
        return record


def uncoded(article: Article, language: str, warning: str) -> ArticleResult:
    return ArticleResult(
        id=article.id,
        title=article.title,
        url=article.url,
        published=iso_published(article.published),
        language=language,
        warnings=[warning],
    )
