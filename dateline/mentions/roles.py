"""Who acted and who was acted upon, read off the dependency parse around a trigger."""

from __future__ import annotations

import functools
from typing import Any

from dateline import vocabulary as V
from dateline.text import tree
from dateline.text.phrases import KEEP_PREPS, phrase


def find_roles(trigger: Any) -> tuple[Any | None, Any | None]:
    """(agent span, patient span) for a trigger span; either may be None."""
    root = trigger.root
    if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # "a rocket attack against ...": the act is the head noun
    if (sides := _between(root)) is not None:
        return phrase(sides[0], conj=False), phrase(sides[1], conj=False)
    if (misread := _misread_verb(root)) is not None:
        return phrase(misread[0]), phrase(misread[1])
    agent, patient = _verb_roles(root) if root.pos_ in ("VERB", "AUX") else _noun_roles(root)
    if root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN"):
        # "officers beating a doctor" (the noun acts), "people killed by ..." (it suffers)
        if root.tag_ == "VBN":
            patient = patient or root.head
        else:
            agent = agent or root.head
    if root.dep_ == "conj" and _bare_modifier(agent):
        agent = None  # "the army arrested and summary executed ...": no subject of its own
    if agent is None and root.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl", "pcomp"):
        agent, _ = _verb_roles(root.head)
    return phrase(_antecedent(agent)), phrase(patient)


def _bare_modifier(agent: Any | None) -> bool:
    """A singular common noun with no determiner or modifier right before a conjoined verb
    ("arrested and summary executed"): an adverb the parse took for a new subject, since a
    singular count noun never stands bare as a news sentence's doer."""
    if agent is None or agent.tag_ != "NN" or any(True for _ in agent.children):
        return False
    return agent.i + 1 == agent.head.i and agent.i > 0 and agent.doc[agent.i - 1].lower_ == "and"


