"""The sides the table chooses for a text's lead mention: what the sides tests inspect."""

from __future__ import annotations

from spacy.language import Language

from dateline.mentions import find_mentions
from dateline.models import Actor, EventRecord, Mention
from dateline.resolve.actors import choose_sides
from dateline.vocabulary.taxonomy import KINDS, EventKind


def lead_sides(nlp: Language, text: str, country: str | None) -> tuple[tuple, list[Mention]]:
    """``choose_sides``'s (kind, actor1, actor2) for the first mention of ``text``, and all
    of its mentions."""
    mentions = find_mentions(nlp(text))
    assert mentions, text
    lead = mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    return choose_sides(mentions, lead, kind, country), mentions


def chosen_sides(
    nlp: Language, text: str, country: str | None
) -> tuple[EventKind, Actor | None, Actor | None]:
    """(kind, actor1, actor2) for the first mention of ``text``."""
    return lead_sides(nlp, text, country)[0]


def sides_and_mentions(nlp: Language, text: str, country: str | None) -> tuple:
    """(kind, actor1, actor2, mentions) for the first mention of ``text``."""
    chosen, mentions = lead_sides(nlp, text, country)
    return (*chosen, mentions)


def first_event(result) -> EventRecord:
    """The first event the pipeline coded (one must have been)."""
    assert result.events, "no event found"
    return result.events[0]
