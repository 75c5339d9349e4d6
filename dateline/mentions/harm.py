"""Harm words: which field a token speaks of (deaths, injuries, abductions, arrests), and
whether it reports what happened (not a threat, a plan or a denial)."""

from __future__ import annotations

import functools
from typing import Any

from dateline import vocabulary as V
from dateline.text import tree


@functools.cache
def triggers() -> dict[str, str]:
    """Trigger lemmas (and inflected forms the tagger may leave unlemmatised) → their field."""
    by_field = V.table("count_words", "triggers")
    return {word: field for field, words in by_field.items() for word in words}


@functools.cache
def needs_person() -> frozenset[str]:
    """Triggers whose victim must be checked to be a person ("captured the town")."""
    own = _words("needs_person") | _words("struck_verbs")
    return own | _words("care_verbs") | _words("illness_verbs")


def trigger_field(tok: Any) -> str | None:
    """The field a trigger token speaks of, or None for other words."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in {"life", "lives"} and tok.head.lemma_.lower() == "lose":
        return "fatalities"
    if lower == "toll" or lemma == "toll":
        return "fatalities" if _is_death_toll(tok) else None
    if tok.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN", "AUX"}:
        return None
    if is_gunshot_wound(tok):
        return "shot"  # "a man with a gunshot wound": hit, perhaps killed
    field = triggers().get(lemma) or triggers().get(lower)
    if field is None and tok.pos_ == "VERB" and _is_hit(tok):
        field = "shot"
    if field in {"injuries", "shot"} and any(c.lower_ in _words("fatally") for c in tok.children):
        return "fatalities"  # "fatally wounded", "mortally injured", "fatally shot"
    if field is None and tok.pos_ == "VERB" and _is_harm_verb(tok):
        return "injuries"
    if field is None and tok.pos_ == "NOUN" and lemma in _words("care_needs") and bearer_verb(tok):
        return "injuries"  # "suffered burns", "treated for cuts"
    return field


def is_gunshot_wound(tok: Any) -> bool:
    """ "a gunshot wound", "bullet wounds": a wound that says its bearer was shot."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "wound":
        return False
    return any(c.lower_ in _words("gunshot_words") for c in tok.children if c.dep_ in _MODS)


_MODS = {"compound", "amod", "nmod"}


def _is_hit(tok: Any) -> bool:
    """ "was shot", "shot him", "grazed", "struck by a bullet": someone hit by gunfire. Not
    "shot at officers" / "was shot at" (fired at, no hit said) nor "shot down a drone"."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.tag_ == "VBG" and tree.child(tok, "dobj") is None:
        return False  # "4 injured in a shooting", "a shooting death": the event's name
    if lemma in _words("hit_verbs") or lower in _words("hit_verbs"):
        return not _missed(tok)
    if lemma in _words("struck_verbs") or lower in _words("struck_verbs"):
        return _by_projectile(tok)
    return False


def _missed(tok: Any) -> bool:
    for child in tok.children:
        if child.dep_ == "prt" and child.lower_ in _words("missed_particles"):
            return True
        if child.dep_ == "prep" and child.lower_ == "at":
            target = tree.pobj(child)
            if target is None or target.pos_ == "PRON" or _names_people(target):
                return True  # "shot at police", "was shot at"; "shot at a party" is a place
    return False


def _names_people(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    return tok.ent_type_ == "PERSON" or lemma in _words("person_nouns")


def _by_projectile(tok: Any) -> bool:
    """ "struck by a bullet", "a stray round hit the girl", "hit by gunfire"."""
    agent = tree.child(tok, "agent")
    hitters = [tree.pobj(agent), tree.child(tok, "nsubj")]
    return any(h is not None and h.lemma_.lower() in _words("projectiles") for h in hitters)


def bearer_verb(tok: Any) -> Any:
    """The verb whose subject bears an injury noun: "she suffered burns", "he sustained the
    loss of a finger and chest injuries", "two were treated for injuries"; else None."""
    node = tok
    while node.dep_ == "conj" or (node.dep_ == "pobj" and node.head.lower_ == "of"):
        node = node.head if node.dep_ == "conj" else node.head.head
    verb = node.head
    if node.dep_ == "dobj" and verb.lemma_.lower() in _words("borne_verbs"):
        return verb
    if (
        node.dep_ == "pobj"
        and verb.lower_ == "for"
        and verb.head.lemma_.lower() in _words("care_verbs")
    ):
        return verb.head
    return None


