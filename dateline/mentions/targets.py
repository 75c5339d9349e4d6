"""Armed sides and their targets: who attacked whom, read off the trigger's parse."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.cues import Cues, cue_pattern, cue_text, named_groups

TARGET_PHRASE_TOKENS = 8  # a longer object subtree says more than who was hit


def against_forces(cues: Cues, trigger: Any) -> bool:
    """An attack whose target is an armed side (a police station, a patrol, militiamen) and
    whose sentence names armed attackers too: organised armed sides engaging, a battle."""
    target_words = armed_words(target_tokens(trigger.root))
    return target_words > 0 and cues.armed > target_words


def main_verb(trigger: Any) -> bool:
    """The trigger is the sentence's main verb ("troops set up a base in the town")."""
    return trigger.root.dep_ == "ROOT" and trigger.root.pos_ == "VERB"


def fighter_killed(trigger: Any) -> bool:
    """The target of a targeted killing is itself a fighter ("assassinated a militiaman"),
    not someone tied to the forces ("a retired policeman", "a police interpreter"): only
    then is the killing an engagement of armed sides."""
    verb = trigger.root
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        head.lemma_.lower() in lx.armed_words()
        and not any(c.lower_ in V.words("event_words", "not_serving") for c in head.children)
        for head in heads
    )


def forces_take(sent: Any) -> bool:
    """State forces are the subject of taking ground ("the army took control of the rebel
    stronghold"): the codebook's government regaining territory, whoever held it."""
    for match in cue_pattern("territory_take").finditer(cue_text(sent)):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or match.group().startswith(V.terms("event_words", "passive_taking")):
            continue
        verb = span.root
        if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "the army position was overrun": the forces lost the ground
        while verb.dep_ in ("xcomp", "conj", "advcl") and not _subjects(verb):
            verb = verb.head
        for subject in _subjects(verb):
            words = {tok.lemma_.lower() for tok in subject.subtree}
            state = bool(words & lx.state_forces()) or bool(
                cue_pattern("state_phrase").search(" ".join(t.lower_ for t in subject.subtree))
            )
            if state and not (words & lx.armed_groups()):
                return True
            if _plain_forces(subject):
                return True
    return False


def rebels_take(sent: Any) -> bool:
    """A non-state armed group is the subject of taking or retaking ground ("rebels
    recaptured the town from the army", "the militia took over two villages"): the
    codebook's non-state actor overtaking territory, whatever the verb's "re-"."""
    for name in ("territory_take", "territory_gain"):
        for verb in _active_verbs(sent, name):
            if any(_non_state(subject) for subject in _subjects(verb)):
                return True
    return False


def _active_verbs(sent: Any, cue: str) -> list[Any]:
    """The verbs of a cue's matches in the active voice, climbed to the clause with a
    subject ("advanced and took the town": the subject of "advanced")."""
    verbs = []
    for match in cue_pattern(cue).finditer(cue_text(sent)):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        passive = match.group().startswith(V.terms("event_words", "passive_taking"))
        if span is None or passive or span.root.pos_ != "VERB":
            continue  # "the town fell to the rebels": the subject is the ground taken
        verb = span.root
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        while verb.dep_ in ("xcomp", "conj", "advcl") and not _subjects(verb):
            verb = verb.head
        verbs.append(verb)
    return verbs


def _non_state(subject: Any) -> bool:
    """The subject names a non-state armed group and no state force."""
    words = {tok.lemma_.lower() for tok in subject.subtree}
    text = " ".join(tok.lower_ for tok in subject.subtree)
    if words & lx.state_forces() or cue_pattern("state_phrase").search(text):
        return False
    return bool(words & lx.armed_groups()) or named_groups(text) > 0


def _plain_forces(subject: Any) -> bool:
    """ "Forces" named by no armed group ("pro-government forces", "allied forces"): news
    calls a state's troops and their allies forces, and rebels, militants or a named group
    by their name, so forces taking ground are the government's side regaining it."""
    if subject.lemma_.lower() not in ("force", "forces"):
        return False
    # the head's own words ("Taliban forces", "rebel forces"), not its allies' after "and"
    own = [t for t in subject.subtree if t.i <= subject.i or t.dep_ == "prep"]
    words = {t.lemma_.lower() for t in own}
    return not (words & lx.armed_groups()) and named_groups(" ".join(t.text for t in own)) == 0


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def unarmed_target(trigger: Any) -> bool:
    """Armed men named on one side only, and what they hit is named and unarmed ("killed
    a forest guide", "attacked the village"): violence against civilians, not a battle."""
    targets = target_tokens(trigger.root)
    named = [tok for tok in targets if tok.pos_ in ("NOUN", "PROPN")]
    return bool(named) and armed_words(targets) == 0


def target_tokens(verb: Any) -> list[Any]:
    """Tokens of what the trigger acted on: its object, passive subject or "on"-phrase, and
    those of the verbs joined to it ("attacked the village and killed six militiamen")."""
    verbs = [verb, *(v for v in verb.conjuncts if v.pos_ == "VERB" and v.i > verb.i)]
    # "attacked the village, killing three militiamen": the participle names whom it hit
    verbs += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for v in verbs for c in v.children if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in ("on", "against")):
        heads.extend(c for c in prep.children if c.dep_ == "pobj")
    tokens = []
    for head in heads:
        subtree = list(head.subtree)
        near = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
        tokens.extend(subtree if len(subtree) <= TARGET_PHRASE_TOKENS else near)
    return tokens


def armed_words(tokens: list[Any]) -> int:
    return sum(tok.lemma_.lower() in lx.armed_words() and tok.lower_ != "armed" for tok in tokens)


def names_armed(subject: Any) -> bool:
    """The subject's head word is an armed actor ("militants", "the army", "JNIM")."""
    return subject.lemma_.lower() in lx.armed_words() or named_groups(subject.text) > 0
