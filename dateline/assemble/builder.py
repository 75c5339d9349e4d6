"""Turn each event's resolved parts into an ACLED-style record (the assemble stage)."""

from __future__ import annotations

from dateline.assemble.casualties import fatalities, injuries, merged, weapons
from dateline.assemble.records import Parts, build_record
from dateline.models import Analysis, Group
from dateline.settings import Resources


def assemble(analysis: Analysis, resources: Resources) -> None:
    """Needs every per-event field (``groups``, ``event_dates``, ``event_places``,
    ``shares``, ``sides``) and the main event's ``sources``; adds ``events``."""
    for index, group in enumerate(analysis.groups):
        share = analysis.shares[index]
        record = build_record(analysis, group, _parts(analysis, index), share.attribution, index)
        record.evidence.extend(share.evidence)
        if group.role == "main":
            record.sources = analysis.sources
            record.evidence.extend(analysis.source_evidence)
        analysis.events.append(record)


def _parts(analysis: Analysis, index: int) -> Parts:
    group: Group = analysis.groups[index]
    date = analysis.event_dates[index]
    dead = fatalities(group)
    return Parts(
        date=(date.timex, date.value, date.precision),
        location=analysis.event_places[index],
        sides=analysis.sides[index],
        fatalities=dead,
        injuries=injuries(group, dead),
        abducted=merged(group, "abducted"),
        arrested=merged(group, "arrested"),
        weapons=weapons(group),
    )
