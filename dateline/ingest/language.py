"""Which language an article is in: py3langid (langid.py's model, shipped in its wheel;
nothing is downloaded). Only English is coded; another language is named and skipped.

A text is called non-English only when the identifier is sure (probability at least
``MIN_CONFIDENCE`` over a sample of at least ``MIN_CHARS`` characters): a short or mixed
text, a list of names, a headline, stays English and is coded as before.
"""

from __future__ import annotations

import functools
from typing import Any

SAMPLE_CHARS = 3000  # the first characters suffice, and keep the cost flat
MIN_CHARS = 200
MIN_CONFIDENCE = 0.95


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code of ``text`` and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language), float(probability)


def language_of(text: str) -> str:
    """ "en" unless the text is long enough and surely in another language."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return "en"
    language, probability = identify(sample)
    return language if probability >= MIN_CONFIDENCE else "en"
