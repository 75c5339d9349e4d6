"""The sides ``choose_sides`` picks for a lead mention: what participant tests inspect."""

from __future__ import annotations

from spacy.language import Language

from dateline.extract.events import find_mentions
from dateline.models import Mention
from dateline.resolve.actors import choose_sides
from dateline.vocabulary.taxonomy import KINDS


def lead_sides(nlp: Language, text: str, country: str | None) -> tuple[tuple, list[Mention]]:
    """``choose_sides``'s (kind, actor1, actor2) for the first mention of ``text``, and all
    of its mentions."""
    mentions = find_mentions(nlp(text))
    assert mentions, text
    lead = mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    return choose_sides(mentions, lead, kind, country), mentions
