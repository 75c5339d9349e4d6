"""Resolve actors: choose each event's sides (actor1, actor2, associates) from its mentions.

The sides come from an ordered table of named rules (``RULES``, see ``table.py``): the
parse's roles first (agent, patient), then the subjects and objects of the event's
sentences; the codebook's defaults fill what the text leaves out (protesters for a
protest, civilians as the target of an attack), and the sides decide battle vs attack.
Each event's ``Sides.evidence`` names the rule that chose actor1 and actor2. The people the
article names as doers or victims (``cast.py``) go to the events whose sentences give their
part, or to the main events when no event's sentence does, and stand for the sides there.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.models import Analysis, Group, Place, Share, Sides
from dateline.resolve.actors.associates import associated_actors, claimed_actor
from dateline.resolve.actors.cast import Person, cast
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
    people = _people_by_group(analysis.groups, cast(analysis.doc))
    sentences = [(s.start_char, s.end_char, s.text) for s in analysis.doc.sents]
    analysis.sides = [
        _sides(group, place, share, home, rules, cast_, _sequel(group, sentences))
        for group, place, share, cast_ in zip(
            analysis.groups, analysis.event_places, analysis.shares, people, strict=True
        )
    ]


def _sequel(group: Group, sentences: list[tuple[int, int, str]]) -> list[str]:
    """The sentence right after each of the event's own sentences, when it is not one."""
    own = {m.sentence.start for m in group.mentions}
    ends = {m.sentence.end for m in group.mentions}
    starts = [start for start, _, _ in sentences]
    follow = []
    for end in sorted(ends):
        at = next((i for i, start in enumerate(starts) if start >= end), None)
        if at is not None and starts[at] not in own:
            follow.append(sentences[at][2])
    return list(dict.fromkeys(follow))


def _people_by_group(groups: list[Group], people: list[Person]) -> list[list[Person]]:
    """Each event's people: those whose part a sentence of the event gives; the people no
    event's sentence speaks of belong to the main events."""
    sentences = [{m.sentence.start for m in g.mentions} for g in groups]
    placed = [[p for p in people if p.sentences & own] for own in sentences]
    loose = [p for p in people if not any(p.sentences & own for own in sentences)]
    mains = [g.role == "main" for g in groups]
    pairs = zip(mains, placed, strict=True)
    return [_in_order(own + loose) if main else own for main, own in pairs]


def _in_order(people: list[Person]) -> list[Person]:
    return sorted(people, key=lambda person: person.name.start)


def _sides(
    group: Group,
    place: Place | None,
    share: Share,
    home: str | None,
    rules: Sequence[Rule],
    people: list[Person],
    sequel: list[str],
) -> Sides:
    lead = group.mentions[0]
    kind = next(k for k in KINDS.values() if k.sub_event_type == lead.sub_event_type)
    country = place.country_iso if place else home
    attribution = share.attribution
    unattributed = [b.actor for b in attribution.blamed if b.by is None]
    scene = Scene(
        group.mentions, lead, kind, country, attribution.claimed_by, unattributed, people, sequel
    )
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
