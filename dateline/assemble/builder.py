"""Turn an analysed article's mentions into event records (the assemble stage)."""

from __future__ import annotations

from dateline.assemble.casualties import fatalities, merged, weapons
from dateline.assemble.claims import split_attribution
from dateline.assemble.grouping import Group, group_mentions
from dateline.assemble.location import choose_location
from dateline.assemble.records import Parts, build_record
from dateline.assemble.timing import group_date, own_date
from dateline.models import Analysis
from dateline.resolve.attribution import find_attribution


def assemble(analysis: Analysis) -> None:
    """Needs ``mentions``, ``dates``, ``places``; adds ``events``."""
    mentions = analysis.mentions
    own = [own_date(analysis.dates, m) for m in mentions]
    groups = group_mentions(mentions, own)
    if not groups:
        return
    findings = find_attribution(analysis.doc)
    shares = split_attribution(findings.attribution, findings.evidence, groups)
    for index, (group, (attribution, proofs)) in enumerate(zip(groups, shares, strict=True)):
        record = build_record(analysis, group, _parts(analysis, group), attribution, index)
        record.evidence.extend(proofs)
        if group.role == "main":
            record.sources = findings.sources
            record.evidence.extend(e for e in findings.evidence if e.field == "sources")
        analysis.events.append(record)


def _parts(analysis: Analysis, group: Group) -> Parts:
    return Parts(
        date=group_date(analysis, group, analysis.article.published),
        location=choose_location(analysis, group),
        fatalities=fatalities(group),
        injuries=merged(group, "injuries"),
        abducted=merged(group, "abducted"),
        arrested=merged(group, "arrested"),
        weapons=weapons(group),
    )
