"""Victims: whoever a trigger happened to, and whether that phrase names people."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions.harm import (
    bearer_verb,
    is_gunshot_wound,
    is_negated,
    needs_person,
    trigger_field,
)
from dateline.mentions.quantity import Quantity, parse_quantity, vague
from dateline.text import tree

# Entity labels that name no person: never a victim.
NON_PERSON_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL"}


def names_person(head: Any) -> bool:
    """A victim phrase that names people by its head, not just by a number ("two pieces")."""
    if head.pos_ == "NUM" or head.lower_ in vague():
        of_obj = of_object(head)
        return of_obj is None or names_person(of_obj)
    if head.lower_ in _words("singular_pronouns") | V.words(
        "count_words", "plural_pronouns"
    ) or head.ent_type_ in {"PERSON", "NORP"}:
        return True
    if is_aged(head):
        return True
    return head.lower_ in _words("person_nouns") or head.lemma_.lower() in V.words(
        "count_words", "person_nouns"
    )


def body_owner(victim: Any) -> Any:
    """ "burned the employee's fingers", "shot his leg": the injured is the body's owner."""
    if victim.lemma_.lower() not in V.words(
        "count_words", "body_parts"
    ) and victim.lower_ not in _words("body_parts"):
        return victim
    return tree.child(victim, "poss") or victim


def is_partitive(tok: Any) -> bool:
    """ "one of the wounded", "two of whom": a part of a group already counted elsewhere.
    "two of them" after a verb of killing is a count of its own."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or tok.pos_ not in {"NUM", "PRON"}:
        return False
    whole = tree.child(of, "pobj")
    if whole is None or whole.lower_ in {"whom", "which"}:
        return True
    words = [whole, *whole.children]  # "the wounded", "the wounded Americans"
    return any(
        trigger_field(w) is not None or w.lower_ in _words("casualty") | {"victims"} for w in words
    )


def is_conjoined_victim(tok: Any) -> bool:
    """ "five soldiers and a civilian" add up; "deaths or injuries" are two fields; "a boy
    and son of a producer" (a bare singular noun after a determined one) is one person."""
    if tok.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"} or trigger_field(tok) is not None:
        return False
    return not _same_referent(tok)


def _same_referent(conj: Any) -> bool:
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in conj.children)
    head_determined = any(c.dep_ in {"det", "poss"} for c in conj.head.children)
    return bare and head_determined and conj.tag_ == "NN" and conj.head.tag_ == "NN"


def appos_person(victim: Any) -> Any:
    """ "a storage ..., one officer and a woman were killed": the apposed people count."""
    if is_person(victim):
        return victim
    return next((c for c in victim.children if c.dep_ == "appos" and is_person(c)), victim)


def victim_of(tok: Any) -> Any:
    """The head token of whoever the trigger happened to, or None."""
    if tok.lemma_.lower() in {"life", "lives"}:
        return tree.subject(tok.head)
    if tok.pos_ in {"NOUN", "PROPN"} or tok.lemma_.lower() in V.words(
        "count_words", "noun_triggers"
    ):
        return _noun_victim(tok)
    if tok.pos_ == "ADJ":
        return _adjective_victim(tok)
    return _verb_victim(tok)


def _noun_victim(tok: Any) -> Any:
    """ "five deaths", "the bodies of three men", "the kidnapping of 3 workers", "a guard
    suffered injuries" (the bearer)."""
    if is_gunshot_wound(tok):
        return tok if has_no(tok) else wound_bearer(tok)  # "two gunshot wounds": one man
    if has_no(tok) or quantity_left(tok) is not None:
        return tok
    if (verb := bearer_verb(tok)) is not None:
        return tree.subject(verb)
    of_obj = of_object(tok)
    if of_obj is not None:
        return of_obj
    if tok.lemma_.lower() == "hostage" and tok.head.lemma_.lower() in {"take", "hold", "seize"}:
        return _verb_victim(tok.head)
    return tok if tok.lemma_.lower() in _words("noun_triggers") else None


def wound_bearer(tok: Any) -> Any:
    """Who has a gunshot wound: "he suffered a gunshot wound", "five people suffering from
    gunshot wounds", "found a man with a gunshot wound", "arrived with gunshot wounds"."""
    node = tok
    while node.dep_ == "conj":
        node = node.head
    if (verb := bearer_verb(node)) is not None:
        return tree.subject(verb)
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in {"from", "with"}:
        return None
    holder = prep.head
    if prep.lower_ == "from":
        borne = holder.lemma_.lower() in _words("borne_verbs")
        return tree.subject(holder) if borne else None
    if holder.pos_ in {"NOUN", "PROPN", "PRON"}:
        return holder  # "a man with a gunshot wound"
    if holder.pos_ in {"VERB", "AUX"}:
        return tree.child(holder, "dobj") or tree.subject(holder)
    return None


def _adjective_victim(tok: Any) -> Any:
    """ "left 3 dead", "two wounded soldiers", "five people were dead", "found dead"."""
    if quantity_left(tok) is not None:
        return tok
    if (own := tree.child(tok, "nsubj")) is not None:
        return own  # "police found the teenager dead"
    if tok.dep_ == "amod":
        return tok.head
    if tok.dep_ in {"acomp", "oprd", "xcomp", "advcl", "conj"}:
        return _verb_victim(tok.head) or tree.subject(tok.head)
    return _verb_victim(tok)


