"""Resolve actors: choose each event's sides (actor1, actor2, associates) from its mentions."""

from __future__ import annotations

from dateline.models import Analysis, Group, Place, Share, Sides
from dateline.resolve.actors.participants import associated_actors, choose_sides, claimed_actor
from dateline.settings import Resources
from dateline.vocabulary.taxonomy import KINDS


def resolve_sides(analysis: Analysis, resources: Resources) -> None:
    """Adds ``sides``: each event's kind (the sides may change it) and actors."""
    home = _article_country(analysis)
    analysis.sides = [
        _sides(group, place, share, home)
        for group, place, share in zip(
            analysis.groups, analysis.event_places, analysis.shares, strict=True
        )
    ]


def _sides(group: Group, place: Place | None, share: Share, home: str | None) -> Sides:
    lead = group.mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    country = place.country_iso if place else home
    kind, actor1, actor2 = choose_sides(group.mentions, lead, kind, country)
    attribution = share.attribution
    unattributed = [b.actor for b in attribution.blamed if b.by is None]
    actor1 = claimed_actor(actor1, attribution.claimed_by, country, unattributed)
    assoc1, assoc2 = associated_actors(group.mentions, actor1, actor2, country)
    return Sides(
        kind.disorder_type, kind.event_type, kind.sub_event_type, actor1, actor2, assoc1, assoc2
    )


def _article_country(analysis: Analysis) -> str | None:
    """The country the article's places name most often; on a tie, the first named (a set
    would break ties by hash order, and the same article would code differently per run)."""
    codes = [p.country_iso for p in analysis.places if p.country_iso]
    return max(dict.fromkeys(codes), key=codes.count) if codes else None


__all__ = ["resolve_sides"]