def _misread_verb(root: Any) -> tuple[Any, Any | None] | None:
    """(doer, object) of a past-tense verb the parse read as a noun: in "a gendarme shot and
    killed a driver" the tagger makes "gendarme shot" a compound noun whose conjunct
    "killed" is the only verb. A noun joined to a past-tense verb and modified by a noun
    before it is that verb; its modifier is the doer, the conjunct's object the target.
    Read on the noun (trigger "shot") and on its conjunct (trigger "killed")."""
    noun = root.head if root.dep_ == "conj" and root.pos_ == "VERB" else root
    if noun.pos_ != "NOUN" or noun.dep_ != "ROOT":
        return None
    if not (noun.lower_.endswith("ed") or noun.lower_ in _words("irregular_pasts")):
        return None
    verbs = [c for c in noun.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN")]
    doers = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not verbs or not doers or doers[-1].i != noun.i - 1:
        return None
    return doers[-1], tree.child(verbs[0], "dobj")


def _antecedent(agent: Any | None) -> Any | None:
    """'Switzerland said it had expelled ...': a pronoun doer in a reported clause is the
    speaker, when the speaker is a noun ("the army said they killed ..." too)."""
    if agent is None or agent.lower_ not in ("it", "they", "we"):
        return agent
    clause = agent.head
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _speaking():
        return agent
    speaker = tree.child(clause.head, "nsubj")
    return speaker if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") else agent


def _between(root: Any) -> tuple[Any, Any] | None:
    """'fighting between the army and the NPA', 'a clash erupted between police and
    traders': the two sides of a mutual act, on the act or on the verb it is subject of."""
    holders = [root]
    if root.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and root.head.pos_ in ("VERB", "AUX"):
        holders.append(root.head)
    for holder in holders:
        preps = [c for c in holder.children if c.dep_ == "prep" and c.lower_ == "between"]
        first = tree.pobj(preps[0]) if preps else None
        second = tree.child(first, "conj") if first is not None else None
        if first is not None and second is not None:
            return first, second
    return None


def _verb_roles(verb: Any) -> tuple[Any | None, Any | None]:
    agent = patient = None
    suffers = verb.lemma_.lower() in _words("suffer_verbs")
    for child in verb.children:
        if child.dep_ == "nsubj" and suffers:
            patient = child  # "two soldiers died": the subject is the victim
        elif child.dep_ == "nsubj":
            agent = child
        elif child.dep_ == "nsubjpass":
            patient = child
        elif child.dep_ == "dobj" and child.lower_ not in _words("act_nouns"):
            # "threatened action against Russia": whom a measure is against is its target
            patient = _prep_object(child, frozenset(("against",))) or child
        elif child.dep_ == "dobj":
            patient = patient or _prep_object(
                child, _words("patient_preps") | {"toward", "towards"}
            )
        elif child.dep_ == "agent":
            agent = tree.pobj(child) or agent
        elif child.dep_ == "prep" and child.lower_ in _words("patient_preps") and patient is None:
            patient = _untimed(tree.pobj(child))
        elif (
            child.dep_ == "prep" and child.lower_ == "with" and verb.lemma_ in _words("reciprocal")
        ):
            patient = patient or tree.pobj(child)
    if patient is not None and patient.lower_ in _words("non_targets"):
        patient = None
    if (doer := _reduced_passive_agent(verb)) is not None:
        # "Police post attacked by gunmen": the subject is the one attacked
        agent, patient = doer, patient or tree.child(verb, "nsubj")
    return agent, patient or _targeted(verb)


def _reduced_passive_agent(verb: Any) -> Any | None:
    """The doer of a passive written without its auxiliary ("Police post attacked by two
    gunmen"), which the parse reads as a verb with an active subject and a "by" phrase.
    A verb with an object is truly active ("troops took the town by force")."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return tree.pobj(by) if by is not None else _prep_object(verb, _words("agent_preps"))


def _untimed(token: Any | None) -> Any | None:
    """A prepositional object that is a time ("On 8 May, troops fired on ...") names when
    the act happened, not its target: the target is in another phrase."""
    if token is None or token.ent_type_ in ("DATE", "TIME"):
        return None
    return token


def _targeted(verb: Any) -> Any | None:
    """The object of a dependent targeting verb: "carried out strikes, targeting rebels"."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_ in V.words(
            "event_roles", "targeting"
        ):
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lower_ not in _words("act_nouns"):
                return obj
    return None


def _noun_roles(noun: Any) -> tuple[Any | None, Any | None]:
    agent = patient = None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _words("agent_preps"):
            agent = tree.pobj(child)
        elif child.dep_ == "prep" and child.lower_ in _words("patient_preps"):
            patient = tree.pobj(child)
        elif (
            child.dep_ == "prep" and child.lower_ == "with" and noun.lemma_ in _words("reciprocal")
        ):
            patient = patient or tree.pobj(child)  # "a clash with the ADF"
        elif _names_doer(child):
            agent = child
    patient = patient or _undergoer(noun)
    head = noun.head
    if noun.dep_ == "dobj" and agent is None:
        agent = tree.child(head, "nsubj")
    elif noun.dep_ == "nsubjpass":
        agent = agent or tree.pobj(tree.child(head, "agent"))
        patient = patient or _targeted(head)
    elif noun.dep_ == "nsubj":
        patient = patient or tree.child(head, "dobj") or _targeted(head)
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "five civilians were killed in an attack by gunmen"
        patient = patient or tree.child(head.head, "nsubjpass")
    if noun.dep_ in ("attr", "dobj", "nsubj") and head.pos_ in ("VERB", "AUX"):
        # "there was an attack today against US forces": the PP hangs on the verb; "at" is
        # a place ("an attack at the market") unless the verb aims ("fired mortars at ...")
        aims = head.lemma_.lower() in _words("aiming_verbs")
        patient = patient or _prep_object(
            head,
            _words("patient_preps") if aims else _words("patient_preps") - {"at"},
        )
    if patient is not None and patient.lower_ in _words("non_targets"):
        patient = None
    return agent, patient


