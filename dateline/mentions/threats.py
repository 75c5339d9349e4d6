"""Threats: an event only announced or threatened is the threat, in PLOVER's sense."""

from __future__ import annotations

import dataclasses
from typing import Any

from dateline import vocabulary as V
from dateline.mentions.conflict import is_conflict
from dateline.mentions.cues import Cues
from dateline.mentions.strengths import THREAT_STRENGTH
from dateline.mentions.triggers import build_mention, find_trigger
from dateline.models import Mention
from dateline.vocabulary.taxonomy import STRATEGIC

ANNOUNCE_DEPTH = 4


def threat_instead(sent: Any, cues: Cues, mention: Mention, trigger: Any) -> Mention | None:
    """ "Iran threatened to launch an offensive": the offensive is only threatened (future),
    and the threat itself is what happened, so the sentence's event is the threat. An
    actor announcing what it will do ("said they would boycott", "may halt its mediation")
    threatens it too, in PLOVER's sense, though no word of threatening is used."""
    crowd = mention.event_type == "Protests" or mention.sub_event_type == "Other"  # a strike
    if mention.modality == "asserted" or not (crowd or is_conflict("threaten", cues)):
        return None
    readying = mention.modality == "future" and cues.has("mobilize") and cues.armed > 0
    if readying and (readied := find_trigger(sent, "mobilize")) is not None:
        # "the army prepared to resume shelling": the forces are readied, nothing fired yet
        return dataclasses.replace(
            build_mention(sent, "mobilize", 0.45, readied), modality="asserted"
        )
    if cues.has("threat") and (found := find_trigger(sent, "threaten")) is not None:
        threat = build_mention(sent, "threaten", THREAT_STRENGTH, found)
        if threat.modality == "asserted":
            return threat
    policy = mention.event_type == STRATEGIC  # "plans to impose restrictions"
    if mention.modality in ("future", "hypothetical") and _announced(trigger.root, policy):
        threat = build_mention(sent, "threaten", THREAT_STRENGTH, trigger)
        return dataclasses.replace(threat, modality="asserted")
    return None


def _announced(token: Any, policy: bool) -> bool:
    """A future or modal verb over the trigger with no condition on it: "will withdraw",
    "would boycott", "is prepared to impose" (not "if they attack"). A plan or decision
    announces a measure (``policy``); a plan to attack is a plot, not a threat."""
    for depth, node in enumerate(_heads(token)):
        if depth >= ANNOUNCE_DEPTH or node.lemma_.lower() in V.words(
            "event_words", "reporting_verbs"
        ):
            break
        children = {c.lower_ for c in node.children}
        if children & V.words("event_modality", "conditions"):
            return False
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        heads = (
            V.words("event_modality", "announcing_heads")
            | V.words("event_modality", "policy_heads")
            if policy
            else V.words("event_modality", "announcing_heads")
        )
        if aux & V.words("event_modality", "announcing_aux") or node.lemma_.lower() in heads:
            return True
    return False


def _heads(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain
