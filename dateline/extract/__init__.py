"""Extract: event mentions with their type, modality and participants, counts and weapons."""

from __future__ import annotations

import sys
import types
from typing import Any

from dateline.extract.counts import find_counts
from dateline.extract.events import find_mentions
from dateline.extract.weapons import find_weapons
from dateline.models import Analysis, Mention

COUNT_FIELDS = ("fatalities", "injuries", "abducted", "arrested")


def extract(analysis: Analysis) -> None:
    """Needs ``doc``; adds ``mentions`` with their counts and weapons."""
    analysis.mentions = find_mentions(analysis.doc)
    for mention in analysis.mentions:
        _add_counts_and_weapons(analysis.doc, mention)


def _add_counts_and_weapons(doc: object, mention: Mention) -> None:
    sent = doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
    for field, (count, evidence) in find_counts(sent).items():
        setattr(mention, field, count)
        mention.evidence.extend(evidence)
    for weapon, evidence in find_weapons(sent):
        mention.weapons.append(weapon)
        mention.evidence.append(evidence)


class _CallableModule(types.ModuleType):
    """``dateline.extract(text)`` is the public API, and ``dateline.extract`` is also this
    stage's package: importing the package replaces the attribute on ``dateline``, so the
    package itself answers the call, the same as ``dateline.extract`` defined there."""

    def __call__(self, text: str, published: str | None = None, **fields: Any) -> Any:
        from dateline.pipeline import extract_text

        return extract_text(text, published=published, **fields)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["COUNT_FIELDS", "extract", "find_mentions"]