def _undergoer(noun: Any) -> Any | None:
    """The 'of' object of an act noun names what it was done to: "the shelling of the
    village", "the killing of five farmers" (not "a volley of rockets", which is the act)."""
    obj = _prep_object(noun, KEEP_PREPS)
    if obj is None or obj.lower_ in _words("act_nouns") or obj.lower_ in _words("non_targets"):
        return None
    return obj


def _names_doer(child: Any) -> bool:
    """A possessive or a named-entity modifier of an act names its doer: "rebels' attack"."""
    if child.dep_ == "poss":
        return child.pos_ in ("NOUN", "PROPN")
    return child.dep_ == "compound" and child.ent_type_ in ("NORP", "ORG", "GPE")


def _prep_object(token: Any, preps: frozenset[str]) -> Any | None:
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in preps), None)
    return tree.pobj(prep)


def object_phrases(sent: Any) -> list[Any]:
    """Noun phrases the sentence acts upon (objects, passive subjects), in order."""
    heads = [
        t
        for t in sent
        if t.dep_ in ("dobj", "nsubjpass", "nsubj")
        and (t.dep_ != "nsubj" or _suffers(t))
        and t.pos_ in ("NOUN", "PROPN")
        and t.lower_ not in _words("act_nouns")
        and not _reported(t)
    ]
    heads += [o for t in sent if t.dep_ == "prep" and t.lower_ in ("against", "on") for o in
              t.children if o.dep_ == "pobj" and t.head.lower_ in _words("act_nouns")]  # fmt: skip
    return [phrase(head) for head in sorted(heads, key=lambda t: t.i)]


def subject_phrases(sent: Any, trigger: Any | None = None) -> list[Any]:
    """Noun phrases that act in the sentence: active subjects and passive agents, in order.

    Subjects of reporting verbs ("police said") speak about the event and are left out; so
    are the clause's subjects when the trigger is only its backdrop (``backdrop_preps``).
    """
    if trigger is not None and in_backdrop(trigger.root):
        sent = list(trigger.root.subtree)
    heads = [t for t in sent if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")]
    heads = [
        t
        for t in heads
        if not (_reported(t) or _suffers(t)) and t.lower_ not in _words("act_nouns")
    ]
    heads += [o for t in sent if t.dep_ == "agent" for o in t.children if o.dep_ == "pobj"]
    heads += [
        o
        for t in sent
        if t.dep_ == "prep" and t.lower_ == "by" and t.head.lower_ in _words("act_nouns")
        for o in t.children
        if o.dep_ == "pobj"
    ]
    return [phrase(head) for head in sorted(heads, key=lambda t: t.i)]


def in_backdrop(token: Any) -> bool:
    """Whether the act word is the object of a backdrop preposition ("after the attack")."""
    return token.dep_ == "pobj" and token.head.lower_ in _words("backdrop_preps")


def _suffers(token: Any) -> bool:
    """A subject that undergoes the event: "left troops injured", "five soldiers died"."""
    verb = token.head
    if verb.lemma_.lower() in _words("suffer_verbs"):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _reported(token: Any) -> bool:
    """Whether the token belongs to a reporting verb ("officials said", "told reporters")."""
    return token.head.lemma_.lower() in _speaking() | _accusing()


@functools.cache
def _speaking() -> frozenset[str]:
    """Reporting verbs: their subjects speak about the event, they do not act in it."""
    return V.words("speech", "say_verbs") | V.words("speech", "speaking_of")


@functools.cache
def _accusing() -> frozenset[str]:
    """Verbs of blame and claim: their objects are accused or claimed, not acted upon."""
    return V.words("speech", "blame_verbs") | {"claim"}


def _words(name: str) -> frozenset[str]:
    """The words of ``event_roles.toml`` under ``name``."""
    return V.words("event_roles", name)
