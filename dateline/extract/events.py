"""Find event mentions: a typed trigger in a sentence, with its modality and participants."""

from __future__ import annotations

import dataclasses
from typing import Any

from dateline.extract.classify import (
    ARMED_SIDES,
    candidates,
    deliberate_arson,
    political_figure,
)
from dateline.extract.cues import (
    ARMED_WORDS,
    PATTERNS,
    Cues,
    cue_text,
    named_groups,
    sentence_cues,
)
from dateline.extract.lexicon import ARMED_GROUPS, OFF_TOPIC, SPORTS, STATE_FORCES
from dateline.extract.modality import modality_of
from dateline.extract.roles import find_roles, object_phrases, subject_phrases
from dateline.models import Evidence, Mention, Plover
from dateline.vocabulary.taxonomy import KINDS, PLOVER_ONLY, STRATEGIC

# Where to look for the trigger of each kind: the cue patterns that name it, best first.
TRIGGER_CUES: dict[str, tuple[str, ...]] = {
    "armed_clash": ("clash", "engagement", "attack", "ied", "gunfire", "fire_exchange"),
    "gov_regains": ("territory_gain",),
    "nsa_overtakes": ("territory_take",),
    "chemical": ("chemical",),
    "air_strike": ("air",),
    "suicide_bomb": ("suicide",),
    "shelling": ("shelling", "blast_unknown"),
    "ied": ("ied", "went_up", "mail_bomb"),
    "grenade": ("grenade",),
    "sexual_violence": ("sexual",),
    "attack": ("assassination", "attack", "clash", "ram_verb", "remains"),
    "abduction": ("abduction", "arrest"),
    "peaceful_protest": ("protest", "protest_strong", "blockade"),
    "protest_intervention": ("protest", "intervention"),
    "excessive_force": ("protest", "lethal_force"),
    "violent_demonstration": (
        "riot",
        "protest",
        "protest_strong",
        "protest_violence",
        "riot_acts",
        "mutiny",
        "roadblocks",
        "crowd_violence",
        "crowd_damage",
        "looting_crowd",
    ),
    "mob_violence": ("mob", "brawl"),
    "crowd_riot": ("riot_between", "riot"),
    "agreement": ("agreement", "peace"),
    "arrests": ("arrest",),
    "change_group": (
        "security_measure",
        "measure",
        "checkpoint",
        "defection",
        "change",
        "withdraw",
    ),
    "disrupted_weapons": ("disrupted", "bomb_sent", "premature"),
    "hq_established": ("hq",),
    "looting": ("looting", "arson", "attack"),
    "nonviolent_transfer": ("withdraw", "territory_take"),
    "other": (
        "plot_foiled",
        "warning_shots",
        "prison_break",
        "rules",
        "displacement",
        "measure",
        "standoff",
    ),
    "threaten": ("threat",),
    "sanction": ("sanction",),
    "coerce": ("coerce",),
    "mobilize": ("mobilize",),
    "strike": ("strike",),
}

# Above this share of sports/business/technology words, a sentence needs a strong cue.
REPORTING = frozenset("say tell report confirm announce state add claim deny accuse".split())

# Sentences after a demonstration's that may tell how it went, and the cues they may add.
FOLLOWERS = 2
DEMONSTRATION_DETAIL = frozenset(
    {"riot", "protest_violence", "protest_damage", "intervention", "lethal_force", "gathering"}
)
# Sentences either side of a weapon found or defused that may name the weapon itself.
NEIGHBOURS = 1
# What the next sentences may tell about a fight: whether anyone was killed or hurt.
FIGHT_DETAIL = frozenset({"lethal"})

