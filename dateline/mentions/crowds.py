"""Crowds and mobs: unorganised people doing the violence are a mob, not an armed group."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.cues import Cues
from dateline.mentions.targets import _subjects, armed_words, target_tokens

# Cues of weapons of war: an organised armed side, whoever is named as the attacker.
WAR_WEAPONS = ("small_arms", "shelling", "ied", "grenade", "air", "military_remote", "shooting_at")


def crowd_on_forces(cues: Cues, trigger: Any) -> bool:
    """Residents, traders or youths attacking police or soldiers with no weapon of war
    ("citizens attacked the police officers"): the codebook's mob violence, since the
    attackers are an unorganised crowd, not an armed group."""
    if cues.has(*WAR_WEAPONS) or (cues.lemmas & lx.armed_groups()) - {"armed"}:
        return False
    subjects = [c for c in trigger.root.children if c.dep_ == "nsubj"]
    crowd = any(
        s.lemma_.lower() in V.words("crowd", "crowd_subjects")
        and not any(c.lower_ == "armed" for c in s.children)
        for s in subjects
    )
    return crowd and armed_words(target_tokens(trigger.root)) > 0


def crowd_subject(cues: Cues, trigger: Any) -> bool:
    """Residents, students or a group of villagers doing the violence themselves, whoever
    they hit ("villagers beat up two thieves", "a group of youths ransacked the office"),
    with no weapon of war and no demonstration named: the codebook's mob violence, since
    the attackers are unorganised. Unknown or armed people are an armed group's members."""
    if cues.has(*WAR_WEAPONS) or cues.has("protest", "protest_strong", "strike"):
        return False
    if cues.has("assassination") or cues.lemmas & V.words("crowd", "organised_acts"):
        return False  # a targeted killing or an ambush is an organised group's act
    if cues.lemmas & V.words("crowd", "communal_subjects"):
        return False  # farmers or herders on either side: communal militias fighting
    verb = trigger.root
    if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
        return False  # a headline's passive ("Farmer killed in ..."): the victim
    return any(_crowd_word(s) for s in _subjects(verb))


def _crowd_word(subject: Any) -> bool:
    """The subject names ordinary people ("residents", "a group of youths"), not "unknown
    people" or "armed youths"."""
    if any(c.lower_ in V.words("crowd", "organised_markers") for c in subject.children):
        return False
    if subject.lemma_.lower() in V.words("crowd", "communal_subjects"):
        return False  # farmers and herders: communal militias in the codebook
    if subject.lemma_.lower() in V.words("crowd", "crowd_subjects") | V.words(
        "crowd", "mob_subjects"
    ):
        return True
    if subject.lemma_.lower() not in ("group", "band", "crowd", "number"):
        return False
    members = [t for p in subject.children if p.lower_ == "of" for t in p.children]
    return any(
        t.lemma_.lower() in V.words("crowd", "crowd_subjects") | V.words("crowd", "mob_subjects")
        for t in members
    )


def crowd_attack(cues: Cues) -> bool:
    """A group of ordinary people doing the violence ("beaten to death by a group of men",
    "two rival groups attacked each other with sticks"), with no armed group or weapon of
    war named: the codebook's mob violence, since the attackers are not organised."""
    if not cues.has("crowd_attackers") or cues.has(*WAR_WEAPONS):
        return False
    return not (cues.lemmas & lx.armed_groups())


def crowd_clash(cues: Cues, trigger: Any) -> str | None:
    """A clash between ordinary people and the police or soldiers ("students clashed with
    the gendarmes", "clashes between vendors and police"), with no weapon of war: the
    codebook's riot, since one side is an unorganised crowd, not an armed group. Protesters
    make it a violent demonstration, any other crowd mob violence. None when it is not one."""
    if cues.has(*WAR_WEAPONS) or not cues.has("brawl", "clash"):
        return None
    parties = _clash_parties(trigger.root)
    demonstrators = V.words("crowd", "demonstrator_words")
    crowd_words = V.words("crowd", "clash_crowds")
    lemmas = {tok.lemma_.lower() for tok in parties}
    organised = any(tok.lower_ in V.words("crowd", "organised_markers") for tok in parties)
    # an armed group or militia on either side ("militiamen and locals clashed", "a local
    # self-defence group") makes it a battle between organised sides
    organised = organised or bool(lemmas & (lx.armed_groups() | {"group"}))
    # the police or an army, not a self-defence militia the state arms (Koglweogo, VDP)
    forces = lemmas & (V.words("actor_words", "police") | V.words("actor_words", "military"))
    if organised or not forces or not lemmas & (crowd_words | demonstrators):
        return None
    protest = lemmas & demonstrators or cues.has("protest", "protest_strong")
    return "violent_demonstration" if protest else "mob_violence"


def _clash_parties(root: Any) -> list[Any]:
    """The tokens naming who fought: the subject and the "with" or "between" phrase of a
    clash ("X clashed with Y", "clashes between X and Y", "a clash with Y")."""
    heads = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "a clash erupted between X and Y": the phrase hangs on the verb the clash is subject of
    holders = [root, root.head] if root.dep_ in ("nsubj", "nsubjpass") else [root]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    preps = [p for p in preps if p.lower_ in ("with", "between")]
    for prep in preps:
        heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return [tok for head in heads for tok in head.subtree]
