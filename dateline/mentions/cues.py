"""What a sentence says about an event, as sets of cue names the classifier can test.

A ``Cues`` is computed once per sentence from lemmas and a few multi-word patterns; the
classifier (``classify.py``) turns cues into an ACLED sub-type without touching spaCy.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.weapons import rammed_vehicles

# Cues of aimed violence that warning shots alone must not set.
AIMED = ("attack", "harm", "shooting_at", "attack_strong", "small_arms", "gunfire")
RAM_TARGET_TOKENS = 14  # "the 28th and 29th floors of the bank building"
# Cues of a demonstration turning violent that news also uses for what people protest about.
REFERABLE = frozenset(
    {"riot", "protest_damage", "mutiny", "looting_crowd", "riot_between", "protest_escalated"}
)


def cue_pattern(name: str) -> re.Pattern[str]:
    """One cue's pattern, tested on the lower-cased sentence (``event_cues.toml``)."""
    return V.pattern("event_cues", name)


@functools.cache
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """Every cue's pattern by name: each pattern of ``event_cues.toml`` is a cue."""
    entries = V.entries("event_cues").items()
    return {name: cue_pattern(name) for name, entry in entries if "pattern" in entry}


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue names present in a sentence, and the participant classes it names."""

    names: frozenset[str]
    lemmas: frozenset[str]
    armed: int  # count of armed-actor words (state or non-state)
    state: int  # count of state-force words
    civilian: int
    off_topic: int  # number of sports/business/technology words
    political: int = 0  # governments, ministers, parliaments; countries named as actors

    def has(self, *names: str) -> bool:
        return any(name in self.names for name in names)


def named_groups(text: str) -> int:
    """Named armed groups of the actor dictionary ("JNIM", "Al Shabaab") count as armed."""
    from dateline.vocabulary.actors import count_named

    return count_named(text)


def sentence_cues(sent: Any) -> Cues:
    """Cues of one spaCy sentence span."""
    lowered = cue_text(sent)
    names = frozenset(name for name, rx in cue_patterns().items() if rx.search(lowered))
    if "warning_shots" in names:
        names = _without_warning_shots(lowered, names)
    if "ram_verb" in names and _rams(sent):
        names |= {"ramming"}
    names = _without_referenced(sent, lowered, names)
    lemmas = frozenset(tok.lemma_.lower() for tok in sent if not tok.is_punct)
    words = [tok.lemma_.lower() for tok in sent if tok.is_alpha]
    return Cues(
        names=names,
        lemmas=lemmas,
        armed=_among(words, lx.armed_words()) + named_groups(sent.text) + ("armed_phrase" in names),
        state=_among(words, lx.state_forces()),
        civilian=_among(words, lx.civilians()),
        off_topic=_among(words, lx.off_topic()),
        political=_among(words, lx.political()) + _state_subject(sent),
    )


def _among(words: list[str], vocabulary: frozenset[str]) -> int:
    """How many of the words belong to the vocabulary."""
    return sum(w in vocabulary for w in words)


def _without_referenced(sent: Any, lowered: str, names: frozenset[str]) -> frozenset[str]:
    """A riot, a looting or a mutiny named only as what people protest or demand about
    ("protested against the release of prisoners after last week's prison riots",
    "demanding the return of looted funds"): a past or other event, not what the
    demonstrators did, so it does not make the demonstration violent."""
    referable = names & REFERABLE
    if not referable or not names & {"protest", "protest_strong", "gathering", "strike"}:
        return names
    gathered = ("protest", "protest_strong", "gathering")
    if all(_all_referenced(sent, lowered, cue_pattern(name)) for name in gathered if name in names):
        return names  # "arrested after protests and arson": the protest is the cause too
    dropped = {name for name in referable if _all_referenced(sent, lowered, cue_pattern(name))}
    return names - dropped if dropped else names


def _all_referenced(sent: Any, lowered: str, pattern: re.Pattern[str]) -> bool:
    """Every match of the cue lies in a cause or a demand of the sentence's act."""
    for match in pattern.finditer(lowered):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _referenced(span.root):
            return False
    return True


def _referenced(token: Any) -> bool:
    """The token sits under a preposition or clause of cause or topic ("against the
    arrests", "after the riots", "over the looting") or in the object of a verb of demanding
    or denouncing ("demanding the return of looted funds")."""
    node = token
    while node.head.i != node.i:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & V.words("event_words", "cause_words"):
            return True
        if node.lower_ in V.words("event_words", "cause_words") and node.dep_ in ("prep", "mark"):
            return True
        head = node.head
        demand = (
            head.lemma_.lower() in V.words("event_words", "demand_verbs") and head.pos_ == "VERB"
        )
        if demand and node.dep_ in ("dobj", "prep", "ccomp"):
            return True
        node = head
    return False


def _without_warning_shots(lowered: str, names: frozenset[str]) -> frozenset[str]:
    """Shots fired into the air aim at no one: the cues of aimed violence ("fired",
    "gunshots") count only if the sentence names them elsewhere too."""
    blank = V.pattern("event_words", "warning_shots").sub(lambda m: " " * len(m.group()), lowered)
    aimed = {name for name in AIMED if cue_pattern(name).search(blank)}
    return (names - set(AIMED)) | aimed


def _rams(sent: Any) -> bool:
    """Someone drove, flew or crashed a vehicle into a building or a crowd ("drove his car
    into the clinic", "crashed it into the tower"): the vehicle is the weapon. A vehicle
    that is itself the subject ("the bus crashed into a wall") is an accident's wording,
    and one driven into a place ("drove into town") is only travel."""
    if not any(v.root.dep_ not in ("nsubj", "nsubjpass") for v in rammed_vehicles(sent)):
        return False
    return any(
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("into", "through")
        and tok.head.head.lemma_.lower() in V.words("event_words", "ram_lemmas")
        and _ram_target(tok)
        for tok in sent
    )


def _ram_target(noun: Any) -> bool:
    """A building, facility or crowd, within the object phrase ("the 28th floor of the
    bank building"), and not a city's centre ("the town centre")."""
    words = list(noun.subtree)[:RAM_TARGET_TOKENS]
    for tok in words:
        if tok.lemma_.lower() not in lx.ram_targets():
            continue
        places = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
        if not places & lx.settlements():
            return True
    return False


def cue_text(sent: Any) -> str:
    """The sentence in lower case with nouns that only look like acts of violence blanked
    out ("a shot on goal", "the shot put"): the verb "shot" is an attack, the noun in sports
    and photography news is not. Offsets stay those of the sentence."""
    text = sent.text.lower()
    for tok in sent:
        after = tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""
        if tok.lower_ in V.words("event_words", "noun_lookalikes") and (
            tok.pos_ in ("NOUN", "PROPN") or after == "put"
        ):
            start = tok.idx - sent.start_char
            text = text[:start] + " " * len(tok) + text[start + len(tok) :]
    return text


def _state_subject(sent: Any) -> int:
    """A country or its people as the subject of a verb ("Iran threatened", "Israeli troops"):
    in diplomatic news the state itself is the actor."""
    return sum(
        1
        for ent in sent.ents
        if ent.label_ in ("GPE", "NORP") and ent.root.dep_ in ("nsubj", "nsubjpass")
    )
