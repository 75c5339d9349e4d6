"""Which event each claim, blame and denial is about.

The resolve stage reads attribution sentence by sentence over the whole article. An
article often tells of several events ("the rocket attack ... Iran believes Israel carried
out the assassination"), so each finding goes to the event its sentence tells of: the event
with a mention in that sentence, else the one whose trigger word the sentence repeats, else
the main event, which a later sentence with no event word of its own most often explains
("Police blamed the Taliban").
"""

from __future__ import annotations

import re

from dateline import vocabulary as V
from dateline.models import Attribution, Evidence, Group

LISTED = ("claimed_by", "blamed", "denied_by")


def split_attribution(
    attribution: Attribution, evidence: list[Evidence], groups: list[Group]
) -> list[tuple[Attribution, list[Evidence]]]:
    """Each group's share of ``attribution``, with the evidence of that share.

    ``evidence`` holds one item per listed finding, in the order found (resolve.attribution
    appends the two together), plus one per sentence that says no one claimed the act."""
    shares: list[tuple[Attribution, list[Evidence]]] = [(Attribution(), []) for _ in groups]
    for field in LISTED:
        said = [e for e in evidence if e.field == f"attribution.{field}"]
        for item, proof in zip(getattr(attribution, field), said, strict=True):
            share, proofs = shares[owner(proof, groups)]
            getattr(share, field).append(item)
            proofs.append(proof)
    for proof in (e for e in evidence if e.field == "attribution.unclaimed"):
        share, proofs = shares[owner(proof, groups)]
        share.unclaimed = True
        proofs.append(proof)
    return shares


def owner(proof: Evidence, groups: list[Group]) -> int:
    """The index of the group a sentence of attribution is about (0, the main event, when
    nothing in the sentence ties it to another)."""
    if V.pattern("claim_words", "this_event").search(proof.text):
        return 0
    told = [i for i, g in enumerate(groups) if _tells(proof, g)]
    if told:
        return 0 if 0 in told else told[0]
    named = [(at, i) for i, g in enumerate(groups) if (at := _trigger_at(proof.text, g)) >= 0]
    return min(named)[1] if named else 0


def _tells(proof: Evidence, group: Group) -> bool:
    """Whether one of the group's mentions is in the sentence of ``proof``."""
    return any(m.sentence.start == proof.start for m in group.mentions)


def _trigger_at(text: str, group: Group) -> int:
    """Where ``text`` first uses one of the group's trigger words ("the assassination
    attack": the assassination's, which comes first), or -1."""
    words = {m.trigger.text.lower() for m in group.mentions} - {""}
    found = [m.start() for w in words for m in [re.search(rf"\b{re.escape(w)}\b", text, re.I)] if m]
    return min(found, default=-1)
