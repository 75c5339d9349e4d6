"""Resolve actors: choose each event's sides (actor1, actor2, associates) from its mentions.

The sides come from an ordered table of named rules (``RULES``, see ``table.py``): the
parse's roles first (agent, patient), then the subjects and objects of the event's
sentences; the codebook's defaults fill what the text leaves out (protesters for a
protest, civilians as the target of an attack), and the sides decide battle vs attack.
Each event's ``Sides.evidence`` names the rule that chose actor1 and actor2.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.models import Analysis, Group, Place, Share, Sides
from dateline.resolve.actors.associates import associated_actors, claimed_actor
from dateline.resolve.actors.scene import Rule, Scene, run, side_evidence
from dateline.resolve.actors.table import RULES, choose_sides, without
from dateline.settings import Resources
from dateline.vocabulary.taxonomy import KINDS


def resolve_sides(
    analysis: Analysis, resources: Resources, *, rules: Sequence[Rule] = RULES
) -> None:
    """Adds ``sides``: each event's kind (the sides may change it) and actors, chosen by
    ``rules`` in order."""
    home = _article_country(analysis)
    analysis.sides = [
        _sides(group, place, share, home, rules)
        for group, place, share in zip(
            analysis.groups, analysis.event_places, analysis.shares, strict=True
        )
    ]


def _sides(
    group: Group, place: Place | None, share: Share, home: str | None, rules: Sequence[Rule]
) -> Sides:
    lead = group.mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    country = place.country_iso if place else home
    attribution = share.attribution
    unattributed = [b.actor for b in attribution.blamed if b.by is None]
    scene = Scene(group.mentions, lead, kind, country, attribution.claimed_by, unattributed)
    run(rules, scene)
    kind = scene.kind
    return Sides(
        kind.disorder_type, kind.event_type, kind.sub_event_type, scene.actor1, scene.actor2,
        scene.assoc1, scene.assoc2, side_evidence(scene),
    )  # fmt: skip


def _article_country(analysis: Analysis) -> str | None:
    """The country the article's places name most often; on a tie, the first named (a set
    would break ties by hash order, and the same article would code differently per run)."""
    codes = [p.country_iso for p in analysis.places if p.country_iso]
    return max(dict.fromkeys(codes), key=codes.count) if codes else None


__all__ = [
    "RULES",
    "Rule",
    "associated_actors",
    "choose_sides",
    "claimed_actor",
    "resolve_sides",
    "without",
]
