"""State forces: the police or military a sentence names, where they act and whether abroad."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Mention
from dateline.resolve.actors.codebook import (
    phrase_breaks,
)
from dateline.resolve.actors.phrases import _sentence_texts
from dateline.vocabulary import naming as act
from dateline.vocabulary.deployments import expeditionary, sent_abroad


def _state_forces(country: str | None) -> Actor:
    """ACLED's military forces of the event's country."""
    label = act.country_name(country)
    return Actor(f"Military Forces of {label}" if label else "Military Forces", country, act.STATE)


def _forces_named(
    lead: Mention, actor2: Actor | None, country: str | None, *, before_only: bool = False
) -> Actor | None:
    """With no doer in the parse, state forces the sentence names acted: ACLED's default
    for a government operation ("Military forces dislodge X from ..."), never the target.
    For violence against civilians only forces named before the verb, its subject in
    English word order ("troops detained and tortured a villager"), are taken."""
    hit = " ".join(span.text for span in [lead.patient, *lead.objects] if span).lower()
    trigger_at = lead.trigger.start - lead.sentence.start
    for match in V.pattern("sides_fights", "forces").finditer(lead.sentence.text):
        if before_only and match.end() > trigger_at:
            break
        if V.pattern("sides_fights", "uniform").match(lead.sentence.text[match.end() :]):
            continue  # "men in military uniforms": dressed as forces, not said to be them
        before = lead.sentence.text[: match.start()].split()[-1:] + match.group(1).split()
        if match.group(1).lower() in hit or {w.lower() for w in before} & V.words(
            "sides_fights", "target_words"
        ):
            continue  # the forces were hit: "a bomb hit a military convoy"
        found = act.resolve_actor(match.group(1), country, armed=True)
        if found is None or found.inter not in (act.STATE, act.EXTERNAL):
            continue
        if actor2 is not None and found.name == actor2.name:
            continue
        return replace(found, text=match.group(1))
    return None


def _intervening_forces(
    mentions: list[Mention], country: str | None, *, riot: bool, sequel: list[str] | None = None
) -> Actor | None:
    """The state forces a demonstration met, the other side ACLED codes for it: police who
    dispersed, arrested or fired at the crowd; for a riot, the police it fought or stoned.
    Reports often tell the crowd's acts first and the forces' answer in the next sentence
    ("Police used tear gas to disperse them"), so that sentence (``sequel``) is read too."""
    for text in [*_sentence_texts(mentions), *(sequel or [])]:
        for match in V.pattern("sides_fights", "forces").finditer(text):
            near = text[max(0, match.start() - 60) : match.end() + 60]
            if not (
                _affirmed(near, V.pattern("sides_crowds", "intervention"))
                or (riot and _affirmed(near, V.pattern("sides_crowds", "riot_at")))
            ):
                continue
            if re.match(r"\s+(custody|cells?)\b", text[match.end() :]):
                continue
            words = match.group(1).split()
            cut = max(
                (i + 1 for i, w in enumerate(words) if w.lower() in phrase_breaks()), default=0
            )
            phrase = " ".join(words[cut:])
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.inter in (act.STATE, act.EXTERNAL):
                return replace(found, text=phrase)
    return None


def _affirmed(text: str, acts: re.Pattern[str]) -> bool:
    """Whether the text says the forces did one of the acts, not that they did not ("no
    clashes or arrests were reported", "police were present but did not intervene")."""
    negation = V.pattern("sides_crowds", "negated_act")
    return any(
        not negation.search(text[max(0, m.start() - 30) : m.start()]) for m in acts.finditer(text)
    )


def _forces_in(lead: Mention, actor1: Actor, country: str | None) -> Actor | None:
    """A non-state group's clash whose other side the parse missed, though the sentence
    names state forces ("militants attacked a school; soldiers and/or gendarmes repelled
    the attack"): forces named beside a group's fight are the side it fought."""
    if actor1.inter in (act.STATE, act.EXTERNAL):
        return None  # a state's own forces named twice are one side
    own = actor1.text or ""
    for match in V.pattern("sides_fights", "forces").finditer(lead.sentence.text):
        if match.group(1) in own:
            continue
        words = match.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in phrase_breaks()), default=0)
        phrase = " ".join(words[cut:])  # "fire with military" → "military"
        found = act.resolve_actor(phrase, country, armed=True)
        if found is not None and found.inter in (act.STATE, act.EXTERNAL):
            return replace(found, text=phrase)
    return None


