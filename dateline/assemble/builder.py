"""Turn an analysed article's mentions into event records (the assemble stage)."""

from __future__ import annotations

from typing import Any

from dateline.assemble.grouping import Group, group_mentions
from dateline.assemble.records import Parts, build_record
from dateline.extract.counts import default_fatalities, merge_counts
from dateline.models import Analysis, Count, Mention, TimeValue, Weapon
from dateline.resolve.attribution import find_attribution
from dateline.resolve.place import event_location
from dateline.resolve.time import acled_date, event_date


def assemble(analysis: Analysis) -> None:
    """Needs ``mentions``, ``dates``, ``places``; adds ``events``."""
    mentions = analysis.mentions
    own = [_own_date(analysis.dates, m) for m in mentions]
    groups = group_mentions(mentions, own)
    findings = find_attribution(analysis.doc) if groups else None
    for index, group in enumerate(groups):
        parts = _parts(analysis, group)
        attribution = findings.attribution if findings else None
        record = build_record(analysis, group, parts, attribution, index)
        if group.role == "main" and findings:
            record.sources = findings.sources
            record.evidence.extend(findings.evidence)
        analysis.events.append(record)


def _own_date(dates: list[TimeValue], mention: Mention) -> TimeValue | None:
    """The resolved expression in the mention's own sentence, nearest its trigger."""
    sentence = (mention.sentence.start, mention.sentence.end)
    trigger = (mention.trigger.start, mention.trigger.end)
    chosen, _, _ = event_date(dates, sentence, trigger, None)
    return chosen


def _parts(analysis: Analysis, group: Group) -> Parts:
    lead = group.mentions[0]
    published = analysis.article.published
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    date = _group_date(analysis, group, published)
    location = _location(analysis, group) or event_location(
        analysis.places, sentence, trigger, analysis.places
    )
    return Parts(
        date=date,
        location=location,
        fatalities=_merged(group, "fatalities") if _stated(group) else default_fatalities(),
        injuries=_merged(group, "injuries"),
        abducted=_merged(group, "abducted"),
        arrested=_merged(group, "arrested"),
        weapons=_weapons(analysis, group),
        count_evidence=[],
    )


def _group_date(analysis: Analysis, group: Group, published: Any) -> tuple:
    if group.date is not None:
        value, precision = acled_date(group.date, published)
        return group.date, value, precision
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    paragraph = _paragraph(analysis.article.text, sentence)
    trigger = (lead.trigger.start, lead.trigger.end)
    return event_date(analysis.dates, sentence, trigger, published, paragraph)


def _paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (newline-delimited block) around a sentence."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end == -1 else end


def _location(analysis: Analysis, group: Group) -> Any:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in analysis.places if sentence[0] <= p.start < sentence[1]]
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, analysis.places)
    return None


def _stated(group: Group) -> bool:
    """Whether any mention states a death toll; ACLED codes 0 when none is reported."""
    return any(m.fatalities.best is not None for m in group.mentions)


def _merged(group: Group, field: str) -> Count:
    return merge_counts([getattr(m, field) for m in group.mentions])


def _weapons(analysis: Analysis, group: Group) -> list[tuple[Weapon, Any]]:
    seen: dict[tuple[str, str | None], tuple[Weapon, Any]] = {}
    for mention in group.mentions:
        spans = [e for e in mention.evidence if e.field == "weapons"]
        for weapon, span in zip(mention.weapons, spans, strict=False):
            seen.setdefault((weapon.name, weapon.detail), (weapon, span))
    return list(seen.values())
