"""When the learned classifier may change a mention's sub-type (the combination policy).

The rules find every event and type it from cues written from the ACLED codebook; each
mention carries how clear its cues were (``cue_strength``). The classifier is consulted only
where the rules were unsure, and it only retypes:

- a mention whose cue strength is below ``STRENGTH_GATE`` (a type guessed from weak cues:
  gunfire heard, two armed sides named, a default) may take the classifier's sub-type;
- only when the classifier's probability reaches ``MIN_PROBABILITY``;
- never ``none``: the classifier never removes an event, and it never creates one (it sees
  only the mentions the rules found).
"""

from __future__ import annotations

import dataclasses
import functools

from dateline.learned.examples import NO_EVENT
from dateline.learned.model import SubTypeModel
from dateline.models import Mention, Plover
from dateline.vocabulary.taxonomy import PLOVER_ONLY, EventKind, kinds

STRENGTH_GATE = 0.6
MIN_PROBABILITY = 0.35


def apply_policy(model: SubTypeModel, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those the rules typed weakly retyped where the model is confident."""
    weak = [i for i, m in enumerate(mentions) if m.cue_strength < STRENGTH_GATE]
    if not weak:
        return mentions
    out = list(mentions)
    predictions = model.predict([mentions[i].sentence.text for i in weak])
    for i, prediction in zip(weak, predictions, strict=True):
        kind = kind_of(prediction.label)
        if kind is None or prediction.probability < MIN_PROBABILITY:
            continue
        if kind.sub_event_type != mentions[i].sub_event_type:
            out[i] = retyped(mentions[i], kind)
    return out


def kind_of(label: str) -> EventKind | None:
    """The event kind of an ACLED sub-event type name (None for ``none`` or unknown)."""
    return None if label == NO_EVENT else _by_sub_type().get(label)


@functools.cache
def _by_sub_type() -> dict[str, EventKind]:
    out: dict[str, EventKind] = {}
    for key, kind in kinds().items():
        if key not in PLOVER_ONLY:
            out.setdefault(kind.sub_event_type, kind)
    return out


def retyped(mention: Mention, kind: EventKind) -> Mention:
    """The mention as another kind, its trigger, roles, counts and evidence kept."""
    return dataclasses.replace(
        mention,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        disorder_type=kind.disorder_type,
        plover=Plover(event=kind.plover, mode=None),
    )