# Unorganised people who may turn on the forces themselves: a mob in the codebook.
CROWD_SUBJECTS = frozenset(
    "citizen resident villager youth shopkeeper trader merchant student supporter people "
    "crowd mob inhabitant local worker driver vendor farmer".split()
)
# Ordinary people who act as a mob when they are the ones doing violence; and the words
# that make a subject an armed group's men ("unknown people", "armed youths").
MOB_SUBJECTS = frozenset("population opponent partisan activist neighbour neighbor".split())
UNORGANISED_NOT = frozenset("armed unknown unidentified gunmen".split())
COMMUNAL_SUBJECTS = frozenset("farmer herder pastoralist herdsman".split())
ORGANISED_ACTS = frozenset("ambush".split())
# Cues of weapons of war: an organised armed side, whoever is named as the attacker.
WAR_WEAPONS = ("small_arms", "shelling", "ied", "grenade", "air", "military_remote", "shooting_at")
MOB_ON_FORCES = 0.65
# An attack's cue strength at and above which it is a targeted killing, whoever the target.
ASSASSINATION = 0.8
REGAINED = 0.75  # state forces named as the takers of ground
# Kinds a sentence of ground taken may first be read as, before its takers are known.
# Wordings whose subject is the ground taken, not its takers ("the town fell to ...").
PASSIVE_TAKING = ("fell", "overr")
TERRITORY_KEYS = frozenset({"nsa_overtakes", "nonviolent_transfer", "armed_clash", "other"})
NOT_SERVING = frozenset("retired former ex ex- off-duty".split())
ENGAGED = 0.8  # a clash cued by an engagement of armed sides ("repelled", "clashed with")
FORCES_TARGET = 0.7  # armed men attacking a post or a patrol: a battle in the codebook
UNARMED_TARGET = 0.6  # armed men hitting a named unarmed target: an attack
TARGET_PHRASE_TOKENS = 8  # a longer object subtree says more than who was hit
# Words opening a clause of cause or setting, whose events are background to the main one.
BACKGROUND = frozenset("after following because since amid despite".split())
# What makes a future or modal event an announced one (a threat in PLOVER's sense).
ANNOUNCING_AUX = frozenset("will would 'll shall may might".split())
ANNOUNCING_HEADS = frozenset("vow pledge swear prepare prepared warn".split())
POLICY_HEADS = frozenset("plan decide intend".split())
CONDITIONS = frozenset("if unless whether".split())
ANNOUNCE_DEPTH = 4
OFF_TOPIC_LIMIT = 0.04
THREAT_STRENGTH = 0.45  # a threat is a weak cue: any asserted violence comes first
SETTING_STRENGTH = 0.5  # a change to activity cued no more strongly: context of violence
MIN_DOC_TOKENS = 60  # shorter texts give no reliable share
OFF_TOPIC_WORDS = 2  # ... or this many such words in the sentence itself
# Lemmas of people hurt or killed: what makes a fight between groups more than words.
HURT_WORDS = frozenset("injury injure wound hurt die dead kill death".split())


def find_mentions(doc: Any) -> list[Mention]:
    """Every asserted or non-asserted event mention in a parsed article, in text order."""
    off_topic = _doc_off_topic(doc) if len(doc) >= MIN_DOC_TOKENS else 0.0
    sports = _doc_off_topic(doc, SPORTS) if len(doc) >= MIN_DOC_TOKENS else 0.0
    sents = list(doc.sents)
    all_cues = [sentence_cues(sent) for sent in sents]
    indexed: list[tuple[int, Mention]] = []
    for index, sent in enumerate(sents):
        cues = _with_followers(all_cues, index)
        if mention := _mention(sent, cues, off_topic, sports):
            indexed.append((index, mention))
    for retype in (_sexual_after, _held_then_killed, _answered_with_fire):
        indexed = retype(indexed, all_cues)
    mentions = _without_setting(_fought_back(indexed))
    if not mentions and off_topic <= OFF_TOPIC_LIMIT:
        mentions = _armed_activity(sents, all_cues)
    return mentions


def _fought_back(indexed: list[tuple[int, Mention]]) -> list[Mention]:
    """An attack whose next sentences tell of an armed engagement ("Militants attacked the
    village. Volunteer fighters repelled the assault.") met armed resistance: the codebook
    codes the event as a battle, though its first sentence names no armed target."""
    out = []
    for index, mention in indexed:
        fight = any(
            index < later <= index + FOLLOWERS
            and other.modality == "asserted"
            and other.sub_event_type == KINDS["armed_clash"].sub_event_type
            and other.cue_strength >= ENGAGED
            for later, other in indexed
        )
        attack = mention.sub_event_type == KINDS["attack"].sub_event_type
        if fight and attack and mention.cue_strength < ASSASSINATION:
            mention = _retyped(mention, "armed_clash", FORCES_TARGET)
        out.append(mention)
    return out


