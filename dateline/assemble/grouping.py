"""Within-article coreference: which mentions describe the same incident.

The lead's first asserted mention is the main event. A later mention that carries its own
date, different from the main event's, starts a background event; a mention with no date
of its own joins the earlier event whose trigger word it repeats ("the assassination"),
else the main event ("the attack", "the strike").
"""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.models import Analysis, Group, Mention, TimeValue
from dateline.settings import Resources


def group(analysis: Analysis, resources: Resources) -> None:
    """The group stage: needs ``mentions`` and ``mention_dates``; adds ``groups``."""
    analysis.groups = group_mentions(analysis.mentions, analysis.mention_dates)


def group_mentions(mentions: list[Mention], own_dates: list[TimeValue | None]) -> list[Group]:
    """Groups of asserted mentions, the main one first; ``own_dates`` aligns with mentions."""
    groups: list[Group] = []
    for mention, own in zip(mentions, own_dates, strict=True):
        if mention.modality != "asserted":
            continue
        _place(mention, own, groups)
    return groups


def _place(mention: Mention, own: TimeValue | None, groups: list[Group]) -> None:
    word = mention.trigger.text.lower()
    if not groups:
        groups.append(Group([mention], own, "main", {word}))
        return
    main = groups[0]
    if separate(mention, groups):
        groups.append(Group([mention], own, "background", {word}))
        return
    if own is not None and _differs(own, main.date):
        target = _same_date_and_kind(groups[1:], own, mention)
        if target is None:
            groups.append(Group([mention], own, "background", {word}))
            return
    else:
        target = next((g for g in groups[1:] if word in g.words), main)
    target.mentions.append(mention)
    target.words.add(word)
    if target.date is None and own is not None:
        target.date = own


def separate(mention: Mention, groups: list[Group]) -> bool:
    """Whether the mention opens another incident: its sentence, not one an earlier
    group's mention is in, says so ("In a separate attack, ...", "Separately, ...",
    "Elsewhere, ..."). ACLED codes each attack as its own event, so its toll is not
    added to the first one's."""
    start = mention.sentence.start
    if any(m.sentence.start == start for g in groups for m in g.mentions):
        return False
    return V.pattern("event_words", "separate_incident").search(mention.sentence.text) is not None


def _differs(own: TimeValue, main: TimeValue | None) -> bool:
    if main is None or own.value is None or main.value is None:
        return False
    return own.value != main.value


def _same_date_and_kind(groups: list[Group], own: TimeValue, mention: Mention) -> Group | None:
    for group in groups:
        first = group.mentions[0]
        if (
            group.date
            and group.date.value == own.value
            and (first.event_type == mention.event_type)
        ):
            return group
    return None
