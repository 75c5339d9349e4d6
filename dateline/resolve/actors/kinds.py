"""The codebook's test of battle against attack: two armed sides make a battle, an unarmed
target an attack."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Mention
from dateline.resolve.actors.codebook import (
    ARMED_INTER,
    CLEAR_CUE,
    _armed,
    fighter_words,
)
from dateline.resolve.actors.phrases import _best_part
from dateline.vocabulary import naming as act
from dateline.vocabulary.taxonomy import KINDS, EventKind

# Words between a fight's trigger and the civilians named as its other side ("clashed with
# the villagers", "clashes between soldiers and villagers").
MAX_GAP_WORDS = 4


def _by_sides(
    kind: EventKind,
    lead: Mention,
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
    mentions: list[Mention] | None = None,
) -> tuple[EventKind, Actor | None]:
    """The codebook's test: two armed sides make a battle, an unarmed target an attack.

    An "armed clash" with no armed opponent, where the trigger is no mutual fight and the
    text names what was hit (a village, a market, a shopkeeper), is an attack on civilians.
    A clash stays a clash when its target is an armed side's site ("fired on the positions
    of the army", "attacked a police post") or when the event names a second armed side
    (an exchange of fire, an attack that local defenders repulsed).
    """
    if kind.sub_event_type not in ("Attack", "Armed clash"):
        return kind, actor2
    if actor2 is not None and actor2.inter in ARMED_INTER and _out_of_combat(actor2, lead):
        return KINDS["attack"], replace(act.default_actor(act.CIVILIANS, country), text=actor2.text)
    if _stated_fight(kind, lead, actor1) and not _side_in_sentence(actor2, lead, actor1):
        # "clashed with", "a firefight with": the report says two sides fought; civilians
        # hurt in the crossfire do not make the fight an attack on them
        other = _other_armed(mentions or [lead], actor1, country)
        # no armed side named: keep the parse's other side for the later rules (a crowd)
        return kind, other or _armed_word(lead, actor1, country) or actor2
    if kind.sub_event_type == "Armed clash" and _armed(actor1) and not _civilians_said(actor2):
        other = _other_armed(mentions or [lead], actor1, country)
        if other is not None:
            return kind, other
        unarmed = actor2 is None or actor2.inter == act.CIVILIANS
        if unarmed and (
            _armed_site(lead) or V.pattern("sides_fights", "reciprocal").search(lead.sentence.text)
        ):
            return kind, _armed_word(lead, actor1, country)
    if actor2 is None:
        one_sided = lead.patient is not None and not V.pattern("sides_fights", "reciprocal").search(
            lead.trigger.text
        )
        if kind.sub_event_type == "Armed clash" and one_sided and _armed(actor1):
            return KINDS["attack"], act.default_actor(act.CIVILIANS, country)
        return kind, actor2
    if actor2.inter == act.CIVILIANS:
        fighters = _armed_victims(lead, actor1, country) if _armed(actor1) else None
        return (KINDS["armed_clash"], fighters) if fighters else (KINDS["attack"], actor2)
    armed = _armed(actor1) and actor2.inter in ARMED_INTER
    # A clearly cued one-sided act (an assassination, a massacre) stays an attack.
    settled = kind.sub_event_type == "Attack" and lead.cue_strength >= CLEAR_CUE
    return (KINDS["armed_clash"] if armed and not settled else kind), actor2


def _stated_fight(kind: EventKind, lead: Mention, actor1: Actor | None) -> bool:
    """An armed side's clash the sentence states outright, with a clear cue ("police clashed
    with the rebels", "engaged in a firefight"): a battle by the report's own words."""
    if kind.sub_event_type != "Armed clash" or not _armed(actor1):
        return False
    if V.pattern("sides_fights", "stated_fight").search(lead.trigger.text):
        return True  # the trigger itself is the fight: "militias clashed", "a firefight"
    clear = lead.cue_strength >= CLEAR_CUE  # "engaged ... in a firefight with rebels"
    return clear and V.pattern("sides_fights", "reciprocal").search(lead.sentence.text) is not None


def _side_in_sentence(actor2: Actor | None, lead: Mention, actor1: Actor | None) -> bool:
    """An armed other side, or civilians the clash's sentence names after the fight's word
    ("soldiers clashed with villagers"): those are whom the fight was with. People named
    before it ("one person was killed in a clash between ...") are its victims."""
    if actor2 is None:
        return False
    if actor2.inter in ARMED_INTER:
        return True
    if not (_civilians_said(actor2) and actor2.text):
        return False
    after = lead.sentence.text[lead.trigger.end - lead.sentence.start :]
    at = after.find(actor2.text)
    if at < 0:
        return False
    # the fight's own "with" or "between" phrase, no armed side named before the civilians
    gap = re.findall(r"[a-z]+", after[:at].lower())
    own = set(re.findall(r"[a-z]+", (actor1.text or "").lower())) if actor1 else set()
    joined = bool(gap) and gap[0] in ("with", "between", "against")
    return joined and len(gap) <= MAX_GAP_WORDS and not (set(gap) - own) & fighter_words()