def _verb_victim(tok: Any) -> Any:
    """Passive subject, object, an intransitive's subject; conjuncts inherit their head's."""
    subject = tree.child(tok, "nsubj")
    if subject is not None and tok.lemma_.lower() in _words("subject_victim"):
        return subject  # "four workers contracted anthrax": the object is the illness
    if (passive := _passive_subject(tok)) is not None:
        return passive
    if (child := tree.child(tok, "dobj")) is not None:
        return child
    if subject is not None and (
        tok.lemma_.lower() in _words("intransitive") or is_quantity(subject)
    ):
        return subject
    if subject is not None and _reduced_passive(tok):
        return subject  # headline "Teen shot dead by neighbour", "Man wounded in Chicago"
    if (shared := _conjunct_object(tok)) is not None:
        return shared  # "he shot and killed a man": the object of both verbs
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        return _verb_victim(tok.head)
    if tok.dep_ in {"oprd", "advcl", "xcomp"} and tok.head.lemma_.lower() in {"leave", "render"}:
        return tree.child(tok.head, "dobj")  # "left several troops injured"
    if tok.dep_ in {"xcomp", "oprd"}:
        return tree.child(tok.head, "nsubjpass")  # "he was found executed"
    if tok.dep_ in {"amod", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head  # "the wounded soldiers", "three soldiers killed in the attack"
    return None


def _passive_subject(verb: Any) -> Any:
    """The passive subject nearest the verb: a dateline the parser takes for a second
    subject ("GAGE PARK — Four teenagers were shot") is not the victim."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    before = [c for c in subjects if c.i < verb.i]
    return (before or subjects or [None])[-1]


def _reduced_passive(verb: Any) -> bool:
    """A headline's passive without its auxiliary ("Man shot in Chicago", "Teen killed
    by stray bullet"): a participle with a subject, no object and no auxiliary, in a
    headline (the text's first sentence, no end punctuation)."""
    if verb.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"dobj", "aux", "auxpass", "dative"} for c in verb.children
    ):
        return False
    sent = verb.sent
    return sent.start == 0 and not sent.text.rstrip().endswith(tuple(".!?\"'”’"))


def _conjunct_object(verb: Any) -> Any:
    """ "shot and killed a man", "shot and wounded two": a hit verb takes the object of the
    verb it is joined to."""
    if verb.lemma_.lower() not in _words("hit_verbs"):
        return None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return next((o for c in joined if (o := tree.child(c, "dobj")) is not None), None)


def of_object(tok: Any) -> Any:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return tree.child(prep, "pobj") if prep is not None else None


def has_no(tok: Any) -> bool:
    """ "no deaths", "no injuries or deaths", "no reports of injuries"."""
    if any(c.lower_ in {"no", "neither"} and c.dep_ in {"det", "preconj"} for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "the fire was put out without injuries"
    if any(c.lower_ == "any" for c in tok.children) and tok.dep_ in {"dobj", "attr"}:
        return is_negated(tok.head)  # "did not cause any casualties"
    if tok.dep_ == "conj":
        return has_no(tok.head) or any(c.lower_ == "nor" for c in tok.head.children)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "on", "about"}:
        return has_no(tok.head.head)
    return False


def is_quantity(tok: Any) -> bool:
    return tok.pos_ == "NUM" or tok.lower_ in vague() or quantity_left(tok) is not None


def left_words(tok: Any) -> list:
    return list(tok.doc[tok.left_edge.i : tok.i + 1])


def quantity_left(tok: Any) -> Quantity | None:
    return parse_quantity([t.text for t in left_words(tok)])


def is_person(tok: Any) -> bool:
    """Whether a victim phrase names people (not "a town" or "the engine")."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if (
        lower in _words("singular_pronouns") | _words("plural_pronouns") | _words("nobody")
        or lower == "one"
    ):
        return True
    if tok.ent_type_ in {"PERSON", "NORP"} or is_quantity(tok) or is_aged(tok):
        return True
    return lower in _words("person_nouns") or lemma in V.words("count_words", "person_nouns")


def is_aged(tok: Any) -> bool:
    """ "a 24-year-old", "the 17-year-olds": news names people by their age."""
    return tok.lower_ in {"old", "olds"} and any(
        c.lower_ in {"year", "years"} for c in tok.children
    )


def may_be_victim(head: Any, trigger: Any) -> bool:
    """Killing, wounding and kidnapping take people as objects; capture and hurt need a check."""
    if head.lower_ in _words("inanimate_pronouns") or head.ent_type_ in NON_PERSON_ENTS:
        return False
    if is_animal(head):
        return False
    if trigger_field(head) is not None:
        return False  # "investigating a shooting death": the harm, not who suffered it
    if trigger.lemma_.lower() in needs_person() or head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return is_person(head)
    return True


def is_animal(tok: Any) -> bool:
    """ "killed several sheep": livestock is not a casualty."""
    return tok.lemma_.lower() in _words("animals") or tok.lower_ in V.words(
        "count_words", "animals"
    )


def is_nobody(tok: Any) -> bool:
    if tok.lower_ in _words("nobody"):
        return True
    return has_no(tok)


def _words(name: str) -> frozenset[str]:
    """The words of ``count_words.toml`` under ``name``."""
    return V.words("count_words", name)