def _sexual_after(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """An attack or raid whose next sentences tell of rape or sexual assault ("Militants
    raided the house. They raped two women."): the codebook codes the sexual violence."""
    out = []
    retype = {KINDS[k].sub_event_type for k in ("attack", "abduction", "looting")}
    for index, mention in indexed:
        later = any(c.has("sexual") for c in all_cues[index + 1 : index + 1 + FOLLOWERS])
        if later and mention.sub_event_type in retype:
            mention = _retyped(mention, "sexual_violence", 0.8)
        out.append((index, mention))
    return out


def _held_then_killed(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """People arrested whom the next sentences say were executed or tortured ("Gendarmes
    arrested twelve men. Seven were executed."): the codebook codes the violence against
    civilians, not the arrest."""
    out = []
    arrests = KINDS["arrests"].sub_event_type
    for index, mention in indexed:
        later = all_cues[index + 1 : index + 1 + FOLLOWERS]
        if mention.sub_event_type == arrests and any(
            c.has("execution") or "torture" in c.lemmas for c in later
        ):
            mention = _retyped(mention, "attack", UNARMED_TARGET)
        out.append((index, mention))
    return out


def _answered_with_fire(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """A grenade thrown at a post or a guard whom the next sentence says fired back
    ("Soldiers responded with gunfire."): two armed sides engaging, a battle in the
    codebook, though the grenade's sentence names no armed target."""
    out = []
    grenade = KINDS["grenade"].sub_event_type
    for index, mention in indexed:
        later = all_cues[index + 1 : index + 1 + FOLLOWERS]
        if mention.sub_event_type == grenade and any(
            c.has("small_arms", "gunfire") and (c.state or c.armed) for c in later
        ):
            mention = _retyped(mention, "armed_clash", FORCES_TARGET)
        out.append((index, mention))
    return out


def _without_setting(mentions: list[Mention]) -> list[Mention]:
    """An operation launched, troops deployed or a curfew in force, told with a clash, an
    attack or a demonstration: the setting of that event, not a development of its own (the
    codebook codes the violence). Only the weak, generic changes are dropped."""
    if not any(m.modality == "asserted" and m.event_type != STRATEGIC for m in mentions):
        return mentions
    setting = KINDS["change_group"]
    return [
        m
        for m in mentions
        if not (
            m.sub_event_type == setting.sub_event_type
            and m.plover.event == setting.plover
            and m.cue_strength <= SETTING_STRENGTH
        )
    ]


def _retyped(mention: Mention, key: str, strength: float) -> Mention:
    """The mention as another kind, with its trigger, roles and evidence kept."""
    kind = KINDS[key]
    return dataclasses.replace(
        mention,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        disorder_type=kind.disorder_type,
        cue_strength=strength,
        plover=Plover(event=kind.plover, mode=None),
    )


def _armed_activity(sents: list[Any], all_cues: list[Cues]) -> list[Mention]:
    """An armed actor doing something the typed rules do not cover: a strategic development.

    Only the first such sentence, only when the armed actor is the subject of the main verb
    and the verb is not one of saying ("police said"): a weak, low-confidence mention.
    """
    for sent, cues in zip(sents, all_cues, strict=True):
        root = sent.root
        if cues.armed == 0 or root.pos_ != "VERB" or root.lemma_ in REPORTING:
            continue
        if root.tag_ not in ("VBD", "VBN"):  # an event happened: past tense
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and _names_armed(subject):
            return [_build(sent, "other", 0.3, sent.doc[root.i : root.i + 1])]
    return []


def _against_forces(cues: Cues, trigger: Any) -> bool:
    """An attack whose target is an armed side (a police station, a patrol, militiamen) and
    whose sentence names armed attackers too: organised armed sides engaging, a battle."""
    target_words = _armed_words(_targets(trigger.root))
    return target_words > 0 and cues.armed > target_words


def _crowd_on_forces(cues: Cues, trigger: Any) -> bool:
    """Residents, traders or youths attacking police or soldiers with no weapon of war
    ("citizens attacked the police officers"): the codebook's mob violence, since the
    attackers are an unorganised crowd, not an armed group."""
    if cues.has(*WAR_WEAPONS) or (cues.lemmas & ARMED_GROUPS) - {"armed"}:
        return False
    subjects = [c for c in trigger.root.children if c.dep_ == "nsubj"]
    crowd = any(
        s.lemma_.lower() in CROWD_SUBJECTS and not any(c.lower_ == "armed" for c in s.children)
        for s in subjects
    )
    return crowd and _armed_words(_targets(trigger.root)) > 0


def _crowd_subject(cues: Cues, trigger: Any) -> bool:
    """Residents, students or a group of villagers doing the violence themselves, whoever
    they hit ("villagers beat up two thieves", "a group of youths ransacked the office"),
    with no weapon of war and no demonstration named: the codebook's mob violence, since
    the attackers are unorganised. Unknown or armed people are an armed group's members."""
    if cues.has(*WAR_WEAPONS) or cues.has("protest", "protest_strong", "strike"):
        return False
    if cues.has("assassination") or cues.lemmas & ORGANISED_ACTS:
        return False  # a targeted killing or an ambush is an organised group's act
    if cues.lemmas & COMMUNAL_SUBJECTS:
        return False  # farmers or herders on either side: communal militias fighting
    verb = trigger.root
    if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
        return False  # a headline's passive ("Farmer killed in ..."): the victim
    return any(_crowd_word(s) for s in _subjects(verb))


def _crowd_word(subject: Any) -> bool:
    """The subject names ordinary people ("residents", "a group of youths"), not "unknown
    people" or "armed youths"."""
    if any(c.lower_ in UNORGANISED_NOT for c in subject.children):
        return False
    if subject.lemma_.lower() in COMMUNAL_SUBJECTS:
        return False  # farmers and herders: communal militias in the codebook
    if subject.lemma_.lower() in CROWD_SUBJECTS | MOB_SUBJECTS:
        return True
    if subject.lemma_.lower() not in ("group", "band", "crowd", "number"):
        return False
    members = [t for p in subject.children if p.lower_ == "of" for t in p.children]
    return any(t.lemma_.lower() in CROWD_SUBJECTS | MOB_SUBJECTS for t in members)


def _main_verb(trigger: Any) -> bool:
    """The trigger is the sentence's main verb ("troops set up a base in the town")."""
    return trigger.root.dep_ == "ROOT" and trigger.root.pos_ == "VERB"


def _fighter_killed(trigger: Any) -> bool:
    """The target of a targeted killing is itself a fighter ("assassinated a militiaman"),
    not someone tied to the forces ("a retired policeman", "a police interpreter"): only
    then is the killing an engagement of armed sides."""
    verb = trigger.root
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        head.lemma_.lower() in ARMED_WORDS
        and not any(c.lower_ in NOT_SERVING for c in head.children)
        for head in heads
    )


def _crowd_attack(cues: Cues) -> bool:
    """A group of ordinary people doing the violence ("beaten to death by a group of men",
    "two rival groups attacked each other with sticks"), with no armed group or weapon of
    war named: the codebook's mob violence, since the attackers are not organised."""
    if not cues.has("crowd_attackers") or cues.has(*WAR_WEAPONS):
        return False
    return not (cues.lemmas & ARMED_GROUPS)


def _forces_take(sent: Any) -> bool:
    """State forces are the subject of taking ground ("the army took control of the rebel
    stronghold"): the codebook's government regaining territory, whoever held it."""
    for match in PATTERNS["territory_take"].finditer(cue_text(sent)):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or match.group().startswith(PASSIVE_TAKING):
            continue
        verb = span.root
        if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "the army position was overrun": the forces lost the ground
        while verb.dep_ in ("xcomp", "conj", "advcl") and not _subjects(verb):
            verb = verb.head
        for subject in _subjects(verb):
            words = {tok.lemma_.lower() for tok in subject.subtree}
            state = bool(words & STATE_FORCES) or bool(
                PATTERNS["state_phrase"].search(" ".join(t.lower_ for t in subject.subtree))
            )
            if state and not (words & ARMED_GROUPS):
                return True
            if _plain_forces(subject):
                return True
    return False


def _plain_forces(subject: Any) -> bool:
    """ "Forces" named by no armed group ("pro-government forces", "allied forces"): news
    calls a state's troops and their allies forces, and rebels, militants or a named group
    by their name, so forces taking ground are the government's side regaining it."""
    if subject.lemma_.lower() not in ("force", "forces"):
        return False
    # the head's own words ("Taliban forces", "rebel forces"), not its allies' after "and"
    own = [t for t in subject.subtree if t.i <= subject.i or t.dep_ == "prep"]
    words = {t.lemma_.lower() for t in own}
    return not (words & ARMED_GROUPS) and named_groups(" ".join(t.text for t in own)) == 0


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _unarmed_target(trigger: Any) -> bool:
    """Armed men named on one side only, and what they hit is named and unarmed ("killed
    a forest guide", "attacked the village"): violence against civilians, not a battle."""
    targets = _targets(trigger.root)
    named = [tok for tok in targets if tok.pos_ in ("NOUN", "PROPN")]
    return bool(named) and _armed_words(targets) == 0


def _targets(verb: Any) -> list[Any]:
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


def _armed_words(tokens: list[Any]) -> int:
    return sum(tok.lemma_.lower() in ARMED_WORDS and tok.lower_ != "armed" for tok in tokens)


def _names_armed(subject: Any) -> bool:
    """The subject's head word is an armed actor ("militants", "the army", "JNIM")."""
    return subject.lemma_.lower() in ARMED_WORDS or named_groups(subject.text) > 0


def _with_followers(all_cues: list[Cues], index: int) -> Cues:
    """A sentence's cues, with what its neighbours add: how a demonstration went (the next
    sentences), whether anyone claimed or perpetrated an arson (anywhere in the text), and
    which weapon a "device" found or defused is (the sentence before or after)."""
    cues = all_cues[index]
    extra: set[str] = set()
    if cues.has("protest", "protest_strong"):
        after = {n for c in all_cues[index + 1 : index + 1 + FOLLOWERS] for n in c.names}
        extra |= after & DEMONSTRATION_DETAIL
    if cues.has("brawl"):
        after = {n for c in all_cues[index + 1 : index + 1 + FOLLOWERS] for n in c.names}
        extra |= after & FIGHT_DETAIL
    if cues.has("arson") and any(c.has("claim") or c.armed for c in all_cues):
        extra.add("claim")
    if cues.has("disrupted") and not cues.has("weapon", "ied", "military_remote"):
        # "A bomb was mailed to the office. The device was found and disarmed."
        near = all_cues[max(index - NEIGHBOURS, 0) : index + 1 + NEIGHBOURS]
        if any(c.has("weapon", "ied", "military_remote") for c in near):
            extra.add("weapon")
    return dataclasses.replace(cues, names=cues.names | extra) if extra else cues


def _mention(
    sent: Any, cues: Cues, doc_off_topic: float, doc_sports: float = 0.0
) -> Mention | None:
    if cues.has("statistic"):
        return None
    off_topic = cues.off_topic >= OFF_TOPIC_WORDS or doc_off_topic > OFF_TOPIC_LIMIT
    if off_topic and not (_strong(cues) or _labour_gathering(cues, doc_sports)):
        return None
    first: Mention | None = None
    first_in_background = False
    for key, strength in candidates(cues):
        if not _is_conflict(key, cues) or (trigger := _trigger(sent, key)) is None:
            continue
        if key == "hq_established" and not _main_verb(trigger):
            continue  # "attacked the newly established base": the attack is the news
        forces_hit = strength < ASSASSINATION or _fighter_killed(trigger)
        if key == "attack" and forces_hit and _against_forces(cues, trigger):
            # a post, a patrol or militiamen hit, even in a targeted killing: a battle
            key, strength = "armed_clash", FORCES_TARGET
        elif key == "armed_clash" and strength == ARMED_SIDES and _unarmed_target(trigger):
            key, strength = "attack", UNARMED_TARGET
        if key in ("armed_clash", "attack") and (
            _crowd_on_forces(cues, trigger) or _crowd_attack(cues) or _crowd_subject(cues, trigger)
        ):
            key, strength = "mob_violence", MOB_ON_FORCES
        elif key == "looting" and _crowd_subject(cues, trigger):
            # residents or students burning or ransacking (a police station, a militia's
            # base): rioters' vandalism, a violent demonstration, not an armed group's raid
            key, strength = "violent_demonstration", MOB_ON_FORCES
        if key in TERRITORY_KEYS and _forces_take(sent):
            key, strength = "gov_regains", REGAINED
        mention = _build(sent, key, strength, trigger)
        mention = _threat_instead(sent, cues, mention, trigger) or mention
        main = mention.modality == "asserted" and not _in_background(trigger.root)
        if first is None:
            if main:
                return mention
            first, first_in_background = mention, _in_background(trigger.root)
        elif main and (_response(mention, first) or not first_in_background):
            # "suspended aid after the attack": the response is the news; "police prevented
            # the demonstration": the asserted act, not the one that did not happen
            return mention
    return first


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
    withdrawal = PATTERNS["withdraw"].search(mention.trigger.text.lower()) is not None
    transfer = mention.sub_event_type == KINDS["nonviolent_transfer"].sub_event_type
    return not ((withdrawal or transfer) and first.event_type == "Battles")


def _in_background(token: Any) -> bool:
    """The trigger sits in a clause giving the cause or setting of the sentence's news
    ("after a jet shot down ...", "following the attacks", "because of the killing"):
    a response in the main clause (a sanction, a curfew), when there is one, is what the
    sentence reports; a violent main clause keeps the cause's kind ("killed after the
    explosion of a landmine" is the explosion)."""
    node = token
    while node.head.i != node.i:
        if node.lower_ in BACKGROUND and node.dep_ in ("prep", "mark", "advmod", "advcl"):
            return True
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & (BACKGROUND | {"as"}):
            return True
        node = node.head
    return False


def _threat_instead(sent: Any, cues: Cues, mention: Mention, trigger: Any) -> Mention | None:
    """ "Iran threatened to launch an offensive": the offensive is only threatened (future),
    and the threat itself is what happened, so the sentence's event is the threat. An
    actor announcing what it will do ("said they would boycott", "may halt its mediation")
    threatens it too, in PLOVER's sense, though no word of threatening is used."""
    crowd = mention.event_type == "Protests" or mention.sub_event_type == "Other"  # a strike
    if mention.modality == "asserted" or not (crowd or _is_conflict("threaten", cues)):
        return None
    readying = mention.modality == "future" and cues.has("mobilize") and cues.armed > 0
    if readying and (readied := _trigger(sent, "mobilize")) is not None:
        # "the army prepared to resume shelling": the forces are readied, nothing fired yet
        return dataclasses.replace(_build(sent, "mobilize", 0.45, readied), modality="asserted")
    if cues.has("threat") and (found := _trigger(sent, "threaten")) is not None:
        threat = _build(sent, "threaten", THREAT_STRENGTH, found)
        if threat.modality == "asserted":
            return threat
    policy = mention.event_type == STRATEGIC  # "plans to impose restrictions"
    if mention.modality in ("future", "hypothetical") and _announced(trigger.root, policy):
        threat = _build(sent, "threaten", THREAT_STRENGTH, trigger)
        return dataclasses.replace(threat, modality="asserted")
    return None


def _announced(token: Any, policy: bool) -> bool:
    """A future or modal verb over the trigger with no condition on it: "will withdraw",
    "would boycott", "is prepared to impose" (not "if they attack"). A plan or decision
    announces a measure (``policy``); a plan to attack is a plot, not a threat."""
    for depth, node in enumerate(_heads(token)):
        if depth >= ANNOUNCE_DEPTH or node.lemma_.lower() in REPORTING:
            break
        children = {c.lower_ for c in node.children}
        if children & CONDITIONS:
            return False
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        heads = ANNOUNCING_HEADS | POLICY_HEADS if policy else ANNOUNCING_HEADS
        if aux & ANNOUNCING_AUX or node.lemma_.lower() in heads:
            return True
    return False


def _heads(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_conflict(key: str, cues: Cues) -> bool:
    """The evidence a kind needs before a trigger word counts as a conflict event.

    Words like "attack", "hit", "shot" or "rally" are common outside conflict news; the
    codebook's events have organised armed actors, real victims, weapons or gathered people.
    """
    kind = KINDS[key]
    if key == "strike" and cues.political > 0:
        return True  # a party or a government boycotting: a political act, not a labour one
    if key == "mob_violence" and cues.civilian > 0 and cues.has("lethal", "weapon"):
        return True  # merchants or neighbours fighting, with arms or casualties
    if key == "mob_violence" and cues.has("crowd_attackers") and cues.lemmas & HURT_WORDS:
        return True  # rival or opposing groups fighting, people hurt or killed
    if kind.event_type in ("Protests", "Riots") or key == "strike":
        crowd = cues.has("people", "mob", "protest_strong", "riot", "riot_acts", "crowd_damage")
        crowd = crowd or cues.has("looting_crowd") or cues.armed > 0
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
        return cues.armed > 0 or cues.has("lethal", "weapon", "military_remote", "mail_bomb")
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


def _labour_gathering(cues: Cues, doc_sports: float) -> bool:
    """Workers, staff or investors gathering to protest against a company or an institute
    ("workers of a construction company demonstrated to denounce ..."): business words
    name whom they protest against, so they do not make the sentence business news. A
    gathering among sports words is a crowd of fans, and a strike alone is not a gathering."""
    if cues.lemmas & SPORTS or doc_sports > OFF_TOPIC_LIMIT:
        return False
    return cues.has("protest_strong") and cues.has("gathering")


def _strong(cues: Cues) -> bool:
    """Cues that survive sports or business vocabulary: armed actors with violence."""
    return cues.armed > 0 and cues.has("attack", "clash", "shelling", "ied", "arson")


def _build(sent: Any, key: str, strength: float, trigger: Any) -> Mention:
    kind = KINDS[key]
    agent, patient = find_roles(trigger)
    sentence = _evidence("sentence", sent)
    trig = _evidence("trigger", trigger)
    return Mention(
        trigger=trig,
        sentence=sentence,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        disorder_type=kind.disorder_type,
        modality=modality_of(trigger.root),
        cue_strength=strength,
        agent=_evidence("actor1", agent) if agent is not None else None,
        patient=_evidence("actor2", patient) if patient is not None else None,
        objects=[_evidence("actor2", span) for span in object_phrases(sent)],
        subjects=[_evidence("actor1", span) for span in subject_phrases(sent, trigger)],
        plover=Plover(event=kind.plover, mode=None),
        evidence=[sentence, trig],
    )


def _trigger(sent: Any, key: str) -> Any:
    """The earliest cue match that names the kind and is not part of a name, as tokens.

    "Katyusha rockets": the proper noun is passed over for the common noun after it;
    "Rockets", "Shell", "Lynch" alone are names (teams, firms, people), never triggers.
    """
    text = cue_text(sent)
    for cue in TRIGGER_CUES[key]:
        spans = []
        for match in PATTERNS[cue].finditer(text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not _is_name(span):
                spans.append(span)
        if spans:  # a match in the main clause before one in a background clause
            return next((s for s in spans if not _in_background(s.root)), spans[0])
    return None


def _is_name(span: Any) -> bool:
    """A proper noun in title case ("Rockets", "Shell") names a team, firm or person; an
    acronym ("IED") or a common noun is a trigger."""
    root = span.root
    return root.pos_ == "PROPN" and root.text[:1].isupper() and not root.text.isupper()


def _evidence(field: str, span: Any) -> Evidence:
    return Evidence(field=field, text=span.text, start=span.start_char, end=span.end_char)


def _doc_off_topic(doc: Any, vocabulary: frozenset[str] = OFF_TOPIC) -> float:
    """The share of the article's words that belong to the vocabulary (sports, business)."""
    words = [tok.lemma_.lower() for tok in doc if tok.is_alpha]
    return sum(w in vocabulary for w in words) / max(len(words), 1)
