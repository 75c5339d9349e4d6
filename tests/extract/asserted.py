"""The first asserted event mention of a sentence: what most extraction tests inspect."""

from __future__ import annotations

from spacy.language import Language

from dateline.extract.events import find_mentions
from dateline.models import Mention


def first_asserted(nlp: Language, text: str) -> Mention | None:
    """The first mention of ``text`` whose modality is "asserted", if any."""
    return next((m for m in find_mentions(nlp(text)) if m.modality == "asserted"), None)
