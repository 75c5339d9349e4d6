"""Conflict evidence: what a kind needs before a trigger word counts as a conflict event."""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.classify import deliberate_arson, political_figure
from dateline.mentions.cues import Cues
from dateline.vocabulary.taxonomy import PLOVER_ONLY, STRATEGIC, kinds

# Above this share of sports/business/technology words, an article is no conflict news.
OFF_TOPIC_LIMIT = 0.04


def is_conflict(key: str, cues: Cues) -> bool:
    """The evidence a kind needs before a trigger word counts as a conflict event.

    Words like "attack", "hit", "shot" or "rally" are common outside conflict news; the
    codebook's events have organised armed actors, real victims, weapons or gathered people.
    """
    kind = kinds()[key]
    if key == "strike" and cues.political > 0:
        return True  # a party or a government boycotting: a political act, not a labour one
    if key == "mob_violence" and cues.civilian > 0 and cues.has("lethal", "weapon"):
        return True  # merchants or neighbours fighting, with arms or casualties
    if (
        key == "mob_violence"
        and cues.has("crowd_attackers")
        and cues.lemmas & V.words("event_words", "hurt_words")
    ):
        return True  # rival or opposing groups fighting, people hurt or killed
    if kind.event_type in ("Protests", "Riots") or key == "strike":
        crowd = cues.has("people", "mob", "protest_strong", "riot", "riot_acts", "crowd_damage")
        # a protest told as turning violent or fought with the police has its crowd
        crowd = crowd or cues.has("looting_crowd", "protest_violence", "protest_escalated")
        crowd = crowd or cues.armed > 0
        # "Student protests were reported", "the party staged a protest": a protest noun with
        # its people or organiser named, in a sentence with no sports or business words.
        named = cues.civilian > 0 or cues.political > 0
        return crowd or (named and cues.has("protest") and cues.off_topic == 0)
    if cues.has("accident") and not (cues.armed or cues.has("weapon", "ramming")):
        return False  # crashes, storms, illness: deaths that are not political violence
    if key == "abduction" and cues.has("kidnap"):
        return True  # people abducted or kidnapped: force used, whoever took them
    if key == "attack" and cues.has("remains"):
        return True  # remains bearing the marks of a killing: someone killed them
    if kind.event_type == "Explosions/Remote violence":
        # a chemical attack is a weapon of war whoever is named using it
        named = cues.has("lethal", "weapon", "military_remote", "mail_bomb", "chemical")
        return cues.armed > 0 or named
    if key in PLOVER_ONLY:
        return cues.armed > 0 or cues.political > 0
    if kind.event_type == STRATEGIC:
        arson = key == "looting" and deliberate_arson(cues)
        bomb = cues.has("weapon", "ied", "military_remote")
        foiled = key == "disrupted_weapons" and bomb
        return (
            cues.armed > 0
            or cues.has("peace", "security_measure")
            or arson
            or foiled
            or _development(key, cues)
        )
    violent = cues.has("lethal") or (cues.civilian > 0 and cues.has("attack_strong"))
    engaged = cues.has("engagement") and (cues.civilian > 0 or cues.has("lethal", "weapon"))
    perpetrated = cues.has("claim") and cues.has("weapon", "attack_strong")
    perpetrated = perpetrated or cues.has("shooting_at", "ramming")
    fired = cues.has("small_arms") and cues.has("ied", "shelling")  # explosions amid gunfire
    fired = fired or (key == "armed_clash" and cues.has("gunfire"))  # "a shoot-out took place"
    return (
        cues.armed > 0
        or engaged
        or perpetrated
        or fired
        or (violent and (cues.civilian > 0 or cues.has("weapon")))
    )


def _development(key: str, cues: Cues) -> bool:
    """Developments whose cue is evidence enough with no armed actor named: an authority's
    measure, a defection, a prison break, people displaced by insecurity, an official
    arrested (the classifier has already checked who acted)."""
    if key == "arrests":
        return political_figure(cues)
    return cues.has("measure", "defection", "prison_break", "displacement", "checkpoint")


def labour_gathering(cues: Cues, doc_sports: float) -> bool:
    """Workers, staff or investors gathering to protest against a company or an institute
    ("workers of a construction company demonstrated to denounce ..."): business words
    name whom they protest against, so they do not make the sentence business news. A
    gathering among sports words is a crowd of fans, and a strike alone is not a gathering."""
    if cues.lemmas & lx.sports() or doc_sports > OFF_TOPIC_LIMIT:
        return False
    return cues.has("protest_strong") and cues.has("gathering")


def strong_cues(cues: Cues) -> bool:
    """Cues that survive sports or business vocabulary: armed actors with violence."""
    return cues.armed > 0 and cues.has("attack", "clash", "shelling", "ied", "arson")
