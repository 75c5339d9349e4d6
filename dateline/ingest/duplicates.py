"""Near-duplicate articles (syndicated wire copies, updated versions) found before coding.

Each text is reduced to a MinHash (datasketch) of its word 5-shingles; an article whose
estimated Jaccard similarity to an earlier one reaches ``threshold`` (via MinHash LSH) is
a duplicate of that earlier article: it is not coded again, its record has no events and
names the article it copies in ``duplicate_of`` and in a warning. The first copy seen is
the one coded, so the output does not depend on how a run is split across workers.

A near copy must also state the same numbers: templated reports ("DAY 1 ... 3 killed" and
"DAY 10 ... 5 killed") and an update with a new toll are other records, not copies, and
coding only the first would lose them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SHINGLE_WORDS = 5
NUM_PERM = 128
DEFAULT_THRESHOLD = 0.8
MIN_SHINGLES = 8  # a text this short says too little to call it a copy of anything
WORD = re.compile(r"\w+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(slots=True)
class Duplicates:
    """Remembers every article it was shown; ``check`` names the earlier one a text copies."""

    threshold: float = DEFAULT_THRESHOLD
    _index: Any = None
    _hashes: dict[str, Any] = field(default_factory=dict)
    _numbers: dict[str, frozenset[str]] = field(default_factory=dict)
    found: int = 0

    def check(self, key: str, text: str) -> str | None:
        """The key of an earlier article ``text`` nearly copies, else None (and it is kept)."""
        signature = minhash(text)
        if signature is None:
            return None
        index, numbers = self._lsh(), frozenset(NUMBER.findall(text))
        for earlier in sorted(index.query(signature)):
            if self._copies(earlier, signature, numbers):
                self.found += 1
                return str(earlier)
        if key not in self._hashes:
            index.insert(key, signature)
            self._hashes[key] = signature
            self._numbers[key] = numbers
        return None

    def _copies(self, earlier: str, signature: Any, numbers: frozenset[str]) -> bool:
        same_words = self._hashes[earlier].jaccard(signature) >= self.threshold
        return same_words and self._numbers[earlier] == numbers

    def _lsh(self) -> Any:
        if self._index is None:
            from datasketch import MinHashLSH

            self._index = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        return self._index


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    spans = range(max(len(words) - SHINGLE_WORDS + 1, 0))
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in spans}


def minhash(text: str) -> Any | None:
    """The MinHash of ``text``'s shingles, or None for a text too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    from datasketch import MinHash

    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch(list(grams))
    return signature