def _not_own_men(
    actor1: Actor | None, actor2: Actor | None, mentions: list[Mention], country: str | None
) -> Actor | None:
    """A named group's attackers referred back to ("X militants attacked the police
    station; the assailants were repelled") are X's own men, not its foe: the foe is the
    state force the sentences name (the police of the station, the gendarmes), if any."""
    if actor1 is None or actor2 is None or actor1.inter not in (act.REBEL, act.POLITICAL_MILITIA):
        return actor2
    if actor1.name.startswith("Unidentified") or not actor2.name.startswith("Unidentified"):
        return actor2
    words = set(re.findall(r"[a-z]+", (actor2.text or "").lower()))
    if not words & V.words("sides_fights", "back_reference") or act.named_in(actor2.text or ""):
        return actor2
    for mention in mentions:
        for match in V.pattern("sides_fights", "forces").finditer(mention.sentence.text):
            words = match.group(1).split()
            verb = (w.lower() in phrase_breaks() or w.endswith(("ed", "ing")) for w in words[:-1])
            cut = max((i + 1 for i, is_verb in enumerate(verb) if is_verb), default=0)
            phrase = " ".join(words[cut:])  # "attacked the police" → "the police"
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.inter in (act.STATE, act.EXTERNAL):
                return replace(found, text=phrase)
    return None


def _home_forces(actor: Actor | None, mentions: list[Mention]) -> Actor | None:
    """A state's own forces ("the Burkinabe army") read as external only because the event
    was placed in another country: with nothing in the text sending them abroad (no
    deployment, no other state named) and no record of expeditions, they act at home."""
    if actor is None or actor.inter != act.EXTERNAL or not actor.country_iso:
        return actor
    if not actor.name.startswith(("Military Forces of", "Police Forces of")):
        return actor
    if actor.country_iso in expeditionary() | V.words("sides_fights", "powers_abroad"):
        return actor
    if sent_abroad((m.sentence.text for m in mentions), actor.country_iso):
        return actor
    return replace(actor, inter=act.STATE)


def _thing_hit(actor: Actor | None) -> bool:
    """Whether a state side's words name a thing of its, not people: "an army vehicle",
    "Police post in X". A thing never acts, so it is the side acted upon."""
    if actor is None or actor.inter not in (act.STATE, act.EXTERNAL) or not actor.text:
        return False
    head = re.split(r"\s+(?:in|near|at|of|on|along|between|from)\s+|,", actor.text)[0]
    return bool(V.pattern("sides_fights", "things").search(head.strip()))


def _state_site_fired_at(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """The state forces whose positions were fired on, named by an adjective before the
    site ("fired mortars at the governmental positions", "at Somali army bases"): a site
    only armed men hold."""
    for match in V.pattern("sides_fights", "state_site").finditer(lead.sentence.text):
        words = match.group(1).split()
        if words[0][0].isupper() and act.own_country(words[0]) is None:
            continue  # "at Kaya positions": a place, not a state
        if words[-1].lower() not in ("army", "military"):
            words = [*words[:-1], "forces"] if len(words) > 1 else [words[0], "forces"]
            if words[0].lower().startswith("government"):
                words = ["army"]  # "governmental positions": the state's own forces
        found = act.resolve_actor(" ".join(words), country, armed=True)
        if found is None or found.inter not in (act.STATE, act.EXTERNAL):
            continue
        if actor1 is not None and found.name == actor1.name:
            continue
        return replace(found, text=match.group(0).split(None, 1)[1])
    return None


def _national_weapon(mentions: list[Mention], country: str | None) -> tuple[Actor, bool] | None:
    """The state whose weapon the event's sentences name by its national adjective ("an
    Israeli strike", "a Russian missile", "US drone strikes"), and whether that weapon
    strikes from the air. ACLED codes the state's military forces as actor1 of the strike
    it fired; a weapon cannot be an unidentified armed group."""
    for text in _sentence_texts(mentions):
        for match in V.pattern("sides_fights", "national_weapon").finditer(text):
            found = act.resolve_actor(match.group(1), country, armed=True)
            if found is None or found.inter not in (act.STATE, act.EXTERNAL):
                continue
            air = set(match.group(2).lower().split()) & V.words("sides_fights", "air_weapons")
            return replace(found, text=match.group(0)), bool(air)
    return None


def _forces_site_hit(mentions: list[Mention], country: str | None) -> Actor | None:
    """The police or gendarmes whose station, post or vehicle a crowd burned or stormed:
    the forces a riot was aimed at, its other side in the codebook."""
    for text in _sentence_texts(mentions):
        match = V.pattern("sides_crowds", "forces_site_hit").search(text)
        if match is not None:
            found = act.resolve_actor(match.group(1), country, armed=True)
            if found is not None and found.inter in (act.STATE, act.EXTERNAL):
                return replace(found, text=match.group(1))
    return None