def _out_of_combat(actor2: Actor, lead: Mention) -> bool:
    """Whether the armed-looking target was out of combat: "a retired soldier", "a police
    officer (off-duty)", "a suspected but unarmed militant". Read in the target's words and
    the few words after them, where a note of its state is put."""
    words = actor2.text or ""
    if not words:
        return False
    text = lead.sentence.text
    at = text.find(words)
    after = text[at + len(words) : at + len(words) + 30] if at >= 0 else ""
    return bool(
        V.pattern("sides_fights", "out_of_combat").search(words)
        or V.pattern("sides_fights", "out_of_combat").search(after.split(",")[0])
    )


def _armed_victims(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """Fighters among those the lead act hurt ("killing three militiamen and eleven
    civilians", "killed five people, including two soldiers"): the codebook codes violence
    against an armed side's members as a battle with that side, though civilians fell too.
    Only people said to be hurt, named by a word for fighters or forces; officials are
    civilians, and members out of combat (off duty, captive) stay an attack's targets."""
    text = lead.sentence.text
    offset = lead.sentence.start
    hit = [
        span.text
        for span in [lead.patient, *lead.objects]
        if span is not None
        and V.pattern("sides_fights", "harm_before").search(
            text[max(0, span.start - offset - 30) : span.start - offset]
        )
    ]
    hit += [match.group(1) for match in V.pattern("sides_fights", "including").finditer(text)]
    for words in hit:
        if actor1 is not None and actor1.text and words in actor1.text:
            continue
        heads = set(re.findall(r"[a-z]+", words.lower()))
        if not heads & fighter_words():
            continue
        found = _best_part(words, country, armed=True)
        if found is None or found.inter not in ARMED_INTER or found.name.startswith("Government"):
            continue
        if actor1 is not None and found.name == actor1.name:
            continue
        if _out_of_combat(replace(found, text=words), lead):
            continue
        return replace(found, text=words)
    return None


def _armed_word(lead: Mention, actor1: Actor, country: str | None) -> Actor | None:
    """An armed side the sentence names outside any parsed role: "a rebel attack", "an
    exchange of fire with militants". Its two words around the armed noun stand for it."""
    words = re.findall(r"[\w'-]+", lead.sentence.text)
    own = set(re.findall(r"[\w'-]+", (actor1.text or "").lower()))
    armed = V.words("actor_words", "armed") | V.words("actor_words", "rebel")
    for i, word in enumerate(words):
        low = word.lower()
        if low in own or low not in armed or low in V.words("sides_fights", "loose_words"):
            continue
        phrase = " ".join(words[max(0, i - 1) : i + 1])
        found = act.resolve_actor(phrase, country, armed=True)
        if found is not None and found.inter in ARMED_INTER and found.name != actor1.name:
            return replace(found, text=phrase)
    return None


def _armed_site(lead: Mention) -> bool:
    """Whether the act's target is a place that armed men hold: a post, base or position."""
    hit = " ".join(span.text for span in [lead.patient, *lead.objects] if span)
    return bool(V.pattern("sides_fights", "armed_sites").search(hit))


def _civilians_said(actor: Actor | None) -> bool:
    """Civilians the text itself names as the target ("a farmer", "villagers"), not the
    codebook's default for a target the parse could not read."""
    if actor is None or actor.inter != act.CIVILIANS or not actor.text:
        return False
    found = act.resolve_actor(actor.text, actor.country_iso, armed=True)
    return found is not None and found.inter == act.CIVILIANS


def _other_armed(mentions: list[Mention], actor1: Actor, country: str | None) -> Actor | None:
    """A second armed side the event's doers or targets name ("defence groups repulsed an
    attack by gunmen"): in a clash, whoever else fought is the other side."""
    spans = [s for m in mentions for s in (m.agent, m.patient, *m.subjects, *m.objects) if s]
    for span in spans:
        if actor1.text and span.text in actor1.text:
            continue
        found = _best_part(span.text, country, armed=True)
        if found is None or found.inter not in ARMED_INTER or found.name == actor1.name:
            continue
        if {found.inter, actor1.inter} <= {act.STATE, act.EXTERNAL} and not (
            act.own_country(span.text) and act.own_country(span.text) != actor1.country_iso
        ):
            continue  # "troops" and "soldiers" of one state are one side
        return replace(found, text=span.text)
    return None
