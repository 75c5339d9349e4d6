"""The spaCy model's own word lists: the base forms its lemmatizer knows, by part of speech."""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=16)
def lemma_words(nlp: Any, parts: tuple[str, ...]) -> frozenset[str]:
    """Words of the model's lemmatizer word lists for these parts of speech (lower case;
    empty without a lemmatizer or its lists)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in parts if pos in index for w in index[pos])
