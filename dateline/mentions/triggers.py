"""Triggers: the words of a sentence that name its event, and the mention built on them."""

from __future__ import annotations

from typing import Any

from dateline import vocabulary as V
from dateline.mentions.cues import cue_pattern, cue_text
from dateline.mentions.modality import modality_of
from dateline.mentions.roles import find_roles, object_phrases, subject_phrases
from dateline.models import Evidence, Mention, Plover
from dateline.vocabulary.taxonomy import kinds

# Where to look for the trigger of each kind: the cue patterns that name it, best first
# (names of ``event_cues.toml`` entries, tied to the kinds of ``vocabulary.taxonomy``).
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
        "protest_escalated",
        "riot_acts",
        "mutiny",
        "roadblocks",
        "crowd_violence",
        "crowd_damage",
        "looting_crowd",
    ),
    "mob_violence": ("mob", "brawl", "stoning"),
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
    "disrupted_weapons": ("interception", "disrupted", "bomb_sent", "premature"),
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


def in_background(token: Any) -> bool:
    """The trigger sits in a clause giving the cause or setting of the sentence's news
    ("after a jet shot down ...", "following the attacks", "because of the killing"):
    a response in the main clause (a sanction, a curfew), when there is one, is what the
    sentence reports; a violent main clause keeps the cause's kind ("killed after the
    explosion of a landmine" is the explosion)."""
    node = token
    while node.head.i != node.i:
        if node.lower_ in V.words("event_words", "background") and node.dep_ in (
            "prep",
            "mark",
            "advmod",
            "advcl",
        ):
            return True
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and marks & (V.words("event_words", "background") | {"as"}):
            return True
        node = node.head
    return False


def build_mention(sent: Any, key: str, strength: float, trigger: Any) -> Mention:
    kind = kinds()[key]
    agent, patient = find_roles(trigger)
    sentence = as_evidence("sentence", sent)
    trig = as_evidence("trigger", trigger)
    return Mention(
        trigger=trig,
        sentence=sentence,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        disorder_type=kind.disorder_type,
        modality=modality_of(trigger.root),
        cue_strength=strength,
        agent=as_evidence("actor1", agent) if agent is not None else None,
        patient=as_evidence("actor2", patient) if patient is not None else None,
        objects=[as_evidence("actor2", span) for span in object_phrases(sent)],
        subjects=[as_evidence("actor1", span) for span in subject_phrases(sent, trigger)],
        plover=Plover(event=kind.plover, mode=None),
        evidence=[sentence, trig],
    )


def find_trigger(sent: Any, key: str) -> Any:
    """The earliest cue match that names the kind and is not part of a name, as tokens.

    "Katyusha rockets": the proper noun is passed over for the common noun after it;
    "Rockets", "Shell", "Lynch" alone are names (teams, firms, people), never triggers.
    """
    text = cue_text(sent)
    for cue in TRIGGER_CUES[key]:
        spans = []
        for match in cue_pattern(cue).finditer(text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not _is_name(span):
                spans.append(span)
        if spans:  # a match in the main clause before one in a background clause
            return next((s for s in spans if not in_background(s.root)), spans[0])
    return None


def _is_name(span: Any) -> bool:
    """A proper noun in title case ("Rockets", "Shell") names a team, firm or person; an
    acronym ("IED") or a common noun is a trigger."""
    root = span.root
    return root.pos_ == "PROPN" and root.text[:1].isupper() and not root.text.isupper()


def as_evidence(field: str, span: Any) -> Evidence:
    return Evidence(field=field, text=span.text, start=span.start_char, end=span.end_char)