def _is_harm_verb(tok: Any) -> bool:
    """Verbs that report an injury only in context: "burned his hands", "was treated at a
    hospital", "taken to hospital", "treated for burns", "diagnosed with anthrax"."""
    lemma = tok.lemma_.lower()
    if lemma == "burn":
        return not _is_killing(tok)
    if lemma in _words("care_verbs"):
        return any(_care_object(c) for c in tok.children if c.dep_ in {"prep", "dative"})
    if lemma in _words("illness_verbs"):
        said = {w.lower_ for c in tok.children if c.dep_ in {"prep", "dobj", "acomp", "advmod",
                "oprd"} for w in c.subtree}  # fmt: skip
        if lemma == "test":  # "tested positive for anthrax", not "tested for exposure"
            return "positive" in said
        return bool(said & _words("agents_of_harm"))
    return False


def is_harm_verb_lemma(tok: Any) -> bool:
    """Whether a trigger is one of the context-read injury verbs (they need a person)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and (
        lemma == "burn" or lemma in _words("care_verbs") | _words("illness_verbs")
    )


def _care_object(prep: Any) -> bool:
    """ "at the hospital", "to hospital", "for burns", "for smoke inhalation"."""
    objects = [w for w in prep.subtree if w.dep_ in {"pobj", "compound"}]
    words = {w.lower_ for w in objects} | {w.lemma_.lower() for w in objects}
    if prep.lower_ in {"to", "at", "in", "into"}:
        return bool(words & _words("care_places"))
    return prep.lower_ == "for" and bool(words & _words("care_needs"))


def _is_killing(tok: Any) -> bool:
    """ "burned to death", "burned alive": a killing, read by ``killing_verb``, not a wound."""
    for child in tok.children:
        if child.lower_ in {"alive", "dead"}:
            return True
        to_death = child.dep_ == "prep" and child.lower_ == "to"
        if to_death and any(w.lower_ == "death" for w in child.children):
            return True
    return False


def _is_death_toll(tok: Any) -> bool:
    return any(c.lemma_.lower() in {"death", "casualty"} for c in tok.children)


def killing_verb(tok: Any) -> Any:
    """The verb of "shot to death", "beaten to death", "shot dead a trader", else None:
    the manner verb names the killing and takes the victim."""
    head = tok.head
    if tok.lower_ == "death" and tok.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in V.words(
            "count_words", "not_killing"
        ) | set(triggers()):
            return verb
    if tok.lower_ in {"dead", "alive"} and tok.dep_ in {"advmod", "acomp", "oprd"}:
        manner = _words("manner_verbs") if tok.lower_ == "dead" else {"burn"}
        return head if head.pos_ == "VERB" and head.lemma_.lower() in manner else None
    return None


def is_negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def is_dated_aside(tok: Any) -> bool:
    """ "the leader who was assassinated in 1987": a relative clause dated on its own is a
    past event mentioned in passing, not this event's toll."""
    if tok.dep_ not in {"relcl", "acl"}:
        return False
    return any(V.pattern("count_words", "dated_year").fullmatch(t.text) for t in tok.subtree)


def is_irrealis(tok: Any) -> bool:
    """Threats, attempts and modal predictions are not counts of what happened."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _words("modals") for c in verb.children):
        return True
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in V.words(
        "count_words", "irrealis_heads"
    ):
        return True
    if _is_intended(verb):
        return True
    return verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and is_irrealis(verb.head)


def _is_intended(verb: Any) -> bool:
    """An infinitive of intent: "his aim was to kill", "a plot to kill", "in order to kill",
    "came to kill". A perfect infinitive ("is said to have killed") reports a fact."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    if any(c.lemma_.lower() == "have" for c in children):
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.lemma_.lower() in _words("intent_nouns")
    if verb.dep_ == "advcl":  # purpose: "they stormed the hall to kill the minister"
        return not any(c.lower_ == "only" for c in children)  # "only to die later"
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "be":
        subject = tree.child(head, "nsubj")
        return subject is not None and subject.lemma_.lower() in V.words(
            "count_words", "intent_nouns"
        )
    return False


def _words(name: str) -> frozenset[str]:
    """The words of ``count_words.toml`` under ``name``."""
    return V.words("count_words", name)
