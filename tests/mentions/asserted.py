"""The first asserted event mention of a sentence: what most extraction tests inspect."""

from __future__ import annotations

from spacy.language import Language

from dateline.mentions.events import find_mentions
from dateline.models import Mention


def first_asserted(nlp: Language, text: str) -> Mention | None:
    """The first mention of ``text`` whose modality is "asserted", if any."""
    return next((m for m in find_mentions(nlp(text)) if m.modality == "asserted"), None)


def first_sub_type(nlp: Language, text: str) -> str | None:
    """The sub-event type of the first asserted mention of ``text``, if any."""
    mention = first_asserted(nlp, text)
    return None if mention is None else mention.sub_event_type


def first_with_plover(nlp: Language, text: str) -> tuple[str, str] | None:
    """The first asserted mention's sub-type and PLOVER category."""
    m = first_asserted(nlp, text)
    return None if m is None else (m.sub_event_type, m.plover.event)


def first_with_modality(nlp: Language, text: str) -> tuple[str, str, str] | None:
    """The first asserted mention's sub-type, PLOVER category and modality."""
    m = first_asserted(nlp, text)
    return None if m is None else (m.sub_event_type, m.plover.event, m.modality)
