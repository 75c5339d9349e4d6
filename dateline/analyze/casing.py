"""Wire copy set in capitals: parse a case-restored copy, keep the article's own words.

The small spaCy model finds names by their capitals, so "GUNMEN KILLED FIVE IN KANO"
yields no place and no actor. A shouted text is parsed in sentence case, names
capitalised, and the parse is laid back over the original words (same tokens, same
offsets), so every span still quotes the article as given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from dateline import vocabulary as V
from dateline.text.lexicon import lemma_words

# A text shouts when this share of its letters are capitals (and it has enough letters).
SHOUTING_SHARE = 0.8
_MIN_LETTERS = 20
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:\n]\s*$|^\s*$")

NameTest = Callable[[str], bool]


def shouting(text: str) -> bool:
    """Whether nearly every letter of the text is a capital."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= SHOUTING_SHARE * len(letters)


def sentence_case(text: str, nlp: Any, is_name: NameTest | None = None) -> str:
    """The text in lower case but for sentence openings and words that are names: words
    the model's word lists do not know, or that ``is_name`` (a gazetteer's big places)
    vouches for. Same length as the text, so offsets hold."""
    known = _ordinary_words(nlp)
    out = list(text)
    for match in _WORD.finditer(text):
        word = match.group().lower()
        opening = _SENTENCE_END.search(text[max(0, match.start() - 3) : match.start()])
        name = _calendar(word) or not any(form in known for form in _bases(word))
        if not name and is_name is not None and not _descriptive(word, nlp):
            name = is_name(word)  # "nigeria", "texas": names the noun list also holds
        cased = word.capitalize() if opening or name else word
        if len(cased) == len(match.group()):
            out[match.start() : match.end()] = cased
    return "".join(out)


def _bases(word: str) -> list[str]:
    """The word and the forms it may be inflected from ("villagers", "killed", "gunmen"),
    as the lemmatizer's lists hold base forms only."""
    forms = [word]
    for suffix, base in _INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: len(word) - len(suffix)] + base)
    return forms


_INFLECTIONS = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ("men", "man"), ("ers", ""), ("ers", "e"),
)  # fmt: skip


def _calendar(word: str) -> bool:
    month = V.words("calendar", "month_words")
    return word in V.words("calendar", "weekdays") or word.capitalize() in month


def _descriptive(word: str, nlp: Any) -> bool:
    """A verb, adjective or adverb ("reading", "mobile"): never a place name in capitals."""
    return any(form in lemma_words(nlp, ("verb", "adj", "adv")) for form in _bases(word))


@functools.lru_cache(maxsize=4)
def _ordinary_words(nlp: Any) -> frozenset[str]:
    """Stop words and the lemmatizer's word lists (all parts of speech)."""
    words = set(nlp.Defaults.stop_words) | lemma_words(nlp, ("noun", "verb", "adj", "adv"))
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").lookups.has_table("lemma_exc"):
        exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        words.update(w for pos in exceptions for w in exceptions[pos])
    return frozenset(words)


def restore_words(parsed: Doc, text: str) -> Doc:
    """The parse of a case-restored copy laid over the original text's words."""
    words = [text[t.idx : t.idx + len(t)] for t in parsed]
    ents = ["O"] * len(parsed)
    for ent in parsed.ents:
        ents[ent.start] = f"B-{ent.label_}"
        ents[ent.start + 1 : ent.end] = [f"I-{ent.label_}"] * (len(ent) - 1)
    return Doc(
        parsed.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in parsed],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=ents,
    )
