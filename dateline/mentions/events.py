"""Find event mentions: a typed trigger in a sentence, with its modality and participants."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.classify import ARMED_SIDES, candidates
from dateline.mentions.conflict import OFF_TOPIC_LIMIT, is_conflict, labour_gathering, strong_cues
from dateline.mentions.crowds import crowd_attack, crowd_clash, crowd_on_forces, crowd_subject
from dateline.mentions.cues import Cues, cue_pattern, sentence_cues
from dateline.mentions.retyping import (
    answered_with_fire,
    fought_back,
    held_then_killed,
    sexual_after,
    with_followers,
    without_setting,
)
from dateline.mentions.strengths import (
    ASSASSINATION,
    FORCES_TARGET,
    MOB_ON_FORCES,
    REGAINED,
    UNARMED_TARGET,
)
from dateline.mentions.targets import (
    against_forces,
    fighter_killed,
    forces_take,
    main_verb,
    names_armed,
    rebels_take,
    unarmed_target,
)
from dateline.mentions.threats import threat_instead
from dateline.mentions.triggers import build_mention, find_trigger, in_background
from dateline.models import Mention
from dateline.vocabulary.taxonomy import STRATEGIC, kinds

TERRITORY_KEYS = frozenset({"nsa_overtakes", "nonviolent_transfer", "armed_clash", "other"})
# Kinds a non-state group taking ground turns into its overtaking (or a transfer).
REBEL_TERRITORY_KEYS = frozenset({"gov_regains", "armed_clash", "other"})
MIN_DOC_TOKENS = 60  # shorter texts give no reliable share
OFF_TOPIC_WORDS = 2  # ... or this many such words in the sentence itself


def find_mentions(doc: Any) -> list[Mention]:
    """Every asserted or non-asserted event mention in a parsed article, in text order."""
    off_topic = _doc_off_topic(doc) if len(doc) >= MIN_DOC_TOKENS else 0.0
    sports = _doc_off_topic(doc, lx.sports()) if len(doc) >= MIN_DOC_TOKENS else 0.0
    sents = list(doc.sents)
    all_cues = [sentence_cues(sent) for sent in sents]
    indexed: list[tuple[int, Mention]] = []
    for index, sent in enumerate(sents):
        cues = with_followers(all_cues, index)
        if mention := _mention(sent, cues, off_topic, sports):
            indexed.append((index, mention))
    for retype in (sexual_after, held_then_killed, answered_with_fire):
        indexed = retype(indexed, all_cues)
    mentions = without_setting(fought_back(indexed))
    if not mentions and off_topic <= OFF_TOPIC_LIMIT:
        mentions = _armed_activity(sents, all_cues)
    return mentions


def _armed_activity(sents: list[Any], all_cues: list[Cues]) -> list[Mention]:
    """An armed actor doing something the typed rules do not cover: a strategic development.

    Only the first such sentence, only when the armed actor is the subject of the main verb
    and the verb is not one of saying ("police said"): a weak, low-confidence mention.
    """
    for sent, cues in zip(sents, all_cues, strict=True):
        root = sent.root
        if (
            cues.armed == 0
            or root.pos_ != "VERB"
            or root.lemma_ in V.words("event_words", "reporting_verbs")
        ):
            continue
        if root.tag_ not in ("VBD", "VBN"):  # an event happened: past tense
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and names_armed(subject):
            return [build_mention(sent, "other", 0.3, sent.doc[root.i : root.i + 1])]
    return []


def _mention(
    sent: Any, cues: Cues, doc_off_topic: float, doc_sports: float = 0.0
) -> Mention | None:
    if cues.has("statistic"):
        return None
    off_topic = cues.off_topic >= OFF_TOPIC_WORDS or doc_off_topic > OFF_TOPIC_LIMIT
    if off_topic and not (strong_cues(cues) or labour_gathering(cues, doc_sports)):
        return None
    first: Mention | None = None
    first_in_background = False
    for key, strength in candidates(cues):
        if not is_conflict(key, cues) or (trigger := find_trigger(sent, key)) is None:
            continue
        if key == "hq_established" and not main_verb(trigger):
            continue  # "attacked the newly established base": the attack is the news
        if _on_forces(key, strength, cues, trigger):
            key, strength = "armed_clash", FORCES_TARGET
        elif key == "armed_clash" and strength == ARMED_SIDES and unarmed_target(trigger):
            key, strength = "attack", UNARMED_TARGET
        if key in ("armed_clash", "attack") and (riot := _crowd_violence(cues, trigger)):
            key, strength = riot, MOB_ON_FORCES
        elif key == "looting" and crowd_subject(cues, trigger):
            # residents or students burning or ransacking (a police station, a militia's
            # base): rioters' vandalism, a violent demonstration, not an armed group's raid
            key, strength = "violent_demonstration", MOB_ON_FORCES
        if key in TERRITORY_KEYS and forces_take(sent):
            key, strength = "gov_regains", REGAINED
        elif key in REBEL_TERRITORY_KEYS and rebels_take(sent):
            key, strength = _rebels_territory(cues), REGAINED
        mention = build_mention(sent, key, strength, trigger)
        mention = threat_instead(sent, cues, mention, trigger) or mention
        main = mention.modality == "asserted" and not in_background(trigger.root)
        if first is None:
            if main:
                return mention
            first, first_in_background = mention, in_background(trigger.root)
        elif main and (_response(mention, first) or not first_in_background):
            # "suspended aid after the attack": the response is the news; "police prevented
            # the demonstration": the asserted act, not the one that did not happen
            return mention
    return first


def _on_forces(key: str, strength: float, cues: Cues, trigger: Any) -> bool:
    """Armed men hitting an armed side: a post, a patrol or militiamen attacked, even in a
    targeted killing, or soldiers or militiamen abducted. Violence against civilians is
    violence against unarmed people; against fighters the codebook codes a battle."""
    if key == "abduction":
        return fighter_killed(trigger) and against_forces(cues, trigger)
    forces_hit = strength < ASSASSINATION or fighter_killed(trigger)
    return key == "attack" and forces_hit and against_forces(cues, trigger)


def _crowd_violence(cues: Cues, trigger: Any) -> str | None:
    """The riot a fight or attack is when its doers are an unorganised crowd: a clash of
    people with the forces, or people attacking the forces or anyone else."""
    if riot := crowd_clash(cues, trigger):
        return riot
    if crowd_on_forces(cues, trigger) or crowd_attack(cues) or crowd_subject(cues, trigger):
        return "mob_violence"
    return None


def _rebels_territory(cues: Cues) -> str:
    """Rebels taking or retaking ground overtake it (never the government's regaining);
    ground the other side left with no fight named is a non-violent transfer."""
    fought = cues.has("clash", "engagement", "lethal", "attack", "forced_taking")
    return "nonviolent_transfer" if cues.has("withdraw") and not fought else "nsa_overtakes"


def _response(mention: Mention, first: Mention) -> bool:
    """A development in the main clause answering a violent cause ("suspended aid after the
    attack") is the sentence's news; attackers withdrawing after an exchange of fire are
    not: the withdrawal ends the fight, which the codebook codes. A crowd rioting or
    protesting over a killing ("residents burned the station after a man was shot") is the
    news too: the killing is its cause."""
    if mention.event_type in ("Riots", "Protests"):
        return True
    if mention.event_type != STRATEGIC:
        return False
    withdrawal = cue_pattern("withdraw").search(mention.trigger.text.lower()) is not None
    transfer = mention.sub_event_type == kinds()["nonviolent_transfer"].sub_event_type
    return not ((withdrawal or transfer) and first.event_type == "Battles")


def _doc_off_topic(doc: Any, vocabulary: frozenset[str] | None = None) -> float:
    """The share of the article's words that belong to the vocabulary (sports, business)."""
    vocabulary = lx.off_topic() if vocabulary is None else vocabulary
    words = [tok.lemma_.lower() for tok in doc if tok.is_alpha]
    return sum(w in vocabulary for w in words) / max(len(words), 1)
